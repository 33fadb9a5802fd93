//! The assessment on the projector, for the room: while scoring, only how
//! far it has got and whose turn it is (never a score); once revealed, each
//! stakeholder's spread large, the wide ones flagged, the settled ones marked.

use leptos::prelude::*;

use super::assess::spread_chart::SpreadChart;
use super::assess::spread_card::{settled_words, stats_line, SpreadView};
use super::assess::reveal::spread_views;
use super::ctx::use_map;
use crate::model::ids::StakeholderId;
use crate::model::stakeholder::{Settled, Spread, Stats};

/// Where the session stands, without a single score before the reveal.
#[derive(Clone, PartialEq, Default)]
struct Scoring {
    day: String,
    entered: usize,
    expected: usize,
    turn: Option<String>,
    revealed: bool,
}

/// The assessment, large.
#[component]
pub fn AssessProjector() -> impl IntoView {
    let ctx = use_map();
    let scoring = ctx.read(|m| {
        m.current_assessment().map(|a| {
            let (entered, expected) = a.progress();
            let turn = a.resumed_turn().and_then(|p| a.participant(p)).map(|p| p.name.clone());
            Scoring { day: a.day.text(), entered, expected, turn, revealed: a.revealed }
        })
    });
    let revealed = move || scoring.with(|s| s.as_ref().is_some_and(|s| s.revealed));
    // Read only once revealed, so no score reaches this screen before.
    let cards = ctx.read(|m| if m.current_assessment().is_some_and(|a| a.revealed) { spread_views(m) } else { Vec::new() });
    view! {
        <div class="assess-projector" data-testid="assess-projector">
            {move || match scoring.get() {
                None => view! { <p class="ap-line">"No assessment yet."</p> }.into_any(),
                Some(s) if !s.revealed => view! {
                    <div class="ap-scoring" data-testid="assess-projector-progress">
                        <h2>{format!("Assessing together ({})", s.day)}</h2>
                        <p class="ap-big">{format!("{} of {} scored", s.entered, s.expected)}</p>
                        <p class="ap-line">{match s.turn { Some(who) => format!("{who}’s turn."), None => "Everyone has scored.".to_string() }}</p>
                        <p class="ap-line">"The scores stay hidden until they are revealed."</p>
                    </div>
                }.into_any(),
                Some(_) => ().into_any(),
            }}
            <Show when=revealed>
                <div class="ap-cards" data-testid="assess-projector-reveal">
                    {move || cards.get().into_iter().map(|(id, view)| view! { <ProjectedSpread id view /> }).collect_view()}
                </div>
            </Show>
        </div>
    }
}

#[component]
fn ProjectedSpread(id: StakeholderId, view: SpreadView) -> impl IntoView {
    let SpreadView { name, spread, settled, .. } = view;
    let wide = spread.as_ref().is_some_and(Spread::wide);
    // Two short lines each, so they fit beside the chart.
    let spread_figures = spread.as_ref().map(|s| (figures("Power", s.power), figures("Interest", s.interest)));
    view! {
        <article class="ap-card" class:wide=wide data-testid="assess-projector-card" data-stakeholder=id.to_string()>
            <h3>{name.clone()}</h3>
            <div class="ap-body">
                {spread.map(|spread| {
                    let summary = format!("{} scores for {name}. {}. {}.", spread.scores.len(), stats_line("Power", spread.power), stats_line("Interest", spread.interest));
                    view! { <SpreadChart spread settled=settled.as_ref().map(Settled::position) summary /> }
                })}
                <div class="ap-text">
                    {wide.then(|| view! { <p class="ap-flag">"⚑ A conversation to have"</p> })}
                    {match spread_figures {
                        None => view! { <p>"Not scored."</p> }.into_any(),
                        Some((power, interest)) => view! { <p class="ap-stats">{power}</p><p class="ap-stats">{interest}</p> }.into_any(),
                    }}
                    {settled.as_ref().map(|s| view! { <p class="ap-settled">{settled_words(s)}</p> })}
                </div>
            </div>
        </article>
    }
}

/// "Power" over "3–5 · median 5" (or "all 4").
fn figures(axis: &str, s: Stats) -> impl IntoView {
    let range = if s.min == s.max { format!("all {}", s.min.get()) } else { format!("{}–{} · median {}", s.min.get(), s.max.get(), s.median.get()) };
    view! { <span class="ap-axis">{axis.to_string()}</span><br />{range} }
}
