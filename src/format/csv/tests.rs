//! RFC 4180 reading (quotes, doubled quotes, line breaks inside quotes, a
//! byte order mark, CRLF, LF or CR), separator detection, and writing that
//! reads back as it was.

use super::*;

fn cells(records: &[Record]) -> Vec<Vec<&str>> {
    records.iter().map(|r| r.cells.iter().map(String::as_str).collect()).collect()
}

#[test]
fn finds_the_separator_from_the_first_line() {
    assert_eq!(detect_separator("Name\tRole\nAnna\tCFO"), Some('\t'));
    assert_eq!(detect_separator("\u{feff}Name,Role"), Some(','));
    assert_eq!(detect_separator("Name;Role;Notes, more"), Some(';'));
    assert_eq!(detect_separator("\"Berg, Anna\"\nOmar"), Some(','), "a comma in quotes still says CSV");
    assert_eq!(detect_separator("Anna Berg\nOmar"), None);
}

#[test]
fn reads_quotes_doubled_quotes_and_line_breaks_inside_quotes() {
    let text = "\u{feff}Name,Notes\r\n\"Berg, Anna\",\"Said \"\"no\"\"\r\ntwice\"\r\n\r\nOmar,\r\n";
    let records = parse(text, Some(','));
    assert_eq!(cells(&records), [vec!["Name", "Notes"], vec!["Berg, Anna", "Said \"no\"\ntwice"], vec!["Omar", ""]]);
    assert_eq!(records.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 2, 5], "a record's line is where it starts");
}

#[test]
fn reads_tabs_plain_lines_and_old_mac_line_ends() {
    assert_eq!(cells(&parse("a\tb c\t\"x\ty\"\n", Some('\t'))), [vec!["a", "b c", "x\ty"]]);
    assert_eq!(cells(&parse("Anna, CFO\rOmar", None)), [vec!["Anna, CFO"], vec!["Omar"]]);
    assert_eq!(cells(&parse("The \"Works\" council", None)), [vec!["The \"Works\" council"]], "a quote inside a cell is text");
}

#[test]
fn an_unclosed_quote_is_said_and_keeps_the_rest() {
    let records = parse("Anna,ok\n\"Omar,never closed\nLea,x", Some(','));
    assert_eq!(records.len(), 2);
    assert!(records[1].unclosed_quote && !records[0].unclosed_quote);
    assert_eq!((records[1].line, records[1].cells[0].as_str()), (2, "Omar,never closed\nLea,x"));
}

#[test]
fn writes_with_a_mark_crlf_and_quotes_only_where_needed_and_reads_back() {
    let rows = vec![
        vec!["Name".to_string(), "Notes".to_string()],
        vec!["Ærø, Åsa".into(), "Said \"no\"\nthen yes".into()],
        vec!["=SUM(A1)".into(), "'=kept".into()],
        vec!["plain".into(), " padded ".into()],
    ];
    let text = write(&rows);
    assert!(text.starts_with("\u{feff}Name,Notes\r\n\"Ærø, Åsa\",\"Said \"\"no\"\"\nthen yes\"\r\n"));
    assert!(text.contains("'=SUM(A1),''=kept\r\n"), "formulas are not run by a spreadsheet");
    let back: Vec<Vec<String>> = parse(&text, detect_separator(&text)).into_iter().map(|r| r.cells.iter().map(|c| unguard(c).to_string()).collect()).collect();
    assert_eq!(back, rows);
}
