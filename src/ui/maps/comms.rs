//! The communication plan: what each stakeholder needs to hear, channel,
//! frequency, owner, last and next contact; logging a contact; overdue
//! contacts and whom to contact this week. The rules (defaults from the
//! strategy, the next contact, this week) are `model::stakeholder::communication`.

mod card;
mod choice_field;
mod contact_log;
mod log_form;
mod this_week;

use leptos::prelude::*;

use self::card::CommsCard;
use self::this_week::ThisWeek;
use super::ctx::use_map;
use crate::model::ids::StakeholderId;
use crate::model::structure::Initiative;
use crate::model::Day;
use crate::ui::system::today;

/// What the communication plan's parts share: the plan's initiatives (for
/// "per milestone"), the user's day, and whose contact is being logged.
#[derive(Clone, Copy)]
pub(super) struct Comms {
    pub initiatives: Memo<Vec<Initiative>>,
    pub today: Day,
    /// The stakeholder whose "Log a contact" form is open.
    pub logging: RwSignal<Option<StakeholderId>>,
}

/// The element id of a stakeholder's card, to scroll to from "This week".
pub(super) fn card_id(id: &StakeholderId) -> String {
    format!("comms-{id}")
}

/// The map's communication plan.
#[component]
pub fn CommsView() -> impl IntoView {
    let ctx = use_map();
    let comms = Comms { initiatives: ctx.read_plan(|p| p.initiatives.clone()), today: today(), logging: RwSignal::new(None) };
    provide_context(comms);
    let ids = ctx.read(|m| m.stakeholders.iter().map(|s| s.id.clone()).collect::<Vec<_>>());
    view! {
        <div class="comms" data-testid="comms">
            <ThisWeek />
            <h2 class="comms-heading">"Everyone on the map"</h2>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty-note" data-testid="comms-empty">"No stakeholders yet. Add them in the Register; each gets a channel and frequency from their quadrant."</p>
            </Show>
            <ul class="comms-list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <CommsCard id />
                </For>
            </ul>
        </div>
    }
}
