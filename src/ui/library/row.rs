//! One document in the library, with its actions.

use leptos::prelude::*;

use crate::model::time::describe_age;
use crate::model::{Command, DocumentSummary, Timestamp};
use crate::ui::route::Route;
use crate::ui::state::use_app;
use crate::ui::system::zone;

/// A row: title (renamable), kind, last change, actions.
#[component]
pub fn DocumentRow(summary: DocumentSummary, now: ReadSignal<f64>) -> impl IntoView {
    let state = use_app();
    let renaming = RwSignal::new(false);
    let DocumentSummary { doc, title, updated_at, plan_title } = summary;
    let href = StoredValue::new(Route::open(doc.clone()).to_hash());
    let kind = doc.kind.label();
    let age_of = updated_at;
    let (doc, title) = (StoredValue::new(doc), StoredValue::new(title));
    let commit_rename = Callback::new(move |value: String| {
        // Escape or Enter already ended the rename; the blur that follows must not commit.
        if !renaming.get_untracked() {
            return;
        }
        let changed = title.with_value(|title| value.trim() != title);
        if changed && state.run_or_toast(Command::Rename { doc: doc.get_value(), title: value }).is_none() {
            return;
        }
        renaming.set(false);
    });
    let delete = move |_| {
        let title = title.get_value();
        let sure = window().confirm_with_message(&format!("Delete “{title}”? You can undo this for a few seconds."));
        if !sure.unwrap_or(false) {
            return;
        }
        if let Some(outcome) = state.run_or_toast(Command::Delete { doc: doc.get_value() }) {
            state.toast(format!("“{title}” was deleted."), false, outcome.undo.map(|undo| *undo));
        }
    };
    view! {
        <tr data-testid="doc-row">
            <td class="doc-title">
                <Show when=move || renaming.get() fallback=move || view! { <a href=href.get_value() data-testid="doc-open">{title.get_value()}</a> }>
                    <input type="text" aria-label="New title" data-testid="rename-input" value=title.get_value() autofocus
                        on:keydown:target=move |ev| match ev.key().as_str() {
                            "Enter" => commit_rename.run(ev.target().value()),
                            "Escape" => renaming.set(false),
                            _ => {}
                        }
                        on:blur:target=move |ev| commit_rename.run(ev.target().value()) />
                </Show>
                {plan_title.map(|p| view! { <span class="muted small">" · in “" {p} "”"</span> })}
            </td>
            <td data-testid="doc-kind">{kind}</td>
            <td title=updated_at.text() data-testid="doc-changed">{move || describe_age(age_of, Timestamp::from_millis(now.get() as i64), zone())}</td>
            <td class="row-actions-cell"><div class="row-actions">
                <button type="button" data-testid="doc-rename" on:click=move |_| renaming.set(true)>"Rename"</button>
                <button type="button" data-testid="doc-duplicate" on:click=move |_| {
                    state.run_or_toast(Command::Duplicate { doc: doc.get_value() });
                }>"Duplicate"</button>
                <button type="button" data-testid="doc-export" on:click=move |_| title.with_value(|title| state.exports.documents(vec![doc.get_value()], title))>"Export"</button>
                <button type="button" class="danger" data-testid="doc-delete" on:click=delete>"Delete"</button>
            </div></td>
        </tr>
    }
}
