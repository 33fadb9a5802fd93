//! One participant's power and interest for one stakeholder: quick buttons
//! 1–5 or number keys (power, then interest: 4 then 2), entered once both
//! are chosen. Backspace takes the first choice back.

use leptos::prelude::*;

use crate::model::ids::{ParticipantId, StakeholderId};
use crate::model::stakeholder::{AssessmentEdit, Position, Score};
use crate::ui::maps::ctx::use_map;

const POWER_HINTS: [&str; 5] = ["none", "little", "some", "much", "decides"];
const INTEREST_HINTS: [&str; 5] = ["none", "little", "some", "much", "all in"];

/// The pad for one score; a new one mounts for the next, focused.
#[component]
pub fn ScorePad(participant_id: ParticipantId, stakeholder_id: StakeholderId, name: String) -> impl IntoView {
    let ctx = use_map();
    let power = RwSignal::new(None::<u8>);
    let interest = RwSignal::new(None::<u8>);
    let ids = StoredValue::new((participant_id, stakeholder_id));
    let enter = move || {
        let (Some(p), Some(i)) = (power.get_untracked(), interest.get_untracked()) else { return };
        let (Some(p), Some(i)) = (Score::new(p), Score::new(i)) else { return };
        let (participant_id, stakeholder_id) = ids.get_value();
        if ctx.run_or_toast(AssessmentEdit::Score { participant_id, stakeholder_id, position: Position::new(p, i) }).is_none() {
            power.set(None);
            interest.set(None);
        }
    };
    let choose = move |which: RwSignal<Option<u8>>, n: u8| {
        which.set(Some(n));
        enter();
    };
    let pad = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| if let Some(pad) = pad.get() { let _ = pad.focus(); });
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        match ev.key().as_str() {
            k @ ("1" | "2" | "3" | "4" | "5") => {
                let n = k.parse().unwrap_or(3);
                choose(if power.get_untracked().is_none() { power } else { interest }, n);
            }
            "Backspace" => {
                power.set(None);
                interest.set(None);
            }
            _ => return,
        }
        ev.prevent_default();
    };
    let label = format!("Scores for {name}");
    view! {
        <div class="score-pad" role="group" aria-label=label tabindex="-1" node_ref=pad on:keydown=on_key data-testid="assess-pad">
            <ScoreRow axis="Power" testid="assess-power" hints=POWER_HINTS value=power on_choose=Callback::new(move |n| choose(power, n)) />
            <ScoreRow axis="Interest" testid="assess-interest" hints=INTEREST_HINTS value=interest on_choose=Callback::new(move |n| choose(interest, n)) />
            <p class="muted small">"Keys: power, then interest, 1 to 5 (4 then 2). Backspace starts again."</p>
        </div>
    }
}

#[component]
fn ScoreRow(axis: &'static str, testid: &'static str, hints: [&'static str; 5], value: RwSignal<Option<u8>>, on_choose: Callback<u8>) -> impl IntoView {
    view! {
        <fieldset class="score-row">
            <legend>{axis}</legend>
            {(1..=5u8).map(|n| view! {
                <button type="button" class="score-button" data-testid=format!("{testid}-{n}") aria-pressed=move || (value.get() == Some(n)).to_string()
                    on:click=move |_| on_choose.run(n)>
                    <span class="score-n">{n}</span><span class="score-hint">{hints[usize::from(n - 1)]}</span>
                </button>
            }).collect_view()}
        </fieldset>
    }
}
