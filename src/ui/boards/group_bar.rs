//! The grouping line of the board's sticky bar, while notes are selected:
//! how many, the group's title, Group and Clear. It stays in sight however
//! far the notes being picked are scrolled.

use leptos::prelude::*;

use super::ctx::use_board;
use crate::model::board::edit::{areas_of, BoardEdit};
use crate::model::board::queries::picked_in_order;

/// The id of the group title field, which the G key focuses.
pub const GROUP_TITLE: &str = "board-group-title";

/// Group the selected notes under a title.
#[component]
pub fn GroupBar() -> impl IntoView {
    let ctx = use_board();
    let title = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let group = move || {
        let note_ids = ctx.selected.with_untracked(|picked| ctx.with_untracked(|b| picked_in_order(b, picked))).unwrap_or_default();
        let areas = ctx.with_untracked(|b| areas_of(b, &note_ids)).unwrap_or_default();
        let named = title.get_untracked();
        match ctx.run(BoardEdit::Group { note_ids, title: named.clone() }) {
            Ok(outcome) => {
                ctx.selected.set(Default::default());
                title.set(String::new());
                error.set(None);
                let said = if areas > 1 {
                    // Said, since it is not what dragging into one group does.
                    format!("The notes are in {areas} areas: each area now has a group “{}”, and no note changed area.", named.trim())
                } else {
                    format!("Grouped as “{}”.", named.trim())
                };
                ctx.state.toast(said, false, outcome.undo.map(|u| *u));
            }
            Err(why) => error.set(Some(why.to_string())),
        }
    };
    let selected = move || ctx.selected.with(|s| s.len());
    view! {
        <Show when=move || { selected() > 0 }>
            <div class="group-bar" role="region" aria-label="Selected notes" data-testid="group-bar">
                <span class="group-count">{move || if selected() == 1 { "1 note selected".to_string() } else { format!("{} notes selected", selected()) }}</span>
                <input type="text" id=GROUP_TITLE aria-label="Group title" placeholder="Group title" data-testid="group-title" prop:value=title
                    aria-keyshortcuts="G"
                    on:input:target=move |ev| title.set(ev.target().value())
                    on:keydown=move |ev| if ev.key() == "Enter" { group() } />
                <button type="button" class="primary" data-testid="group-notes" on:click=move |_| group()>"Group"</button>
                <button type="button" data-testid="clear-selection" aria-keyshortcuts="Escape" on:click=move |_| ctx.selected.set(Default::default())>"Clear selection"</button>
                {move || error.get().map(|e| view! { <span class="field-error" role="alert">{e}</span> })}
            </div>
        </Show>
    }
}
