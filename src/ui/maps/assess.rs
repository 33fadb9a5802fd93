//! Assessing together: the facilitator picks stakeholders and participants,
//! each participant's power and interest scores are entered in turn on one
//! screen (hidden until revealed), the reveal shows each stakeholder's spread
//! and the room settles their position; earlier sessions show how views moved.

mod moved;
mod picker;
pub(super) mod reveal;
mod score_pad;
mod session;
mod settle;
mod setup;
pub(super) mod spread_card;
pub(super) mod spread_chart;
mod tally;

use leptos::prelude::*;

use super::ctx::use_map;
use moved::ViewsMoved;
use session::SessionView;
use setup::AssessSetup;

/// The tab: setting up a session, or the session under way (or the last
/// held), then how views moved across sessions.
#[component]
pub fn AssessView() -> impl IntoView {
    let ctx = use_map();
    let has_session = ctx.read(|m| m.current_assessment().is_some());
    let new_session = RwSignal::new(false);
    view! {
        <section class="assess" data-testid="assess">
            {move || if new_session.get() || !has_session.get() {
                view! { <AssessSetup new_session /> }.into_any()
            } else {
                view! { <SessionView new_session /> }.into_any()
            }}
            <ViewsMoved />
        </section>
    }
}
