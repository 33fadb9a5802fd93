//! The grid's text twin: one row per stakeholder (name, quadrant, attitude,
//! strategy with an override marked, power, interest, last move), for
//! screen readers and for anyone who reads a table faster than a picture.

use leptos::prelude::*;

use super::state::GridState;
use crate::model::stakeholder::Quadrant;

/// The table beside the grid.
#[component]
pub fn GridTwin(state: GridState) -> impl IntoView {
    let rows = state.ctx.read(|m| {
        let mut rows: Vec<_> = m
            .stakeholders
            .iter()
            .map(|s| (s.quadrant(), s.name.clone(), s.attitude, s.strategy(), s.power.get(), s.interest.get(), s.last_moved()))
            .collect();
        rows.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.to_lowercase().cmp(&b.1.to_lowercase())));
        rows
    });
    view! {
        <table class="grid-twin" data-testid="grid-twin">
            <caption>"The grid as a table, by quadrant"</caption>
            <thead><tr>
                <th scope="col">"Name"</th><th scope="col">"Quadrant"</th><th scope="col">"Attitude"</th><th scope="col">"Strategy"</th>
                <th scope="col">"Power"</th><th scope="col">"Interest"</th><th scope="col">"Last move"</th>
            </tr></thead>
            <tbody>
                {move || rows.get().into_iter().map(|(quadrant, name, attitude, strategy, power, interest, moved)| {
                    let strategy_cell = if strategy.overridden {
                        view! { {strategy.strategy.label()}" "<abbr title=format!("Set by hand; the quadrant says {}", strategy.from_quadrant.label().to_lowercase())>"*"</abbr>
                            <span class="visually-hidden">{format!(" (set by hand; the quadrant says {})", strategy.from_quadrant.label().to_lowercase())}</span> }.into_any()
                    } else {
                        view! { {strategy.strategy.label()} }.into_any()
                    };
                    view! {
                        <tr data-testid="grid-twin-row">
                            <th scope="row">{name}</th>
                            <td data-testid="grid-twin-quadrant">{quadrant_name(quadrant)}</td>
                            <td>{attitude.label()}</td>
                            <td data-testid="grid-twin-strategy">{strategy_cell}</td>
                            <td data-testid="grid-twin-power">{power}</td>
                            <td data-testid="grid-twin-interest">{interest}</td>
                            <td>{moved.map(|d| d.text()).unwrap_or_else(|| "—".into())}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// A quadrant as the table names it.
fn quadrant_name(q: Quadrant) -> &'static str {
    q.label()
}
