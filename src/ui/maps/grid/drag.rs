//! Dragging a stakeholder on the grid with pointer events (mouse, pen,
//! touch): the pointer is captured by the marker, only its transform and
//! the dashed cell it would snap to change while it moves, one
//! `MapEdit::Place` runs on drop, and Escape puts it back.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};

use super::keys::{focus_marker, place};
use super::state::GridState;
use crate::model::ids::StakeholderId;
use crate::model::stakeholder::PlacementHow;

/// How far the pointer travels before a press becomes a drag (a click stays a click).
const THRESHOLD: f64 = 4.0;

struct Drag {
    state: GridState,
    id: StakeholderId,
    pointer: i32,
    /// The press, in client pixels.
    start: (f64, f64),
    el: Element,
    snap: Option<Element>,
    /// SVG units per client pixel.
    scale: f64,
    /// The marker's middle, in SVG units.
    origin: (f64, f64),
    started: Option<WindowListenerHandle>,
    /// The (power, interest) it would land on.
    target: Option<(u8, u8)>,
}

thread_local! {
    static DRAG: RefCell<Option<Drag>> = const { RefCell::new(None) };
}

/// A press on a marker: a drag may start.
pub fn down(state: GridState, id: StakeholderId, ev: PointerEvent) {
    let Some(el) = ev.current_target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    if ev.button() != 0 {
        return;
    }
    cancel();
    let svg = el.closest("svg").ok().flatten();
    let width = svg.as_ref().map_or(0.0, |s| s.get_bounding_client_rect().width());
    let scale = if width > 0.0 { state.size.get_untracked().0 / width } else { 1.0 };
    let index = state.dots.with_untracked(|d| d.iter().position(|d| d.id == id));
    let Some(origin) = index.and_then(|i| state.layout.with_untracked(|l| l.markers[i])) else { return };
    let _ = el.set_pointer_capture(ev.pointer_id());
    let snap = svg.and_then(|s| s.query_selector(".grid-snap").ok().flatten());
    let start = (f64::from(ev.client_x()), f64::from(ev.client_y()));
    DRAG.with_borrow_mut(|d| *d = Some(Drag { state, id, pointer: ev.pointer_id(), start, el, snap, scale, origin, started: None, target: None }));
}

/// Follows the pointer: a transform and the snap cell only.
pub fn moved(ev: PointerEvent) {
    DRAG.with_borrow_mut(|d| {
        let Some(drag) = d.as_mut().filter(|d| d.pointer == ev.pointer_id()) else { return };
        let (dx, dy) = (f64::from(ev.client_x()) - drag.start.0, f64::from(ev.client_y()) - drag.start.1);
        if drag.started.is_none() {
            if dx.hypot(dy) < THRESHOLD {
                return;
            }
            let _ = drag.el.class_list().add_1("dragging");
            drag.started = Some(window_event_listener(leptos::ev::keydown, |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    ev.stop_propagation();
                    cancel();
                }
            }));
        }
        ev.prevent_default();
        let (dx, dy) = (dx * drag.scale, dy * drag.scale);
        let _ = drag.el.set_attribute("transform", &format!("translate({} {})", dx.round(), dy.round()));
        let plot = drag.state.layout.with_untracked(|l| l.plot);
        let (power, interest) = plot.score_at(drag.origin.0 + dx, drag.origin.1 + dy);
        if drag.target != Some((power, interest)) {
            drag.target = Some((power, interest));
            if let Some(snap) = &drag.snap {
                let (l, t, r, b) = plot.cell_rect(power, interest);
                for (name, value) in [("x", l), ("y", t), ("width", r - l), ("height", b - t)] {
                    let _ = snap.set_attribute(name, &format!("{}", value.round()));
                }
                let _ = snap.set_attribute("visibility", "visible");
            }
        }
    });
}

/// The drop: one edit where it snapped, announced; the marker keeps the focus.
pub fn up(ev: PointerEvent) {
    let mine = |d: &mut Option<Drag>| d.as_ref().is_some_and(|d| d.pointer == ev.pointer_id()).then(|| d.take()).flatten();
    let Some(mut drag) = DRAG.with_borrow_mut(mine) else { return };
    let started = drag.started.take();
    let target = started.is_some().then_some(drag.target).flatten();
    finish(&drag, started);
    if let Some((power, interest)) = target {
        place(drag.state, &drag.id, power, interest, PlacementHow::Dragged);
        drag.state.selected.set(Some(drag.id.clone()));
        focus_marker(&drag.id);
    }
}

/// Escape or a lost pointer: nothing moves.
pub fn cancel() {
    if let Some(mut drag) = DRAG.with_borrow_mut(Option::take) {
        let started = drag.started.take();
        finish(&drag, started);
    }
}

fn finish(drag: &Drag, started: Option<WindowListenerHandle>) {
    let _ = drag.el.remove_attribute("transform");
    let _ = drag.el.class_list().remove_1("dragging");
    if let Some(snap) = &drag.snap {
        let _ = snap.set_attribute("visibility", "hidden");
    }
    if let Some(listener) = started {
        listener.remove();
    }
}
