//! The assessment on the projector: the reveal large, for the room.

use leptos::prelude::*;

/// Being built: see the module's description.
#[component]
pub fn AssessProjector() -> impl IntoView {
    view! { <p>"…"</p> }
}
