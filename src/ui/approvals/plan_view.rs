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
    let (name, colour) = match department {
        Some(d) => (d.name.clone(), Colour::from_name(&d.colour).unwrap_or_default()),
        None if department_id.is_some() => ("Unknown department".to_string(), Colour::default()),
        None => ("Liaison".to_string(), Colour::default()),
    };
    view! { <span class="chip" style:background-color=colour.hex style:color=colour.ink>{name}</span> }
}

/// The day of a timestamp, for people.
pub fn day(timestamp: &str) -> String {
    timestamp.chars().take(10).collect()
}
