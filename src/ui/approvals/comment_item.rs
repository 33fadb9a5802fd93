//! One comment: who, about what, and for an objection its state in the
//! conflict log, with resolve, reopen and delete (with undo).

use leptos::prelude::*;

use super::plan_view::{day, speaker_chip, Speaker};
use super::resolve_form::ResolveForm;
use crate::model::entity::find;
use crate::model::review::queries::{settled_by, subject_of};
use crate::model::review::Comment;
use crate::model::{Plan, ReviewEdit};
use crate::ui::route::{PlanSection, Route};
use crate::ui::select::Item;

/// A part of the comment read with its plan (its speaker, its subject, the
/// decision that settled it); its default once the comment is gone.
fn with_plan<T>(comment: Item<Comment>, part: impl Fn(&Plan, &Comment) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Clone + Default + Send + Sync + 'static,
{
    let id = comment.id();
    comment.plan().read(move |p| find(&p.comments, &id).map(|c| part(p, c)).unwrap_or_default())
}

/// A comment in the list.
#[component]
pub fn CommentItem(comment: Item<Comment>) -> impl IntoView {
    let plan = comment.plan();
    let resolving = RwSignal::new(false);
    let speaker = with_plan(comment, |p, c| Speaker::of(p, c.department_id.as_ref()));
    let about = with_plan(comment, |p, c| subject_of(p, c.on.as_ref()));
    let settled_by = with_plan(comment, settled_by);
    let objection = comment.read(|c| c.objection);
    let open = comment.read(Comment::is_open_objection);
    let (by, at, text) = (comment.read(|c| c.by.clone()), comment.read(|c| c.at), comment.read(|c| c.text.clone()));
    let (resolution, resolved_at) = (comment.read(|c| c.resolution.clone()), comment.read(|c| c.resolved_at));
    // A refused mark (the comment gone meanwhile) needs no word: the list
    // already shows what is.
    let set_objection = move |objection: bool| drop(plan.run(ReviewEdit::SetObjection { comment_id: comment.id(), objection }));
    let reopen = move |_| drop(plan.run(ReviewEdit::ReopenObjection { comment_id: comment.id() }));
    let delete = move |_| comment.remove_with_undo("The comment was deleted.".into());
    let status = move || match (objection.get(), open.get()) {
        (false, _) => None,
        (true, true) => Some(view! { <span class="badge badge-objection" data-testid="objection-open">"Objection: open"</span> }.into_any()),
        (true, false) => Some(view! {
            <span class="badge badge-resolved" data-testid="objection-resolved">{format!("Resolved {}", resolved_at.get().map(day).unwrap_or_default())}</span>
        }.into_any()),
    };
    let decisions_tab = Route::Plan { id: plan.id(), section: PlanSection::Decisions }.to_hash();
    view! {
        <li class="comment" class:objection=move || objection.get() data-testid="comment">
            <div class="comment-head">
                {move || speaker_chip(speaker.get())}
                <span class="comment-by">{move || by.get()}</span>
                <span class="muted">{move || format!("{} · {}", day(at.get()), about.get())}</span>
                {status}
            </div>
            <p class="comment-text" data-testid="comment-text-shown">{move || text.get()}</p>
            {move || (!resolution.with(String::is_empty)).then(|| view! { <p class="resolution"><strong>"Resolution: "</strong>{resolution.get()}</p> })}
            {move || settled_by.get().map(|title| view! {
                <p class="resolution" data-testid="settled-by"><strong>"Settled by the decision "</strong>
                    <a href=decisions_tab.clone()>{title}</a></p>
            })}
            <div class="comment-actions">
                {move || if objection.get() {
                    view! { <button type="button" class="small" on:click=move |_| set_objection(false)>"Not an objection"</button> }.into_any()
                } else {
                    view! { <button type="button" class="small" data-testid="raise-objection" on:click=move |_| set_objection(true)>"Raise as objection"</button> }.into_any()
                }}
                {move || open.get().then(|| view! { <button type="button" class="small" data-testid="resolve" on:click=move |_| resolving.set(true)>"Resolve…"</button> })}
                {move || (objection.get() && !open.get()).then(|| view! { <button type="button" class="small" on:click=reopen>"Reopen"</button> })}
                <button type="button" class="small danger" data-testid="delete-comment" on:click=delete>"Delete"</button>
            </div>
            <ResolveForm comment resolving />
        </li>
    }
}
