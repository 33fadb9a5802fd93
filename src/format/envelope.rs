//! The envelope every Liaison file is wrapped in (see `docs/liaison.schema.json`).

use serde::Serialize;
use serde_json::{Map, Value};

use crate::model::review::Response;
use crate::model::time::Timestamp;
use crate::model::{Board, BoardTemplate, Plan, StakeholderMap};

/// The value of `format` in every Liaison file.
pub const FORMAT_NAME: &str = "liaison";

/// The newest file version this build reads and the one it writes.
pub const CURRENT_VERSION: u64 = 1;

/// A whole file: metadata plus the documents it carries.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Envelope {
    pub format: String,
    pub version: u64,
    /// When the file was written.
    pub exported_at: Timestamp,
    /// Who wrote it: a department name or "Liaison".
    pub exported_by: String,
    pub plans: Vec<Plan>,
    pub boards: Vec<Board>,
    pub stakeholder_maps: Vec<StakeholderMap>,
    /// Board templates the user saved. Left out when there are none, so
    /// files without them read and write exactly as before.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub board_templates: Vec<BoardTemplate>,
    /// Department responses to an approval round (a response file holds
    /// only these).
    pub responses: Vec<Response>,
    /// Top-level fields written by other versions, kept as they came.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
