//! One comment: who, about what, and for an objection its state in the
//! conflict log, with resolve, reopen and delete (with undo).

use leptos::prelude::*;

use super::plan_view::{day, department_chip};
use crate::model::review::Comment;
use crate::model::{Command, Plan, ReviewEdit};
use crate::ui::route::{PlanSection, Route};
use crate::ui::state::use_app;
use crate::ui::common::draft::DraftField;

/// The title of what a comment is about.
fn subject(plan: &Plan, on: Option<&str>) -> String {
    match on {
        None => "The plan as a whole".into(),
        Some(id) => plan.subject_title(id).unwrap_or_else(|| "Something no longer in the plan".into()),
    }
}

/// A comment in the list.
#[component]
pub fn CommentItem(plan_id: String, plan: Memo<Option<Plan>>, comment: Comment) -> impl IntoView {
    let state = use_app();
    let resolution = RwSignal::new(String::new());
    let decision = RwSignal::new(String::new());
    let resolving = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let run = {
        let plan_id = plan_id.clone();
        move |edit: ReviewEdit| state.run(Command::EditReview { plan_id: plan_id.clone(), edit })
    };
    let id = comment.id.clone();
    let (run1, id1) = (run.clone(), id.clone());
    let toggle_objection = move |objection: bool| drop(run1(ReviewEdit::SetObjection { comment_id: id1.clone(), objection }));
    let (run2, id2) = (run.clone(), id.clone());
    let resolve = move |_| {
        let decision_id = Some(decision.get_untracked()).filter(|d| !d.is_empty());
        let edit = ReviewEdit::ResolveObjection { comment_id: id2.clone(), resolution: resolution.get_untracked(), decision_id };
        match run2(edit) {
            Ok(_) => (resolving.set(false), error.set(None)).0,
            Err(why) => error.set(Some(why)),
        }
    };
    let (run3, id3) = (run.clone(), id.clone());
    let reopen = move |_| drop(run3(ReviewEdit::ReopenObjection { comment_id: id3.clone() }));
    let delete = move |_| {
        if let Ok(outcome) = run(ReviewEdit::DeleteComment { comment_id: id.clone() }) {
            state.toast("The comment was deleted.", false, outcome.undo.map(|undo| *undo));
        }
    };
    let (head, about) = plan.with_untracked(|p| match p {
        Some(p) => (Some(department_chip(p, comment.department_id.as_deref())), subject(p, comment.on.as_deref())),
        None => (None, String::new()),
    });
    let decisions = plan.with_untracked(|p| {
        p.iter().flat_map(|p| p.decisions.iter()).map(|d| (d.id.clone(), format!("{} ({})", d.title, d.date))).collect::<Vec<_>>()
    });
    let settled_by = comment.decision_id.as_ref().and_then(|id| decisions.iter().find(|(d, _)| d == id).map(|(_, t)| t.clone()));
    let open = comment.is_open_objection();
    let status = match (comment.objection, open) {
        (false, _) => None,
        (true, true) => Some(view! { <span class="badge badge-objection" data-testid="objection-open">"Objection: open"</span> }.into_any()),
        (true, false) => Some(view! {
            <span class="badge badge-resolved" data-testid="objection-resolved">{format!("Resolved {}", comment.resolved_at.map(day).unwrap_or_default())}</span>
        }.into_any()),
    };
    let decisions_tab = Route::Plan { id: plan_id.clone(), section: PlanSection::Decisions }.to_hash();
    view! {
        <li class="comment" class:objection=comment.objection data-testid="comment">
            <div class="comment-head">
                {head}
                <span class="comment-by">{comment.by.clone()}</span>
                <span class="muted">{format!("{} · {about}", day(comment.at))}</span>
                {status}
            </div>
            <p class="comment-text" data-testid="comment-text-shown">{comment.text.clone()}</p>
            {(!comment.resolution.is_empty()).then(|| view! { <p class="resolution"><strong>"Resolution: "</strong>{comment.resolution.clone()}</p> })}
            {settled_by.map(|title| view! {
                <p class="resolution" data-testid="settled-by"><strong>"Settled by the decision "</strong>
                    <a href=decisions_tab>{title}</a></p>
            })}
            <div class="comment-actions">
                {if comment.objection {
                    view! { <button type="button" class="small" on:click=move |_| toggle_objection(false)>"Not an objection"</button> }.into_any()
                } else {
                    view! { <button type="button" class="small" data-testid="raise-objection" on:click=move |_| toggle_objection(true)>"Raise as objection"</button> }.into_any()
                }}
                {open.then(|| view! { <button type="button" class="small" data-testid="resolve" on:click=move |_| resolving.set(true)>"Resolve…"</button> })}
                {(comment.objection && !open).then(|| view! { <button type="button" class="small" on:click=reopen>"Reopen"</button> })}
                <button type="button" class="small danger" data-testid="delete-comment" on:click=delete>"Delete"</button>
            </div>
            <Show when=move || resolving.get()>
                <div class="resolve-form">
                    <DraftField label="How was it resolved?" value=resolution testid="resolution" />
                    <label class="field">
                        <span class="field-label">"Settled by a decision (optional)"</span>
                        <select data-testid="resolution-decision" prop:value=decision on:change:target=move |ev| decision.set(ev.target().value())>
                            <option value="">"No decision"</option>
                            {decisions.iter().map(|(id, title)| view! { <option value=id.clone()>{title.clone()}</option> }).collect_view()}
                        </select>
                    </label>
                    <button type="button" class="primary small" data-testid="confirm-resolve" on:click=resolve.clone()>"Mark resolved"</button>
                    {move || error.get().map(|e| view! { <span class="field-error" role="alert">{e}</span> })}
                </div>
            </Show>
        </li>
    }
}
