//! One stakeholder after the reveal: each score as a dot, min, median and
//! max of power and interest, who gave what, a wide spread flagged as a
//! conversation to have, and where the room settled them.

use leptos::prelude::*;

use super::settle::SettleControls;
use super::spread_chart::SpreadChart;
use crate::model::ids::StakeholderId;
use crate::model::stakeholder::{Position, Settled, Spread, Stats};

/// What a card shows, read once per change of the session.
#[derive(Clone, PartialEq)]
pub struct SpreadView {
    pub name: String,
    pub spread: Option<Spread>,
    /// Each participant's name with their scores, in participant order.
    pub said: Vec<(String, Position)>,
    pub settled: Option<Settled>,
}

/// "Power 2–5, median 4".
pub fn stats_line(axis: &str, s: Stats) -> String {
    if s.min == s.max {
        format!("{axis}: all {}", s.min.get())
    } else {
        format!("{axis}: {}–{}, median {}", s.min.get(), s.max.get(), s.median.get())
    }
}

/// "power 4, interest 3".
pub fn position_words(p: Position) -> String {
    format!("power {}, interest {}", p.power.get(), p.interest.get())
}

/// What the settled badge says.
pub fn settled_words(s: &Settled) -> String {
    format!("✓ Settled at {}{}", position_words(s.position()), if s.median { " (the median)" } else { "" })
}

/// The card of one assessed stakeholder.
#[component]
pub fn SpreadCard(stakeholder_id: StakeholderId, view: SpreadView) -> impl IntoView {
    let SpreadView { name, spread, said, settled } = view;
    let wide = spread.as_ref().is_some_and(Spread::wide);
    let median = spread.as_ref().map(Spread::median);
    let key = stakeholder_id.to_string();
    let summary = spread.as_ref().map(|s| format!("{} scores for {name}. {}. {}.", s.scores.len(), stats_line("Power", s.power), stats_line("Interest", s.interest))).unwrap_or_default();
    view! {
        <article class="spread-card" class:wide=wide data-testid="assess-spread" data-stakeholder=key>
            <header class="spread-head">
                <h3>{name.clone()}</h3>
                {wide.then(|| view! { <span class="talk-flag" data-testid="assess-wide">"⚑ A conversation to have"</span> })}
                {settled.as_ref().map(|s| view! { <span class="settled-mark" data-testid="assess-settled">{settled_words(s)}</span> })}
            </header>
            {match spread.clone() {
                None => view! { <p class="muted">"No one scored them in this session."</p> }.into_any(),
                Some(spread) => view! {
                    <div class="spread-body">
                        <SpreadChart spread=spread.clone() settled=settled.as_ref().map(Settled::position) summary />
                        <div class="spread-text">
                            <p class="spread-stats" data-testid="assess-stats">{stats_line("Power", spread.power)}<br />{stats_line("Interest", spread.interest)}</p>
                            <ul class="spread-said">
                                {said.into_iter().map(|(who, p)| view! { <li>{format!("{who}: {}", position_words(p))}</li> }).collect_view()}
                            </ul>
                            <p class="muted small">"● a score · ◯ the median · ▢ settled"</p>
                        </div>
                    </div>
                }.into_any(),
            }}
            <SettleControls stakeholder_id name median settled=settled.as_ref().map(Settled::position) />
        </article>
    }
}
