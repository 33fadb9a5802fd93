//! Dot voting in tally mode: the facilitator sets up a round (names or the
//! plan's departments, a budget each, one or several votes per note), picks
//! whose turn it is, records their votes on the notes, reveals the results.

use leptos::prelude::*;

use super::ctx::use_board;
use crate::model::board::voting::{NewParticipant, VotingEdit};
use crate::model::ids::ParticipantId;

/// The voting panel: the set-up form, or the round under way.
#[component]
pub fn VotingPanel() -> impl IntoView {
    let ctx = use_board();
    let active = ctx.read(|b| b.voting.is_some());
    let new_round = RwSignal::new(false);
    let ids = ctx.read(|b| b.voting.as_ref().map(|v| v.participants.iter().map(|p| p.id.clone()).collect::<Vec<ParticipantId>>()).unwrap_or_default());
    // The first participant's turn when a round starts or the chosen one leaves.
    Effect::new(move |_| {
        ids.with(|ids| {
            if !ctx.participant.with_untracked(|p| p.as_ref().is_some_and(|p| ids.contains(p))) {
                ctx.participant.set(ids.first().cloned());
            }
        })
    });
    view! {
        <section class="voting-panel" data-testid="voting-panel">
            <h2>"Dot voting"</h2>
            <Show when=move || active.get() && !new_round.get() fallback=move || view! { <VotingSetup new_round /> }>
                <VotingRound new_round />
            </Show>
        </section>
    }
}

#[component]
fn VotingSetup(new_round: RwSignal<bool>) -> impl IntoView {
    let ctx = use_board();
    let names = RwSignal::new(String::new());
    let use_departments = RwSignal::new(false);
    let budget = RwSignal::new("3".to_string());
    let multiple = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let start = move |_| {
        let participants: Vec<NewParticipant> = if use_departments.get_untracked() {
            ctx.departments.get_untracked().into_iter().map(|d| NewParticipant { name: String::new(), department_id: Some(d.id) }).collect()
        } else {
            names.get_untracked().lines().filter(|l| !l.trim().is_empty()).map(|l| NewParticipant { name: l.trim().to_string(), department_id: None }).collect()
        };
        let Ok(votes_per_person) = budget.get_untracked().trim().parse::<u32>() else {
            error.set(Some("Votes per person must be a whole number.".into()));
            return;
        };
        let allow_multiple_per_note = multiple.get_untracked();
        let edit = if new_round.get_untracked() {
            VotingEdit::NewRound { participants, votes_per_person, allow_multiple_per_note }
        } else {
            VotingEdit::Start { participants, votes_per_person, allow_multiple_per_note }
        };
        match ctx.run(edit) {
            Ok(_) => { error.set(None); new_round.set(false) }
            Err(why) => error.set(Some(why.to_string())),
        }
    };
    view! {
        <div class="panel-row">
            <Show when=move || !use_departments.get()>
                <label class="field"><span class="field-label">"Participants, one per line"</span>
                    <textarea rows="3" data-testid="vote-names" prop:value=names on:input:target=move |ev| names.set(ev.target().value())></textarea></label>
            </Show>
            <Show when=move || ctx.departments.with(|d| !d.is_empty())>
                <label><input type="checkbox" data-testid="vote-departments" prop:checked=use_departments
                    on:change:target=move |ev| use_departments.set(ev.target().checked()) />" The plan's departments vote"</label>
            </Show>
            <label class="field"><span class="field-label">"Votes per person"</span>
                <input type="number" min="1" data-testid="vote-budget" prop:value=budget on:input:target=move |ev| budget.set(ev.target().value()) /></label>
            <label><input type="checkbox" data-testid="vote-multiple" prop:checked=multiple on:change:target=move |ev| multiple.set(ev.target().checked()) />
                " Several votes on one note"</label>
            <button type="button" class="primary" data-testid="vote-start" on:click=start>"Start voting"</button>
            <Show when=move || new_round.get()>
                <button type="button" data-testid="vote-setup-cancel" on:click=move |_| new_round.set(false)>"Cancel"</button>
            </Show>
        </div>
        {move || error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="vote-setup-error">{e}</p> })}
    }
}

#[component]
fn VotingRound(new_round: RwSignal<bool>) -> impl IntoView {
    let ctx = use_board();
    let round = ctx.read(|b| b.voting.clone());
    let participants = move || round.with(|v| v.as_ref().map(|v| v.participants.iter().map(|p| (p.id.clone(), p.name.clone())).collect::<Vec<_>>()).unwrap_or_default());
    let revealed = move || round.with(|v| v.as_ref().is_some_and(|v| v.results_revealed));
    let turn = move || {
        let id = ctx.participant.get()?;
        round.with(|v| {
            let v = v.as_ref()?;
            let p = v.participant(&id)?;
            let left = v.remaining(&id);
            Some(format!("{}’s turn: {left} of {} vote{} left. Click “Vote” on a note.", p.name, v.votes_per_person, if v.votes_per_person == 1 { "" } else { "s" }))
        })
    };
    let next = move |_| {
        let next = round.with_untracked(|v| ctx.participant.with_untracked(|now| v.as_ref()?.next_participant(now.as_ref()).map(|p| p.id.clone())));
        ctx.participant.set(next);
    };
    let cast = move || round.with(|v| v.as_ref().map_or(0, |v| v.votes.len()));
    view! {
        <div class="panel-row">
            <label class="field"><span class="field-label">"Participant"</span>
                <select data-testid="vote-participant" on:change:target=move |ev| ctx.participant.set(Some(ev.target().value().into()))>
                    <For each=participants key=|p| p.clone() let:p>
                        <option value=p.0.to_string() selected=move || ctx.participant.with(|chosen| chosen.as_ref() == Some(&p.0))>{p.1.clone()}</option>
                    </For>
                </select></label>
            <button type="button" data-testid="vote-next" on:click=next>"Next participant"</button>
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
            <button type="button" data-testid="vote-new-round" on:click=move |_| new_round.set(true)>"New round"</button>
            <button type="button" class="danger" data-testid="vote-end"
                on:click=move |_| ctx.run_with_undo(VotingEdit::End, "Voting ended.")>"End voting"</button>
        </div>
        <p class="turn" data-testid="vote-turn" aria-live="polite">{turn}</p>
        <p class="muted" data-testid="vote-total">{move || format!("{} vote{} recorded{}.", cast(), if cast() == 1 { "" } else { "s" }, if revealed() { "" } else { "; results hidden until revealed" })}</p>
    }
}
