//! Projector mode for the grid and the assessment: the grid full screen,
//! labels 24 px or more, white and yellow on black (AAA), driven by clicker
//! keys: arrows, Page Up/Down and Space step through the quadrants and the
//! stakeholders in each (the current one lit), A switches to the assessment
//! and back, Esc leaves (leaving full screen leaves too).

use leptos::html::Div;
use leptos::prelude::*;

use super::assess_projector::AssessProjector;
use super::ctx::{use_map, MapCtx};
use super::grid::details::GridDetails;
use super::grid::state::{GridState, Theme};
use super::grid::legend::GridLegend;
use super::grid::svg::{GridSvg, Highlight};
use crate::model::stakeholder::Quadrant;
use crate::ui::common::projecting::{exit_full_screen, while_projecting};
use crate::ui::route::{MapView, Route};

/// Back to the grid, out of full screen.
fn leave(ctx: MapCtx) {
    exit_full_screen();
    Route::Map { id: ctx.id(), view: MapView::Grid }.go();
}

/// The map as the room sees it.
#[component]
pub fn MapProjector() -> impl IntoView {
    let ctx = use_map();
    let state = GridState::new(ctx, Theme::Projector, (1200.0, 600.0));
    let assessing = RwSignal::new(false);
    // Each quadrant, then the stakeholders in it, in the order the room reads.
    let stops = Memo::new(move |_| {
        state.dots.with(|dots| {
            Quadrant::ALL
                .iter()
                .flat_map(|&q| std::iter::once(Highlight::Quadrant(q)).chain(dots.iter().filter(move |d| d.quadrant == q).map(|d| Highlight::Stakeholder(d.id.clone()))))
                .collect::<Vec<_>>()
        })
    });
    let stop = RwSignal::new(None::<usize>);
    let current = Signal::derive(move || stop.get().and_then(|n| stops.with(|s| s.get(n).cloned())));
    let step = move |delta: isize| {
        let len = stops.with_untracked(Vec::len);
        if len > 0 {
            stop.update(|s| *s = Some(s.map_or(if delta > 0 { 0 } else { len - 1 }, |n| n.saturating_add_signed(delta).min(len - 1))));
        }
    };
    let frame = NodeRef::<Div>::new();
    let measure = move || {
        if let Some(el) = frame.get_untracked() {
            state.size.set((f64::from(el.client_width()).max(320.0), f64::from(el.client_height()).max(240.0)));
        }
    };
    Effect::new(move |_| {
        if frame.get().is_some() && !assessing.get() {
            request_animation_frame(measure);
        }
    });
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " if !assessing.get_untracked() => step(1),
            "ArrowLeft" | "ArrowUp" | "PageUp" if !assessing.get_untracked() => step(-1),
            "a" | "A" => assessing.update(|a| *a = !*a),
            "Escape" => leave(ctx),
            _ => return,
        }
        ev.prevent_default();
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    while_projecting(move || leave(ctx));
    on_cleanup(move || {
        keys.remove();
        resize.remove();
    });
    let title = ctx.read(|m| m.title.clone());
    let said = move || match current.get() {
        None => "→ or Page Down steps through the quadrants and the stakeholders in each.".to_string(),
        Some(Highlight::Quadrant(q)) => {
            let n = state.dots.with(|d| d.iter().filter(|d| d.quadrant == q).count());
            format!("{} ({}): {n} {}", q.strategy().label(), q.label().to_lowercase(), if n == 1 { "stakeholder" } else { "stakeholders" })
        }
        Some(Highlight::Stakeholder(id)) => state.dot(&id).map(|d| format!("{}, {}", d.said(), d.attitude.label().to_lowercase())).unwrap_or_default(),
    };
    view! {
        <section class="map-projector" data-testid="map-projector" aria-label="Projector mode">
            <header class="map-projector-top">
                <h1>{move || title.get()}</h1>
                <p class="map-projector-current" data-testid="map-projector-current" aria-live="polite">{said}</p>
            </header>
            <Show when=move || assessing.get() fallback=move || view! {
                <div class="map-projector-frame" node_ref=frame>
                    <GridSvg state highlight=current editable=false />
                </div>
            }>
                <div class="map-projector-assess" data-testid="map-projector-assess"><AssessProjector /></div>
            </Show>
            // A crowded cell's "+N" lists who is in it.
            <Show when=move || state.crowd_open.get().is_some()>
                <GridDetails state />
            </Show>
            <footer class="map-projector-legend" data-testid="map-projector-legend">
                <GridLegend theme=Theme::Projector />
                <span><kbd>"←"</kbd>" "<kbd>"→"</kbd>" step"</span>
                <button type="button" data-testid="map-projector-assess-toggle" aria-keyshortcuts="A" aria-pressed=move || assessing.get().to_string()
                    on:click=move |_| assessing.update(|a| *a = !*a)><kbd>"A"</kbd>" assessment"</button>
                <button type="button" data-testid="map-projector-leave" aria-keyshortcuts="Escape" on:click=move |_| leave(ctx)><kbd>"Esc"</kbd>" leave"</button>
            </footer>
        </section>
    }
}
