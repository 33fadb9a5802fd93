//! The departments contributing to an initiative, ticked on or off.

use leptos::prelude::*;

use super::shared::{initiative, plan_part, run};
use crate::model::structure::InitiativeField;
use crate::model::StructureEdit;
use crate::ui::common::colour_chip::ColourChip;
use crate::ui::state::use_app;

/// A checkbox per department (with its colour chip); the lead is not offered.
#[component]
pub fn Contributors(plan_id: String, initiative_id: String) -> impl IntoView {
    let state = use_app();
    let iid = initiative_id.clone();
    let rows = plan_part(&plan_id, move |p| {
        let i = initiative(p, &iid);
        p.departments
            .iter()
            .filter(|d| i.is_some_and(|i| i.lead_department.as_deref() != Some(&d.id)))
            .map(|d| (d.id.clone(), d.name.clone(), d.colour.clone(), i.is_some_and(|i| i.contributing_departments.contains(&d.id))))
            .collect::<Vec<_>>()
    });
    view! {
        <fieldset class="contributors" data-testid="initiative-contributors">
            <legend>"Contributing departments"</legend>
            <Show when=move || rows.with(Vec::is_empty)>
                <span class="muted">"Add departments in the Overview tab."</span>
            </Show>
            <For each=move || rows.get() key=|r| r.clone() let:row>
                {
                    let (id, name, colour, on) = row;
                    let (plan_id, initiative_id) = (plan_id.clone(), initiative_id.clone());
                    let toggle = move |checked: bool| {
                        let edit = StructureEdit::EditInitiative { initiative_id: initiative_id.clone(), edit: InitiativeField::Contributor(id.clone(), checked) };
                        if let Err(why) = run(state, &plan_id, edit) {
                            state.toast(why, true, None);
                        }
                    };
                    view! {
                        <label class="contributor">
                            <input type="checkbox" data-testid="contributor" prop:checked=on
                                on:change:target=move |ev| toggle(ev.target().checked()) />
                            <ColourChip colour=colour name=name />
                        </label>
                    }
                }
            </For>
        </fieldset>
    }
}
