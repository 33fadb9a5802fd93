//! A plan's structure: objectives, initiatives, RACI roles and interdependencies.

use leptos::prelude::*;

/// Placeholder until this section is built.
#[component]
pub fn ObjectivesSection(plan_id: String) -> impl IntoView {
    let _ = plan_id;
    view! { <p class="muted">"This section is being built."</p> }
}

/// Placeholder until this section is built.
#[component]
pub fn RolesSection(plan_id: String) -> impl IntoView {
    let _ = plan_id;
    view! { <p class="muted">"This section is being built."</p> }
}

/// Placeholder until this section is built.
#[component]
pub fn DependenciesSection(plan_id: String) -> impl IntoView {
    let _ = plan_id;
    view! { <p class="muted">"This section is being built."</p> }
}
