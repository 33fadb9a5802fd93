//! One initiative edited in place: title, lead, status, dates, progress, the
//! objective it serves, contributing departments, dependencies; delete with undo.

use leptos::prelude::*;

use super::choice::Choice;
use super::contributors::Contributors;
use super::depends_on::DependsOn;
use super::shared::{delete_with_undo, departments, initiative, plan_part, run};
use crate::model::structure::{Initiative, InitiativeStatus};
use crate::model::structure::InitiativeField;
use crate::model::{Day, Keyed, StructureEdit};
use crate::ui::common::day_field::DayField;
use crate::ui::common::field::TextField;
use crate::ui::common::origin::OriginLine;
use crate::ui::state::use_app;

fn optional(text: String) -> Option<String> {
    Some(text).filter(|t| !t.is_empty())
}

/// The editable card of one initiative.
#[component]
pub fn InitiativeCard(plan_id: String, initiative_id: String) -> impl IntoView {
    let state = use_app();
    let read = {
        let (plan_id, initiative_id) = (plan_id.clone(), initiative_id.clone());
        move |f: fn(&Initiative) -> String| {
            let (plan_id, initiative_id) = (plan_id.clone(), initiative_id.clone());
            Signal::derive(move || state.workspace.with(|ws| ws.plan(&plan_id).and_then(|p| initiative(p, &initiative_id)).map(f).unwrap_or_default()))
        }
    };
    let edit = {
        let (plan_id, initiative_id) = (plan_id.clone(), initiative_id.clone());
        move |make: fn(String) -> InitiativeField| {
            let (plan_id, initiative_id) = (plan_id.clone(), initiative_id.clone());
            Callback::new(move |text: String| {
                run(state, &plan_id, StructureEdit::EditInitiative { initiative_id: initiative_id.clone(), edit: make(text) }).map(drop)
            })
        }
    };
    let day_of = {
        let (plan_id, initiative_id) = (plan_id.clone(), initiative_id.clone());
        move |f: fn(&Initiative) -> Option<Day>| {
            let (plan_id, initiative_id) = (plan_id.clone(), initiative_id.clone());
            Signal::derive(move || state.workspace.with(|ws| ws.plan(&plan_id).and_then(|p| initiative(p, &initiative_id)).and_then(f)))
        }
    };
    let set_day = {
        let (plan_id, initiative_id) = (plan_id.clone(), initiative_id.clone());
        move |make: fn(Option<Day>) -> InitiativeField| {
            let (plan_id, initiative_id) = (plan_id.clone(), initiative_id.clone());
            Callback::new(move |day| run(state, &plan_id, StructureEdit::EditInitiative { initiative_id: initiative_id.clone(), edit: make(day) }).map(drop))
        }
    };
    let department_options = plan_part(&plan_id, departments);
    let objective_options = plan_part(&plan_id, |p| p.objectives.iter().map(|o| (o.id.clone(), o.title.clone())).collect::<Vec<_>>());
    let statuses: Vec<(String, String)> = InitiativeStatus::ALL.iter().map(|s| (s.key().to_string(), s.label().to_string())).collect();
    let origin = { let id = initiative_id.clone(); plan_part(&plan_id, move |p| initiative(p, &id).and_then(|i| i.origin.clone())) };
    let title = read(|i| i.title.clone());
    let delete = {
        let (plan_id, initiative_id) = (plan_id.clone(), initiative_id.clone());
        move |_| {
            let edit = StructureEdit::DeleteInitiative { initiative_id: initiative_id.clone() };
            delete_with_undo(state, &plan_id, edit, format!("Initiative “{}”", title.get_untracked()));
        }
    };
    view! {
        <article class="initiative-card" data-testid="initiative">
            <div class="initiative-row initiative-main">
                <div class="grow"><TextField label="Initiative" value=title on_edit=edit(InitiativeField::Title) testid="initiative-title" /></div>
                <Choice label="Lead department".into() value=read(|i| i.lead_department.clone().unwrap_or_default())
                    options=department_options none="No lead yet" testid="initiative-lead"
                    on_change=edit(|id| InitiativeField::Lead(optional(id))) />
                <Choice label="Status".into() value=read(|i| i.status.key().to_string()) options=statuses testid="initiative-status"
                    on_change=edit(|key| InitiativeField::Status(InitiativeStatus::from_key(&key).unwrap_or_default())) />
            </div>
            <OriginLine origin />
            <div class="initiative-row">
                <DayField label="Starts" value=day_of(|i| i.start) on_edit=set_day(InitiativeField::Start) testid="initiative-start" />
                <DayField label="Due" value=day_of(|i| i.due) on_edit=set_day(InitiativeField::Due) testid="initiative-due" />
                <div class="progress-field">
                    <TextField label="Progress (%)" value=read(|i| i.progress.to_string()) on_edit=edit(InitiativeField::Progress)
                        testid="initiative-progress" hint="0–100" />
                </div>
                <Choice label="Objective".into() value=read(|i| i.objective_id.clone()) options=objective_options
                    none="Choose an objective" testid="initiative-objective" on_change=edit(InitiativeField::Objective) />
            </div>
            <Contributors plan_id=plan_id.clone() initiative_id=initiative_id.clone() />
            <DependsOn plan_id=plan_id.clone() initiative_id=initiative_id.clone() />
            <details class="initiative-more">
                <summary>"Description"</summary>
                <TextField label="Description" multiline=true value=read(|i| i.description.clone())
                    on_edit=edit(InitiativeField::Description) testid="initiative-description" />
            </details>
            <div class="initiative-footer">
                <button type="button" class="small danger" data-testid="initiative-delete" on:click=delete>"Delete initiative"</button>
            </div>
        </article>
    }
}
