//! Reads any Liaison file into a workspace: size check, JSON, envelope,
//! version, migration, typed reading with exact paths, then repair. Local
//! storage goes through this same function at start-up.

use serde_json::Value;

use super::envelope::{Envelope, CURRENT_VERSION, FORMAT_NAME};
use super::error::{plain_words, ImportError};
use super::migrate::migrate;
use super::repair::repair;
use crate::model::Workspace;

/// The largest file Liaison opens. Browser storage holds about 5 M characters,
/// so anything far larger could never be kept anyway.
pub const MAX_FILE_BYTES: usize = 25_000_000;

/// A file that was read, with what had to be fixed on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    pub workspace: Workspace,
    /// One plain sentence per repair or migration, for the user.
    pub warnings: Vec<String>,
    pub exported_by: String,
    pub exported_at: String,
    /// Department responses the file carries (merged by the approvals feature).
    pub responses: Vec<Value>,
}

/// Reads the text of a file. On error nothing is returned but the reason.
pub fn restore(text: &str) -> Result<Restored, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len(), limit: MAX_FILE_BYTES });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
        detail: e.to_string().split(" at line ").next().unwrap_or_default().replace('`', "\""),
    })?;
    restore_value(value)
}

/// Reads a file that is already parsed as JSON.
pub fn restore_value(mut value: Value) -> Result<Restored, ImportError> {
    let version = check_envelope(&value)?;
    let mut warnings = Vec::new();
    if migrate(&mut value, version) > 0 {
        warnings.push(format!("This file was written in format version {version} and was updated to version {CURRENT_VERSION}."));
    }
    let envelope: Envelope = serde_path_to_error::deserialize(value).map_err(|e| ImportError::WrongType {
        path: readable_path(&e.path().to_string()),
        detail: plain_words(&e.inner().to_string()),
    })?;
    let workspace = repair(
        Workspace { plans: envelope.plans, boards: envelope.boards, stakeholder_maps: envelope.stakeholder_maps },
        &envelope.exported_at,
        &mut warnings,
    )?;
    Ok(Restored {
        workspace,
        warnings,
        exported_by: envelope.exported_by,
        exported_at: envelope.exported_at,
        responses: envelope.responses,
    })
}

/// Checks `format` and `version` and returns the version.
fn check_envelope(value: &Value) -> Result<u64, ImportError> {
    let Some(object) = value.as_object() else {
        return Err(ImportError::NotLiaison { found: None });
    };
    match object.get("format") {
        Some(Value::String(name)) if name == FORMAT_NAME => {}
        Some(Value::String(name)) => return Err(ImportError::NotLiaison { found: Some(name.clone()) }),
        _ => return Err(ImportError::NotLiaison { found: None }),
    }
    let version = object.get("version").ok_or(ImportError::MissingVersion)?;
    match version.as_u64() {
        Some(v) if v > CURRENT_VERSION => Err(ImportError::NewerVersion { found: v, known: CURRENT_VERSION }),
        Some(v) if v >= 1 => Ok(v),
        _ => Err(ImportError::BadVersion { found: version.to_string() }),
    }
}

/// serde_path_to_error writes the root as "."; users read "the file".
fn readable_path(path: &str) -> String {
    if path.is_empty() || path == "." {
        "the top of the file".into()
    } else {
        path.to_string()
    }
}
