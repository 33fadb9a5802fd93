//! The plan page: its sections and its own fields and departments.

mod departments;
mod overview;
mod page;

pub use overview::PlanOverview;
pub use page::PlanPage;
