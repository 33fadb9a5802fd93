//! Assessing together: pick stakeholders and participants, enter each participant's scores in turn (hidden until revealed), reveal the spread, settle the position.

use leptos::prelude::*;

/// Being built: see the module's description.
#[component]
pub fn AssessView() -> impl IntoView {
    view! { <p class="muted">"…"</p> }
}
