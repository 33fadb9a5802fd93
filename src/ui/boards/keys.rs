//! Moving a focused note by keyboard alone: Alt+↑/↓ within its group,
//! Alt+←/→ to the previous or next area. The new place is announced in the
//! page's live region and the note keeps the focus.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ctx::BoardCtx;
use crate::model::board::edit::BoardEdit;
use crate::model::board::moves::Nudge;
use crate::model::Board;

/// Handles a key pressed on a note.
pub fn note_key(ctx: BoardCtx, note_id: &str, ev: web_sys::KeyboardEvent) {
    let in_field = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|e| matches!(e.tag_name().as_str(), "TEXTAREA" | "INPUT"));
    if !ev.alt_key() || in_field {
        return;
    }
    let nudge = match ev.key().as_str() {
        "ArrowUp" => Nudge::Up,
        "ArrowDown" => Nudge::Down,
        "ArrowLeft" => Nudge::PreviousArea,
        "ArrowRight" => Nudge::NextArea,
        _ => return,
    };
    ev.prevent_default();
    if ctx.run_or_toast(BoardEdit::NudgeNote { note_id: note_id.to_string(), nudge }).is_some() {
        let place = ctx.with_untracked(|b| place_of(b, note_id)).flatten().unwrap_or_default();
        ctx.announce.set(format!("Moved to {place}."));
        focus_note(note_id.to_string());
    }
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

/// Puts the focus back on a note once it is re-rendered at its new place.
pub fn focus_note(note_id: String) {
    request_animation_frame(move || {
        let selector = format!("[data-note-id=\"{note_id}\"]");
        if let Some(el) = document().query_selector(&selector).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}
