//! One objective: its fields edited in place, its place in the list, its
//! initiatives, and delete with undo.

use leptos::prelude::*;

use super::choice::Choice;
use super::initiative_card::InitiativeCard;
use super::shared::{departments, number_text};
use crate::model::structure::rules::{initiatives_under, rolled_up_progress};
use crate::model::structure::{Objective, ObjectiveField};
use crate::model::StructureEdit;
use crate::ui::common::add_row::AddRow;
use crate::ui::common::chosen::chosen;
use crate::ui::common::field::TextField;
use crate::ui::common::origin::OriginLine;
use crate::ui::select::Item;

/// An objective with its measure, owner and initiatives.
#[component]
pub fn ObjectiveCard(objective: Item<Objective>) -> impl IntoView {
    let plan = objective.plan();
    let id = objective.id();
    let place = plan.read(move |p| {
        let at = p.objectives.iter().position(|o| o.id == id).unwrap_or(0);
        (at + 1, p.objectives.len())
    });
    let id = objective.id();
    let initiatives = plan.read(move |p| initiatives_under(p, &id).map(|i| i.id.clone()).collect::<Vec<_>>());
    let id = objective.id();
    let progress = plan.read(move |p| rolled_up_progress(initiatives_under(p, &id)));
    let department_options = plan.read(departments);
    let origin = objective.read(|o| o.origin.clone());
    let title = objective.read(|o| o.title.clone());
    let mover = move |up: bool| move |_| drop(plan.run_or_toast(StructureEdit::MoveObjective { objective_id: objective.id(), up }));
    let delete = move |_| {
        let (name, count) = (title.get_untracked(), initiatives.with_untracked(Vec::len));
        if count > 0 {
            let question = match count {
                1 => format!("Delete “{name}” and its initiative? You can undo this for a few seconds."),
                n => format!("Delete “{name}” and its {n} initiatives? You can undo this for a few seconds."),
            };
            if !window().confirm_with_message(&question).unwrap_or(false) {
                return;
            }
        }
        objective.remove_with_undo(format!("Objective “{name}” was deleted."));
    };
    view! {
        <li class="objective-card" data-testid="objective">
            <div class="objective-head">
                <span class="objective-number" aria-hidden="true">{move || place.get().0}</span>
                <div class="objective-title"><TextField label="Objective" value=title on_edit=objective.edit(ObjectiveField::Title) testid="objective-title" /></div>
                <div class="objective-actions">
                    <button type="button" class="small" data-testid="objective-up" aria-label="Move up"
                        disabled=move || place.get().0 == 1 on:click=mover(true)>"↑"</button>
                    <button type="button" class="small" data-testid="objective-down" aria-label="Move down"
                        disabled=move || place.get().0 == place.get().1 on:click=mover(false)>"↓"</button>
                    <button type="button" class="small danger" data-testid="objective-delete" on:click=delete>"Delete"</button>
                </div>
            </div>
            <OriginLine origin />
            <div class="objective-fields">
                <TextField label="Measure" value=objective.read(|o| o.measure.name.clone()) on_edit=objective.edit(ObjectiveField::MeasureName)
                    testid="objective-measure" hint="e.g. replies within one working day" />
                <TextField label="Target" value=objective.read(|o| number_text(o.measure.target)) on_edit=objective.edit(ObjectiveField::Target) testid="objective-target" />
                <TextField label="Now" value=objective.read(|o| number_text(o.measure.current)) on_edit=objective.edit(ObjectiveField::Current) testid="objective-current" />
                <TextField label="Unit" value=objective.read(|o| o.measure.unit.clone()) on_edit=objective.edit(ObjectiveField::Unit) testid="objective-unit" hint="%" />
                <Choice label="Owner".into() value=objective.read(|o| o.owner_department.as_ref().map(ToString::to_string).unwrap_or_default())
                    options=department_options none="No owner yet" testid="objective-owner"
                    on_change=objective.edit(|id| ObjectiveField::Owner(chosen(id))) />
            </div>
            <TextField label="Description" multiline=true value=objective.read(|o| o.description.clone()) on_edit=objective.edit(ObjectiveField::Description) testid="objective-description" />
            <h3 class="initiatives-head">"Initiatives " <span class="muted">{move || match initiatives.with(Vec::len) {
                0 => String::new(),
                n => format!("({n}, {}% done on average)", progress.get()),
            }}</span></h3>
            <div class="initiative-list">
                <For each=move || initiatives.get() key=|id| id.clone() let:initiative_id>
                    <InitiativeCard initiative=plan.item(initiative_id) />
                </For>
            </div>
            <AddRow label="Add an initiative" hint="e.g. Shared inbox" button="Add initiative"
                input_testid="new-initiative" button_testid="add-initiative"
                on_add=plan.edit(move |title| StructureEdit::AddInitiative { objective_id: objective.id(), title }) />
        </li>
    }
}
