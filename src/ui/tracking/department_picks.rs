//! Ticking departments of a plan: each shown with its colour and its name.

use leptos::prelude::*;

use super::run::read_plan;
use crate::ui::common::colour_chip::ColourChip;

/// One checkbox per department of the plan; `on_toggle` gets the department
/// id and whether it is now ticked.
#[component]
pub fn DepartmentPicks(
    plan_id: String,
    label: &'static str,
    #[prop(into)] selected: Signal<Vec<String>>,
    on_toggle: Callback<(String, bool)>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let departments = read_plan(&plan_id, |p| Some(p.departments.clone()));
    view! {
        <fieldset class="department-picks" data-testid=testid>
            <legend>{label}</legend>
            <Show when=move || departments.with(Vec::is_empty)>
                <span class="muted">"Add departments in the Overview tab first."</span>
            </Show>
            <For each=move || departments.get() key=|d| (d.id.clone(), d.name.clone(), d.colour.clone()) let:department>
                {
                    let id = department.id.clone();
                    let checked = { let id = id.clone(); move || selected.with(|s| s.contains(&id)) };
                    view! {
                        <label class="pick" data-testid="department-pick">
                            <input type="checkbox" prop:checked=checked
                                on:change:target=move |ev| on_toggle.run((id.clone(), ev.target().checked())) />
                            <ColourChip colour=department.colour.clone() name=department.name.clone() />
                        </label>
                    }
                }
            </For>
        </fieldset>
    }
}

/// The names of `ids` among the plan's departments, joined for reading; `everyone` when empty.
pub fn department_names(plan: &crate::model::Plan, ids: &[String], everyone: &str) -> String {
    let names: Vec<&str> =
        ids.iter().filter_map(|id| plan.departments.iter().find(|d| &d.id == id)).map(|d| d.name.as_str()).collect();
    if names.is_empty() { everyone.to_string() } else { names.join(", ") }
}
