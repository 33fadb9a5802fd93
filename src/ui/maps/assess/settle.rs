//! Settling a stakeholder's position after the reveal: at the median, or at
//! a position the room chose; it moves them on the grid, dated, with Undo.

use leptos::prelude::*;

use super::spread_card::position_words;
use crate::model::ids::StakeholderId;
use crate::model::stakeholder::{AssessmentEdit, Position, Score};
use crate::ui::maps::ctx::use_map;

/// The settle buttons of one stakeholder.
#[component]
pub fn SettleControls(stakeholder_id: StakeholderId, name: String, median: Option<Position>, settled: Option<Position>) -> impl IntoView {
    let ctx = use_map();
    let start = settled.or(median).unwrap_or_default();
    let power = RwSignal::new(start.power.get());
    let interest = RwSignal::new(start.interest.get());
    let id = StoredValue::new(stakeholder_id);
    let name = StoredValue::new(name);
    let settle = move |position: Option<Position>| {
        let at = position.or(median).map(position_words).unwrap_or_default();
        let said = name.with_value(|n| format!("{n} settled at {at}."));
        ctx.run_with_undo(AssessmentEdit::Settle { stakeholder_id: id.get_value(), position, by: String::new() }, &said);
    };
    let chosen = move || Position::new(Score::clamped(power.get().into()), Score::clamped(interest.get().into()));
    let picker = move |label: &'static str, testid: &'static str, value: RwSignal<u8>| view! {
        <label class="settle-pick"><span>{label}</span>
            <select data-testid=testid on:change:target=move |ev| value.set(ev.target().value().parse().unwrap_or(3))>
                {(1..=5u8).map(|n| view! { <option value=n.to_string() selected=move || value.get() == n>{n}</option> }).collect_view()}
            </select></label>
    };
    view! {
        <div class="settle-row" role="group" aria-label=name.with_value(|n| format!("Settle {n}"))>
            // The medians are in the card's figures; the toast says where they went.
            {median.map(|_| view! {
                <button type="button" class="primary" data-testid="assess-settle-median" on:click=move |_| settle(None)>"Settle at the median"</button>
            })}
            <span class="settle-or">{if median.is_some() { "or" } else { "Settle at" }}</span>
            {picker("Power", "assess-settle-power", power)}
            {picker("Interest", "assess-settle-interest", interest)}
            <button type="button" data-testid="assess-settle-chosen" on:click=move |_| settle(Some(chosen()))>"Settle here"</button>
        </div>
    }
}
