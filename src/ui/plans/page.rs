//! The page of one plan: its header, a tab per section, and the section the
//! URL names.

use leptos::prelude::*;

use crate::model::DocRef;
use crate::model::ids::PlanId;
use crate::ui::documents::DocHeader;
use crate::ui::on_demand::{prefetch, OnDemand, Part};
use crate::ui::route::{PlanSection, Route};
use crate::ui::select::PlanHandle;
use crate::ui::select::memo;
use crate::ui::state::use_app;

/// One plan, section by section; its sections find the plan's handle in the
/// context.
#[component]
pub fn PlanPage(plan_id: PlanId) -> impl IntoView {
    let state = use_app();
    let doc = DocRef::plan(&plan_id);
    PlanHandle::provide(plan_id.clone());
    let section = memo(move || match state.route.get() {
        Route::Plan { section, .. } => section,
        _ => PlanSection::Overview,
    });
    let tabs = PlanSection::ALL
        .into_iter()
        .map(|s| {
            let href = Route::Plan { id: plan_id.clone(), section: s }.to_hash();
            let current = move || (section.get() == s).then_some("page");
            view! {
                <a class="plan-tab" href=href aria-current=current data-testid=format!("tab-{}", s.key())>{s.label()}</a>
            }
        })
        .collect_view();
    // Each section's code is its own chunk, fetched the first time it is shown.
    let content = move || view! { <OnDemand part=Part::Plan(section.get()) id=doc.id.clone() /> };
    // Once the plan is on screen, the other sections follow in the background,
    // so changing tabs does not wait on the network.
    Effect::new(move |_| PlanSection::ALL.into_iter().for_each(|s| prefetch(Part::Plan(s))));
    view! {
        <section class="document plan-editor" data-testid="plan-editor">
            <DocHeader doc=DocRef::plan(&plan_id) />
            <nav class="plan-tabs" aria-label="Plan sections">{tabs}</nav>
            <div class="plan-section" data-testid="plan-section">{content}</div>
        </section>
    }
}
