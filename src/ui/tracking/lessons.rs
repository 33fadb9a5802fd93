//! Lessons learned: what happened, its category, whether it was applied;
//! filtered by category or to those not applied yet (the filter is not saved).

use leptos::prelude::*;

use crate::model::keyed::Keyed;
use crate::model::tracking::queries::lessons_shown;
use crate::model::tracking::{Lesson, LessonCategory, LessonEdit, LessonFilter, LogEdit};
use crate::ui::common::field::TextField;
use crate::ui::common::origin::OriginLine;
use crate::ui::select::{use_plan, Item};

fn category_options() -> impl IntoView {
    LessonCategory::ALL.iter().map(|c| view! { <option value=c.key()>{c.label()}</option> }).collect_view()
}

/// The lessons of the page's plan, with a form and filters.
#[component]
pub fn LessonsLog() -> impl IntoView {
    let plan = use_plan();
    let filter = RwSignal::new(LessonFilter::default());
    let none_yet = plan.read(|p| p.lessons.is_empty());
    let shown = plan.read(move |p| lessons_shown(p, filter.get()).map(|l| l.id.clone()).collect::<Vec<_>>());
    let (text, new_category, error) = (RwSignal::new(String::new()), RwSignal::new("other".to_string()), RwSignal::new(None::<String>));
    let add = move |_| {
        let category = LessonCategory::from_key(&new_category.get_untracked()).unwrap_or_default();
        match plan.run(LogEdit::AddLesson { what_happened: text.get_untracked(), category }) {
            Ok(_) => {
                text.set(String::new());
                error.set(None)
            }
            Err(why) => error.set(Some(why.to_string())),
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
                    <select data-testid="lesson-filter-category" prop:value=move || filter.with(|f| f.category.map_or("", Keyed::key))
                        on:change:target=move |ev| filter.update(|f| f.category = LessonCategory::from_key(&ev.target().value()))>
                        <option value="">"All categories"</option>
                        {category_options()}
                    </select>
                </label>
                <label class="pick">
                    <input type="checkbox" data-testid="lesson-filter-open" prop:checked=move || filter.with(|f| f.not_applied)
                        on:change:target=move |ev| filter.update(|f| f.not_applied = ev.target().checked()) />
                    "Only those not applied yet"
                </label>
            </div>
            <Show when=move || shown.with(Vec::is_empty)>
                <p class="empty-note">{move || if none_yet.get() { "No lesson yet. Note what went well or badly while it is fresh." } else { "No lesson matches this filter." }}</p>
            </Show>
            <For each=move || shown.get() key=|id| id.clone() let:lesson_id>
                <LessonRow lesson=plan.item(lesson_id) />
            </For>
        </section>
    }
}

#[component]
fn LessonRow(lesson: Item<Lesson>) -> impl IntoView {
    let text = lesson.read(|l| l.what_happened.clone());
    let category = lesson.read(|l| l.category.key());
    let remove = move |_| lesson.remove_with_undo(format!("Lesson “{}” was deleted.", text.get_untracked()));
    view! {
        <article class="log-card lesson-row" data-testid="lesson">
            <TextField label="What happened" value=text on_edit=lesson.edit(LessonEdit::WhatHappened) testid="lesson-text" />
            <label class="field">
                <span class="field-label">"Category"</span>
                <select data-testid="lesson-category" prop:value=category
                    on:change:target=move |ev| {
                        let _ = lesson.set(LessonEdit::Category(LessonCategory::from_key(&ev.target().value()).unwrap_or_default()));
                    }>
                    {LessonCategory::ALL.iter().map(|c| view! { <option value=c.key() selected=c.key() == category.get_untracked()>{c.label()}</option> }).collect_view()}
                </select>
            </label>
            <label class="pick">
                <input type="checkbox" data-testid="lesson-applied" prop:checked=lesson.read(|l| l.applied)
                    on:change:target=move |ev| if let Err(why) = lesson.set(LessonEdit::Applied(ev.target().checked())) {
                        lesson.plan().app().toasts.refused(&why)
                    } />
                "Applied"
            </label>
            <button type="button" class="danger small" data-testid="lesson-delete" on:click=remove>"Delete"</button>
            <OriginLine origin=lesson.read(|l| l.origin.clone()) />
        </article>
    }
}
