//! The rules for single values as people type them — a title, a day, a
//! progress figure, a number, an e-mail address — in one place, so every area checks them the
//! same way and says the same thing when one is refused.

use std::fmt;

use super::time::Day;

/// Why a typed value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    EmptyTitle,
    /// What must not be empty ("What happened", "An option").
    EmptyText(&'static str),
    /// Not a `YYYY-MM-DD` calendar day, as typed.
    InvalidDate(String),
    NotANumber(String),
    ProgressOutOfRange(String),
    /// Not shaped like an e-mail address, as typed.
    NotAnEmail(String),
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyTitle => write!(f, "A title cannot be empty."),
            Self::EmptyText(what) => write!(f, "{what} cannot be empty."),
            Self::InvalidDate(text) => write!(f, "“{text}” is not a date (expected YYYY-MM-DD)."),
            Self::NotANumber(text) => write!(f, "“{text}” is not a number."),
            Self::ProgressOutOfRange(text) => write!(f, "Progress is a whole number from 0 to 100, not “{text}”."),
            Self::NotAnEmail(text) => write!(f, "“{text}” is not an e-mail address: it needs one @ and a dot after it, as in name@example.org."),
        }
    }
}

impl std::error::Error for ValueError {}

/// A title: trimmed, not empty.
pub fn title(text: &str) -> Result<String, ValueError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ValueError::EmptyTitle);
    }
    Ok(text.to_string())
}

/// Trimmed text that must not be empty; `what` names it in the message.
pub fn non_empty(text: &str, what: &'static str) -> Result<String, ValueError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ValueError::EmptyText(what));
    }
    Ok(text.to_string())
}

/// Trimmed text, or `None` when blank.
pub fn optional_text(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

/// A day as typed, `YYYY-MM-DD`.
pub fn day(text: &str) -> Result<Day, ValueError> {
    let text = text.trim();
    Day::parse(text).ok_or_else(|| ValueError::InvalidDate(text.to_string()))
}

/// A day that may be left empty.
pub fn optional_day(text: Option<&str>) -> Result<Option<Day>, ValueError> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(text) => day(text).map(Some),
    }
}

/// An e-mail address, trimmed, or empty for none. The check is plain on
/// purpose (one @, something before it, a dot after it with something on
/// both sides, no spaces): it catches slips, not every address RFC 5322 allows.
pub fn email_address(text: &str) -> Result<String, ValueError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(String::new());
    }
    let plain = match text.split_once('@') {
        Some((name, domain)) => {
            !name.is_empty()
                && !domain.contains('@')
                && !text.contains(char::is_whitespace)
                && domain.split_once('.').is_some_and(|(before, _)| !before.is_empty())
                && !domain.ends_with('.')
        }
        None => false,
    };
    if plain { Ok(text.to_string()) } else { Err(ValueError::NotAnEmail(text.to_string())) }
}

/// Progress in percent, a whole number from 0 to 100.
pub fn progress(text: &str) -> Result<u8, ValueError> {
    let text = text.trim();
    match text.parse::<u8>() {
        Ok(p) if p <= 100 => Ok(p),
        _ => Err(ValueError::ProgressOutOfRange(text.to_string())),
    }
}

/// A number as typed (a comma may stand for the decimal point); empty means none.
pub fn number(text: &str) -> Result<Option<f64>, ValueError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    // serde_json's number reader is in the download already; `str::parse::<f64>` would add ~4 KB.
    match serde_json::from_str::<serde_json::Value>(&text.replace(',', ".")) {
        Ok(serde_json::Value::Number(n)) => Ok(n.as_f64()),
        _ => Err(ValueError::NotANumber(text.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_texts_are_trimmed_and_never_empty() {
        assert_eq!(title("  Growth "), Ok("Growth".into()));
        assert_eq!(title(" \n"), Err(ValueError::EmptyTitle));
        assert_eq!(non_empty("", "An option"), Err(ValueError::EmptyText("An option")));
        assert_eq!(optional_text(Some("  ".into())), None);
    }

    #[test]
    fn days_progress_and_numbers_as_typed() {
        assert_eq!(optional_day(Some(" 2027-03-01 ")).unwrap().map(Day::text).as_deref(), Some("2027-03-01"));
        assert_eq!(optional_day(Some("")), Ok(None));
        assert_eq!(optional_day(Some("2027-02-30")), Err(ValueError::InvalidDate("2027-02-30".into())));
        assert_eq!(progress(" 55 "), Ok(55));
        assert_eq!(progress("101"), Err(ValueError::ProgressOutOfRange("101".into())));
        assert_eq!(progress("-1"), Err(ValueError::ProgressOutOfRange("-1".into())));
        assert_eq!(number("12,5"), Ok(Some(12.5)));
        assert_eq!(number(""), Ok(None));
        assert_eq!(number("lots"), Err(ValueError::NotANumber("lots".into())));
    }

    #[test]
    fn e_mail_addresses_get_a_plain_check() {
        assert_eq!(email_address(" anna.berg@finance.example.org "), Ok("anna.berg@finance.example.org".into()));
        assert_eq!(email_address("  "), Ok(String::new()), "empty: no address");
        for slip in ["anna", "anna@finance", "@finance.org", "anna@.org", "anna@finance.", "anna@@finance.org", "a@b@c.org", "anna berg@finance.org", "anna.berg.finance.org"] {
            assert_eq!(email_address(slip), Err(ValueError::NotAnEmail(slip.into())), "{slip}");
        }
        assert_eq!(
            ValueError::NotAnEmail("anna@finance".into()).to_string(),
            "“anna@finance” is not an e-mail address: it needs one @ and a dot after it, as in name@example.org."
        );
    }
}
