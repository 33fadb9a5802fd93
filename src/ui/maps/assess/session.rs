//! The session under way (or the last held): what it is, a new session or
//! discarding this one, and the tally until revealed, the spreads after.

use leptos::prelude::*;

use super::reveal::RevealPanel;
use super::tally::TallyPanel;
use crate::model::stakeholder::AssessmentEdit;
use crate::ui::maps::ctx::use_map;

/// The map's last session.
#[component]
pub fn SessionView(new_session: RwSignal<bool>) -> impl IntoView {
    let ctx = use_map();
    let session = ctx.read(|m| m.current_assessment().map(|a| (a.id.clone(), a.day, a.stakeholder_ids.len(), a.participants.len(), a.revealed)));
    let revealed = move || session.with(|s| s.as_ref().is_some_and(|s| s.4));
    let line = move || {
        session.with(|s| {
            s.as_ref().map(|(_, day, whom, who, _)| {
                let (whom, who) = (plural(*whom, "stakeholder"), plural(*who, "participant"));
                format!("Session of {}: {whom}, {who}.", day.text())
            })
        })
    };
    let discard = move |_| {
        if let Some(assessment_id) = session.with_untracked(|s| s.as_ref().map(|s| s.0.clone())) {
            ctx.run_with_undo(AssessmentEdit::Discard { assessment_id }, "Session discarded.");
        }
    };
    view! {
        <div class="assess-head">
            <p class="assess-session" data-testid="assess-session">{line}</p>
            <button type="button" data-testid="assess-new-session" on:click=move |_| new_session.set(true)>"New session"</button>
            <button type="button" class="danger" data-testid="assess-discard" on:click=discard>"Discard this session"</button>
        </div>
        {move || if revealed() { view! { <RevealPanel /> }.into_any() } else { view! { <TallyPanel /> }.into_any() }}
    }
}

/// "1 stakeholder", "3 participants".
pub fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}
