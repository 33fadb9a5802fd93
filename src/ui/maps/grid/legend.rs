//! The grid's legend: each attitude's shape and colour, and what "*" means.

use leptos::prelude::*;

use super::shapes::{marker, shape_name};
use super::state::Theme;
use crate::model::keyed::Keyed;
use crate::model::stakeholder::Attitude;

/// The legend: each attitude's shape and colour, and what "*" means.
#[component]
pub fn GridLegend(theme: Theme) -> impl IntoView {
    let items = Attitude::ALL.iter().map(|&a| {
        view! {
            <li data-testid="grid-legend-item">
                <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">{marker(a, theme, 11.0, 11.0, 7.0)}</svg>
                <span>{a.label()}</span>
                <span class="visually-hidden">{format!(" ({})", shape_name(a))}</span>
            </li>
        }
    });
    view! {
        <ul class="grid-legend" data-testid="grid-legend" aria-label="Attitude: shape and colour">
            {items.collect_view()}
            <li><span class="grid-legend-star" aria-hidden="true">"*"</span>" strategy set by hand"</li>
        </ul>
    }
}
