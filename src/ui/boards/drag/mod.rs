//! Dragging a note, or a cluster by its header, with pointer events (mouse,
//! pen, touch). The drop places are measured when the drag starts and again
//! when the page scrolls, in page coordinates (`places`); while the pointer moves or the page scrolls
//! only CSS transforms change (what is dragged, and a drop indicator), and
//! near the top or bottom of the window the page scrolls by itself (the
//! arithmetic of both is in `geometry`). One `MoveNote` or `MoveCluster` edit runs on drop. Pixel values
//! are written as whole numbers: float formatting would add kilobytes to the wasm.

pub mod geometry;
mod places;

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, PointerEvent};

use super::ctx::BoardCtx;
use super::keys::{announce_cluster, announce_note, focus_cluster, focus_note};
use crate::model::board::edit::BoardEdit;
use crate::model::ids::{ClusterId, NoteId};
use geometry::{Target, View};

/// How far the pointer travels before a press becomes a drag (a click stays a click).
const THRESHOLD: f64 = 5.0;
/// A press on these does what they do, it does not drag; a grip is made for dragging.
const CONTROLS: &str = "a, button:not([data-grip]), input, textarea, label, select";

enum Dragged {
    Note(NoteId),
    Cluster(ClusterId),
}

struct Drag {
    what: Dragged,
    pointer: i32,
    /// The press, in page coordinates.
    start: (f64, f64),
    /// The pointer in the viewport, last seen.
    client: (f64, f64),
    /// The window's scroll, kept up to date by its scroll events.
    scroll: (f64, f64),
    /// What follows the pointer.
    el: HtmlElement,
    started: Option<Started>,
    drop: Option<(usize, usize)>,
}

/// What a press gains once it travels past the threshold.
struct Started {
    targets: Vec<Target>,
    indicator: Option<HtmlElement>,
    on_scroll: WindowListenerHandle,
    /// Escape puts everything back.
    on_escape: WindowListenerHandle,
    view: View,
    /// Whether the frame loop of `autoscroll` runs.
    scrolling: bool,
    /// Whether the places are to be measured again at the next frame (the page scrolled).
    remeasure: bool,
}

thread_local! {
    static DRAG: RefCell<Option<Drag>> = const { RefCell::new(None) };
}

/// A press on a note: a drag may start (not from its buttons and fields).
pub fn down(ctx: BoardCtx, note_id: NoteId, ev: PointerEvent) {
    let el = ev.current_target().and_then(|t| t.dyn_into::<HtmlElement>().ok());
    press(ctx, Dragged::Note(note_id), el, ev);
}

/// A press on a cluster's header (its grip, or anywhere but its title and buttons).
pub fn down_cluster(ctx: BoardCtx, cluster_id: ClusterId, ev: PointerEvent) {
    let head = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let el = head.and_then(|h| h.closest(".cluster").ok().flatten()).and_then(|c| c.dyn_into::<HtmlElement>().ok());
    press(ctx, Dragged::Cluster(cluster_id), el, ev);
}

fn press(ctx: BoardCtx, what: Dragged, el: Option<HtmlElement>, ev: PointerEvent) {
    // Sorted by votes, the screen is not the order a drop works on (see `BoardCtx::sorted_untracked`).
    if ctx.sorted_untracked() {
        return;
    }
    let on_control = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|e| e.closest(CONTROLS).ok().flatten().is_some());
    let (Some(el), Some(capture)) = (el, ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())) else { return };
    if on_control || ev.button() != 0 {
        return;
    }
    // A drag whose pointer never came up (its element re-rendered away) ends here.
    cancel();
    let _ = capture.set_pointer_capture(ev.pointer_id());
    let client = (ev.client_x() as f64, ev.client_y() as f64);
    let scroll = window_scroll();
    let start = (client.0 + scroll.0, client.1 + scroll.1);
    DRAG.with_borrow_mut(|d| *d = Some(Drag { what, pointer: ev.pointer_id(), start, client, scroll, el, started: None, drop: None }));
}

/// Follows the pointer: transforms only.
pub fn moved(ev: PointerEvent) {
    DRAG.with_borrow_mut(|d| {
        let Some(drag) = d.as_mut().filter(|d| d.pointer == ev.pointer_id()) else { return };
        drag.client = (ev.client_x() as f64, ev.client_y() as f64);
        if drag.started.is_none() {
            let (x, y) = page(drag);
            if (x - drag.start.0).hypot(y - drag.start.1) < THRESHOLD {
                return;
            }
            start(drag);
        }
        ev.prevent_default();
        follow(drag);
        let Some(started) = drag.started.as_mut() else { return };
        if !started.scrolling && geometry::step(drag.client.1, drag.scroll.1, started.view) != 0.0 {
            started.scrolling = true;
            request_animation_frame(autoscroll);
        }
    });
}

/// The drop: one edit, announced, and what moved keeps the focus.
pub fn up(ctx: BoardCtx, ev: PointerEvent) {
    let mine = |d: &mut Option<Drag>| d.as_ref().is_some_and(|d| d.pointer == ev.pointer_id()).then(|| d.take()).flatten();
    let Some(drag) = DRAG.with_borrow_mut(mine) else { return };
    let target = drag.started.as_ref().zip(drag.drop).map(|(s, (list, index))| (&s.targets[list], index));
    let edit = target.map(|(target, index)| match &drag.what {
        Dragged::Note(note_id) => BoardEdit::MoveNote {
            note_id: note_id.clone(),
            area_id: target.area_id.clone(),
            cluster_id: target.cluster_id.clone(),
            index,
        },
        Dragged::Cluster(cluster_id) => BoardEdit::MoveCluster { cluster_id: cluster_id.clone(), area_id: target.area_id.clone(), index },
    });
    finish(drag.el, drag.started);
    let Some(edit) = edit else { return };
    if ctx.run_or_toast(edit).is_none() {
        return;
    }
    match drag.what {
        Dragged::Note(note_id) => {
            announce_note(ctx, &note_id);
            focus_note(&note_id);
        }
        Dragged::Cluster(cluster_id) => {
            announce_cluster(ctx, &cluster_id);
            focus_cluster(&cluster_id);
        }
    }
}

