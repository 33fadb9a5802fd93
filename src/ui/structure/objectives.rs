//! The Objectives tab: the plan's objectives with their initiatives, the
//! initiatives left without an objective, and each department's objectives.

use leptos::prelude::*;

use super::department_objectives::DepartmentObjectives;
use super::initiative_card::InitiativeCard;
use super::objective_card::ObjectiveCard;
use super::shared::{orphan_ids, plan_part, run};
use crate::model::StructureEdit;
use crate::ui::state::use_app;
use crate::ui::common::add_row::AddRow;

/// Objectives, initiatives and department objectives of one plan.
#[component]
pub fn ObjectivesSection(plan_id: String) -> impl IntoView {
    let state = use_app();
    let objectives = plan_part(&plan_id, |p| p.objectives.iter().map(|o| o.id.clone()).collect::<Vec<_>>());
    let orphans = plan_part(&plan_id, orphan_ids);
    let add = {
        let plan_id = plan_id.clone();
        Callback::new(move |title: String| run(state, &plan_id, StructureEdit::AddObjective { title }).map(drop))
    };
    let (orphan_plan, card_plan, dept_plan) = (plan_id.clone(), plan_id.clone(), plan_id.clone());
    view! {
        <div class="structure objectives" data-testid="objectives">
            <h2>"Objectives"</h2>
            <Show when=move || objectives.with(Vec::is_empty)>
                <p class="muted">"No objective yet. Add what the plan sets out to achieve; then the initiatives that get it there."</p>
            </Show>
            <ol class="objective-list">
                <For each=move || objectives.get() key=|id| id.clone() let:objective_id>
                    <ObjectiveCard plan_id=card_plan.clone() objective_id />
                </For>
            </ol>
            <AddRow label="Add an objective" hint="e.g. Reply to every customer within a day" button="Add objective"
                input_testid="new-objective" button_testid="add-objective" on_add=add />
            <Show when=move || !orphans.with(Vec::is_empty)>
                {
                let orphan_plan = orphan_plan.clone();
                view! {
                <section class="orphans" data-testid="orphan-initiatives">
                    <h3>"Not under an objective — choose one"</h3>
                    <p class="muted">"These initiatives lost their objective. Choose the objective each one serves."</p>
                    <For each=move || orphans.get() key=|id| id.clone() let:initiative_id>
                        <InitiativeCard plan_id=orphan_plan.clone() initiative_id />
                    </For>
                </section>
                }
                }
            </Show>
            <DepartmentObjectives plan_id=dept_plan />
        </div>
    }
}
