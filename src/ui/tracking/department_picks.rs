//! Ticking departments of a plan: each shown with its colour and its name.

use leptos::prelude::*;

use crate::model::ids::DepartmentId;
use crate::ui::common::colour_chip::ColourChip;
use crate::ui::select::use_plan;

/// One checkbox per department of the page's plan; `on_toggle` gets the
/// department id and whether it is now ticked.
#[component]
pub fn DepartmentPicks(
    label: &'static str,
    #[prop(into)] selected: Signal<Vec<DepartmentId>>,
    on_toggle: Callback<(DepartmentId, bool)>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    // Only what a pick shows, so editing a department's head rebuilds nothing here.
    let departments =
        use_plan().read(|p| p.departments.iter().map(|d| (d.id.clone(), d.name.clone(), d.colour.clone())).collect::<Vec<_>>());
    view! {
        <fieldset class="department-picks" data-testid=testid>
            <legend>{label}</legend>
            <Show when=move || departments.with(Vec::is_empty)>
                <span class="muted">"Add departments in the Overview tab first."</span>
            </Show>
            <For each=move || departments.get() key=|d| d.clone() let:department>
                {
                    let (id, name, colour) = department;
                    let id = StoredValue::new(id);
                    view! {
                        <label class="pick" data-testid="department-pick">
                            <input type="checkbox" prop:checked=move || id.with_value(|id| selected.with(|s| s.contains(id)))
                                on:change:target=move |ev| on_toggle.run((id.get_value(), ev.target().checked())) />
                            <ColourChip colour name />
                        </label>
                    }
                }
            </For>
        </fieldset>
    }
}

/// `names` joined for reading; `none` when there are none.
pub fn names_or(names: Vec<String>, none: &str) -> String {
    if names.is_empty() { none.to_string() } else { names.join(", ") }
}
