//! The approval section of a plan: who reviews, and the current round.

use leptos::prelude::*;

use super::current_round::CurrentRound;
use super::open_round::OpenRound;
use super::reviewer::ReviewerBar;
use super::round::RoundHandle;
use super::stakeholder_warning::StakeholderWarning;
use crate::model::approval::queries::{current_round, earlier_rounds};
use crate::ui::select::use_plan;

/// Approval rounds of the page's plan, as the liaison or a reviewing department sees them.
#[component]
pub fn ApprovalSection() -> impl IntoView {
    let plan = use_plan();
    let round_id = plan.read(|p| current_round(p).map(|r| r.id.clone()));
    let earlier = plan.read(earlier_rounds);
    view! {
        <div class="approval" data-testid="approval">
            <ReviewerBar />
            <StakeholderWarning />
            {move || match round_id.get() {
                None => view! { <OpenRound first=true /> }.into_any(),
                Some(round_id) => view! { <CurrentRound round=RoundHandle::new(plan, round_id) /> }.into_any(),
            }}
            <Show when=move || { earlier.get() > 0 }>
                <p class="muted">{move || match earlier.get() {
                    1 => "1 earlier round is kept in the plan's history.".to_string(),
                    n => format!("{n} earlier rounds are kept in the plan's history."),
                }}</p>
            </Show>
        </div>
    }
}
