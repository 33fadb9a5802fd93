//! Sign-off of a plan: approval rounds, review by departments, comments and objections.

use leptos::prelude::*;

/// Placeholder until this section is built.
#[component]
pub fn ApprovalSection(plan_id: String) -> impl IntoView {
    let _ = plan_id;
    view! { <p class="muted">"This section is being built."</p> }
}

/// Placeholder until this section is built.
#[component]
pub fn DiscussionSection(plan_id: String) -> impl IntoView {
    let _ = plan_id;
    view! { <p class="muted">"This section is being built."</p> }
}