/// The pointer was taken away (a scroll gesture, a lost capture) or Escape
/// was pressed: nothing moves.
pub fn cancel() {
    if let Some(drag) = DRAG.with_borrow_mut(Option::take) {
        finish(drag.el, drag.started);
    }
}

/// Measures every drop place once, when the drag really starts, and listens
/// to the page's scrolling until it ends.
fn start(drag: &mut Drag) {
    let _ = drag.el.class_list().add_1("dragging");
    let targets = places_of(&drag.what, drag.scroll);
    let indicator = document().create_element("div").ok().and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(indicator) = &indicator {
        indicator.set_class_name("drop-indicator");
        let _ = indicator.set_attribute("data-testid", "drop-indicator");
        let _ = indicator.set_attribute("aria-hidden", "true");
        let _ = document().body().map(|b| b.append_child(indicator));
    }
    let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let page_height = document().document_element().map_or(0.0, |e| e.scroll_height() as f64);
    let view = View { height, max_scroll: (page_height - height).max(0.0) };
    let on_scroll = window_event_listener(leptos::ev::scroll, |_| scrolled());
    let on_escape = window_event_listener(leptos::ev::keydown, |ev| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            cancel();
        }
    });
    drag.started = Some(Started { targets, indicator, on_scroll, on_escape, view, scrolling: false, remeasure: false });
}

fn places_of(what: &Dragged, scroll: (f64, f64)) -> Vec<geometry::Target> {
    match what {
        Dragged::Note(id) => places::for_note(id, scroll),
        Dragged::Cluster(id) => places::for_cluster(id, scroll),
    }
}

/// The page scrolled under the pointer: what is dragged stays under it. The
/// places are measured again at the next frame (once, however many scroll
/// events came): notes off screen skip layout (`content-visibility`) and take
/// their real height only as they scroll in.
fn scrolled() {
    DRAG.with_borrow_mut(|d| {
        let Some(drag) = d.as_mut() else { return };
        let Some(started) = drag.started.as_mut() else { return };
        if !std::mem::replace(&mut started.remeasure, true) {
            request_animation_frame(remeasure);
        }
        drag.scroll = window_scroll();
        follow(drag);
    });
}

fn remeasure() {
    DRAG.with_borrow_mut(|d| {
        let Some(drag) = d.as_mut() else { return };
        let targets = places_of(&drag.what, drag.scroll);
        let Some(started) = drag.started.as_mut() else { return };
        started.targets = targets;
        started.remeasure = false;
        follow(drag);
    });
}

/// One frame of scrolling near an edge; runs again while the pointer stays there.
fn autoscroll() {
    let step = DRAG.with_borrow_mut(|d| {
        let drag = d.as_mut()?;
        let started = drag.started.as_mut()?;
        let step = geometry::step(drag.client.1, drag.scroll.1, started.view);
        started.scrolling = step != 0.0;
        started.scrolling.then_some(step)
    });
    if let Some(step) = step {
        window().scroll_by_with_x_and_y(0.0, step);
        request_animation_frame(autoscroll);
    }
}

/// Moves what is dragged under the pointer and the indicator to the place under it.
fn follow(drag: &mut Drag) {
    let (x, y) = page(drag);
    let tilt = if matches!(drag.what, Dragged::Note(_)) { " rotate(1.5deg)" } else { "" };
    let (dx, dy) = ((x - drag.start.0) as i32, (y - drag.start.1) as i32);
    let _ = drag.el.style().set_property("transform", &format!("translate({dx}px, {dy}px){tilt}"));
    let Some(started) = &drag.started else { return };
    let Some((list, index)) = geometry::hit(&started.targets, x, y) else { return };
    let target = &started.targets[list];
    if let (Some(indicator), true) = (&started.indicator, drag.drop != Some((list, index))) {
        let (left, top, width, height) = geometry::indicator(target, index);
        let style = indicator.style();
        let _ = style.set_property("width", &format!("{}px", width as i32));
        let _ = style.set_property("height", &format!("{}px", height as i32));
        let _ = style.set_property("transform", &format!("translate({}px, {}px)", left as i32, top as i32));
    }
    drag.drop = Some((list, index));
}

/// The pointer in page coordinates.
fn page(drag: &Drag) -> (f64, f64) {
    (drag.client.0 + drag.scroll.0, drag.client.1 + drag.scroll.1)
}

fn window_scroll() -> (f64, f64) {
    let w = window();
    (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0))
}

/// Puts what was dragged back in the flow, removes the indicator and stops listening.
fn finish(el: HtmlElement, started: Option<Started>) {
    let _ = el.style().remove_property("transform");
    let _ = el.class_list().remove_1("dragging");
    if let Some(started) = started {
        if let Some(indicator) = started.indicator {
            indicator.remove();
        }
        started.on_scroll.remove();
        started.on_escape.remove();
    }
}
