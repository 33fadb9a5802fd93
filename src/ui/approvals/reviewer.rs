//! "Reviewing as <department>": a department representative who opened a
//! review file says whom they speak for (kept across reloads), and exports
//! their response; comments they wrote under someone else are named first.

use leptos::prelude::*;

use super::plan_view::{department_options, reviewing_department};
use crate::model::approval::queries::current_round;
use crate::model::ids::{CommentId, DepartmentId};
use crate::model::review::response::left_out;
use crate::model::ReviewEdit;
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
    // Opened from a review file and nobody chosen yet: ask, before anything is written under the liaison.
    let ask = move || reviewing.with(Option::is_none) && state.reviewers.of(&plan.id()).received_at.is_some();
    let choose = move |value: String| state.reviewers.choose(plan.id(), chosen::<DepartmentId>(value));
    // Comments of this round written here under another speaker, waiting for
    // the user's choice before the export.
    let missed = RwSignal::new(Vec::<CommentId>::new());
    let export_now = move || {
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
    let export = move |_| {
        let Some(department_id) = reviewing.get_untracked() else { return };
        let review = state.reviewers.of(&plan.id());
        let left = plan.with_untracked(|p| {
            let round = current_round(p)?;
            let since = review.received_at.unwrap_or(round.opened_at);
            Some(left_out(p, &round.id, &department_id, since).into_iter().map(|c| c.id.clone()).collect::<Vec<_>>())
        });
        match left.flatten() {
            Some(ids) if !ids.is_empty() => missed.set(ids),
            _ => export_now(),
        }
    };
    let file_under_and_export = move |_| {
        let department_id = reviewing.get_untracked();
        for comment_id in missed.get_untracked() {
            plan.run_or_toast(ReviewEdit::FileUnder { comment_id, department_id: department_id.clone() });
        }
        missed.set(Vec::new());
        export_now();
    };
    let without_them = move |_| {
        missed.set(Vec::new());
        export_now();
    };
    view! {
        <div class="reviewer-bar" class:reviewer-ask=ask data-testid="reviewer-bar">
            <Show when=ask>
                <p class="reviewer-prompt" data-testid="reviewer-prompt">
                    <strong>"You opened this plan's review file."</strong>
                    " Choose the department you review for, so your comments and decision are filed under it. Keep “The liaison” only if you are the liaison."
                </p>
            </Show>
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
            <Show when=move || !missed.with(Vec::is_empty)>
                <div class="banner banner-warning" role="alert" data-testid="left-out-comments">
                    <p>{move || {
                        let n = missed.with(Vec::len);
                        let who = name.get().unwrap_or_default();
                        let (them, are) = if n == 1 { ("1 comment", "is") } else { ("comments", "are") };
                        let count = if n == 1 { them.to_string() } else { format!("{n} {them}") };
                        format!("{count} you wrote in this round {are} filed under the liaison or another department, so the response from {who} would leave {}.",
                            if n == 1 { "it out" } else { "them out" })
                    }}</p>
                    <div class="form-actions">
                        <button type="button" class="primary" data-testid="file-under-and-export" on:click=file_under_and_export>
                            {move || format!("File under {} and export", name.get().unwrap_or_default())}
                        </button>
                        <button type="button" data-testid="export-without" on:click=without_them>"Export without them"</button>
                        <button type="button" data-testid="export-cancel" on:click=move |_| missed.set(Vec::new())>"Cancel"</button>
                    </div>
                </div>
            </Show>
        </div>
    }
}
