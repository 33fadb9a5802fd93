//! Projector mode's sticky strip: the board's title, where the vote stands
//! ("Voting — Finance’s turn, 2 of 3 votes left", "Everyone has voted",
//! "Results revealed"), what Fit could not do, and the timer ("Time is up"
//! at 0:00). It stays on
//! screen however far the room has stepped.

use leptos::prelude::*;

use super::ctx::use_board;
use crate::model::board::voting::{vote_words, Turn, Voting};
use crate::model::board::Timer;
use crate::model::ids::ParticipantId;

/// Where the vote stands, in the room's words (the turn is the voting bar's,
/// [`Voting::turn`]); the facilitator's next step is left out.
fn vote_state(voting: &Voting, chosen: Option<&ParticipantId>) -> String {
    if voting.results_revealed {
        return "Results revealed".into();
    }
    match voting.turn(chosen) {
        Turn::Of { participant, left } => {
            format!("Voting — {}’s turn, {left} of {} left", participant.name, vote_words(voting.votes_per_person))
        }
        Turn::EveryoneHasVoted => "Everyone has voted".into(),
        Turn::EveryoneHasHadATurn { .. } => "Everyone has had a turn".into(),
    }
}

/// The strip; `note` is a passing word from the view (Fit's).
#[component]
pub fn ProjectorStrip(now: ReadSignal<u64>, timer: Memo<Option<Timer>>, note: Signal<Option<&'static str>>) -> impl IntoView {
    let ctx = use_board();
    let title = ctx.read(|b| b.title.clone());
    let round = ctx.read(|b| b.voting.clone());
    let state = Memo::new(move |_| ctx.participant.with(|who| round.with(|v| v.as_ref().map(|v| vote_state(v, who.as_ref())))));
    view! {
        <div class="projector-top" data-testid="projector-strip">
            <h1>{move || title.get()}</h1>
            <p class="projector-state" aria-live="polite">
                {move || state.get().map(|s| view! { <span data-testid="projector-vote-state">{s}</span> })}
                {move || note.get().map(|n| view! { <span class="projector-note-word" data-testid="projector-fit-note">{n}</span> })}
            </p>
            {move || timer.get().map(|t| {
                let up = move || t.finished(now.get());
                view! {
                    <span class="projector-timer" class:done=up role="timer" data-testid="projector-timer">
                        {move || Timer::display(t.remaining(now.get()))}
                        // Said in words as well: the room may not have heard the chime.
                        {move || up().then(|| view! { <span class="projector-time-up">" Time is up"</span> })}
                    </span>
                }
            })}
        </div>
    }
}
