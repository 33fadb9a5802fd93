//! How components read the workspace and send their edits: one `Copy` handle
//! per document ([`PlanHandle`]) and per entity of a plan ([`Item`]). A
//! handle gives memoised parts (a component re-renders only when the part it
//! shows changes) and edit callbacks that run through the one write path.
//! Which items to show and in what order (orphan initiatives, newest first,
//! open objections, …) is a rule of the model; handles only call it.

mod change;
mod item;
mod memo;
mod plan;

pub use item::Item;
pub use memo::memo;
pub use plan::{use_plan, PlanHandle};
