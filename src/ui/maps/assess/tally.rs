//! Tally mode: whose turn it is and which stakeholder they score, the count
//! of scores entered (never the scores), the next participant, and reveal.
//! The turn is worked out from the scores when the screen opens, so a reload
//! carries on where the room was.

use leptos::prelude::*;

use super::score_pad::ScorePad;
use super::session::plural;
use crate::model::ids::{ParticipantId, StakeholderId};
use crate::model::stakeholder::{Assessment, AssessmentEdit};
use crate::ui::maps::ctx::{use_map, MapCtx};

/// Where the turn of the participant on screen stands. Counts and names only:
/// nothing here may carry a score before the reveal.
#[derive(Clone, PartialEq, Default)]
struct TurnState {
    who: Option<(ParticipantId, String)>,
    /// The stakeholder they score now, its place and the session's size.
    scoring: Option<(StakeholderId, String, usize)>,
    of: usize,
    /// The last stakeholder they scored before this one (to correct it).
    last_scored: Option<StakeholderId>,
    next: Option<(ParticipantId, String)>,
    entered: usize,
    expected: usize,
}

fn turn_state(ctx: MapCtx, turn: Option<ParticipantId>) -> TurnState {
    ctx.with(|m| {
        let Some(a) = m.current_assessment() else { return TurnState::default() };
        let name = |id: &ParticipantId| a.participant(id).map(|p| (p.id.clone(), p.name.clone()));
        let (entered, expected) = a.progress();
        let who = turn.as_ref().and_then(name);
        let scoring = who.as_ref().and_then(|(p, _)| {
            let s = a.left_to_score(p)?;
            let place = a.stakeholder_ids.iter().position(|x| x == s).unwrap_or(0) + 1;
            Some((s.clone(), m.stakeholder(s).map(|s| s.name.clone()).unwrap_or_default(), place))
        });
        let last_scored = who.as_ref().and_then(|(p, _)| last_scored(a, p, scoring.as_ref().map(|s| &s.0)));
        let next = who.as_ref().and_then(|(p, _)| a.next_turn(p)).filter(|n| Some(*n) != turn.as_ref()).and_then(name);
        TurnState { who, scoring, of: a.stakeholder_ids.len(), last_scored, next, entered, expected }
    })
    .unwrap_or_default()
}

fn last_scored(a: &Assessment, participant: &ParticipantId, now: Option<&StakeholderId>) -> Option<StakeholderId> {
    let before = now.and_then(|n| a.stakeholder_ids.iter().position(|s| s == n)).unwrap_or(a.stakeholder_ids.len());
    a.stakeholder_ids[..before].iter().rev().find(|s| a.score(participant, s).is_some()).cloned()
}

/// The scoring screen of the session under way.
#[component]
pub fn TallyPanel() -> impl IntoView {
    let ctx = use_map();
    let turn = RwSignal::new(None::<ParticipantId>);
    let ids = ctx.read(|m| m.current_assessment().map(|a| a.participants.iter().map(|p| (p.id.clone(), p.name.clone())).collect::<Vec<_>>()).unwrap_or_default());
    // A new session, undo or a reload: the turn comes from the scores.
    Effect::new(move |_| {
        ids.with(|ids| {
            if !turn.with_untracked(|t| t.as_ref().is_some_and(|t| ids.iter().any(|p| p.0 == *t))) {
                turn.set(ctx.with_untracked(|m| m.current_assessment().and_then(|a| a.resumed_turn().cloned())).flatten());
            }
        })
    });
    let state = Memo::new(move |_| turn_state(ctx, turn.get()));
    let everyone_done = move || state.with(|s| s.expected > 0 && s.entered == s.expected);
    let progress = move || state.with(|s| format!("{} of {} scored; scores hidden until revealed.", s.entered, s.expected));
    let next = move |_| turn.set(state.with_untracked(|s| s.next.as_ref().map(|n| n.0.clone())));
    let reveal = move |_| { ctx.run_or_toast(AssessmentEdit::Reveal(true)); };
    let correct = move |_| {
        let Some((participant_id, stakeholder_id)) = state.with_untracked(|s| Some((s.who.as_ref()?.0.clone(), s.last_scored.clone()?))) else { return };
        ctx.run_or_toast(AssessmentEdit::Unscore { participant_id, stakeholder_id });
    };
    let pad = Memo::new(move |_| state.with(|s| Some((s.who.as_ref()?.0.clone(), s.scoring.as_ref()?.0.clone(), s.scoring.as_ref()?.1.clone()))));
    view! {
        <div class="assess-tally" data-testid="assess-tally">
            <div class="assess-turn-bar" role="region" aria-label="Scoring turn">
                <p class="assess-progress" data-testid="assess-progress" aria-live="polite">{progress}</p>
                <label class="field"><span class="field-label">"Participant"</span>
                    <select data-testid="assess-participant" on:change:target=move |ev| {
                        let id = ev.target().value();
                        turn.set((!id.is_empty()).then(|| id.into()));
                    }>
                        <For each=move || ids.get() key=|p| p.clone() let:p>
                            <option value=p.0.to_string() selected=move || turn.with(|t| t.as_ref() == Some(&p.0))>{p.1.clone()}</option>
                        </For>
                    </select></label>
                <button type="button" data-testid="assess-next" disabled=move || state.with(|s| s.next.is_none()) on:click=next>"Next participant"</button>
                <button type="button" data-testid="assess-reveal" class:primary=everyone_done on:click=reveal>"Reveal scores"</button>
            </div>
            {move || state.with(|s| turn_line(s))}
            {move || pad.get().map(|(participant_id, stakeholder_id, name)| view! { <ScorePad participant_id stakeholder_id name /> })}
            <div class="panel-row">
                {move || state.with(|s| s.next.clone()).filter(|_| state.with(|s| s.scoring.is_none())).map(|(_, name)| view! {
                    <button type="button" class="primary" data-testid="assess-pass" on:click=next>{format!("Next participant: {name}")}</button>
                })}
                {move || everyone_done().then(|| view! {
                    <button type="button" class="primary" data-testid="assess-reveal-now" on:click=reveal>"Reveal the scores"</button>
                })}
                <Show when=move || state.with(|s| s.last_scored.is_some())>
                    <button type="button" data-testid="assess-correct" on:click=correct>"Score the last one again"</button>
                </Show>
            </div>
        </div>
    }
}

fn turn_line(s: &TurnState) -> impl IntoView {
    let text = match (&s.who, &s.scoring) {
        (Some((_, who)), Some((_, whom, place))) => format!("{who}’s turn: {whom} ({place} of {})", s.of),
        (Some((_, who)), None) if s.next.is_some() => format!("{who} has scored {}. Pass the screen on.", if s.of == 1 { "the stakeholder".to_string() } else { format!("all {}", plural(s.of, "stakeholder")) }),
        _ if s.expected > 0 && s.entered == s.expected => "Everyone has scored. Reveal the scores when the room is ready.".to_string(),
        _ => "Everyone has had a turn. Reveal the scores, or choose a participant to go on.".to_string(),
    };
    view! { <h2 class="assess-turn" data-testid="assess-turn" aria-live="polite">{text}</h2> }
}
