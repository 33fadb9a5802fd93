//! The power/interest grid, drawn in SVG: drag or arrow keys to place a stakeholder, the quadrant's strategy, attitude by shape and colour, labels that never overlap, changes since a day, a table twin, SVG export.

use leptos::prelude::*;

/// Being built: see the module's description.
#[component]
pub fn GridView() -> impl IntoView {
    view! { <p class="muted">"…"</p> }
}
