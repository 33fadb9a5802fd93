//! Editing a plan: its own fields and its departments.

mod departments;
mod editor;

pub use editor::PlanEditor;
