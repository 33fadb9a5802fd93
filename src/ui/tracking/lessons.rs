//! Lessons learned: what happened, its category, whether it was applied;
//! filtered by category or to those not applied yet (the filter is not saved).

use leptos::prelude::*;

use super::run::{read_plan, remove_with_undo, run_log};
use crate::model::keyed::Keyed;
use crate::model::tracking::{LessonEdit, LogEdit};
use crate::model::tracking::{Lesson, LessonCategory};
use crate::ui::common::field::TextField;
use crate::ui::common::origin::OriginLine;
use crate::ui::state::use_app;

fn category_options() -> impl IntoView {
    LessonCategory::ALL.iter().map(|c| view! { <option value=c.key()>{c.label()}</option> }).collect_view()
}

/// The lessons of a plan, with a form and filters.
#[component]
pub fn LessonsLog(plan_id: String) -> impl IntoView {
    let state = use_app();
    let (category, not_applied) = (RwSignal::new(String::new()), RwSignal::new(false));
    let lessons = read_plan(&plan_id, |p| Some(p.lessons.clone()));
    let shown = Memo::new(move |_| {
        let (category, not_applied) = (category.get(), not_applied.get());
        lessons.with(|all| {
            all.iter()
                .filter(|l| (category.is_empty() || l.category.key() == category) && !(not_applied && l.applied))
                .map(|l| l.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let (text, new_category, error) = (RwSignal::new(String::new()), RwSignal::new("other".to_string()), RwSignal::new(None::<String>));
    let add = {
        let plan_id = plan_id.clone();
        move |_| {
            let category = LessonCategory::from_key(&new_category.get_untracked()).unwrap_or_default();
            match run_log(state, &plan_id, LogEdit::AddLesson { what_happened: text.get_untracked(), category }) {
                Ok(()) => { text.set(String::new()); error.set(None) }
                Err(why) => error.set(Some(why)),
            }
        }
    };
    view! {
        <section class="lessons" data-testid="lessons">
            <h2>"Lessons learned"</h2>
            <div class="record-form" data-testid="lesson-form">
                <label class="field grow">
                    <span class="field-label">"What happened"</span>
                    <input type="text" placeholder="e.g. Marketing heard about the change too late" data-testid="lesson-new-text"
                        prop:value=text on:input:target=move |ev| text.set(ev.target().value()) />
                </label>
                <label class="field">
                    <span class="field-label">"Category"</span>
                    <select data-testid="lesson-new-category" prop:value=new_category on:change:target=move |ev| new_category.set(ev.target().value())>
                        {category_options()}
                    </select>
                </label>
                <button type="button" class="primary" data-testid="lesson-add" on:click=add>"Add lesson"</button>
                {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            </div>
            <div class="filters" role="group" aria-label="Filter lessons">
                <label class="field">
                    <span class="field-label">"Show category"</span>
                    <select data-testid="lesson-filter-category" prop:value=category on:change:target=move |ev| category.set(ev.target().value())>
                        <option value="">"All categories"</option>
                        {category_options()}
                    </select>
                </label>
                <label class="pick">
                    <input type="checkbox" data-testid="lesson-filter-open" prop:checked=not_applied
                        on:change:target=move |ev| not_applied.set(ev.target().checked()) />
                    "Only those not applied yet"
                </label>
            </div>
            <Show when=move || shown.with(Vec::is_empty)>
                <p class="empty-note">{move || if lessons.with(Vec::is_empty) { "No lesson yet. Note what went well or badly while it is fresh." } else { "No lesson matches this filter." }}</p>
            </Show>
            <For each=move || shown.get() key=|id| id.clone() let:lesson_id>
                <LessonRow plan_id=plan_id.clone() lesson_id lessons />
            </For>
        </section>
    }
}

#[component]
fn LessonRow(plan_id: String, lesson_id: String, lessons: Signal<Vec<Lesson>>) -> impl IntoView {
    let state = use_app();
    let lesson = { let id = lesson_id.clone(); Memo::new(move |_| lessons.with(|all| all.iter().find(|l| l.id == id).cloned())) };
    let edit = {
        let (plan_id, lesson_id) = (plan_id.clone(), lesson_id.clone());
        move |edit: LessonEdit| run_log(state, &plan_id, LogEdit::EditLesson { lesson_id: lesson_id.clone(), edit })
    };
    let (e1, e2, e3) = (edit.clone(), edit.clone(), edit);
    let text = Signal::derive(move || lesson.with(|l| l.as_ref().map(|l| l.what_happened.clone()).unwrap_or_default()));
    let category = move || lesson.with(|l| l.as_ref().map(|l| l.category.key()).unwrap_or_default());
    let applied = move || lesson.with(|l| l.as_ref().is_some_and(|l| l.applied));
    let remove = move |_| {
        let what = text.get_untracked();
        remove_with_undo(&plan_id, LogEdit::RemoveLesson { lesson_id: lesson_id.clone() }, format!("Lesson “{what}” was deleted."));
    };
    view! {
        <article class="log-card lesson-row" data-testid="lesson">
            <TextField label="What happened" value=text on_edit=Callback::new(move |t| e1(LessonEdit::WhatHappened(t))) testid="lesson-text" />
            <label class="field">
                <span class="field-label">"Category"</span>
                <select data-testid="lesson-category" prop:value=category
                    on:change:target=move |ev| { let _ = e2(LessonEdit::Category(LessonCategory::from_key(&ev.target().value()).unwrap_or_default())); }>
                    {LessonCategory::ALL.iter().map(|c| view! { <option value=c.key() selected=c.key() == category()>{c.label()}</option> }).collect_view()}
                </select>
            </label>
            <label class="pick">
                <input type="checkbox" data-testid="lesson-applied" prop:checked=applied
                    on:change:target=move |ev| if let Err(why) = e3(LessonEdit::Applied(ev.target().checked())) { state.toast(why, true, None) } />
                "Applied"
            </label>
            <button type="button" class="danger small" data-testid="lesson-delete" on:click=remove>"Delete"</button>
            <OriginLine origin=Signal::derive(move || lesson.with(|l| l.as_ref().and_then(|l| l.origin.clone()))) />
        </article>
    }
}
