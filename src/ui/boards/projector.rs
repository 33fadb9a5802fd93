//! Projector mode: full screen, editing chrome hidden, large high-contrast
//! type, driven from a keyboard or a presentation clicker: arrows and Page
//! Up/Down step through areas and groups, F focuses one area, W fits the
//! whole board on screen, K shows the ranking, T starts or pauses the timer,
//! R reveals, Esc leaves (leaving full screen leaves too). The strip at the
//! top keeps the title, where the vote stands and the timer in sight.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ctx::{use_board, BoardCtx};
use super::projector_area::ProjectorArea;
use super::projector_fit::{measure_fit, Fit};
use super::projector_ranking::ProjectorRanking;
use super::projector_strip::ProjectorStrip;
use super::timer::{start_or_pause, ticking_clock};
use super::voting::follow_the_round;
use crate::model::board::edit::BoardEdit;
use crate::model::board::queries::projector_stops;
use crate::model::board::voting::VotingEdit;
use crate::ui::common::projecting::{exit_full_screen, request_full_screen, while_projecting};
use crate::ui::route::{BoardView, Route};

/// Goes full screen (this needs the click that calls it) and opens projector mode.
pub fn enter_projector(ctx: BoardCtx) {
    request_full_screen();
    Route::Board { id: ctx.id(), view: BoardView::Projector }.go();
}

/// Back to the editor, out of full screen.
fn leave(ctx: BoardCtx) {
    exit_full_screen();
    Route::Board { id: ctx.id(), view: BoardView::Editor }.go();
}

/// Scrolls the current group (or, without one, the current area) just into
/// view: no further than needed, so the room keeps its bearings; one taller
/// than the room between the strip and the legend shows its start.
fn show_current() {
    let height = |selector| document().query_selector(selector).ok().flatten().map_or(0, |e| e.client_height());
    let (strip, legend) = (height(".projector-top"), height(".projector-legend"));
    // The strip and the legend change height (a long title, a second line of
    // keys): the scroll margins that keep the current group clear of them are
    // their heights now, not a guess.
    if let Some(projector) = document().query_selector(".projector").ok().flatten() {
        let _ = projector.set_attribute("style", &format!("--strip-height:{strip}px;--legend-height:{legend}px"));
    }
    let room = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0) - f64::from(strip + legend);
    // An area taller than the room between them takes a whole row, its notes
    // in columns, so stepping to it shows all of it (or, past that, its start).
    if let Ok(areas) = document().query_selector_all(".projector-area:not(.tall):not(.overtall)") {
        let over: Vec<web_sys::Element> = (0..areas.length())
            .filter_map(|i| areas.item(i)?.dyn_into::<web_sys::Element>().ok())
            .filter(|a| a.get_bounding_client_rect().height() > room)
            .collect();
        for area in over {
            let _ = area.class_list().add_1("overtall");
        }
    }
    let current = document().query_selector(".projector-cluster.current").ok().flatten();
    let current = current.or_else(|| document().query_selector(".projector-area.current").ok().flatten());
    if let Some(element) = current {
        let tall = element.get_bounding_client_rect().height() > room;
        let options = web_sys::ScrollIntoViewOptions::new();
        // "Nearest" would show the end of a tall area stepped back to.
        options.set_block(if tall { web_sys::ScrollLogicalPosition::Start } else { web_sys::ScrollLogicalPosition::Nearest });
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// What the screen shows besides the board stepped through.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Board,
    /// The whole board at once, scaled down (W).
    Fit(Option<Fit>),
    /// The ranking in place of the board (K).
    Ranking,
}

