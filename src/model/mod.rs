//! The domain: plain data and the rules that change it. No browser, clock or
//! random source here: the current time, the user's day and new ids are
//! passed in ([`Env`]).
//!
//! One module per area, each with its types, its edit enum, its error enum
//! and its queries: `plan` (a plan's own fields and departments),
//! `structure` (objectives, initiatives, roles, dependencies, alignment),
//! `approval` (rounds and sign-offs), `review` (comments, objections,
//! response files), `tracking` (decisions, updates, lessons), `board`
//! (workshop boards and their voting), `stakeholder` (stakeholder maps:
//! the grid, assessing together, the communication plan), `promote` (a
//! note becomes a plan item). `command` is the one write path and the only
//! module that knows them all; no other module names it.

pub mod approval;
pub mod board;
pub mod changes;
pub mod command;
pub mod dashboard;
pub mod department_view;
pub mod document;
pub mod entity;
pub mod env;
pub mod example;
pub mod hash;
pub mod ids;
pub mod keyed;
pub mod palette;
pub mod plan;
pub mod promote;
pub mod provenance;
pub mod review;
pub mod stakeholder;
pub mod structure;
#[cfg(test)]
pub mod testing;
pub mod text;
pub mod time;
pub mod tracking;
pub mod values;
pub mod workspace;

pub use approval::ApprovalEdit;
pub use board::{BoardEdit, Template, VotingEdit};
pub use command::{apply, Command, CommandError, Outcome};
pub use document::{Board, BoardTemplate, DocRef, Document, DocumentKind, StakeholderMap};
pub use env::Env;
pub use ids::IdSource;
pub use keyed::Keyed;
pub use palette::Colour;
pub use plan::{Department, DepartmentEdit, Horizon, Plan, PlanEdit, PlanStatus};
pub use review::ReviewEdit;
pub use stakeholder::{AssessmentEdit, MapEdit};
pub use structure::StructureEdit;
pub use time::{Day, Timestamp, Zone};
pub use tracking::LogEdit;
pub use workspace::{DocumentSummary, Workspace};
