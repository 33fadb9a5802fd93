//! Small read helpers shared by the approval components.

use leptos::prelude::*;

use crate::model::{Colour, Plan};
use crate::ui::state::use_app;
use crate::ui::system::now;

/// The plan as it is now, or `None` once it is gone.
pub fn plan_memo(plan_id: &str) -> Memo<Option<Plan>> {
    let state = use_app();
    let plan_id = plan_id.to_string();
    Memo::new(move |_| state.workspace.with(|ws| ws.plan(&plan_id).cloned()))
}

/// Today, `YYYY-MM-DD`.
pub fn today() -> String {
    now().chars().take(10).collect()
}

/// A department's colour chip with its name, or the liaison for `None`.
pub fn department_chip(plan: &Plan, department_id: Option<&str>) -> impl IntoView {
    let department = department_id.and_then(|id| plan.departments.iter().find(|d| d.id == id));
    match department {
        Some(d) => {
            let colour = Colour::from_name(&d.colour).unwrap_or_default();
            view! { <span class="chip" style:background-color=colour.hex style:color=colour.ink>{d.name.clone()}</span> }.into_any()
        }
        // Not a department: a plain outlined chip, never a department's colour.
        None => {
            let name = if department_id.is_some() { "A removed department" } else { "Liaison" };
            view! { <span class="chip chip-plain">{name}</span> }.into_any()
        }
    }
}

/// The day of a timestamp, for people.
pub fn day(timestamp: &str) -> String {
    timestamp.chars().take(10).collect()
}
