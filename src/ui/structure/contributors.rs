//! The departments contributing to an initiative, ticked on or off.

use leptos::prelude::*;

use super::shared::of_initiative;
use crate::model::ids::DepartmentId;
use crate::model::structure::rules::contributor_candidates;
use crate::model::structure::{Initiative, InitiativeField};
use crate::ui::common::colour_chip::ColourChip;
use crate::ui::select::Item;

/// A checkbox per department (with its colour chip); the lead is not offered.
#[component]
pub fn Contributors(initiative: Item<Initiative>) -> impl IntoView {
    let plan = initiative.plan();
    let id = initiative.id();
    let rows = plan.read(move |p| {
        of_initiative(p, &id, |p, i| {
            contributor_candidates(p, i)
                .map(|d| (d.id.clone(), d.name.clone(), d.colour.clone(), i.contributing_departments.contains(&d.id)))
                .collect::<Vec<_>>()
        })
    });
    let toggle = move |department: DepartmentId, checked: bool| {
        if let Err(why) = initiative.set(InitiativeField::Contributor(department, checked)) {
            plan.app().toasts.refused(&why);
        }
    };
    view! {
        <fieldset class="contributors" data-testid="initiative-contributors">
            <legend>"Contributing departments"</legend>
            <Show when=move || rows.with(Vec::is_empty)>
                <span class="muted">"Add departments in the Overview tab."</span>
            </Show>
            <For each=move || rows.get() key=|r| r.clone() let:row>
                {
                    let (id, name, colour, on) = row;
                    view! {
                        <label class="contributor">
                            <input type="checkbox" data-testid="contributor" prop:checked=on
                                on:change:target=move |ev| toggle(id.clone(), ev.target().checked()) />
                            <ColourChip colour=colour name=name />
                        </label>
                    }
                }
            </For>
        </fieldset>
    }
}
