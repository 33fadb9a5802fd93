//! "Reviewing as <department>": a department representative who opened a
//! review file says whom they speak for, and exports their response.

use leptos::prelude::*;

use super::plan_view::{department_options, reviewing_department};
use crate::model::approval::queries::current_round;
use crate::model::ids::DepartmentId;
use crate::ui::common::chosen::chosen;
use crate::ui::route::{PlanSection, Route};
use crate::ui::select::use_plan;

/// The choice of department to review as, and the response export.
#[component]
pub fn ReviewerBar() -> impl IntoView {
    let plan = use_plan();
    let state = plan.app();
    let reviewing = reviewing_department(plan);
    let departments = plan.read(department_options);
    let name = plan.read(move |p| reviewing.get().and_then(|id| p.department(&id)).map(|d| d.name.clone()));
    let choose = move |value: String| state.reviewing_as.set(chosen::<DepartmentId>(value).map(|d| (plan.id(), d)));
    let export = move |_| {
        let Some(department_id) = reviewing.get_untracked() else { return };
        let answer = plan.with_untracked(|p| {
            let by = p.department(&department_id).map(|d| d.representative.clone()).unwrap_or_default();
            current_round(p).map(|round| (round.id.clone(), by))
        });
        match answer {
            Some(Some((round_id, by))) => state.exports.response(&plan.id(), &round_id, &department_id, &by),
            Some(None) => state.toast("There is no approval round to answer yet.", true, None),
            // The plan is gone: there is nothing to answer for.
            None => {}
        }
    };
    view! {
        <div class="reviewer-bar" data-testid="reviewer-bar">
            <label class="field reviewer-choice">
                <span class="field-label">"Reviewing as"</span>
                <select data-testid="reviewing-as" prop:value=move || reviewing.get().map(|d| d.to_string()).unwrap_or_default()
                    on:change:target=move |ev| choose(ev.target().value())>
                    <option value="">"The liaison (not reviewing)"</option>
                    {move || departments.get().into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                </select>
            </label>
            {move || name.get().map(|name| view! {
                <div class="reviewer-help">
                    <p>
                        "You review as " <strong>{name.clone()}</strong> ". Comment on the plan in the "
                        <a href="#" on:click=move |ev| { ev.prevent_default(); Route::Plan { id: plan.id(), section: PlanSection::Discussion }.go(); }>"Comments"</a>
                        " tab, record " {name.clone()} "'s decision below, then send your response file to the liaison."
                    </p>
                    <button type="button" class="primary" data-testid="export-response" on:click=export>
                        "Export our response"
                    </button>
                </div>
            })}
        </div>
    }
}
