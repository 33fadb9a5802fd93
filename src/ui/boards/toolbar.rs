//! The facilitator's bar above the grid: what new notes are tagged with, the
//! author, private writing, adding an area, grouping the selected notes, and
//! the way into projector mode.

use leptos::prelude::*;

use super::ctx::use_board;
use super::projector::enter_projector;
use crate::model::board::edit::{areas_of, BoardEdit};
use crate::model::board::queries::picked_in_order;
use crate::model::palette::PALETTE;
use crate::ui::common::chosen::chosen;

/// The bar of board-wide actions.
#[component]
pub fn BoardToolbar() -> impl IntoView {
    let ctx = use_board();
    let has_plan = move || ctx.departments.with(|d| !d.is_empty());
    let new_area = RwSignal::new(String::new());
    let group_title = RwSignal::new(String::new());
    let group_error = RwSignal::new(None::<String>);
    let add_area = move || {
        if ctx.run_or_toast(BoardEdit::AddArea { title: new_area.get_untracked() }).is_some() {
            new_area.set(String::new());
        }
    };
    let group = move || {
        let note_ids = ctx.selected.with_untracked(|picked| ctx.with_untracked(|b| picked_in_order(b, picked))).unwrap_or_default();
        let areas = ctx.with_untracked(|b| areas_of(b, &note_ids)).unwrap_or_default();
        let title = group_title.get_untracked();
        match ctx.run(BoardEdit::Group { note_ids, title: title.clone() }) {
            Ok(_) => {
                ctx.selected.set(Default::default());
                group_title.set(String::new());
                group_error.set(None);
                if areas > 1 {
                    // Said, since it is not what dragging into one group does.
                    ctx.state.toast(format!("The notes are in {areas} areas: each area now has a group “{}”, and no note changed area.", title.trim()), false, None);
                }
            }
            Err(why) => group_error.set(Some(why.to_string())),
        }
    };
    let selected = move || ctx.selected.with(|s| s.len());
    view! {
        <div class="board-toolbar" data-testid="board-toolbar">
            <fieldset class="new-note-tag">
                <legend>"New notes"</legend>
                <Show when=has_plan fallback=move || view! {
                    <label class="field"><span class="field-label">"Label"</span>
                        <input type="text" data-testid="note-label" placeholder="e.g. Sales" prop:value=ctx.label
                            on:input:target=move |ev| ctx.label.set(ev.target().value()) /></label>
                    <label class="field"><span class="field-label">"Label colour"</span>
                        <select data-testid="note-colour" on:change:target=move |ev| ctx.colour.set(ev.target().value())>
                            {PALETTE.iter().map(|c| view! { <option value=c.name selected=move || ctx.colour.get() == c.name>{c.label}</option> }).collect_view()}
                        </select></label>
                }>
                    <label class="field"><span class="field-label">"Department (outside its lanes)"</span>
                        <select data-testid="note-department" on:change:target=move |ev| drop(ctx.run_or_toast(BoardEdit::NoteDepartment(chosen(ev.target().value()))))>
                            <option value="">"None"</option>
                            <For each=move || ctx.departments.get() key=|d| (d.id.clone(), d.name.clone()) let:d>
                                <option value=d.id.to_string() selected=move || ctx.department.with(|chosen| chosen.as_ref() == Some(&d.id))>{d.name.clone()}</option>
                            </For>
                        </select></label>
                </Show>
                <label class="field"><span class="field-label">"Author (optional)"</span>
                    <input type="text" data-testid="note-author-input" prop:value=ctx.author on:input:target=move |ev| ctx.author.set(ev.target().value()) /></label>
            </fieldset>
            <div class="toolbar-group">
                <button type="button" data-testid="toggle-hidden" aria-pressed=move || ctx.hidden.get().to_string()
                    on:click=move |_| { ctx.run_or_toast(BoardEdit::TextsHidden(!ctx.hidden.get_untracked())); }>
                    {move || if ctx.hidden.get() { "Reveal texts" } else { "Hide texts" }}
                </button>
                <button type="button" data-testid="open-projector" on:click=move |_| enter_projector(ctx)>"Projector mode"</button>
            </div>
            <div class="toolbar-group">
                <input type="text" aria-label="New area title" placeholder="New area" data-testid="new-area" prop:value=new_area
                    on:input:target=move |ev| new_area.set(ev.target().value())
                    on:keydown=move |ev| if ev.key() == "Enter" { add_area() } />
                <button type="button" data-testid="add-area" on:click=move |_| add_area()>"Add area"</button>
            </div>
            <div class="toolbar-group" data-testid="group-bar">
                <span>{move || match selected() { 0 => "Select notes (tick or Shift+click) to group them".to_string(), 1 => "1 note selected".into(), n => format!("{n} notes selected") }}</span>
                <Show when=move || { selected() > 0 }>
                    <input type="text" aria-label="Group title" placeholder="Group title" data-testid="group-title" prop:value=group_title
                        on:input:target=move |ev| group_title.set(ev.target().value())
                        on:keydown=move |ev| if ev.key() == "Enter" { group() } />
                    <button type="button" data-testid="group-notes" on:click=move |_| group()>"Group"</button>
                    <button type="button" data-testid="clear-selection" on:click=move |_| ctx.selected.set(Default::default())>"Clear selection"</button>
                </Show>
                {move || group_error.get().map(|e| view! { <span class="field-error" role="alert">{e}</span> })}
            </div>
        </div>
    }
}
