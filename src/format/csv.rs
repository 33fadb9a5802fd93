//! Delimited text as spreadsheets read and write it (RFC 4180): cells
//! separated by a comma, a semicolon or a tab (what a spreadsheet copies),
//! quoted when they hold a separator, a quote (doubled) or a line break; a
//! UTF-8 byte order mark is skipped. Written with the mark (so Excel reads
//! accents), CRLF line ends and quotes only where needed; a cell that a
//! spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is written with a
//! leading `'`, which [`unguard`] takes off again.

/// One record (row) and the line of the text it starts on (1 is the first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub cells: Vec<String>,
    /// A quote opened in it was never closed: the rest of the text is its last cell.
    pub unclosed_quote: bool,
}

const BOM: char = '\u{feff}';

/// What a spreadsheet takes as the start of a formula.
const FORMULA: [char; 4] = ['=', '+', '-', '@'];

/// The separator of the text: a tab if the first line has one (a
/// spreadsheet copy), else a semicolon if it has more of those than commas,
/// else a comma if it has one; `None` for a plain list, one cell per line.
pub fn detect_separator(text: &str) -> Option<char> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let first = first_line(text);
    let count = |c: char| first.chars().filter(|x| *x == c).count();
    let (tabs, commas, semicolons) = (count('\t'), count(','), count(';'));
    match () {
        _ if tabs > 0 => Some('\t'),
        _ if semicolons > commas => Some(';'),
        _ if commas > 0 => Some(','),
        _ => None,
    }
}

/// The first line, outside quotes (a quoted cell may hold line breaks).
fn first_line(text: &str) -> &str {
    let mut quoted = false;
    for (at, c) in text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => return &text[..at],
            _ => {}
        }
    }
    text
}

/// The records of the text, split at `separator` (`None`: one cell per
/// line). Blank lines are skipped; line ends may be CRLF, LF or CR.
pub fn parse(text: &str, separator: Option<char>) -> Vec<Record> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    let (mut cells, mut cell) = (Vec::new(), String::new());
    let mut start = line;
    // Whether the cell so far was opened by a quote, and whether we are inside it.
    let (mut quoted, mut inside) = (false, false);
    let mut finish = |cells: &mut Vec<String>, cell: &mut String, start: usize, unclosed: bool| {
        cells.push(std::mem::take(cell));
        let cells = std::mem::take(cells);
        if !(cells.len() == 1 && cells[0].trim().is_empty()) {
            records.push(Record { line: start, cells, unclosed_quote: unclosed });
        }
    };
    while let Some(c) = chars.next() {
        if inside {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => inside = false,
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' | '\r' => {
                    line += 1;
                    cell.push('\n');
                }
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() && !quoted => (quoted, inside) = (true, true),
            c if Some(c) == separator => {
                cells.push(std::mem::take(&mut cell));
                quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                finish(&mut cells, &mut cell, start, false);
                quoted = false;
                line += 1;
                start = line;
            }
            _ => cell.push(c),
        }
    }
    if inside || !cell.is_empty() || !cells.is_empty() {
        finish(&mut cells, &mut cell, start, inside);
    }
    records
}

/// Writes rows as CSV: the byte order mark, commas, CRLF after every row.
pub fn write(rows: &[Vec<String>]) -> String {
    let mut out = String::with_capacity(rows.len() * 64 + 3);
    out.push(BOM);
    for row in rows {
        for (n, cell) in row.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            push_cell(&mut out, cell);
        }
        out.push_str("\r\n");
    }
    out
}

fn push_cell(out: &mut String, cell: &str) {
    // A cell that starts as a guarded one would ('=…) is guarded too, so it reads back as itself.
    let guard = cell.trim_start_matches('\'').starts_with(FORMULA);
    let quote = cell.contains([',', '"', '\n', '\r', ';', '\t']) || cell.starts_with(' ') || cell.ends_with(' ');
    if quote {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

/// A cell as it was before [`write`] guarded it against running as a formula.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests;
