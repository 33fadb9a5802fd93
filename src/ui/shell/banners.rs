//! Messages that stay until dealt with: storage full or unavailable, edits
//! that clash with another tab, entries that could not be read, a refused file.

use leptos::prelude::*;

use super::load_warnings::LoadWarnings;
use crate::model::DocRef;
use crate::store::AsideEntry;
use crate::ui::state::use_app;

/// Every standing message, above the page.
#[component]
pub fn Banners() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="banners" aria-live="polite">
            <Show when=move || state.saving.status.with(|s| s.quota_full)>
                <div class="banner banner-error" role="alert" data-testid="quota-banner">
                    <p>"Browser storage is full, so your latest changes are " <strong>"not saved"</strong>
                       ". They are safe in this tab while it stays open. Export everything to keep them, then delete documents you no longer need."</p>
                    <button type="button" class="primary" data-testid="quota-export" on:click=move |_| state.exports.everything()>
                        "Export everything"
                    </button>
                </div>
            </Show>
            {move || state.saving.status.with(|s| s.unavailable.clone()).map(|why| view! {
                <div class="banner banner-error" role="alert" data-testid="storage-unavailable">
                    <p>"Changes cannot be saved in this browser: " {why} " Export your work before closing the tab."</p>
                    <button type="button" on:click=move |_| state.exports.everything()>"Export everything"</button>
                </div>
            })}
            <For each=move || state.saving.conflicts.get() key=|doc| doc.clone() let:doc>
                <ConflictBanner doc />
            </For>
            <For each=move || state.saving.aside.get() key=|entry| entry.key.clone() let:entry>
                <AsideBanner entry />
            </For>
            {move || state.imports.refused.get().map(|message| view! {
                <div class="banner banner-error" role="alert" data-testid="import-error">
                    <p>{message}</p>
                    <button type="button" on:click=move |_| state.imports.refused.set(None)>"Dismiss"</button>
                </div>
            })}
            <LoadWarnings/>
        </div>
    }
}

/// A document another tab saved while this one has unsaved edits to it.
#[component]
fn ConflictBanner(doc: DocRef) -> impl IntoView {
    let state = use_app();
    let doc = StoredValue::new(doc);
    let title = move || doc.with_value(|doc| state.workspace.with(|ws| ws.title(doc))).unwrap_or_else(|| "A document".into());
    view! {
        <div class="banner banner-warning" role="alert" data-testid="conflict-banner">
            <p>"“" {title} "” was changed in another tab while you edited it here. Your edits in this tab are not saved yet."</p>
            <button type="button" data-testid="conflict-keep-both" on:click=move |_| state.resolve_conflict(doc.get_value(), true)>
                "Keep mine as a copy"
            </button>
            <button type="button" data-testid="conflict-use-theirs" on:click=move |_| state.resolve_conflict(doc.get_value(), false)>
                "Show the other tab’s version"
            </button>
        </div>
    }
}

/// A stored entry that could not be read, set aside: download it or delete it.
#[component]
fn AsideBanner(entry: AsideEntry) -> impl IntoView {
    let state = use_app();
    let (key, chars) = (entry.original_key.clone(), entry.chars);
    let entry = StoredValue::new(entry);
    let discard = move |_| {
        let sure = window().confirm_with_message("Delete the unreadable entry for good? Download it first if you may need it.");
        if sure.unwrap_or(false) {
            entry.with_value(|entry| state.saving.discard_aside(entry));
        }
    };
    view! {
        <div class="banner banner-warning" role="alert" data-testid="aside-banner">
            <p>"A stored entry (" {key} ", " {chars} " characters) could not be read. It was set aside, not deleted: download it to keep or repair it."</p>
            <button type="button" data-testid="aside-download" on:click=move |_| entry.with_value(|entry| state.exports.aside_entry(entry))>
                "Download it"
            </button>
            <button type="button" data-testid="aside-discard" on:click=discard>"Delete it"</button>
        </div>
    }
}
