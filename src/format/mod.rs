//! The file format: one JSON envelope for every file Liaison writes or reads,
//! and the only code that knows its shape. Export is strict; restore (used by
//! both file import and local storage) is forgiving where it can be: it fills
//! defaults, migrates old versions, repairs what it can and reports each repair.
//! It also owns the other files Liaison reads and writes: CSV (`csv.rs`) and
//! the stakeholder tables in it (`stakeholder_csv/`).

pub mod csv;
pub mod envelope;
pub mod error;
pub mod export;
pub mod import;
pub mod json;
pub mod migrate;
pub mod read;
mod read_board;
mod read_map;
mod read_template;
mod readers;
pub mod repair;
mod repair_board;
mod repair_map;
mod repair_tracking;
pub mod restore;
pub mod signed;
pub mod stakeholder_csv;
mod structure_repair;
pub mod warning;

pub use envelope::{Envelope, CURRENT_VERSION, FORMAT_NAME};
pub use error::ImportError;
pub use export::{
    envelope_of, export_documents, export_response, export_review, export_workspace, file_name, review_target, with_belongings,
    ExportMeta,
};
pub use import::{apply_import, preview_import, Conflict, ConflictChoice, ImportPreview, Imported};
pub use restore::{restore, Restored, MAX_FILE_BYTES};
pub use warning::{CopyRepair, Repair, StakeholderRepair, Warning};
