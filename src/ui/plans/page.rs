//! The page of one plan: its header, a tab per section, and the section the
//! URL names.

use leptos::prelude::*;

use super::overview::PlanOverview;
use super::section::PlanSection;
use crate::model::{DocRef, DocumentKind};
use crate::ui::approvals::{ApprovalSection, DiscussionSection};
use crate::ui::documents::DocHeader;
use crate::ui::route::Route;
use crate::ui::state::use_app;
use crate::ui::structure::{DependenciesSection, ObjectivesSection, RolesSection};
use crate::ui::tracking::{DashboardSection, DecisionsSection, LogSection};

/// One plan, section by section.
#[component]
pub fn PlanPage(plan_id: String) -> impl IntoView {
    let state = use_app();
    let doc = DocRef::new(DocumentKind::Plan, &plan_id);
    let section = Memo::new(move |_| match state.route.get() {
        Route::Document(_, key) => PlanSection::from_key(&key),
        Route::Library => PlanSection::Overview,
    });
    let tabs = PlanSection::ALL
        .into_iter()
        .map(|s| {
            let href = Route::Document(doc.clone(), s.key().to_string()).to_hash();
            let current = move || (section.get() == s).then_some("page");
            view! {
                <a class="plan-tab" href=href aria-current=current data-testid=format!("tab-{}", s.key())>{s.label()}</a>
            }
        })
        .collect_view();
    let content = move || {
        let plan_id = plan_id.clone();
        match section.get() {
            PlanSection::Overview => view! { <PlanOverview plan_id /> }.into_any(),
            PlanSection::Objectives => view! { <ObjectivesSection plan_id /> }.into_any(),
            PlanSection::Roles => view! { <RolesSection plan_id /> }.into_any(),
            PlanSection::Dependencies => view! { <DependenciesSection plan_id /> }.into_any(),
            PlanSection::Approval => view! { <ApprovalSection plan_id /> }.into_any(),
            PlanSection::Discussion => view! { <DiscussionSection plan_id /> }.into_any(),
            PlanSection::Dashboard => view! { <DashboardSection plan_id /> }.into_any(),
            PlanSection::Decisions => view! { <DecisionsSection plan_id /> }.into_any(),
            PlanSection::Log => view! { <LogSection plan_id /> }.into_any(),
        }
    };
    view! {
        <section class="document plan-editor" data-testid="plan-editor">
            <DocHeader doc=doc.clone() />
            <nav class="plan-tabs" aria-label="Plan sections">{tabs}</nav>
            <div class="plan-section" data-testid="plan-section">{content}</div>
        </section>
    }
}
