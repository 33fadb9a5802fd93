//! A plan's structure: what it sets out to achieve (objectives), the work that
//! gets it there (initiatives, with each department's RACI role and the
//! dependencies between them), each department's own objectives and what one
//! department needs from another; the edits of all of these, the rules they
//! can break, and the queries over them.

pub mod alignment;
pub mod edit;
#[cfg(test)]
mod edit_tests;
pub mod interdependence;
pub mod objective;
pub mod removal;
pub mod rules;

pub use alignment::{DepartmentObjective, InformationNeed};
pub use edit::{
    edit_structure, DepartmentObjectiveField, InformationNeedField, InitiativeField, ObjectiveField, StructureEdit,
    StructureError, StructureItem,
};
pub use objective::{Initiative, InitiativeStatus, Measure, Objective, Raci};
pub use removal::Deleted;
