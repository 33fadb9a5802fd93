//! The power/interest grid, drawn in SVG: drag or arrow keys to place a
//! stakeholder, the quadrant's strategy, attitude by shape and colour,
//! labels that never overlap (`labels`), changes since a day, a stakeholder's
//! history beside it, a table twin, SVG export and the way into projector mode.

pub mod details;
mod drag;
mod export;
mod keys;
pub mod legend;
pub mod labels;
pub mod plot;
mod shapes;
pub mod state;
pub mod svg;
mod twin;

use leptos::html::Div;
use leptos::prelude::*;

use super::ctx::use_map;
use crate::model::time::Day;
use crate::ui::common::projecting::request_full_screen;
use crate::ui::route::{MapView, Route};
use details::GridDetails;
use state::{GridState, Theme};
use legend::GridLegend;
use svg::GridSvg;
use twin::GridTwin;

/// The grid's height for a width: wide and low like a screen, never too flat
/// to read, and short enough to be seen whole in the window.
fn height_for(width: f64) -> f64 {
    let window = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(800.0);
    (width * 0.62).min(window - 24.0).clamp(380.0, 640.0)
}

/// The grid view of a map.
#[component]
pub fn GridView() -> impl IntoView {
    let ctx = use_map();
    let state = GridState::new(ctx, Theme::Page, (900.0, 560.0));
    let frame = NodeRef::<Div>::new();
    let measure = move || {
        if let Some(el) = frame.get_untracked() {
            let width = f64::from(el.client_width()).max(320.0);
            state.size.set((width, height_for(width)));
        }
    };
    Effect::new(move |_| {
        if frame.get().is_some() {
            request_animation_frame(measure);
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let count = ctx.read(|m| m.stakeholders.len());
    view! {
        <div class="map-grid-view" data-testid="map-grid-view">
            <GridBar state />
            <Show when=move || count.get() == 0>
                <p class="muted" data-testid="grid-empty">"No stakeholders yet: add them in the register, and they appear here in the middle."</p>
            </Show>
            <div class="map-grid-main">
                <div class="map-grid-frame" node_ref=frame>
                    <GridSvg state highlight=Signal::derive(|| None) editable=true />
                </div>
                <GridDetails state />
            </div>
            <GridLegend theme=Theme::Page />
            <div class="visually-hidden" aria-live="polite" data-testid="grid-live">{move || state.announce.get()}</div>
            <GridTwin state />
        </div>
    }
}

/// Above the grid: "changes since", Export SVG, Projector mode.
#[component]
fn GridBar(state: GridState) -> impl IntoView {
    let ctx = state.ctx;
    let changes = move || {
        let since = state.since.get()?;
        let changes = ctx.with(|m| crate::model::stakeholder::grid::changes_since(m, since)).unwrap_or_default();
        let first = changes.iter().filter(|c| c.from.is_none()).count();
        let moved = changes.len() - first;
        let mut said = match moved {
            0 => format!("Nobody moved since {since}"),
            1 => format!("1 stakeholder moved since {since} (the arrow goes from where they stood to where they stand)"),
            n => format!("{n} stakeholders moved since {since} (each arrow goes from where they stood to where they stand)"),
        };
        if first > 0 {
            said.push_str(&format!("; {first} placed for the first time since then"));
        }
        Some(said + ".")
    };
    let title = ctx.read(|m| m.title.clone());
    let projector = move |_| {
        request_full_screen();
        Route::Map { id: ctx.id(), view: MapView::Projector }.go();
    };
    view! {
        <div class="grid-bar">
            <label class="grid-since">"Changes since "
                <input type="date" data-testid="grid-since" prop:value=move || state.since.get().map(|d| d.text()).unwrap_or_default()
                    on:change:target=move |ev| state.since.set(Day::parse(&ev.target().value())) />
            </label>
            <button type="button" data-testid="grid-since-clear" disabled=move || state.since.get().is_none() on:click=move |_| state.since.set(None)>"No arrows"</button>
            <span class="grid-bar-gap"></span>
            <button type="button" data-testid="grid-export-svg" on:click=move |_| export::export_svg("[data-testid=\"map-grid-view\"]", &title.get_untracked())>"Export SVG"</button>
            <button type="button" class="primary" data-testid="grid-projector" on:click=projector>"Projector mode"</button>
        </div>
        <p class="grid-changes muted" data-testid="grid-changes" aria-live="polite">{changes}</p>
    }
}
