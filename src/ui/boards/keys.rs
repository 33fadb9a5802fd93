//! Moving by keyboard alone: Alt+↑/↓ moves a focused note within its group,
//! or a cluster (from its header) among its area's clusters; Alt+←/→ to the
//! previous or next area. The new place is announced in the page's live
//! region and what moved keeps the focus.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ctx::BoardCtx;
use crate::model::board::edit::BoardEdit;
use crate::model::board::moves::Nudge;
use crate::model::Board;

/// Handles a key pressed on a note.
pub fn note_key(ctx: BoardCtx, note_id: &str, ev: web_sys::KeyboardEvent) {
    let Some(nudge) = nudge_of(&ev) else { return };
    if refused_while_sorted(ctx) {
        return;
    }
    if ctx.run_or_toast(BoardEdit::NudgeNote { note_id: note_id.to_string(), nudge }).is_some() {
        let place = ctx.with_untracked(|b| place_of(b, note_id)).flatten().unwrap_or_default();
        ctx.announce.set(format!("Moved to {place}."));
        focus_note(note_id.to_string());
    }
}

/// Handles a key pressed in a cluster's header (its grip or buttons, not its title).
pub fn cluster_key(ctx: BoardCtx, cluster_id: &str, ev: web_sys::KeyboardEvent) {
    let Some(nudge) = nudge_of(&ev) else { return };
    if refused_while_sorted(ctx) {
        return;
    }
    if ctx.run_or_toast(BoardEdit::NudgeCluster { cluster_id: cluster_id.to_string(), nudge }).is_some() {
        announce_cluster(ctx, cluster_id);
        focus_cluster(cluster_id.to_string());
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

/// "Weaknesses, 2 of 3" or "Weaknesses, group Tools, 1 of 2".
pub fn place_of(board: &Board, note_id: &str) -> Option<String> {
    let note = board.note(note_id)?;
    let area = board.area(&note.area_id)?;
    let group: Vec<&str> = board
        .notes
        .iter()
        .filter(|n| n.area_id == note.area_id && n.cluster_id == note.cluster_id)
        .map(|n| n.id.as_str())
        .collect();
    let at = group.iter().position(|id| *id == note_id)? + 1;
    let cluster = note.cluster_id.as_deref().and_then(|c| board.cluster(c)).map(|c| format!(", group {}", c.title)).unwrap_or_default();
    Some(format!("{}{cluster}, {at} of {}", area.title, group.len()))
}

/// Says "Moved group Tools to Weaknesses, 1 of 2 groups." in the live region.
pub fn announce_cluster(ctx: BoardCtx, cluster_id: &str) {
    let said = ctx.with_untracked(|b| {
        let cluster = b.cluster(cluster_id)?;
        let area = b.area(&cluster.area_id)?;
        let at = b.clusters_in_area(&area.id).position(|c| c.id == cluster_id)? + 1;
        let count = b.clusters_in_area(&area.id).count();
        let groups = if count == 1 { "group" } else { "groups" };
        Some(format!("Moved group {} to {}, {at} of {count} {groups}.", cluster.title, area.title))
    });
    if let Some(said) = said.flatten() {
        ctx.announce.set(said);
    }
}

/// Puts the focus back on a note once it is re-rendered at its new place.
pub fn focus_note(note_id: String) {
    focus_later(format!("[data-note-id=\"{note_id}\"]"));
}

/// Puts the focus back on a cluster's grip once it is re-rendered at its new place.
pub fn focus_cluster(cluster_id: String) {
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
