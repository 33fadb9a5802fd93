//! The top bar: the app's name (back to the library), open a file, back up
//! everything, and how full storage is.

use leptos::html::Input;
use leptos::prelude::*;

use super::storage_meter::StorageMeter;
use crate::ui::common::files::import_files;
use crate::ui::route::Route;
use crate::ui::state::use_app;

/// The app's top bar.
#[component]
pub fn Header() -> impl IntoView {
    let state = use_app();
    let picker = NodeRef::<Input>::new();
    view! {
        <header class="topbar">
            <a class="brand" href=Route::Library.to_hash() data-testid="nav-library" on:click=move |_| Route::Library.go()>
                <span class="brand-mark" aria-hidden="true">"◆"</span>" Liaison"
            </a>
            <nav class="topbar-actions">
                <button type="button" data-testid="open-file" on:click=move |_| {
                    if let Some(input) = picker.get() { input.click() }
                }>"Open file…"</button>
                <input type="file" accept=".json,.liaison.json,application/json" multiple class="visually-hidden"
                    data-testid="file-input" node_ref=picker tabindex="-1" aria-label="Open a Liaison file"
                    on:change:target=move |ev| {
                        let input = ev.target();
                        if let Some(files) = input.files() { import_files(state, files) }
                        // Choosing the same file again must fire `change` again.
                        input.set_value("");
                    } />
                <button type="button" data-testid="export-all" on:click=move |_| state.exports.everything()>
                    "Export everything"
                </button>
                <StorageMeter/>
            </nav>
        </header>
    }
}
