//! Projector mode: full screen, editing chrome hidden, large high-contrast
//! type, driven from a keyboard or a presentation clicker: arrows and Page
//! Up/Down step through areas and groups, F focuses one area, T starts or
//! pauses the timer, R reveals, Esc leaves (leaving full screen leaves too).

use leptos::prelude::*;

use super::ctx::{use_board, BoardCtx};
use super::projector_area::ProjectorArea;
use super::timer::{start_or_pause, ticking_clock};
use crate::model::board::edit::BoardEdit;
use crate::model::board::queries::projector_stops;
use crate::model::board::voting::VotingEdit;
use crate::model::board::Timer;
use crate::ui::route::{BoardView, Route};

/// Goes full screen (this needs the click that calls it) and opens projector mode.
pub fn enter_projector(ctx: BoardCtx) {
    if let Some(root) = document().document_element() {
        let _ = root.request_fullscreen();
    }
    Route::Board { id: ctx.id(), view: BoardView::Projector }.go();
}

/// Back to the editor, out of full screen.
fn leave(ctx: BoardCtx) {
    if document().fullscreen_element().is_some() {
        document().exit_fullscreen();
    }
    Route::Board { id: ctx.id(), view: BoardView::Editor }.go();
}

/// Scrolls the current group (or, without one, the current area) just into
/// view: no further than needed, so the room keeps its bearings.
fn show_current() {
    let current = document().query_selector(".projector-cluster.current").ok().flatten();
    let current = current.or_else(|| document().query_selector(".projector-area.current").ok().flatten());
    if let Some(element) = current {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// The board as the room sees it.
#[component]
pub fn ProjectorView() -> impl IntoView {
    let ctx = use_board();
    let (now, timer) = ticking_clock(ctx);
    let title = ctx.read(|b| b.title.clone());
    let stops = ctx.read(projector_stops);
    let stop = RwSignal::new(0usize);
    let focused = RwSignal::new(false);
    let current = Signal::derive(move || stops.with(|s| s.get(stop.get()).cloned()));
    // Whatever the clicker is on comes into view, below the title and timer
    // and above the legend (their heights are the CSS scroll margins).
    Effect::new(move |_| {
        let _ = (current.get(), focused.get());
        request_animation_frame(show_current);
    });
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
            "t" | "T" => start_or_pause(ctx, timer.get_untracked()),
            "r" | "R" => reveal(),
            "Escape" => leave(ctx),
            _ => return,
        }
        ev.prevent_default();
    });
    // Leaving full screen (the browser's own Esc) leaves projector mode too.
    let fullscreen = window_event_listener_untyped("fullscreenchange", move |_| {
        if document().fullscreen_element().is_none() {
            leave(ctx);
        }
    });
    // The app's header and banners leave the screen (and the accessibility tree) meanwhile.
    let body = document().body();
    if let Some(body) = &body {
        let _ = body.class_list().add_1("projecting");
    }
    on_cleanup(move || {
        keys.remove();
        fullscreen.remove();
        if let Some(body) = body {
            let _ = body.class_list().remove_1("projecting");
        }
    });
    let columns = ctx.read(|b| b.columns);
    let columns = move || match columns.get() {
        0 => "grid-template-columns: repeat(auto-fill, minmax(300px, 1fr))".to_string(),
        n => format!("grid-template-columns: repeat({n}, minmax(0, 1fr))"),
    };
    let areas = ctx.read(|b| b.areas.iter().map(|a| a.id.clone()).collect::<Vec<_>>());
    view! {
        <section class="projector" class:focused=move || focused.get() data-testid="projector" aria-label="Projector mode">
            <div class="projector-top">
                <h1>{move || title.get()}</h1>
                {move || timer.get().map(|t| view! { <span class="projector-timer" role="timer" data-testid="projector-timer">{Timer::display(t.remaining(now.get()))}</span> })}
            </div>
            <div class="projector-grid" style=columns>
                <For each=move || areas.get() key=|a| a.clone() let:area_id>
                    <ProjectorArea area_id current />
                </For>
            </div>
            <footer class="projector-legend" data-testid="projector-legend">
                <span><kbd>"←"</kbd>" "<kbd>"→"</kbd>" or "<kbd>"PgUp"</kbd>" "<kbd>"PgDn"</kbd>" step"</span>
                <span><kbd>"F"</kbd>" focus area"</span>
                <span><kbd>"T"</kbd>" timer"</span>
                <span><kbd>"R"</kbd>" reveal"</span>
                <span><kbd>"Esc"</kbd>" leave"</span>
                <button type="button" data-testid="projector-fullscreen" on:click=move |_| { if let Some(r) = document().document_element() { let _ = r.request_fullscreen(); } }>"Full screen"</button>
                <button type="button" data-testid="projector-leave" on:click=move |_| leave(ctx)>"Leave projector mode"</button>
            </footer>
        </section>
    }
}
