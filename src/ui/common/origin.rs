//! The line under a plan item that came from a workshop: which board, note
//! or group, and the votes it had, with a link back while the board is here.

use leptos::either::Either;
use leptos::prelude::*;

use crate::model::board::voting::vote_words;
use crate::model::promote::{BoardItem, Origin};
use crate::model::{DocRef, DocumentKind};
use crate::ui::route::Route;
use crate::ui::state::use_app;

/// "From a group on workshop board Kick-off · 4 votes", or nothing.
#[component]
pub fn OriginLine(#[prop(into)] origin: Signal<Option<Origin>>) -> impl IntoView {
    let state = use_app();
    move || {
        origin.get().map(|o| {
            let here = state.workspace.with(|ws| ws.boards.iter().any(|b| b.id == o.board_id));
            let what = match o.item {
                BoardItem::Note => "From a note on workshop board ",
                BoardItem::Cluster => "From a group on workshop board ",
            };
            let board = if here {
                let href = Route::document(DocRef::new(DocumentKind::Board, &o.board_id)).to_hash();
                Either::Left(view! { <a href=href data-testid="origin-board">{o.board_title.clone()}</a> })
            } else {
                Either::Right(format!("“{}” (not in this browser)", o.board_title))
            };
            view! {
                <p class="origin" data-testid="origin">
                    {what}{board}{o.votes.map(|v| format!(" · {}", vote_words(v)))}
                </p>
            }
        })
    }
}
