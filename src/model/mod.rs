//! The domain: plain data and the rules that change it. No browser, clock or
//! random source here: the current time and new ids are passed in.

pub mod alignment;
pub mod approval;
pub mod approval_edit;
pub mod board;
pub mod changes;
pub mod command;
pub mod dashboard;
pub mod document;
pub mod env;
pub mod example;
pub mod hash;
pub mod interdependence;
pub mod ids;
pub mod keyed;
pub mod log_edit;
pub mod objective;
pub mod palette;
pub mod plan;
pub mod promote;
pub mod review;
pub mod rules;
pub mod structure_edit;
pub mod structure_removal;
#[cfg(test)]
pub mod testing;
pub mod text;
pub mod time;
pub mod tracking;
pub mod values;
pub mod workspace;

pub use approval_edit::ReviewEdit;
pub use board::{BoardEdit, Template};
pub use command::{apply, Command, CommandError, Outcome, PlanEdit, DepartmentEdit};
pub use env::Env;
pub use structure_edit::StructureEdit;
pub use document::{Board, DocRef, Document, DocumentKind, StakeholderMap};
pub use ids::IdSource;
pub use keyed::Keyed;
pub use palette::Colour;
pub use time::{Day, Timestamp, Zone};
pub use plan::{Department, Horizon, Plan, PlanStatus};
pub use workspace::{DocumentSummary, Workspace};
