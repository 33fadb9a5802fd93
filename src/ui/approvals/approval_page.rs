//! The approval section of a plan: who reviews, and the current round.

use leptos::prelude::*;

use super::current_round::CurrentRound;
use super::open_round::OpenRound;
use super::plan_view::plan_memo;
use super::reviewer::ReviewerBar;

/// Approval rounds of one plan, as the liaison or a reviewing department sees them.
#[component]
pub fn ApprovalSection(plan_id: String) -> impl IntoView {
    let plan = plan_memo(&plan_id);
    let round_id = Memo::new(move |_| plan.with(|p| p.as_ref().and_then(|p| p.approval_rounds.last().map(|r| r.id.clone()))));
    let earlier = Memo::new(move |_| plan.with(|p| p.as_ref().map_or(0, |p| p.approval_rounds.len().saturating_sub(1))));
    view! {
        <div class="approval" data-testid="approval">
            <ReviewerBar plan_id=plan_id.clone() />
            {move || match round_id.get() {
                None => view! { <OpenRound plan_id=plan_id.clone() first=true /> }.into_any(),
                Some(round_id) => view! { <CurrentRound plan_id=plan_id.clone() round_id /> }.into_any(),
            }}
            <Show when=move || { earlier.get() > 0 }>
                <p class="muted">{move || format!("{} earlier round(s) are kept in the plan's history.", earlier.get())}</p>
            </Show>
        </div>
    }
}
