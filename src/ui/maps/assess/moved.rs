//! How views moved: per stakeholder, what each revealed session said (the
//! medians, a wide spread, where the room settled them) and its day, oldest
//! first. A session not revealed says nothing here: its scores stay hidden.

use leptos::prelude::*;

use super::spread_card::position_words;
use crate::model::stakeholder::assessment::views_over_time;
use crate::model::stakeholder::{Position, StakeholderMap};
use crate::model::time::Day;
use crate::ui::maps::ctx::use_map;

/// One session's view of one stakeholder.
#[derive(Clone, PartialEq)]
struct Step {
    day: Day,
    median: Position,
    wide: bool,
    settled: Option<Position>,
}

fn moved(m: &StakeholderMap) -> Vec<(String, Vec<Step>)> {
    m.stakeholders
        .iter()
        .filter_map(|s| {
            let steps: Vec<Step> = views_over_time(m, &s.id)
                .into_iter()
                .filter(|v| m.assessments.iter().any(|a| a.id == v.assessment_id && a.revealed))
                .map(|v| Step { day: v.day, median: v.spread.median(), wide: v.spread.wide(), settled: v.settled })
                .collect();
            (!steps.is_empty()).then(|| (s.name.clone(), steps))
        })
        .collect()
}

fn step_words(s: &Step) -> String {
    let settled = match s.settled {
        Some(p) if p == s.median => ", settled there".to_string(),
        Some(p) => format!(", settled at {}", position_words(p)),
        None => String::new(),
    };
    format!("{}: median {}{}{settled}", s.day.text(), position_words(s.median), if s.wide { " (wide spread)" } else { "" })
}

/// The list, when some session was revealed.
#[component]
pub fn ViewsMoved() -> impl IntoView {
    let ctx = use_map();
    let rows = ctx.read(moved);
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            <section class="views-moved" data-testid="assess-moved" aria-labelledby="views-moved-title">
                <h2 id="views-moved-title">"How views moved"</h2>
                <ul class="moved-list">
                    {move || rows.get().into_iter().map(|(name, steps)| view! {
                        <li data-testid="assess-moved-row">
                            <strong>{name}</strong>": "
                            <ol class="moved-steps">
                                {steps.iter().enumerate().map(|(k, s)| view! { <li>{if k > 0 { " → " } else { "" }}{step_words(s)}</li> }).collect_view()}
                            </ol>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
