//! The Objectives tab: the plan's objectives with their initiatives, the
//! initiatives left without an objective, and each department's objectives.

use leptos::prelude::*;

use super::department_objectives::DepartmentObjectives;
use super::initiative_card::InitiativeCard;
use super::objective_card::ObjectiveCard;
use crate::model::structure::rules::orphan_initiatives;
use crate::model::StructureEdit;
use crate::ui::common::add_row::AddRow;
use crate::ui::select::use_plan;

/// Objectives, initiatives and department objectives of the page's plan.
#[component]
pub fn ObjectivesSection() -> impl IntoView {
    let plan = use_plan();
    let objectives = plan.read(|p| p.objectives.iter().map(|o| o.id.clone()).collect::<Vec<_>>());
    let orphans = plan.read(|p| orphan_initiatives(p).map(|i| i.id.clone()).collect::<Vec<_>>());
    let add = plan.edit(|title| StructureEdit::AddObjective { title });
    view! {
        <div class="structure objectives" data-testid="objectives">
            <h2>"Objectives"</h2>
            <Show when=move || objectives.with(Vec::is_empty)>
                <p class="muted">"No objective yet. Add what the plan sets out to achieve; then the initiatives that get it there."</p>
            </Show>
            <ol class="objective-list">
                <For each=move || objectives.get() key=|id| id.clone() let:objective_id>
                    <ObjectiveCard objective=plan.item(objective_id) />
                </For>
            </ol>
            <AddRow label="Add an objective" hint="e.g. Reply to every customer within a day" button="Add objective"
                input_testid="new-objective" button_testid="add-objective" on_add=add />
            <Show when=move || !orphans.with(Vec::is_empty)>
                <section class="orphans" data-testid="orphan-initiatives">
                    <h3>"Not under an objective — choose one"</h3>
                    <p class="muted">"These initiatives lost their objective. Choose the objective each one serves."</p>
                    <For each=move || orphans.get() key=|id| id.clone() let:initiative_id>
                        <InitiativeCard initiative=plan.item(initiative_id) />
                    </For>
                </section>
            </Show>
            <DepartmentObjectives />
        </div>
    }
}
