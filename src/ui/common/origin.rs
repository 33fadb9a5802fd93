//! The line under a plan item that came from a workshop: which board, note
//! or group, and the votes it had, with a link back while the board is here.

use leptos::either::Either;
use leptos::prelude::*;

use crate::model::board::voting::vote_words;
use crate::model::provenance::{BoardItem, Origin};
use crate::ui::route::{BoardView, Route};
use crate::ui::select::memo;
use crate::ui::state::use_app;

/// "From a group on workshop board Kick-off · 4 votes", or nothing.
#[component]
pub fn OriginLine(#[prop(into)] origin: Signal<Option<Origin>>) -> impl IntoView {
    let state = use_app();
    // Whether the board is in this browser: a memo, so the line is not rebuilt on every edit.
    let here = memo(move || {
        origin.with(|o| o.as_ref().is_some_and(|o| state.workspace.with(|ws| ws.boards.iter().any(|b| b.id == o.board_id))))
    });
    move || {
        origin.get().map(|o| {
            let here = here.get();
            let title = if o.board_title.trim().is_empty() { "(untitled)".to_string() } else { o.board_title.clone() };
            let what = match o.item {
                BoardItem::Note => "From a note on workshop board ",
                BoardItem::Cluster => "From a group on workshop board ",
            };
            let board = if here {
                let href = Route::Board { id: o.board_id.clone(), view: BoardView::Editor }.to_hash();
                Either::Left(view! { <a href=href data-testid="origin-board">{title}</a> })
            } else {
                Either::Right(format!("“{title}” (not in this browser)"))
            };
            view! {
                <p class="origin" data-testid="origin">
                    {what}{board}{o.votes.map(|v| format!(" · {}", vote_words(v)))}
                </p>
            }
        })
    }
}
