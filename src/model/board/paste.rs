//! A list pasted into a note's field: several lines become several notes
//! (the user is asked first), with list markers ("- ", "* ", "• ", "3. ")
//! taken off and blank lines dropped.

/// The notes a pasted text makes, one per non-empty line; a single line
/// (or none) is not a list.
pub fn note_lines(text: &str) -> Vec<String> {
    text.lines().map(strip_marker).filter(|line| !line.is_empty()).map(str::to_string).collect()
}

/// Whether pasting `text` should offer one note per line.
pub fn is_list(text: &str) -> bool {
    note_lines(text).len() > 1
}

fn strip_marker(line: &str) -> &str {
    let line = line.trim();
    for bullet in ['-', '*', '•', '–'] {
        if let Some(rest) = line.strip_prefix(bullet).filter(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace)) {
            return rest.trim();
        }
    }
    // "3. " or "3) ": a numbered list.
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits < 4 {
        let rest = &line[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return rest.trim();
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_notes_without_their_list_markers() {
        assert_eq!(note_lines("One\r\n  • Two \n\n10) Ten\n2025 was good\n"), ["One", "Two", "Ten", "2025 was good"]);
        assert!(is_list("a\nb") && !is_list("just one line\n\n") && !is_list(""));
        assert_eq!(note_lines("- "), Vec::<String>::new());
    }
}