/// The board as the room sees it.
#[component]
pub fn ProjectorView() -> impl IntoView {
    let ctx = use_board();
    let (now, timer) = ticking_clock(ctx);
    follow_the_round(ctx);
    let stops = ctx.read(projector_stops);
    let stop = RwSignal::new(0usize);
    let focused = RwSignal::new(false);
    let mode = RwSignal::new(Mode::Board);
    let current = Signal::derive(move || stops.with(|s| s.get(stop.get()).cloned()));
    // Whatever the clicker is on comes into view, below the strip and above
    // the legend (their heights are the scroll margins).
    Effect::new(move |_| {
        // Back from the ranking or Fit, too: the current stop comes back into view.
        let _ = (current.get(), focused.get(), std::mem::discriminant(&mode.get()));
        request_animation_frame(show_current);
    });
    // Fitted, the board is measured again whenever its shape may change: the
    // focus, the window's size, notes and groups, texts or votes shown.
    let shape = ctx.read(|b| (b.notes.len(), b.clusters.len(), b.texts_hidden, b.voting.as_ref().map(|v| v.results_revealed)));
    let refit = move || {
        if matches!(mode.get_untracked(), Mode::Fit(_)) {
            request_animation_frame(move || mode.set(Mode::Fit(measure_fit())));
        }
    };
    Effect::new(move |_| {
        let _ = (focused.get(), shape.get());
        refit();
    });
    let toggle = move |wanted: Mode| {
        let on = std::mem::discriminant(&mode.get_untracked()) == std::mem::discriminant(&wanted);
        mode.set(if on { Mode::Board } else { wanted });
        if !on && matches!(wanted, Mode::Fit(_)) {
            if let Some(p) = document().query_selector(".projector").ok().flatten() {
                p.set_scroll_top(0);
            }
            refit();
        }
    };
    let step = move |delta: isize| {
        let len = stops.with_untracked(Vec::len);
        if len > 0 {
            stop.update(|s| *s = s.saturating_add_signed(delta).min(len - 1));
        }
    };
    let reveal = move || {
        let (hidden, voting) = ctx.with_untracked(|b| (b.texts_hidden, b.voting.as_ref().map(|v| v.results_revealed))).unwrap_or((false, None));
        if hidden {
            ctx.run_or_toast(BoardEdit::TextsHidden(false));
        } else if voting == Some(false) {
            ctx.run_or_toast(VotingEdit::Reveal(true));
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " => step(1),
            "ArrowLeft" | "ArrowUp" | "PageUp" => step(-1),
            "f" | "F" | "Enter" => focused.update(|f| *f = !*f),
            "w" | "W" => toggle(Mode::Fit(None)),
            "k" | "K" => toggle(Mode::Ranking),
            "t" | "T" => start_or_pause(ctx, timer.get_untracked()),
            "r" | "R" => reveal(),
            "Escape" => leave(ctx),
            _ => return,
        }
        ev.prevent_default();
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| refit());
    ctx.state.toasts.clear_messages();
    while_projecting(move || leave(ctx));
    on_cleanup(move || {
        keys.remove();
        resize.remove();
    });
    let fit = move || match mode.get() {
        Mode::Fit(fit) => fit,
        _ => None,
    };
    let columns = ctx.read(|b| b.columns);
    let notes_per_area = ctx.read(|b| b.areas.iter().map(|a| b.notes_in_area(&a.id).count()).collect::<Vec<_>>());
    let grid_style = move || {
        let fitted = matches!(mode.get(), Mode::Fit(_));
        let columns = match (columns.get(), fitted) {
            // Fitted (and while Fit measures), areas in one row share the width by how
            // many notes they hold, so a long lane flows into columns of its own, beside the others.
            (n, true) if n == 0 || notes_per_area.with(Vec::len) <= n as usize => fitted_columns(&notes_per_area.get()),
            (0, _) => "grid-template-columns: repeat(auto-fit, minmax(300px, 1fr))".to_string(),
            (n, _) => format!("grid-template-columns: repeat({n}, minmax(0, 1fr))"),
        };
        columns + &fit().map(Fit::grid_style).unwrap_or_default()
    };
    let note = Signal::derive(move || fit().filter(|f| !f.readable).map(|_| "Too many notes to fit readably"));
    let areas = ctx.read(|b| b.areas.iter().map(|a| a.id.clone()).collect::<Vec<_>>());
    view! {
        <section class="projector" class:focused=move || focused.get() class:fitted=move || matches!(mode.get(), Mode::Fit(_))
            data-testid="projector" aria-label="Projector mode">
            <ProjectorStrip now timer note />
            <Show when=move || mode.get() == Mode::Ranking>
                <ProjectorRanking />
            </Show>
            <div class="projector-frame" hidden=move || mode.get() == Mode::Ranking style=move || fit().map(Fit::frame_style)>
                <div class="projector-grid" style=grid_style data-testid="projector-grid">
                    <For each=move || areas.get() key=|a| a.clone() let:area_id>
                        <ProjectorArea area_id current />
                    </For>
                </div>
            </div>
            <ProjectorLegend mode toggle=Callback::new(toggle) leave=Callback::new(move |()| leave(ctx)) />
        </section>
    }
}

/// Columns for areas side by side, each as wide as its share of the notes
/// (at least one note's width).
fn fitted_columns(notes_per_area: &[usize]) -> String {
    let each: Vec<String> = notes_per_area.iter().map(|n| format!("minmax(220px, {}fr)", (*n).max(1))).collect();
    format!("grid-template-columns: {}", each.join(" "))
}

/// The keys, always in sight; Fit and Ranking are also buttons.
#[component]
fn ProjectorLegend(mode: RwSignal<Mode>, toggle: Callback<Mode>, leave: Callback<()>) -> impl IntoView {
    let fitted = move || matches!(mode.get(), Mode::Fit(_)).to_string();
    let ranking = move || (mode.get() == Mode::Ranking).to_string();
    view! {
        <footer class="projector-legend" data-testid="projector-legend">
            // Fitted, the board needs every line of the screen: keys for stepping wait until it is back.
            <span class="legend-stepping"><kbd>"←"</kbd>" "<kbd>"→"</kbd>" "<kbd>"PgUp"</kbd>" "<kbd>"PgDn"</kbd>" step"</span>
            <span class="legend-stepping"><kbd>"F"</kbd>" focus area"</span>
            <button type="button" data-testid="projector-fit" aria-keyshortcuts="W" aria-pressed=fitted
                on:click=move |_| toggle.run(Mode::Fit(None))><kbd>"W"</kbd>" fit"</button>
            <button type="button" data-testid="projector-show-ranking" aria-keyshortcuts="K" aria-pressed=ranking
                on:click=move |_| toggle.run(Mode::Ranking)><kbd>"K"</kbd>" ranking"</button>
            <span><kbd>"T"</kbd>" timer"</span>
            <span><kbd>"R"</kbd>" reveal"</span>
            <span><kbd>"Esc"</kbd>" leave"</span>
            <button type="button" data-testid="projector-fullscreen" on:click=move |_| request_full_screen()>"Full screen"</button>
            <button type="button" data-testid="projector-leave" title="Leave projector mode" on:click=move |_| leave.run(())>"Leave"</button>
        </footer>
    }
}
