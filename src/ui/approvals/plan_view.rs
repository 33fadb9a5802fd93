//! Small read helpers shared by the approval components.

use leptos::prelude::*;

use crate::model::Plan;
use crate::ui::common::colour_chip::ColourChip;
use crate::ui::state::use_app;
use crate::model::Timestamp;
use crate::ui::system::local_day;

/// The plan as it is now, or `None` once it is gone.
pub fn plan_memo(plan_id: &str) -> Memo<Option<Plan>> {
    let state = use_app();
    let plan_id = plan_id.to_string();
    Memo::new(move |_| state.workspace.with(|ws| ws.plan(&plan_id).cloned()))
}

/// The department this browser reviews `plan_id` as, if any.
pub fn reviewing_department(plan_id: &str) -> Memo<Option<String>> {
    let state = use_app();
    let plan_id = plan_id.to_string();
    Memo::new(move |_| state.reviewing_as.get().filter(|(p, _)| *p == plan_id).map(|(_, d)| d))
}

/// A department's colour chip with its name, or the liaison for `None`.
pub fn department_chip(plan: &Plan, department_id: Option<&str>) -> impl IntoView {
    let department = department_id.and_then(|id| plan.departments.iter().find(|d| d.id == id));
    match department {
        Some(d) => view! { <ColourChip colour=d.colour.clone() name=d.name.clone() /> }.into_any(),
        // Not a department: a plain outlined chip, never a department's colour.
        None => {
            let name = if department_id.is_some() { "A removed department" } else { "Liaison" };
            view! { <span class="chip chip-plain">{name}</span> }.into_any()
        }
    }
}

/// The day of an instant on the user's calendar, for people.
pub fn day(at: Timestamp) -> String {
    local_day(at).text()
}
