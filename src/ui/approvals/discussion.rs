//! The comments section: comments on the plan, its objectives and
//! initiatives, and the conflict log of objections.

use leptos::prelude::*;

use super::comment_item::CommentItem;
use super::plan_view::{department_options, reviewing_department};
use crate::model::ReviewEdit;
use crate::model::approval::queries::current_round;
use crate::model::review::queries::{comments_shown, open_objections, subjects};
use crate::ui::common::chosen::chosen;
use crate::ui::common::draft::DraftField;
use crate::ui::select::use_plan;

/// Comments and objections of the page's plan.
#[component]
pub fn DiscussionSection() -> impl IntoView {
    let plan = use_plan();
    let reviewing = reviewing_department(plan);
    let (on, speaker, by, text, objection) =
        (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(false));
    let only_open = RwSignal::new(false);
    // A reviewer's comments are signed with the department's representative by default.
    Effect::new(move |_| {
        let who = reviewing.get().and_then(|id| plan.with_untracked(|p| p.department(&id).map(|d| d.representative.clone())).flatten());
        if let Some(who) = who.filter(|w| !w.is_empty()) {
            if by.with_untracked(String::is_empty) {
                by.set(who);
            }
        }
    });
    let error = RwSignal::new(None::<String>);
    let add = move |_| {
        let edit = ReviewEdit::AddComment {
            // A reviewer speaks for their department; the liaison may speak for one.
            department_id: reviewing.get_untracked().or_else(|| chosen(speaker.get_untracked())),
            by: by.get_untracked(),
            on: chosen(on.get_untracked()),
            round_id: plan.with_untracked(|p| current_round(p).map(|r| r.id.clone())).flatten(),
            text: text.get_untracked(),
            objection: objection.get_untracked(),
        };
        match plan.run(edit) {
            Ok(_) => (text.set(String::new()), objection.set(false), error.set(None)).0,
            Err(why) => error.set(Some(why.to_string())),
        }
    };
    let options = plan.read(subjects);
    let speakers = plan.read(department_options);
    // Keyed by the last change too: a changed comment comes back as new, with
    // its resolve form closed and empty.
    let comments = plan.read(move |p| comments_shown(p, only_open.get()).map(|c| (c.id.clone(), c.updated_at)).collect::<Vec<_>>());
    let open_count = plan.read(|p| open_objections(p).count());
    view! {
        <div class="discussion" data-testid="discussion">
            <section class="add-comment">
                <h2>"Add a comment"</h2>
                <div class="comment-form">
                    <label class="field">
                        <span class="field-label">"About"</span>
                        <select data-testid="comment-on" prop:value=on on:change:target=move |ev| on.set(ev.target().value())>
                            {move || options.get().into_iter().map(|(id, label)| {
                                view! { <option value=id.map(|id| id.to_string()).unwrap_or_default()>{label}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                    <Show when=move || reviewing.with(Option::is_some)>
                        <p class="field speaking-for" data-testid="speaking-for">
                            <span class="field-label">"Speaking for"</span>
                            <strong>{move || reviewing.get().and_then(|id| plan.with(|p| p.department_name(&id))).unwrap_or_default()}</strong>
                        </p>
                    </Show>
                    <Show when=move || reviewing.with(Option::is_none)>
                        <label class="field">
                            <span class="field-label">"Speaking for"</span>
                            <select data-testid="comment-speaker" prop:value=speaker on:change:target=move |ev| speaker.set(ev.target().value())>
                                <option value="">"The liaison"</option>
                                {move || speakers.get().into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
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
                    <h2>{move || format!("Comments ({} open objection{})", open_count.get(), if open_count.get() == 1 { "" } else { "s" })}</h2>
                    <label class="check">
                        <input type="checkbox" data-testid="only-open" prop:checked=only_open
                            on:change:target=move |ev| only_open.set(ev.target().checked()) />
                        "Conflict log: open objections only"
                    </label>
                </div>
                <Show when=move || comments.with(Vec::is_empty)>
                    <p class="muted">"No comment yet."</p>
                </Show>
                <ul class="comments">
                    <For each=move || comments.get() key=|comment| comment.clone() let:comment>
                        <CommentItem comment=plan.item(comment.0) />
                    </For>
                </ul>
            </section>
        </div>
    }
}
