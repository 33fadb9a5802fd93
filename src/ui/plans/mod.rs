//! The plan page: its sections and its own fields and departments.

mod departments;
mod overview;
mod page;
mod section;

pub use page::PlanPage;
