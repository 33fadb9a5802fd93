//! The board's keys: those that work anywhere on the board page (outside a
//! field), and the sheet that lists every key of the board, opened with `?`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ctx::BoardCtx;
use super::group_bar::GROUP_TITLE;
use super::timer::start_or_pause;
use crate::ui::common::modal::Modal;

/// Each part of the sheet: a heading and its keys with what they do.
const SHEET: &[(&str, &[(&str, &str)])] = &[
    ("On a note (Tab to it, or click it)", &[
        ("Enter or E", "Edit its text: Enter saves, Shift+Enter starts a new line, Escape leaves it unchanged"),
        ("Delete", "Delete it (Undo in the message)"),
        ("P", "Make it an objective, initiative, decision or lesson of a plan"),
        ("X or Space", "Select it for grouping (or Shift+click it)"),
        ("V / U", "Vote for it / take a vote back, while it is someone's turn"),
        ("Arrow keys", "Go to the nearest note that way"),
        ("Alt+↑ / Alt+↓", "Move it earlier or later in its group"),
        ("Alt+← / Alt+→", "Move it to the previous or next area"),
        ("Right-click or Menu key", "Show its buttons"),
    ]),
    ("On a group's grip", &[
        ("Alt+↑ / Alt+↓", "Move the group earlier or later in its area"),
        ("Alt+← / Alt+→", "Move the group to the previous or next area"),
    ]),
    ("Anywhere on the board", &[
        ("N", "Type a new note (in the area of the focused note)"),
        ("/", "Search the notes; Escape empties the search"),
        ("G", "Name a group for the selected notes"),
        ("Escape", "Clear the selection; while dragging, put it back"),
        ("T", "Start or pause the timer"),
        ("?", "This list"),
    ]),
    ("In projector mode", &[
        ("→ ↓ Space PgDn / ← ↑ PgUp", "Step to the next / previous area or group"),
        ("F or Enter", "Show only the current area"),
        ("W", "Fit the whole board on the screen, while it stays readable"),
        ("K", "Show the ranking of notes and groups by votes"),
        ("T", "Start or pause the timer"),
        ("R", "Reveal the texts, then the votes"),
        ("Esc", "Leave projector mode"),
    ]),
];

/// The sheet of keys, while `open`.
#[component]
pub fn ShortcutSheet(open: RwSignal<bool>) -> impl IntoView {
    let close = Callback::new(move |()| open.set(false));
    move || {
        open.get().then(|| {
            view! {
                <Modal title="Keyboard shortcuts".to_string() on_close=close testid="shortcut-sheet">
                    <div class="shortcut-sheet">
                        {SHEET.iter().map(|(heading, keys)| view! {
                            <section>
                                <h3>{*heading}</h3>
                                <dl>
                                    {keys.iter().map(|(key, what)| view! { <dt><kbd>{*key}</kbd></dt><dd>{*what}</dd> }).collect_view()}
                                </dl>
                            </section>
                        }).collect_view()}
                    </div>
                    <div class="dialog-actions">
                        <button type="button" class="primary" data-testid="shortcut-sheet-close" on:click=move |_| open.set(false)>"Close"</button>
                    </div>
                </Modal>
            }
        })
    }
}

/// Listens, while the board page is shown, for the keys that work anywhere
/// on it; a key typed in a field, or already used by a note, is left alone.
pub fn board_keys(ctx: BoardCtx, sheet: RwSignal<bool>) {
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.default_prevented() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || in_field(&ev) || sheet.get_untracked() {
            return;
        }
        match ev.key().as_str() {
            "?" => sheet.set(true),
            "n" | "N" => focus_new_note(),
            "g" | "G" if ctx.selected.with_untracked(|s| !s.is_empty()) => focus_id(GROUP_TITLE),
            "Escape" if ctx.selected.with_untracked(|s| !s.is_empty()) => ctx.selected.set(Default::default()),
            "t" | "T" => start_or_pause(ctx, ctx.with_untracked(|b| b.timer).flatten()),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());
}

/// Whether the key was typed in a field (or a menu or dialog's control).
fn in_field(ev: &web_sys::KeyboardEvent) -> bool {
    let target = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
    target.is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || e.is_content_editable())
}

/// The new-note field of the focused note's area, or of the first area.
fn focus_new_note() {
    let active = document().active_element();
    let area = active.and_then(|a| a.closest(".area").ok().flatten());
    let field = match area {
        Some(area) => area.query_selector("[data-testid=note-input]").ok().flatten(),
        None => document().query_selector(".area [data-testid=note-input]").ok().flatten(),
    };
    if let Some(field) = field.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = field.focus();
    }
}

fn focus_id(id: &str) {
    if let Some(field) = document().get_element_by_id(id).and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = field.focus();
    }
}
