//! Setting up a round: the first one, or a new one that starts from the last
//! round's set-up (same participants, budget and settings, editable), after
//! asking when it would clear votes, and with Undo once started.

use leptos::prelude::*;

use crate::model::board::voting::{vote_words, NewParticipant, RoundSetup, VotingEdit};
use crate::ui::boards::ctx::use_board;
use crate::ui::boards::toolbar::{close_menu, VOTING_MENU};

/// The set-up form; for a new round, filled in like the round under way.
#[component]
pub fn VotingSetup(new_round: RwSignal<bool>) -> impl IntoView {
    let ctx = use_board();
    let last = if new_round.get_untracked() { ctx.with_untracked(|b| b.voting.as_ref().map(|v| v.setup())).flatten() } else { None };
    let names = RwSignal::new(last.as_ref().map(RoundSetup::names).unwrap_or_default());
    // Only while the board's plan still has departments to vote.
    let departments_vote = last.as_ref().is_some_and(RoundSetup::departments_vote) && ctx.departments.with_untracked(|d| !d.is_empty());
    let use_departments = RwSignal::new(departments_vote);
    let budget = RwSignal::new(last.as_ref().map_or(3, |s| s.votes_per_person).to_string());
    let multiple = RwSignal::new(last.as_ref().is_some_and(|s| s.allow_multiple_per_note));
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
        let setup = RoundSetup { participants, votes_per_person, allow_multiple_per_note: multiple.get_untracked() };
        let replacing = new_round.get_untracked();
        let lost = ctx.with_untracked(|b| b.voting.as_ref().map_or(0, |v| v.votes.len() as u32)).unwrap_or(0);
        let edit = if replacing {
            setup.new_round()
        } else {
            VotingEdit::Start { participants: setup.participants, votes_per_person, allow_multiple_per_note: setup.allow_multiple_per_note }
        };
        match ctx.run(edit) {
            Ok(outcome) => {
                error.set(None);
                new_round.set(false);
                // The notes to vote on come back in sight.
                close_menu(VOTING_MENU);
                if replacing {
                    let said = if lost == 0 { "New round started.".to_string() } else { format!("New round started; the last round’s {} were cleared.", vote_words(lost)) };
                    ctx.state.toast(said, false, outcome.undo.map(|u| *u));
                }
            }
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
            <button type="button" class="primary" data-testid="vote-start" on:click=start>
                {move || if new_round.get() { "Start the new round" } else { "Start voting" }}</button>
            <Show when=move || new_round.get()>
                <button type="button" data-testid="vote-setup-cancel" on:click=move |_| new_round.set(false)>"Keep the last round"</button>
            </Show>
        </div>
        {move || error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="vote-setup-error">{e}</p> })}
    }
}

/// Asks before a new round clears the round's votes.
#[component]
pub fn NewRoundConfirm(votes: Signal<usize>, confirming: RwSignal<bool>, new_round: RwSignal<bool>) -> impl IntoView {
    let keep = NodeRef::<leptos::html::Button>::new();
    // The safe choice takes the focus, so Enter by habit loses nothing.
    Effect::new(move |_| if let Some(keep) = keep.get() { let _ = keep.focus(); });
    let go = move |_| { confirming.set(false); new_round.set(true) };
    view! {
        <div class="vote-confirm" role="alertdialog" aria-label="Start a new round?" data-testid="vote-new-round-confirm"
            on:keydown=move |ev| if ev.key() == "Escape" { confirming.set(false) }>
            <p>{move || format!("A new round clears the {} of this round. The same participants, budget and settings are filled in, and you can undo it afterwards.", vote_words(votes.get() as u32))}</p>
            <button type="button" class="danger" data-testid="vote-new-round-yes" on:click=go>"Set up a new round"</button>
            <button type="button" data-testid="vote-new-round-keep" node_ref=keep on:click=move |_| confirming.set(false)>"Keep this round"</button>
        </div>
    }
}
