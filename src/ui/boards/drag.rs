//! Dragging a note with pointer events (mouse, pen, touch). While the pointer
//! moves only CSS transforms change (the note and a drop indicator), using
//! the places measured once when the drag starts; the one `MoveNote` edit is
//! run on drop. Pixel values are written as whole numbers: float formatting
//! would add kilobytes to the wasm.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, PointerEvent};

use super::ctx::BoardCtx;
use super::keys::{focus_note, place_of};
use crate::model::board::edit::BoardEdit;

/// How far the pointer travels before a press becomes a drag (a click stays a click).
const THRESHOLD: f64 = 5.0;

/// A list notes can be dropped in: a cluster, or an area's loose notes.
struct Target {
    area_id: String,
    cluster_id: Option<String>,
    rect: (f64, f64, f64, f64),
    /// Top and bottom of each note of the list, the dragged one left out.
    notes: Vec<(f64, f64)>,
}

struct Drag {
    note_id: String,
    pointer: i32,
    start: (f64, f64),
    el: HtmlElement,
    targets: Option<Vec<Target>>,
    indicator: Option<HtmlElement>,
    drop: Option<(usize, usize)>,
}

thread_local! {
    static DRAG: RefCell<Option<Drag>> = const { RefCell::new(None) };
}

/// A press on a note: a drag may start (not from its buttons and fields).
pub fn down(_ctx: BoardCtx, note_id: &str, ev: PointerEvent) {
    let on_control = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|e| e.closest("a, button, input, textarea, label, select").ok().flatten().is_some());
    if on_control || ev.button() != 0 {
        return;
    }
    let Some(el) = ev.current_target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else { return };
    let _ = el.set_pointer_capture(ev.pointer_id());
    let start = (ev.client_x() as f64, ev.client_y() as f64);
    DRAG.with_borrow_mut(|d| {
        *d = Some(Drag { note_id: note_id.to_string(), pointer: ev.pointer_id(), start, el, targets: None, indicator: None, drop: None })
    });
}

/// Follows the pointer: transforms only.
pub fn moved(ev: PointerEvent) {
    DRAG.with_borrow_mut(|d| {
        let Some(drag) = d.as_mut().filter(|d| d.pointer == ev.pointer_id()) else { return };
        let (x, y) = (ev.client_x() as f64, ev.client_y() as f64);
        let (dx, dy) = (x - drag.start.0, y - drag.start.1);
        if drag.targets.is_none() {
            if dx.hypot(dy) < THRESHOLD {
                return;
            }
            start(drag);
        }
        ev.prevent_default();
        let _ = drag.el.style().set_property("transform", &format!("translate({}px, {}px) rotate(1.5deg)", dx as i32, dy as i32));
        place_indicator(drag, x, y);
    });
}

/// The drop: one edit, then the note keeps the focus.
pub fn up(ctx: BoardCtx, ev: PointerEvent) {
    let Some(drag) = DRAG.with_borrow_mut(Option::take).filter(|d| d.pointer == ev.pointer_id()) else { return };
    let (Some(targets), Some((list, index))) = (&drag.targets, drag.drop) else {
        finish(&drag);
        return;
    };
    let target = &targets[list];
    let edit = BoardEdit::MoveNote {
        note_id: drag.note_id.clone(),
        area_id: target.area_id.clone(),
        cluster_id: target.cluster_id.clone(),
        index,
    };
    finish(&drag);
    if ctx.run_or_toast(edit).is_some() {
        let place = ctx.with_untracked(|b| place_of(b, &drag.note_id)).flatten().unwrap_or_default();
        ctx.announce.set(format!("Moved to {place}."));
        focus_note(drag.note_id.clone());
    }
}

/// The pointer was taken away (a scroll gesture, a lost capture): nothing moves.
pub fn cancel() {
    if let Some(drag) = DRAG.with_borrow_mut(Option::take) {
        finish(&drag);
    }
}

/// Measures every drop list once, when the drag really starts.
fn start(drag: &mut Drag) {
    let _ = drag.el.class_list().add_1("dragging");
    let mut targets = Vec::new();
    let lists = document().query_selector_all("[data-drop-list]").ok();
    for n in 0..lists.as_ref().map_or(0, |l| l.length()) {
        let Some(list) = lists.as_ref().and_then(|l| l.item(n)).and_then(|e| e.dyn_into::<web_sys::Element>().ok()) else { continue };
        let r = list.get_bounding_client_rect();
        let children = list.query_selector_all(":scope > .note-list > [data-note-id]").ok();
        let notes = (0..children.as_ref().map_or(0, |c| c.length()))
            .filter_map(|i| children.as_ref()?.item(i)?.dyn_into::<web_sys::Element>().ok())
            .filter(|c| c.get_attribute("data-note-id").is_some_and(|id| id != drag.note_id))
            .map(|c| {
                let r = c.get_bounding_client_rect();
                (r.top(), r.bottom())
            })
            .collect();
        targets.push(Target {
            area_id: list.get_attribute("data-area").unwrap_or_default(),
            cluster_id: list.get_attribute("data-cluster").filter(|c| !c.is_empty()),
            rect: (r.left(), r.top(), r.right(), r.bottom()),
            notes,
        });
    }
    drag.targets = Some(targets);
    if let Some(indicator) = document().create_element("div").ok().and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        indicator.set_class_name("drop-indicator");
        let _ = indicator.set_attribute("data-testid", "drop-indicator");
        let _ = indicator.set_attribute("aria-hidden", "true");
        let _ = document().body().map(|b| b.append_child(&indicator));
        drag.indicator = Some(indicator);
    }
}

/// Finds the list under the pointer and the place in it; moves the indicator there.
fn place_indicator(drag: &mut Drag, x: f64, y: f64) {
    let Some(targets) = &drag.targets else { return };
    // The innermost list under the pointer: a cluster lies inside its area, so the smallest wins.
    let hit = targets
        .iter()
        .enumerate()
        .filter(|(_, t)| x >= t.rect.0 && x <= t.rect.2 && y >= t.rect.1 && y <= t.rect.3)
        .min_by(|a, b| area(a.1).total_cmp(&area(b.1)))
        .map(|(n, _)| n);
    let Some(list) = hit else { return };
    let target = &targets[list];
    let index = target.notes.iter().filter(|(top, bottom)| (top + bottom) / 2.0 < y).count();
    let line_y = match (index.checked_sub(1).and_then(|i| target.notes.get(i)), target.notes.get(index)) {
        (_, Some((top, _))) => top - 4.0,
        (Some((_, bottom)), None) => bottom + 2.0,
        (None, None) => target.rect.1 + 4.0,
    };
    if let Some(indicator) = &drag.indicator {
        let style = indicator.style();
        if drag.drop.map(|d| d.0) != Some(list) {
            let _ = style.set_property("width", &format!("{}px", (target.rect.2 - target.rect.0 - 16.0) as i32));
        }
        let _ = style.set_property("transform", &format!("translate({}px, {}px)", (target.rect.0 + 8.0) as i32, line_y as i32));
    }
    drag.drop = Some((list, index));
}

fn area(t: &Target) -> f64 {
    (t.rect.2 - t.rect.0) * (t.rect.3 - t.rect.1)
}

/// Puts the note back in the flow and removes the indicator.
fn finish(drag: &Drag) {
    let _ = drag.el.style().remove_property("transform");
    let _ = drag.el.class_list().remove_1("dragging");
    if let Some(indicator) = &drag.indicator {
        indicator.remove();
    }
}
