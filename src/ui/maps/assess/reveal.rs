//! After the reveal: a line on the session (how many settled, how many
//! spreads to talk about), hiding the scores again, and a card per stakeholder.

use leptos::prelude::*;

use super::spread_card::{SpreadCard, SpreadView};
use crate::model::ids::StakeholderId;
use crate::model::stakeholder::{AssessmentEdit, StakeholderMap};
use crate::ui::maps::ctx::use_map;

/// Each assessed stakeholder's spread, in the session's order.
pub fn spread_views(m: &StakeholderMap) -> Vec<(StakeholderId, SpreadView)> {
    let Some(a) = m.current_assessment() else { return Vec::new() };
    a.stakeholder_ids
        .iter()
        .map(|id| {
            let spread = a.spread(id);
            let said = spread.as_ref().map(|s| s.scores.iter().map(|(p, pos)| (a.participant(p).map(|p| p.name.clone()).unwrap_or_default(), *pos)).collect()).unwrap_or_default();
            let name = m.stakeholder(id).map(|s| s.name.clone()).unwrap_or_else(|| "(removed from the map)".into());
            (id.clone(), SpreadView { name, spread, said, settled: a.settled_for(id).cloned() })
        })
        .collect()
}

/// The revealed session.
#[component]
pub fn RevealPanel() -> impl IntoView {
    let ctx = use_map();
    let cards = ctx.read(spread_views);
    let line = move || {
        cards.with(|c| {
            let wide = c.iter().filter(|(_, v)| v.spread.as_ref().is_some_and(|s| s.wide())).count();
            let settled = c.iter().filter(|(_, v)| v.settled.is_some()).count();
            let talk = match wide { 0 => "no wide spreads".to_string(), 1 => "1 conversation to have".to_string(), n => format!("{n} conversations to have") };
            format!("Scores revealed: {settled} of {} settled, {talk}.", c.len())
        })
    };
    view! {
        <div class="assess-reveal" data-testid="assess-reveal-panel">
            <div class="panel-row">
                <h2 class="assess-progress" data-testid="assess-reveal-line" aria-live="polite">{line}</h2>
                <button type="button" data-testid="assess-hide" on:click=move |_| { ctx.run_or_toast(AssessmentEdit::Reveal(false)); }>"Hide the scores again"</button>
            </div>
            <div class="spread-cards">
                // Drawn again when the session changes: a settled card shows its new place in its pickers.
                {move || cards.get().into_iter().map(|(stakeholder_id, view)| view! { <SpreadCard stakeholder_id view /> }).collect_view()}
            </div>
        </div>
    }
}
