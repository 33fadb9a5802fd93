//! The board by keyboard alone. On a focused note: Enter edits, Delete
//! deletes, P makes it a plan item, X or Space selects it, V and U vote and
//! take a vote back, the arrow keys go to the nearest note that way. Alt+↑/↓
//! moves a focused note within its group, or a cluster (from its header)
//! among its area's clusters; Alt+←/→ to the previous or next area: the new
//! place is announced in the page's live region and what moved keeps the
//! focus. The sheet of every key is in `shortcuts`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ctx::BoardCtx;
use super::drag::geometry::{nearest, Towards};
use super::note::{act, vote, NoteAction};
use crate::model::board::edit::BoardEdit;
use crate::model::board::moves::Nudge;
use crate::model::board::queries::{cluster_place, note_place};
use crate::model::ids::{ClusterId, NoteId};

/// Handles a key pressed on a note (or in it: its fields and buttons keep their own keys).
pub fn note_key(ctx: BoardCtx, note_id: NoteId, editing: RwSignal<bool>, ev: web_sys::KeyboardEvent) {
    let on_note = ev.target().is_some_and(|t| ev.current_target().is_some_and(|c| c == t));
    let Some(nudge) = nudge_of(&ev) else {
        if on_note && !(ev.alt_key() || ev.ctrl_key() || ev.meta_key()) {
            note_action_key(ctx, &note_id, editing, &ev);
        }
        return;
    };
    if refused_while_sorted(ctx) {
        return;
    }
    if ctx.run_or_toast(BoardEdit::NudgeNote { note_id: note_id.clone(), nudge }).is_some() {
        announce_note(ctx, &note_id);
        focus_note(&note_id);
    }
}

fn note_action_key(ctx: BoardCtx, note_id: &NoteId, editing: RwSignal<bool>, ev: &web_sys::KeyboardEvent) {
    let towards = |towards| {
        if let Some(next) = towards_from(note_id, towards) {
            focus_note(&next);
        }
    };
    match ev.key().as_str() {
        "Enter" | "F2" | "e" | "E" => act(ctx, note_id, editing, NoteAction::Edit),
        "Delete" | "Backspace" => act(ctx, note_id, editing, NoteAction::Delete),
        "p" | "P" => act(ctx, note_id, editing, NoteAction::ToPlan),
        "x" | "X" | " " => act(ctx, note_id, editing, NoteAction::Select),
        "v" | "V" => vote(ctx, note_id, true),
        "u" | "U" => vote(ctx, note_id, false),
        "ArrowUp" => towards(Towards::Up),
        "ArrowDown" => towards(Towards::Down),
        "ArrowLeft" => towards(Towards::Left),
        "ArrowRight" => towards(Towards::Right),
        _ => return,
    }
    ev.prevent_default();
}

/// A right-click (or the context-menu key) on a note shows its actions, the first one focused.
pub fn context_menu(ev: web_sys::MouseEvent) {
    let note = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let first = note.and_then(|n| n.query_selector(".note-actions button").ok().flatten()).and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(first) = first {
        ev.prevent_default();
        let _ = first.focus();
    }
}

/// The note the arrow key `towards` goes to from note `from`: the nearest on screen that way.
fn towards_from(from: &NoteId, towards: Towards) -> Option<NoteId> {
    let notes = document().query_selector_all("[data-note-id]").ok()?;
    let notes: Vec<web_sys::Element> = (0..notes.length()).filter_map(|i| notes.item(i)?.dyn_into().ok()).collect();
    let rect = |e: &web_sys::Element| {
        let r = e.get_bounding_client_rect();
        (r.left(), r.top(), r.right(), r.bottom())
    };
    let here = notes.iter().find(|n| n.get_attribute("data-note-id").as_deref() == Some(from.as_str()))?;
    let places: Vec<_> = notes.iter().map(rect).collect();
    let next = nearest(rect(here), &places, towards)?;
    notes[next].get_attribute("data-note-id").map(NoteId::from)
}

/// The note after `note_id` in its list, or the one before: where the focus goes once it is deleted.
pub fn neighbour(note_id: &NoteId) -> Option<NoteId> {
    let here = document().query_selector(&format!("[data-note-id=\"{note_id}\"]")).ok().flatten()?;
    let next = here.next_element_sibling().or_else(|| here.previous_element_sibling())?;
    next.get_attribute("data-note-id").map(NoteId::from)
}

/// Handles a key pressed in a cluster's header (its grip or buttons, not its title).
pub fn cluster_key(ctx: BoardCtx, cluster_id: ClusterId, ev: web_sys::KeyboardEvent) {
    let Some(nudge) = nudge_of(&ev) else { return };
    if refused_while_sorted(ctx) {
        return;
    }
    if ctx.run_or_toast(BoardEdit::NudgeCluster { cluster_id: cluster_id.clone(), nudge }).is_some() {
        announce_cluster(ctx, &cluster_id);
        focus_cluster(&cluster_id);
    }
}

/// While sorted by votes the screen is not the order a move works on: say so instead.
fn refused_while_sorted(ctx: BoardCtx) -> bool {
    let sorted = ctx.sorted_untracked();
    if sorted {
        ctx.state.toast("The notes are sorted by votes: turn off “Sort by votes” to move them.", true, None);
    }
    sorted
}

/// Alt+arrow outside a text field is a move (and nothing else happens).
fn nudge_of(ev: &web_sys::KeyboardEvent) -> Option<Nudge> {
    let in_field = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|e| matches!(e.tag_name().as_str(), "TEXTAREA" | "INPUT"));
    if !ev.alt_key() || in_field {
        return None;
    }
    let nudge = match ev.key().as_str() {
        "ArrowUp" => Nudge::Up,
        "ArrowDown" => Nudge::Down,
        "ArrowLeft" => Nudge::PreviousArea,
        "ArrowRight" => Nudge::NextArea,
        _ => return None,
    };
    ev.prevent_default();
    Some(nudge)
}

/// Says "Moved to Weaknesses, group Tools, 1 of 2." in the live region.
pub fn announce_note(ctx: BoardCtx, note_id: &NoteId) {
    let place = ctx.with_untracked(|b| note_place(b, note_id)).flatten().unwrap_or_default();
    ctx.announce.set(format!("Moved to {place}."));
}

/// Says "Moved group Tools to Weaknesses, 1 of 2 groups." in the live region.
pub fn announce_cluster(ctx: BoardCtx, cluster_id: &ClusterId) {
    let said = ctx.with_untracked(|b| Some(format!("Moved group {} to {}.", b.cluster(cluster_id)?.title, cluster_place(b, cluster_id)?)));
    if let Some(said) = said.flatten() {
        ctx.announce.set(said);
    }
}

/// Puts the focus back on a note once it is re-rendered at its new place.
pub fn focus_note(note_id: &NoteId) {
    focus_later(format!("[data-note-id=\"{note_id}\"]"));
}

/// Puts the focus back on a cluster's grip once it is re-rendered at its new place.
pub fn focus_cluster(cluster_id: &ClusterId) {
    focus_later(format!(".cluster[data-cluster=\"{cluster_id}\"] [data-grip]"));
}

/// Focuses the element `selector` names after the next render.
pub fn focus_later(selector: String) {
    request_animation_frame(move || {
        if let Some(el) = document().query_selector(&selector).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}
