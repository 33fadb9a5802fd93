//! The board templates the user saved: each with its areas in a word,
//! Rename and Delete (with Undo). Boards are started from them with the
//! built-in templates, in the board starter.

use leptos::prelude::*;

use crate::model::ids::TemplateId;
use crate::model::{Command, DocRef};
use crate::ui::select::memo;
use crate::ui::state::use_app;

/// The saved templates, when there are some.
#[component]
pub fn SavedTemplates() -> impl IntoView {
    let state = use_app();
    let templates = memo(move || {
        state.workspace.with(|ws| {
            let mut all: Vec<(TemplateId, String, String)> =
                ws.board_templates.iter().map(|t| (t.id.clone(), t.title.clone(), areas_in_words(t.areas.iter().map(|a| a.title.as_str())))).collect();
            all.sort_by(|a, b| a.1.cmp(&b.1));
            all
        })
    });
    view! {
        <Show when=move || templates.with(|t| !t.is_empty())>
            <section class="saved-templates-section" data-testid="saved-templates">
                <h2>"Your board templates"</h2>
                <p class="muted small">"Start a board from one with “New workshop board”. Save one from a board with “Save as template…”."</p>
                <ul class="saved-templates">
                    <For each=move || templates.get() key=|t| t.clone() let:template>
                        <TemplateRow id=template.0 title=template.1 areas=template.2 />
                    </For>
                </ul>
            </section>
        </Show>
    }
}

/// "3 areas: Went well, To change, Ideas".
fn areas_in_words<'a>(titles: impl ExactSizeIterator<Item = &'a str>) -> String {
    match titles.len() {
        0 => "no areas".into(),
        1 => format!("1 area: {}", titles.collect::<Vec<_>>().join(", ")),
        n => format!("{n} areas: {}", titles.collect::<Vec<_>>().join(", ")),
    }
}

#[component]
fn TemplateRow(id: TemplateId, title: String, areas: String) -> impl IntoView {
    let state = use_app();
    let doc = StoredValue::new(DocRef::template(&id));
    let title = StoredValue::new(title);
    let renaming = RwSignal::new(false);
    let rename = move |value: String| {
        if !renaming.get_untracked() {
            return;
        }
        let changed = title.with_value(|t| value.trim() != t);
        if changed && state.run_or_toast(Command::Rename { doc: doc.get_value(), title: value }).is_none() {
            return;
        }
        renaming.set(false);
    };
    let delete = move |_| {
        if let Some(outcome) = state.run_or_toast(Command::Delete { doc: doc.get_value() }) {
            state.toast(format!("The template “{}” was deleted.", title.get_value()), false, outcome.undo.map(|undo| *undo));
        }
    };
    view! {
        <li data-testid="saved-template">
            <Show when=move || renaming.get() fallback=move || view! { <strong data-testid="saved-template-name">{title.get_value()}</strong> }>
                <input type="text" aria-label="New name of the template" data-testid="template-rename-input" value=title.get_value() autofocus
                    on:keydown:target=move |ev| match ev.key().as_str() {
                        "Enter" => rename(ev.target().value()),
                        "Escape" => renaming.set(false),
                        _ => {}
                    }
                    on:blur:target=move |ev| rename(ev.target().value()) />
            </Show>
            <span class="muted small">{areas}</span>
            <button type="button" data-testid="template-rename" on:click=move |_| renaming.set(true)>"Rename"</button>
            <button type="button" class="danger" data-testid="template-delete" on:click=delete>"Delete"</button>
        </li>
    }
}
