//! Moving a stakeholder with the arrow keys (up and down for power, left and
//! right for interest), one step at a time, announced in the live region:
//! "Works council: power 4, interest 2, keep satisfied".

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use super::state::GridState;
use crate::model::ids::StakeholderId;
use crate::model::stakeholder::{MapEdit, PlacementHow, Position, Score};

/// A key on a focused marker: arrows move it, Enter or Space show its details.
pub fn on_marker_key(state: GridState, id: &StakeholderId, ev: &KeyboardEvent, select: &impl Fn()) {
    if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
        return;
    }
    let (power, interest): (i8, i8) = match ev.key().as_str() {
        "ArrowUp" => (1, 0),
        "ArrowDown" => (-1, 0),
        "ArrowRight" => (0, 1),
        "ArrowLeft" => (0, -1),
        "Enter" | " " => {
            ev.prevent_default();
            select();
            return;
        }
        _ => return,
    };
    ev.prevent_default();
    let Some(dot) = state.dot(id) else { return };
    let to_power = Score::clamped(i64::from(dot.power)).step(power).get();
    let to_interest = Score::clamped(i64::from(dot.interest)).step(interest).get();
    if (to_power, to_interest) == (dot.power, dot.interest) {
        state.announce.set(format!("{} (already at the edge)", dot.said()));
        return;
    }
    place(state, id, to_power, to_interest, PlacementHow::Keyboard);
    focus_marker(id);
}

/// Places stakeholder `id` at (power, interest) and says where it is now.
pub fn place(state: GridState, id: &StakeholderId, power: u8, interest: u8, how: PlacementHow) {
    let position = Position::new(Score::clamped(i64::from(power)), Score::clamped(i64::from(interest)));
    let edit = MapEdit::Place { stakeholder_id: id.clone(), position, how, by: String::new() };
    if state.ctx.run_or_toast(edit).is_some() {
        if let Some(dot) = state.dot(id) {
            state.announce.set(format!("{}.", dot.said()));
        }
    }
}

/// Focuses stakeholder `id`'s marker once it is drawn again at its new place.
pub fn focus_marker(id: &StakeholderId) {
    let selector = format!("[data-testid=\"grid-stakeholder\"][data-stakeholder=\"{id}\"]");
    request_animation_frame(move || {
        // An SVG element has focus() too; web-sys would need a feature for its type.
        if let Some(el) = document().query_selector(&selector).ok().flatten() {
            if let Some(focus) = js_sys::Reflect::get(&el, &"focus".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
                let _ = focus.call0(&el);
            }
        }
    });
}
