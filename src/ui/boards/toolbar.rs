//! The facilitator's bar above the grid, sticky while the notes scroll and
//! one line high on a laptop: what new notes are tagged with and the author,
//! the timer, dot voting and a new area in menus of their own, private
//! writing, projector mode and the sheet of keys; under it the search and
//! filters, then while notes are selected the grouping line, and while a
//! round is open whose turn it is.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ctx::use_board;
use super::filter::BoardFilter;
use super::group_bar::GroupBar;
use super::projector::enter_projector;
use super::timer::TimerControl;
use super::voting::{VotingBar, VotingPanel};
use crate::model::board::edit::BoardEdit;
use crate::model::palette::PALETTE;
use crate::ui::common::chosen::chosen;

/// The id of the voting menu, closed once a round starts so the notes are in sight.
pub const VOTING_MENU: &str = "board-voting-menu";
/// The id of the menu that adds an area.
const AREA_MENU: &str = "board-area-menu";

/// Closes the bar's menu `id` (a popover), if it is open.
pub fn close_menu(id: &str) {
    let menu = document().get_element_by_id(id).and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(menu) = menu.filter(|m| m.matches(":popover-open").unwrap_or(false)) {
        let _ = menu.hide_popover();
    }
}

/// The sticky bar of board-wide actions.
#[component]
pub fn BoardToolbar(shortcuts: RwSignal<bool>) -> impl IntoView {
    let ctx = use_board();
    view! {
        <div class="board-bar" data-testid="board-toolbar">
            <div class="board-bar-row">
                <NewNoteTag />
                <TimerControl />
                <button type="button" class="bar-menu-button" popovertarget=VOTING_MENU data-testid="open-voting" style="anchor-name: --voting-menu">
                    "Dot voting ▾"</button>
                <div id=VOTING_MENU popover="auto" class="bar-popover" style="position-anchor: --voting-menu">
                    <VotingPanel />
                </div>
                <button type="button" data-testid="toggle-hidden" aria-pressed=move || ctx.hidden.get().to_string()
                    on:click=move |_| { ctx.run_or_toast(BoardEdit::TextsHidden(!ctx.hidden.get_untracked())); }>
                    {move || if ctx.hidden.get() { "Reveal texts" } else { "Hide texts" }}
                </button>
                <button type="button" data-testid="open-projector" title="Projector mode: the board large, for the room" on:click=move |_| enter_projector(ctx)>"Projector"</button>
                <AddArea />
                <button type="button" class="bar-keys" data-testid="open-shortcuts" aria-keyshortcuts="?" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)"
                    on:click=move |_| shortcuts.set(true)>"?"</button>
            </div>
            <BoardFilter />
            <GroupBar />
            <VotingBar />
        </div>
    }
}

/// What new notes are tagged with (outside a department's lane) and who wrote them.
#[component]
fn NewNoteTag() -> impl IntoView {
    let ctx = use_board();
    let has_plan = move || ctx.departments.with(|d| !d.is_empty());
    // A lane per department tags its own notes: this choice is for the rest.
    let has_lanes = ctx.read(|b| b.areas.iter().any(|a| a.department_id.is_some()));
    view! {
        <fieldset class="new-note-tag">
            <legend class="visually-hidden">"New notes"</legend>
            <Show when=has_plan fallback=move || view! {
                <label class="bar-field"><span>"Label"</span>
                    <input type="text" data-testid="note-label" placeholder="e.g. Sales" prop:value=ctx.label
                        on:input:target=move |ev| ctx.label.set(ev.target().value()) /></label>
                <label class="bar-field"><span class="visually-hidden">"Label colour"</span>
                    <select data-testid="note-colour" on:change:target=move |ev| ctx.colour.set(ev.target().value())>
                        {PALETTE.iter().map(|c| view! { <option value=c.name selected=move || ctx.colour.get() == c.name>{c.label}</option> }).collect_view()}
                    </select></label>
            }>
                <label class="bar-field" title="The department of notes typed outside a department's lane">
                    <span>{move || if has_lanes.get() { "Outside the lanes, new notes for" } else { "New notes for" }}</span>
                    <select data-testid="note-department" on:change:target=move |ev| drop(ctx.run_or_toast(BoardEdit::NoteDepartment(chosen(ev.target().value()))))>
                        <option value="">"No department"</option>
                        <For each=move || ctx.departments.get() key=|d| (d.id.clone(), d.name.clone()) let:d>
                            <option value=d.id.to_string() selected=move || ctx.department.with(|chosen| chosen.as_ref() == Some(&d.id))>{d.name.clone()}</option>
                        </For>
                    </select></label>
            </Show>
            <label class="bar-field"><span>"by"</span>
                <input type="text" class="bar-author" data-testid="note-author-input" placeholder="Author (optional)" aria-label="Author (optional)"
                    prop:value=ctx.author on:input:target=move |ev| ctx.author.set(ev.target().value()) /></label>
        </fieldset>
    }
}

/// "+ Area": a small menu with the new area's title.
#[component]
fn AddArea() -> impl IntoView {
    let ctx = use_board();
    let title = RwSignal::new(String::new());
    let add = move || {
        if ctx.run_or_toast(BoardEdit::AddArea { title: title.get_untracked() }).is_some() {
            title.set(String::new());
            close_menu(AREA_MENU);
        }
    };
    view! {
        <button type="button" class="bar-menu-button" popovertarget=AREA_MENU data-testid="open-add-area" style="anchor-name: --area-menu">"+ Area"</button>
        <div id=AREA_MENU popover="auto" class="bar-popover bar-popover-end" style="position-anchor: --area-menu">
            <div class="panel-row">
                <input type="text" aria-label="New area title" placeholder="New area" data-testid="new-area" prop:value=title
                    on:input:target=move |ev| title.set(ev.target().value())
                    on:keydown=move |ev| if ev.key() == "Enter" { add() } />
                <button type="button" class="primary" data-testid="add-area" on:click=move |_| add()>"Add area"</button>
            </div>
        </div>
    }
}
