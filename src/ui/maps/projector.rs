//! Projector mode for the grid and the assessment: full screen, large type at AAA contrast, driven by clicker keys.

use leptos::prelude::*;

/// Being built: see the module's description.
#[component]
pub fn MapProjector() -> impl IntoView {
    view! { <p class="muted">"…"</p> }
}
