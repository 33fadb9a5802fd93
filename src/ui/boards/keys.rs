//! Moving by keyboard alone: Alt+↑/↓ moves a focused note within its group,
//! or a cluster (from its header) among its area's clusters; Alt+←/→ to the
//! previous or next area. The new place is announced in the page's live
//! region and what moved keeps the focus.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ctx::BoardCtx;
use crate::model::board::edit::BoardEdit;
use crate::model::board::moves::Nudge;
use crate::model::board::queries::{cluster_place, note_place};
use crate::model::ids::{ClusterId, NoteId};

/// Handles a key pressed on a note.
pub fn note_key(ctx: BoardCtx, note_id: NoteId, ev: web_sys::KeyboardEvent) {
    let Some(nudge) = nudge_of(&ev) else { return };
    if refused_while_sorted(ctx) {
        return;
    }
    if ctx.run_or_toast(BoardEdit::NudgeNote { note_id: note_id.clone(), nudge }).is_some() {
        announce_note(ctx, &note_id);
        focus_note(&note_id);
    }
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
