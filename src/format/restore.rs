//! Reads any Liaison file into a workspace: size check, JSON, envelope,
//! version, migration, reading with exact paths, then repair. Local storage
//! goes through this same function at start-up.

use serde_json::Value;

use super::envelope::{CURRENT_VERSION, FORMAT_NAME};
use super::error::ImportError;
use super::export::review_target;
use super::migrate::migrate;
use super::read::Notes;
use super::warning::{Repair, Warning};
use super::readers;
use super::repair::repair;
use crate::model::review::Response;
use crate::model::ids::{PlanId, RoundId};
use crate::model::time::Timestamp;
use crate::model::Workspace;

/// The largest file Liaison opens. Browser storage holds about 5 M characters,
/// so anything far larger could never be kept anyway.
pub const MAX_FILE_BYTES: usize = 25_000_000;

/// A file that was read, with what had to be fixed on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    pub workspace: Workspace,
    /// Each repair or migration, with where it was made.
    pub warnings: Vec<Warning>,
    pub exported_by: String,
    pub exported_at: Timestamp,
    /// Department responses the file carries, to merge into their plans.
    pub responses: Vec<Response>,
    /// For a review file, the plan and round under review.
    pub review: Option<(PlanId, RoundId)>,
}

/// Reads the text of a file. On error nothing is returned but the reason.
pub fn restore(text: &str) -> Result<Restored, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len(), limit: MAX_FILE_BYTES });
    }
    let mut value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
        detail: e.to_string().split(" at line ").next().unwrap_or_default().replace('`', "\""),
    })?;
    let version = check_envelope(&value)?;
    let mut warnings = Vec::new();
    if migrate(&mut value, version) > 0 {
        warnings.push(Warning::new("", Repair::Migrated { from: version, to: CURRENT_VERSION }));
    }
    let notes = Notes::default();
    let envelope = readers::envelope(value, &notes)?;
    warnings.extend(notes.take());
    let workspace = repair(
        Workspace {
            plans: envelope.plans,
            boards: envelope.boards,
            stakeholder_maps: envelope.stakeholder_maps,
            board_templates: envelope.board_templates,
        },
        &mut warnings,
    )?;
    Ok(Restored {
        workspace,
        warnings,
        exported_by: envelope.exported_by,
        exported_at: envelope.exported_at,
        responses: envelope.responses,
        review: review_target(&envelope.extra),
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
