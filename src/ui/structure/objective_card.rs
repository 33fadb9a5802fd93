//! One objective: its fields edited in place, its place in the list, its
//! initiatives, and delete with undo.

use leptos::prelude::*;

use super::choice::Choice;
use super::initiative_card::InitiativeCard;
use super::shared::{delete_with_undo, departments, number_text, plan_part, run};
use crate::model::structure::Objective;
use crate::model::structure::rules::rolled_up_progress;
use crate::model::structure::ObjectiveField;
use crate::model::StructureEdit;
use crate::ui::common::field::TextField;
use crate::ui::state::use_app;
use crate::ui::common::add_row::AddRow;
use crate::ui::common::origin::OriginLine;

/// An objective with its measure, owner and initiatives.
#[component]
pub fn ObjectiveCard(plan_id: String, objective_id: String) -> impl IntoView {
    let state = use_app();
    let read = {
        let (plan_id, objective_id) = (plan_id.clone(), objective_id.clone());
        move |f: fn(&Objective) -> String| {
            let (plan_id, objective_id) = (plan_id.clone(), objective_id.clone());
            Signal::derive(move || {
                state.workspace.with(|ws| ws.plan(&plan_id).and_then(|p| p.objectives.iter().find(|o| o.id == objective_id)).map(f).unwrap_or_default())
            })
        }
    };
    let edit = {
        let (plan_id, objective_id) = (plan_id.clone(), objective_id.clone());
        move |make: fn(String) -> ObjectiveField| {
            let (plan_id, objective_id) = (plan_id.clone(), objective_id.clone());
            Callback::new(move |text: String| {
                run(state, &plan_id, StructureEdit::EditObjective { objective_id: objective_id.clone(), edit: make(text) }).map(drop)
            })
        }
    };
    let oid = objective_id.clone();
    let place = plan_part(&plan_id, move |p| {
        let at = p.objectives.iter().position(|o| o.id == oid).unwrap_or(0);
        (at + 1, p.objectives.len())
    });
    let oid = objective_id.clone();
    let initiatives = plan_part(&plan_id, move |p| p.initiatives.iter().filter(|i| i.objective_id == oid).map(|i| i.id.clone()).collect::<Vec<_>>());
    let oid = objective_id.clone();
    let progress = plan_part(&plan_id, move |p| rolled_up_progress(p.initiatives.iter().filter(|i| i.objective_id == oid)));
    let department_options = plan_part(&plan_id, departments);
    let oid = objective_id.clone();
    let origin = plan_part(&plan_id, move |p| p.objectives.iter().find(|o| o.id == oid).and_then(|o| o.origin.clone()));
    let title = read(|o| o.title.clone());
    let mover = {
        let (plan_id, objective_id) = (plan_id.clone(), objective_id.clone());
        move |up: bool| {
            let (plan_id, objective_id) = (plan_id.clone(), objective_id.clone());
            move |_| drop(state.run_or_toast(crate::model::Command::EditStructure {
                plan_id: plan_id.clone(),
                edit: StructureEdit::MoveObjective { objective_id: objective_id.clone(), up },
            }))
        }
    };
    let delete = {
        let (plan_id, objective_id) = (plan_id.clone(), objective_id.clone());
        move |_| {
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
            delete_with_undo(state, &plan_id, StructureEdit::DeleteObjective { objective_id: objective_id.clone() }, format!("Objective “{name}”"));
        }
    };
    let (initiative_plan, add_plan) = (plan_id.clone(), plan_id.clone());
    view! {
        <li class="objective-card" data-testid="objective">
            <div class="objective-head">
                <span class="objective-number" aria-hidden="true">{move || place.get().0}</span>
                <div class="objective-title"><TextField label="Objective" value=title on_edit=edit(ObjectiveField::Title) testid="objective-title" /></div>
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
                <TextField label="Measure" value=read(|o| o.measure.name.clone()) on_edit=edit(ObjectiveField::MeasureName)
                    testid="objective-measure" hint="e.g. replies within one working day" />
                <TextField label="Target" value=read(|o| number_text(o.measure.target)) on_edit=edit(ObjectiveField::Target) testid="objective-target" />
                <TextField label="Now" value=read(|o| number_text(o.measure.current)) on_edit=edit(ObjectiveField::Current) testid="objective-current" />
                <TextField label="Unit" value=read(|o| o.measure.unit.clone()) on_edit=edit(ObjectiveField::Unit) testid="objective-unit" hint="%" />
                <Choice label="Owner".into() value=read(|o| o.owner_department.clone().unwrap_or_default()) options=department_options
                    none="No owner yet" testid="objective-owner"
                    on_change=edit(|id| ObjectiveField::Owner(Some(id).filter(|i| !i.is_empty()))) />
            </div>
            <TextField label="Description" multiline=true value=read(|o| o.description.clone()) on_edit=edit(ObjectiveField::Description) testid="objective-description" />
            <h3 class="initiatives-head">"Initiatives " <span class="muted">{move || match initiatives.with(Vec::len) {
                0 => String::new(),
                n => format!("({n}, {}% done on average)", progress.get()),
            }}</span></h3>
            <div class="initiative-list">
                <For each=move || initiatives.get() key=|id| id.clone() let:initiative_id>
                    <InitiativeCard plan_id=initiative_plan.clone() initiative_id />
                </For>
            </div>
            <AddInitiative plan_id=add_plan objective_id=objective_id.clone() />
        </li>
    }
}

/// The field to add an initiative under an objective.
#[component]
fn AddInitiative(plan_id: String, objective_id: String) -> impl IntoView {
    let state = use_app();
    let add = Callback::new(move |title: String| {
        run(state, &plan_id, StructureEdit::AddInitiative { objective_id: objective_id.clone(), title }).map(drop)
    });
    view! {
        <AddRow label="Add an initiative" hint="e.g. Shared inbox" button="Add initiative"
            input_testid="new-initiative" button_testid="add-initiative" on_add=add />
    }
}
