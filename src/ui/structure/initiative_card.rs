//! One initiative edited in place: title, lead, status, dates (warned about
//! when outside the plan's horizon), progress, the objective it serves,
//! contributing departments, dependencies; delete with undo.

use leptos::prelude::*;

use super::choice::Choice;
use super::contributors::Contributors;
use super::depends_on::DependsOn;
use super::shared::{departments, objectives, of_initiative};
use crate::model::structure::rules::outside_horizon;
use crate::model::structure::{Initiative, InitiativeField, InitiativeStatus};
use crate::model::Keyed;
use crate::ui::common::day_field::DayField;
use crate::ui::common::chosen::chosen;
use crate::ui::common::field::TextField;
use crate::ui::common::origin::OriginLine;
use crate::ui::select::Item;

/// The editable card of one initiative.
#[component]
pub fn InitiativeCard(initiative: Item<Initiative>) -> impl IntoView {
    let plan = initiative.plan();
    let department_options = plan.read(departments);
    let objective_options = plan.read(objectives);
    let statuses: Vec<(String, String)> = InitiativeStatus::ALL.iter().map(|s| (s.key().to_string(), s.label().to_string())).collect();
    let origin = initiative.read(|i| i.origin.clone());
    let title = initiative.read(|i| i.title.clone());
    let id = initiative.id();
    let horizon_warnings =
        plan.read(move |p| of_initiative(p, &id, |p, i| outside_horizon(&p.horizon, i).iter().map(ToString::to_string).collect::<Vec<_>>()));
    let delete = move |_| initiative.remove_with_undo(format!("Initiative “{}” was deleted.", title.get_untracked()));
    view! {
        <article class="initiative-card" data-testid="initiative">
            <div class="initiative-row initiative-main">
                <div class="grow"><TextField label="Initiative" value=title on_edit=initiative.edit(InitiativeField::Title) testid="initiative-title" /></div>
                <Choice label="Lead department".into() value=initiative.read(|i| i.lead_department.as_ref().map(ToString::to_string).unwrap_or_default())
                    options=department_options none="No lead yet" testid="initiative-lead"
                    on_change=initiative.edit(|id| InitiativeField::Lead(chosen(id))) />
                <Choice label="Status".into() value=initiative.read(|i| i.status.key().to_string()) options=statuses testid="initiative-status"
                    on_change=initiative.edit(|key: String| InitiativeField::Status(InitiativeStatus::from_key(&key).unwrap_or_default())) />
            </div>
            <OriginLine origin />
            <div class="initiative-row">
                <DayField label="Starts" value=initiative.read(|i| i.start) on_edit=initiative.edit(InitiativeField::Start) testid="initiative-start" />
                <DayField label="Due" value=initiative.read(|i| i.due) on_edit=initiative.edit(InitiativeField::Due) testid="initiative-due" />
                <div class="progress-field">
                    <TextField label="Progress (%)" value=initiative.read(|i| i.progress.to_string()) on_edit=initiative.edit(InitiativeField::Progress)
                        testid="initiative-progress" hint="0–100" />
                </div>
                <Choice label="Objective".into() value=initiative.read(|i| i.objective_id.to_string()) options=objective_options
                    none="Choose an objective" testid="initiative-objective"
                    on_change=initiative.edit(|id: String| InitiativeField::Objective(id.into())) />
            </div>
            // A warning, not a refusal: the horizon may be what needs to move.
            {move || horizon_warnings.get().into_iter().map(|w| view! {
                <p class="field-warning" data-testid="initiative-horizon-warning">"⚠ "{w}</p>
            }).collect_view()}
            <Contributors initiative />
            <DependsOn initiative />
            <details class="initiative-more">
                <summary>"Description"</summary>
                <TextField label="Description" multiline=true value=initiative.read(|i| i.description.clone())
                    on_edit=initiative.edit(InitiativeField::Description) testid="initiative-description" />
            </details>
            <div class="initiative-footer">
                <button type="button" class="small danger" data-testid="initiative-delete" on:click=delete>"Delete initiative"</button>
            </div>
        </article>
    }
}
