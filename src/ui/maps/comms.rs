//! The communication plan: what each stakeholder needs to hear, channel, frequency, owner, last and next contact; logging a contact; overdue and this week.

use leptos::prelude::*;

/// Being built: see the module's description.
#[component]
pub fn CommsView() -> impl IntoView {
    view! { <p class="muted">"…"</p> }
}
