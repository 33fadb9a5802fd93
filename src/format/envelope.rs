//! The envelope every Liaison file is wrapped in (see `docs/liaison.schema.json`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::model::{Board, Plan, StakeholderMap};

/// The value of `format` in every Liaison file.
pub const FORMAT_NAME: &str = "liaison";

/// The newest file version this build reads and the one it writes.
pub const CURRENT_VERSION: u64 = 1;

/// A whole file: metadata plus the documents it carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub format: String,
    pub version: u64,
    /// When the file was written, RFC 3339 UTC.
    #[serde(default)]
    pub exported_at: String,
    /// Who wrote it: a department name or "Liaison".
    #[serde(default)]
    pub exported_by: String,
    #[serde(default)]
    pub plans: Vec<Plan>,
    #[serde(default)]
    pub boards: Vec<Board>,
    #[serde(default)]
    pub stakeholder_maps: Vec<StakeholderMap>,
    /// Department responses; merged by the approvals feature, carried until then.
    #[serde(default)]
    pub responses: Vec<Value>,
    /// Top-level fields written by other versions, kept as they came.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
