//! Dot voting in tally mode: the facilitator sets up a round (names or the
//! plan's departments, a budget each, one or several votes per note), records
//! each participant's votes in turn on the notes, reveals the results.

mod bar;
mod setup;

use leptos::prelude::*;

use super::ctx::{use_board, BoardCtx};
use crate::model::board::voting::VotingEdit;
use crate::model::ids::ParticipantId;
pub use bar::VotingBar;
use setup::{NewRoundConfirm, VotingSetup};

/// The voting panel: the set-up form, or the round under way.
#[component]
pub fn VotingPanel() -> impl IntoView {
    let ctx = use_board();
    let active = ctx.read(|b| b.voting.is_some());
    let new_round = RwSignal::new(false);
    follow_the_round(ctx);
    view! {
        <section class="voting-panel" data-testid="voting-panel">
            <h2>"Dot voting"</h2>
            <Show when=move || active.get() && !new_round.get() fallback=move || view! { <VotingSetup new_round /> }>
                <VotingRound new_round />
            </Show>
        </section>
    }
}

/// Keeps whose turn it is in step with the round: when the page opens on a
/// round (the editor or projector mode), a round starts, or undo brings one
/// back, the turn is worked out from the votes cast, so a reload carries on
/// where the room was.
pub(super) fn follow_the_round(ctx: BoardCtx) {
    let ids = ctx.read(|b| b.voting.as_ref().map(|v| v.participants.iter().map(|p| p.id.clone()).collect::<Vec<ParticipantId>>()).unwrap_or_default());
    Effect::new(move |_| {
        ids.with(|ids| {
            if !ctx.participant.with_untracked(|p| p.as_ref().is_some_and(|p| ids.contains(p))) {
                let turn = ctx.with_untracked(|b| b.voting.as_ref().and_then(|v| v.resumed_turn()).map(|p| p.id.clone()));
                ctx.participant.set(turn.flatten());
            }
        })
    });
}

#[component]
fn VotingRound(new_round: RwSignal<bool>) -> impl IntoView {
    let ctx = use_board();
    let round = ctx.read(|b| b.voting.as_ref().map(|v| (v.participants.iter().map(|p| (p.id.clone(), p.name.clone())).collect::<Vec<_>>(), v.votes.len(), v.results_revealed)));
    let participants = move || round.with(|r| r.as_ref().map(|r| r.0.clone()).unwrap_or_default());
    let cast = move || round.with(|r| r.as_ref().map_or(0, |r| r.1));
    let revealed = move || round.with(|r| r.as_ref().is_some_and(|r| r.2));
    let confirming = RwSignal::new(false);
    // Votes would be lost: ask first (and offer Undo after).
    let ask_new_round = move |_| if cast() > 0 { confirming.set(true) } else { new_round.set(true) };
    view! {
        <div class="panel-row">
            <label class="field"><span class="field-label">"Participant"</span>
                <select data-testid="vote-participant" on:change:target=move |ev| {
                    let id = ev.target().value();
                    ctx.participant.set((!id.is_empty()).then(|| id.into()));
                }>
                    <Show when=move || ctx.participant.with(Option::is_none)>
                        <option value="" selected>"— turns done —"</option>
                    </Show>
                    <For each=participants key=|p| p.clone() let:p>
                        <option value=p.0.to_string() selected=move || ctx.participant.with(|chosen| chosen.as_ref() == Some(&p.0))>{p.1.clone()}</option>
                    </For>
                </select></label>
            <button type="button" data-testid="vote-reveal" aria-pressed=move || revealed().to_string()
                on:click=move |_| { ctx.run_or_toast(VotingEdit::Reveal(!revealed())); }>
                {move || if revealed() { "Hide results" } else { "Reveal results" }}</button>
            <Show when=revealed>
                <label><input type="checkbox" data-testid="vote-sort" prop:checked=ctx.sort_by_votes
                    on:change:target=move |ev| ctx.sort_by_votes.set(ev.target().checked()) />" Sort by votes"</label>
                <Show when=move || ctx.sort_by_votes.get()>
                    <span class="muted" data-testid="vote-sort-hint">"Moving notes is off while sorted."</span>
                </Show>
            </Show>
            <button type="button" data-testid="vote-clear"
                on:click=move |_| ctx.run_with_undo(VotingEdit::Clear, "Votes cleared.")>"Clear votes"</button>
            <button type="button" data-testid="vote-new-round" aria-expanded=move || confirming.get().to_string() on:click=ask_new_round>"New round"</button>
            <button type="button" class="danger" data-testid="vote-end"
                on:click=move |_| ctx.run_with_undo(VotingEdit::End, "Voting ended.")>"End voting"</button>
        </div>
        <Show when=move || confirming.get()>
            <NewRoundConfirm votes=Signal::derive(cast) confirming new_round />
        </Show>
        <p class="muted" data-testid="vote-total">{move || format!("{} vote{} recorded{}.", cast(), if cast() == 1 { "" } else { "s" }, if revealed() { "" } else { "; results hidden until revealed" })}</p>
    }
}
