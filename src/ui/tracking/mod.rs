//! Tracking a plan: dashboard, decision log, updates log and lessons.

use leptos::prelude::*;

/// Placeholder until this section is built.
#[component]
pub fn DashboardSection(plan_id: String) -> impl IntoView {
    let _ = plan_id;
    view! { <p class="muted">"This section is being built."</p> }
}

/// Placeholder until this section is built.
#[component]
pub fn DecisionsSection(plan_id: String) -> impl IntoView {
    let _ = plan_id;
    view! { <p class="muted">"This section is being built."</p> }
}

/// Placeholder until this section is built.
#[component]
pub fn LogSection(plan_id: String) -> impl IntoView {
    let _ = plan_id;
    view! { <p class="muted">"This section is being built."</p> }
}
