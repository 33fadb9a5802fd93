//! Beside the grid: the selected stakeholder's place, strategy and dated
//! history of placements, or the list of a crowded cell.

use leptos::prelude::*;

use super::state::GridState;
use crate::model::keyed::Keyed;
use crate::model::stakeholder::Placement;

/// The panel beside the grid.
#[component]
pub fn GridDetails(state: GridState) -> impl IntoView {
    view! {
        <aside class="grid-details" data-testid="grid-details" aria-label="Details">
            {move || match (state.crowd_open.get(), state.selected.get()) {
                (Some(cell), _) => crowd(state, cell).into_any(),
                (None, Some(_)) => view! { <StakeholderHistory state /> }.into_any(),
                (None, None) => view! { <p class="muted">"Select a stakeholder on the grid (click, or Enter on a focused one) to see where they stood before. Drag one, or move a focused one with the arrow keys."</p> }.into_any(),
            }}
        </aside>
    }
}

/// Everyone on one cell, to pick from.
fn crowd(state: GridState, (power, interest): (u8, u8)) -> impl IntoView {
    let names = state.dots.with(|dots| dots.iter().filter(|d| d.power == power && d.interest == interest).cloned().collect::<Vec<_>>());
    view! {
        <h3>{format!("Power {power}, interest {interest}: {} stakeholders", names.len())}</h3>
        <ul class="grid-crowd-list" data-testid="grid-crowd-list">
            {names.into_iter().map(|d| {
                let id = d.id.clone();
                view! { <li><button type="button" class="link" on:click=move |_| { state.crowd_open.set(None); state.selected.set(Some(id.clone())); }>{d.name.clone()}</button></li> }
            }).collect_view()}
        </ul>
        <button type="button" on:click=move |_| state.crowd_open.set(None)>"Close"</button>
    }
}

/// The selected stakeholder: where and how engaged, and each placement, newest first.
#[component]
fn StakeholderHistory(state: GridState) -> impl IntoView {
    let found = move || {
        let id = state.selected.get()?;
        state.ctx.with(|m| m.stakeholder(&id).map(|s| (s.name.clone(), s.quadrant(), s.strategy(), s.attitude, s.power.get(), s.interest.get(), s.placements.clone()))).flatten()
    };
    move || {
        let Some((name, quadrant, strategy, attitude, power, interest, placements)) = found() else {
            return view! { <p class="muted">"This stakeholder is no longer on the map."</p> }.into_any();
        };
        let strategy_text = if strategy.overridden {
            format!("{} * (set by hand; the quadrant says {})", strategy.strategy.label(), strategy.from_quadrant.label().to_lowercase())
        } else {
            strategy.strategy.label().to_string()
        };
        view! {
            <h3 data-testid="grid-details-name">{name}</h3>
            <dl class="grid-details-facts">
                <dt>"Position"</dt><dd data-testid="grid-details-position">{format!("Power {power}, interest {interest}")}</dd>
                <dt>"Quadrant"</dt><dd>{quadrant.label()}</dd>
                <dt>"Strategy"</dt><dd data-testid="grid-details-strategy">{strategy_text}</dd>
                <dt>"Attitude"</dt><dd>{attitude.label()}</dd>
            </dl>
            <h4>"History"</h4>
            {if placements.is_empty() {
                view! { <p class="muted" data-testid="grid-history-empty">"No placements recorded yet."</p> }.into_any()
            } else {
                view! { <ol class="grid-history" data-testid="grid-history" reversed>{placements.iter().rev().map(placement).collect_view()}</ol> }.into_any()
            }}
            <button type="button" on:click=move |_| state.selected.set(None)>"Close"</button>
        }
        .into_any()
    }
}

fn placement(p: &Placement) -> impl IntoView {
    let by = if p.by.is_empty() { String::new() } else { format!(", by {}", p.by) };
    view! {
        <li data-testid="grid-history-entry">
            <time datetime=p.day.text()>{p.day.text()}</time>
            {format!(": power {}, interest {} ({}{by})", p.power.get(), p.interest.get(), p.how.key().replace('_', " "))}
        </li>
    }
}
