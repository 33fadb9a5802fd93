//! The "To plan…" button on a group's head (a note answers its own through
//! the card's one click handler).

use leptos::prelude::*;

use super::ctx::use_board;
use crate::model::provenance::BoardItem;

/// The button that opens the "To plan…" dialog for `item_id`.
#[component]
pub fn ToPlanButton(item: BoardItem, item_id: String) -> impl IntoView {
    let ctx = use_board();
    let testid = match item {
        BoardItem::Note => "note-to-plan",
        BoardItem::Cluster => "cluster-to-plan",
    };
    let item_id = StoredValue::new(item_id);
    view! {
        <button type="button" class="small" data-testid=testid title="Make this an objective, initiative, decision or lesson of a plan"
            on:click=move |_| ctx.promoting.set(Some((item, item_id.get_value())))>"To plan…"</button>
    }
}
