//! Why a file could not be read, in words a user understands.

use std::fmt;

use crate::model::text::one_decimal;

/// A file that was refused. Nothing in the workspace changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize, limit: usize },
    NotJson { line: usize, column: usize, detail: String },
    NotLiaison { found: Option<String> },
    MissingVersion,
    BadVersion { found: String },
    NewerVersion { found: u64, known: u64 },
    WrongType { path: String, detail: String },
    DuplicateId { path: String, id: String },
    MissingId { path: String },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { bytes, limit } => write!(
                f,
                "This file is too large: {} MB, and Liaison opens files up to {} MB.",
                one_decimal(*bytes as f64 / 1e6),
                limit / 1_000_000
            ),
            Self::NotJson { line, column, detail } => write!(
                f,
                "This file is not valid JSON: {detail} at line {line}, column {column}. It may be damaged or not a Liaison file."
            ),
            Self::NotLiaison { found: None } => {
                write!(f, "This is not a Liaison file: it has no \"format\": \"liaison\" field.")
            }
            Self::NotLiaison { found: Some(found) } => {
                write!(f, "This is not a Liaison file: its format is “{found}”, not “liaison”.")
            }
            Self::MissingVersion => write!(f, "This Liaison file has no version number, so it cannot be read safely."),
            Self::BadVersion { found } => {
                write!(f, "This Liaison file has an invalid version ({found}); a version is a whole number from 1.")
            }
            Self::NewerVersion { found, known } => write!(
                f,
                "This file was made by a newer version of Liaison (file format {found}; this app reads up to {known}). Open it with an up-to-date Liaison."
            ),
            Self::WrongType { path, detail } => write!(f, "The file has a problem at {path}: {detail}."),
            Self::DuplicateId { path, id } => {
                write!(f, "The file has a problem at {path}: the id “{id}” is used twice in the file.")
            }
            Self::MissingId { path } => write!(f, "The file has a problem at {path}: it has no id."),
        }
    }
}

impl std::error::Error for ImportError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_problem() {
        let newer = ImportError::NewerVersion { found: 7, known: 1 }.to_string();
        assert!(newer.contains("newer version") && newer.contains('7'));
        let not_json = ImportError::NotJson { line: 3, column: 9, detail: "expected `,`".into() }.to_string();
        assert!(not_json.contains("line 3, column 9"));
    }
}
