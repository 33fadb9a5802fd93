//! The comments section: comments on the plan, its objectives and
//! initiatives, and the conflict log of objections.

use leptos::prelude::*;

use super::comment_item::CommentItem;
use super::plan_view::{plan_memo, reviewing_department};
use crate::model::{Command, Plan, ReviewEdit};
use crate::ui::state::use_app;
use crate::ui::common::draft::DraftField;

/// What a comment can be about: the plan, an objective or an initiative.
fn subjects(plan: &Plan) -> Vec<(String, String)> {
    let mut list = vec![(String::new(), "The plan as a whole".to_string())];
    for objective in &plan.objectives {
        let under = plan.initiatives.iter().filter(|i| i.objective_id == objective.id).map(|i| &i.id);
        for id in std::iter::once(&objective.id).chain(under) {
            list.push((id.clone(), plan.subject_title(id).unwrap_or_default()));
        }
    }
    list
}

/// Comments and objections of one plan.
#[component]
pub fn DiscussionSection(plan_id: String) -> impl IntoView {
    let state = use_app();
    let plan = plan_memo(&plan_id);
    let reviewing = reviewing_department(&plan_id);
    let (on, speaker, by, text, objection) =
        (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(false));
    let only_open = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let add = {
        let plan_id = plan_id.clone();
        move |_| {
            let department_id = reviewing.get_untracked().or_else(|| Some(speaker.get_untracked())).filter(|d| !d.is_empty());
            let round_id = plan.with_untracked(|p| p.as_ref().and_then(|p| p.approval_rounds.last().map(|r| r.id.clone())));
            let edit = ReviewEdit::AddComment {
                department_id,
                by: by.get_untracked(),
                on: Some(on.get_untracked()).filter(|o| !o.is_empty()),
                round_id,
                text: text.get_untracked(),
                objection: objection.get_untracked(),
            };
            match state.run(Command::EditReview { plan_id: plan_id.clone(), edit }) {
                Ok(_) => {
                    (text.set(String::new()), objection.set(false), error.set(None));
                }
                Err(why) => error.set(Some(why)),
            }
        }
    };
    let options = move || plan.with(|p| p.as_ref().map(subjects).unwrap_or_default());
    let speakers = move || plan.with(|p| p.iter().flat_map(|p| p.departments.iter()).map(|d| (d.id.clone(), d.name.clone())).collect::<Vec<_>>());
    let comments = move || {
        plan.with(|p| {
            let Some(p) = p else { return Vec::new() };
            let mut list: Vec<_> = p.comments.iter().filter(|c| !only_open.get() || c.is_open_objection()).cloned().collect();
            list.reverse();
            list
        })
    };
    let open_count = move || plan.with(|p| p.as_ref().map_or(0, |p| p.comments.iter().filter(|c| c.is_open_objection()).count()));
    view! {
        <div class="discussion" data-testid="discussion">
            <section class="add-comment">
                <h2>"Add a comment"</h2>
                <div class="comment-form">
                    <label class="field">
                        <span class="field-label">"About"</span>
                        <select data-testid="comment-on" prop:value=on on:change:target=move |ev| on.set(ev.target().value())>
                            {move || options().into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view()}
                        </select>
                    </label>
                    <Show when=move || reviewing.get().is_none()>
                        <label class="field">
                            <span class="field-label">"Speaking for"</span>
                            <select data-testid="comment-speaker" prop:value=speaker on:change:target=move |ev| speaker.set(ev.target().value())>
                                <option value="">"The liaison"</option>
                                {move || speakers().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                            </select>
                        </label>
                    </Show>
                    <DraftField label="Your name" value=by testid="comment-by" />
                </div>
                <DraftField label="Comment" value=text testid="comment-text" rows=3 />
                <label class="check">
                    <input type="checkbox" data-testid="comment-objection" prop:checked=objection
                        on:change:target=move |ev| objection.set(ev.target().checked()) />
                    "Raise it as an objection (it stays in the conflict log until it is resolved)"
                </label>
                <div class="form-actions">
                    <button type="button" class="primary" data-testid="add-comment" on:click=add>"Add comment"</button>
                    {move || error.get().map(|e| view! { <span class="field-error" role="alert">{e}</span> })}
                </div>
            </section>
            <section class="comment-list">
                <div class="list-head">
                    <h2>{move || format!("Comments ({} open objection{})", open_count(), if open_count() == 1 { "" } else { "s" })}</h2>
                    <label class="check">
                        <input type="checkbox" data-testid="only-open" prop:checked=only_open
                            on:change:target=move |ev| only_open.set(ev.target().checked()) />
                        "Conflict log: open objections only"
                    </label>
                </div>
                <Show when=move || comments().is_empty()>
                    <p class="muted">"No comment yet."</p>
                </Show>
                <ul class="comments">
                    <For each=comments key=|c| (c.id.clone(), c.updated_at.clone()) let:comment>
                        <CommentItem plan_id=plan_id.clone() plan=plan comment />
                    </For>
                </ul>
            </section>
        </div>
    }
}
