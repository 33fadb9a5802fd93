//! Messages that stay until dealt with: storage full or unavailable, edits
//! that clash with another tab, entries that could not be read, a refused file.
//! Those saying this tab cannot save stay pinned to the top of the window
//! while the page scrolls: the user must not type on thinking it is saved.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::load_warnings::LoadWarnings;
use crate::model::DocRef;
use crate::store::AsideEntry;
use crate::ui::state::use_app;

/// Every standing message, above the page.
#[component]
pub fn Banners() -> impl IntoView {
    let state = use_app();
    view! {
        <NotSavedBanners/>
        <div class="banners" aria-live="polite">
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

/// What keeps this tab from saving: a full quota, no storage, documents in
/// conflict with another tab. Pinned to the top of the window (`sticky`),
/// above the board's own sticky bars, which it pushes down by its height
/// (`--sticky-top`) rather than covering them.
#[component]
fn NotSavedBanners() -> impl IntoView {
    let state = use_app();
    let pinned = NodeRef::<leptos::html::Div>::new();
    let make_room = move || {
        let height = pinned.get_untracked().map(|el| el.offset_height()).unwrap_or(0);
        if let Some(root) = document().document_element() {
            let _ = root.unchecked_into::<web_sys::HtmlElement>().style().set_property("--sticky-top", &format!("{height}px"));
        }
    };
    // Measured once the banners have changed on screen, and when the window's
    // width rewraps their text.
    Effect::new(move |_| {
        state.saving.conflicts.track();
        state.saving.status.track();
        request_animation_frame(make_room);
    });
    // The banners live as long as the page, and so does this listener.
    let _ = window_event_listener(leptos::ev::resize, move |_| make_room());
    view! {
        <div class="banners banners-pinned" node_ref=pinned aria-live="polite">
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
        <div class="banner banner-warning banner-conflict" role="alert" data-testid="conflict-banner">
            <p>"“" {title} "” was changed in another tab while you edited it here. Your edits in this tab are "
               <strong>"not saved"</strong> ", and it takes no more edits until you choose. Keep yours as a copy, or take theirs:"</p>
            <button type="button" class="primary" data-testid="conflict-keep-both" on:click=move |_| state.resolve_conflict(doc.get_value(), true)>
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
