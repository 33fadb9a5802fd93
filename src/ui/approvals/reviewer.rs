//! "Reviewing as <department>": a department representative who opened a
//! review file says whom they speak for, and exports their response.

use leptos::prelude::*;

use super::plan_view::{plan_memo, reviewing_department};
use crate::ui::state::use_app;

/// The choice of department to review as, and the response export.
#[component]
pub fn ReviewerBar(plan_id: String) -> impl IntoView {
    let state = use_app();
    let plan = plan_memo(&plan_id);
    let reviewing = reviewing_department(&plan_id);
    let choose = {
        let plan_id = plan_id.clone();
        move |department_id: String| {
            state.reviewing_as.set((!department_id.is_empty()).then(|| (plan_id.clone(), department_id)));
        }
    };
    let options = move || {
        plan.with(|p| {
            p.iter()
                .flat_map(|p| p.departments.iter())
                .map(|d| view! { <option value=d.id.clone()>{d.name.clone()}</option> })
                .collect_view()
        })
    };
    let name = move || {
        let id = reviewing.get()?;
        plan.with(|p| p.as_ref()?.departments.iter().find(|d| d.id == id).map(|d| d.name.clone()))
    };
    let export = move |_| {
        let Some(department_id) = reviewing.get_untracked() else { return };
        plan.with_untracked(|p| {
            let Some(p) = p else { return };
            let Some(round) = p.approval_rounds.last() else {
                state.toast("There is no approval round to answer yet.", true, None);
                return;
            };
            let by = p.departments.iter().find(|d| d.id == department_id).map(|d| d.representative.clone()).unwrap_or_default();
            state.exports.response(&p.id, &round.id, &department_id, &by);
        });
    };
    view! {
        <div class="reviewer-bar" data-testid="reviewer-bar">
            <label class="field reviewer-choice">
                <span class="field-label">"Reviewing as"</span>
                <select data-testid="reviewing-as" prop:value=move || reviewing.get().unwrap_or_default()
                    on:change:target=move |ev| choose(ev.target().value())>
                    <option value="">"The liaison (not reviewing)"</option>
                    {options}
                </select>
            </label>
            {move || name().map(|name| view! {
                <div class="reviewer-help">
                    <p>
                        "You review as " <strong>{name.clone()}</strong> ". Comment on the plan in the "
                        <a href="#" on:click=move |ev| { ev.prevent_default(); go_comments(); }>"Comments"</a>
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

/// Goes to the comments section of the current plan.
fn go_comments() {
    use crate::ui::route::{PlanSection, Route};
    if let Route::Plan { id, .. } = Route::current() {
        Route::Plan { id, section: PlanSection::Discussion }.go();
    }
}
