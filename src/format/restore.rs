//! Reads any Liaison file into a workspace: size check, JSON, envelope,
//! version, migration, typed reading with exact paths, then repair. Local
//! storage goes through this same function at start-up.

use std::fmt;

use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
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
    let version = check_envelope(text)?;
    if version == CURRENT_VERSION {
        return read_typed(text, Vec::new());
    }
    // Older files are migrated as raw JSON, then read like current ones.
    let mut value: Value = serde_json::from_str(text).map_err(not_json)?;
    migrate(&mut value, version);
    let warnings = vec![format!("This file was written in format version {version} and was updated to version {CURRENT_VERSION}.")];
    read_typed(&value.to_string(), warnings)
}

/// The two fields every Liaison file starts from; the rest is skipped without
/// being kept, so this first pass is cheap even for a large file.
struct Head {
    format: Option<Value>,
    version: Option<Value>,
}

impl<'de> Deserialize<'de> for Head {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct HeadVisitor;
        impl<'de> Visitor<'de> for HeadVisitor {
            type Value = Head;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            // Only an object is a file: unlike derived structs, a list is not accepted.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Head, A::Error> {
                let mut head = Head { format: None, version: None };
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "format" => head.format = Some(map.next_value()?),
                        "version" => head.version = Some(map.next_value()?),
                        _ => drop(map.next_value::<IgnoredAny>()?),
                    }
                }
                Ok(head)
            }
        }
        deserializer.deserialize_map(HeadVisitor)
    }
}

fn not_json(e: serde_json::Error) -> ImportError {
    ImportError::NotJson {
        line: e.line(),
        column: e.column(),
        detail: e.to_string().split(" at line ").next().unwrap_or_default().replace('`', "\""),
    }
}

/// Checks that the text is JSON with `format` and `version`, and returns the version.
fn check_envelope(text: &str) -> Result<u64, ImportError> {
    let head: Head = match serde_json::from_str(text) {
        Ok(head) => head,
        Err(e) if e.is_syntax() || e.is_eof() => return Err(not_json(e)),
        // Valid JSON, but not an object.
        Err(_) => return Err(ImportError::NotLiaison { found: None }),
    };
    match head.format {
        Some(Value::String(name)) if name == FORMAT_NAME => {}
        Some(Value::String(name)) => return Err(ImportError::NotLiaison { found: Some(name) }),
        _ => return Err(ImportError::NotLiaison { found: None }),
    }
    let version = head.version.ok_or(ImportError::MissingVersion)?;
    match version.as_u64() {
        Some(v) if v > CURRENT_VERSION => Err(ImportError::NewerVersion { found: v, known: CURRENT_VERSION }),
        Some(v) if v >= 1 => Ok(v),
        _ => Err(ImportError::BadVersion { found: version.to_string() }),
    }
}

/// Reads a current-version file straight into typed values, naming the path
/// of the first field that does not fit, then repairs what it can.
fn read_typed(text: &str, mut warnings: Vec<String>) -> Result<Restored, ImportError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let envelope: Envelope = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| ImportError::WrongType {
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

/// serde_path_to_error writes the root as "."; users read "the file".
fn readable_path(path: &str) -> String {
    if path.is_empty() || path == "." {
        "the top of the file".into()
    } else {
        path.to_string()
    }
}
