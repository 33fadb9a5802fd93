//! The register of stakeholders: a table with sort, filter and search, edit in place, delete with undo, bulk add by paste, CSV export and import.

use leptos::prelude::*;

/// Being built: see the module's description.
#[component]
pub fn RegisterView() -> impl IntoView {
    view! { <p class="muted">"…"</p> }
}
