//! One document in the library, with its actions.

use leptos::prelude::*;

use crate::model::time::describe_age;
use crate::model::{Command, DocumentSummary, Timestamp};
use crate::ui::system::zone;
use crate::ui::route::Route;
use crate::ui::state::use_app;

/// A row: title (renamable), kind, last change, actions.
#[component]
pub fn DocumentRow(summary: DocumentSummary, now: ReadSignal<f64>) -> impl IntoView {
    let state = use_app();
    let renaming = RwSignal::new(false);
    let DocumentSummary { doc, title, updated_at, plan_title } = summary;
    let href = Route::open(doc.clone()).to_hash();
    let kind = doc.kind.label();
    let age_of = updated_at;
    let (doc_rename, doc_dup, doc_export, doc_delete) = (doc.clone(), doc.clone(), doc.clone(), doc.clone());
    let (title_rename, title_export, title_delete) = (title.clone(), title.clone(), title.clone());
    let commit_rename = Callback::new(move |value: String| {
        // Escape or Enter already ended the rename; the blur that follows must not commit.
        if !renaming.get_untracked() {
            return;
        }
        if value.trim() != title_rename && state.run_or_toast(Command::Rename { doc: doc_rename.clone(), title: value }).is_none() {
            return;
        }
        renaming.set(false);
    });
    let delete = move |_| {
        let sure = window().confirm_with_message(&format!("Delete “{title_delete}”? You can undo this for a few seconds."));
        if !sure.unwrap_or(false) {
            return;
        }
        if let Some(outcome) = state.run_or_toast(Command::Delete { doc: doc_delete.clone() }) {
            state.toast(format!("“{title_delete}” was deleted."), false, outcome.undo.map(|undo| *undo));
        }
    };
    view! {
        <tr data-testid="doc-row">
            <td class="doc-title">
                <Show when=move || renaming.get() fallback={
                    let (href, title) = (href.clone(), title.clone());
                    move || view! { <a href=href.clone() data-testid="doc-open">{title.clone()}</a> }
                }>
                    <input type="text" aria-label="New title" data-testid="rename-input" value=title.clone() autofocus
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
                    state.run_or_toast(Command::Duplicate { doc: doc_dup.clone() });
                }>"Duplicate"</button>
                <button type="button" data-testid="doc-export" on:click=move |_| state.exports.documents(vec![doc_export.clone()], &title_export)>"Export"</button>
                <button type="button" class="danger" data-testid="doc-delete" on:click=delete>"Delete"</button>
            </div></td>
        </tr>
    }
}
