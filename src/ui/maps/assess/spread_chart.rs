//! One stakeholder's spread drawn small: a 5 × 5 power and interest grid,
//! each score a dot (several on one cell side by side), the medians as a
//! ring and the settled position as a square. Shared with projector mode.

use leptos::prelude::*;

use crate::model::stakeholder::{Position, Spread};

const CELL: f64 = 32.0;
const LEFT: f64 = 36.0;
const TOP: f64 = 6.0;

fn centre(p: Position) -> (f64, f64) {
    let x = LEFT + (f64::from(p.interest.get()) - 0.5) * CELL;
    let y = TOP + (5.5 - f64::from(p.power.get())) * CELL;
    (x, y)
}

/// Where the `k`th of `n` dots on one cell goes, so none hides another.
fn offset(k: usize, n: usize) -> (f64, f64) {
    if n <= 1 {
        return (0.0, 0.0);
    }
    let angle = std::f64::consts::TAU * k as f64 / n as f64;
    let r = if n <= 4 { 7.0 } else { 10.0 };
    (r * angle.cos(), r * angle.sin())
}

/// The chart; `summary` is what a screen reader hears for it.
#[component]
pub fn SpreadChart(spread: Spread, settled: Option<Position>, summary: String) -> impl IntoView {
    let mut dots = Vec::with_capacity(spread.scores.len());
    for (i, (_, p)) in spread.scores.iter().enumerate() {
        let same: Vec<usize> = spread.scores.iter().enumerate().filter(|(_, (_, q))| q == p).map(|(j, _)| j).collect();
        let k = same.iter().position(|j| *j == i).unwrap_or(0);
        let ((x, y), (dx, dy)) = (centre(*p), offset(k, same.len()));
        dots.push(view! { <circle class="spread-dot" cx=x + dx cy=y + dy r="5" /> });
    }
    let (mx, my) = centre(spread.median());
    let span = 5.0 * CELL;
    let high = TOP + 2.0 * CELL;
    let mid_x = LEFT + 3.0 * CELL;
    view! {
        <svg class="spread-chart" viewBox=format!("0 0 {} {}", LEFT + span + 6.0, TOP + span + 34.0) role="img" aria-label=summary data-testid="assess-chart">
            <rect class="spread-frame" x=LEFT y=TOP width=span height=span />
            // Quadrant lines: 4 and 5 are high.
            <line class="spread-high" x1=LEFT y1=high x2=LEFT + span y2=high />
            <line class="spread-high" x1=mid_x y1=TOP x2=mid_x y2=TOP + span />
            {(1..=5u8).map(|n| {
                let at = (f64::from(n) - 0.5) * CELL;
                view! {
                    <text class="spread-tick" x=LEFT + at y=TOP + span + 13.0 text-anchor="middle">{n}</text>
                    <text class="spread-tick" x=LEFT - 8.0 y=TOP + span - at + 4.0 text-anchor="middle">{n}</text>
                }
            }).collect_view()}
            <text class="spread-axis" transform="rotate(-90)" x=-(TOP + span / 2.0) y="11" text-anchor="middle">"Power →"</text>
            <text class="spread-axis" x=LEFT + span / 2.0 y=TOP + span + 29.0 text-anchor="middle">"Interest →"</text>
            {settled.map(|p| {
                let (x, y) = centre(p);
                view! { <rect class="spread-settled" x=x - 15.5 y=y - 15.5 width="31" height="31" rx="3" /> }
            })}
            <circle class="spread-median" cx=mx cy=my r="14" />
            {dots}
        </svg>
    }
}
