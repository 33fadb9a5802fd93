//! The voting bar: whose turn it is and what they have left, or that everyone
//! has voted, with the next step. It stays at the top of the screen while a
//! round is open, so the turn is in sight wherever the notes are scrolled.

use leptos::prelude::*;

use crate::model::board::voting::{vote_words, Turn, Voting, VotingEdit};
use crate::model::ids::ParticipantId;
use crate::ui::boards::ctx::use_board;

/// What the bar offers after its line.
#[derive(Clone, Copy, PartialEq)]
enum Step {
    /// "Next participant", or ending the turns after the last one.
    Next { last: bool },
    Reveal,
    Nothing,
}

/// The line and the next step for the turn of `chosen`.
fn turn_line(voting: &Voting, chosen: Option<&ParticipantId>) -> (String, Step) {
    let budget = voting.votes_per_person;
    let revealed_or = |step| if voting.results_revealed { Step::Nothing } else { step };
    match voting.turn(chosen) {
        Turn::Of { participant, left } => {
            let then = if left > 0 { "Click “Vote” on a note." } else { "Then pass the turn on." };
            let line = format!("{}’s turn: {left} of {} left. {then}", participant.name, vote_words(budget));
            (line, Step::Next { last: voting.next_turn(&participant.id).is_none() })
        }
        Turn::EveryoneHasVoted => {
            let then = if voting.results_revealed { "" } else { " Reveal the results when the room is ready." };
            (format!("Everyone has voted: {} recorded.{then}", vote_words(voting.votes.len() as u32)), revealed_or(Step::Reveal))
        }
        Turn::EveryoneHasHadATurn { unused } => {
            let kept: Vec<String> = unused.iter().map(|(p, n)| format!("{} kept {}", p.name, vote_words(*n))).collect();
            (format!("Everyone has had a turn ({}).", kept.join(", ")), revealed_or(Step::Reveal))
        }
    }
}

/// The sticky bar of the round under way; nothing without one.
#[component]
pub fn VotingBar() -> impl IntoView {
    let ctx = use_board();
    let round = ctx.read(|b| b.voting.clone());
    let line = Memo::new(move |_| ctx.participant.with(|who| round.with(|v| v.as_ref().map(|v| turn_line(v, who.as_ref())))));
    let text = move || line.with(|l| l.as_ref().map(|l| l.0.clone()).unwrap_or_default());
    let step = move || line.with(|l| l.as_ref().map_or(Step::Nothing, |l| l.1));
    let next = move |_| {
        let next = ctx.participant.with_untracked(|now| {
            round.with_untracked(|v| Some(v.as_ref()?.next_turn(now.as_ref()?)?.id.clone()))
        });
        ctx.participant.set(next);
    };
    view! {
        <Show when=move || round.with(Option::is_some)>
            <div class="voting-bar" role="region" aria-label="Voting turn" data-testid="voting-bar"
                data-state=move || if matches!(step(), Step::Next { .. }) { "turn" } else { "done" }>
                <p class="turn" data-testid="vote-turn" aria-live="polite">{text}</p>
                {move || match step() {
                    Step::Next { last } => view! {
                        <button type="button" data-testid="vote-next" on:click=next>
                            {if last { "Finish the turns" } else { "Next participant" }}</button>
                    }.into_any(),
                    Step::Reveal => view! {
                        <button type="button" class="primary" data-testid="vote-bar-reveal"
                            on:click=move |_| { ctx.run_or_toast(VotingEdit::Reveal(true)); }>"Reveal results"</button>
                    }.into_any(),
                    Step::Nothing => ().into_any(),
                }}
            </div>
        </Show>
    }
}
