//! Projector mode's ranking (key K): the notes and groups with the most votes
//! across the board, large, each naming its area; before the reveal, how to
//! reveal.

use leptos::prelude::*;

use super::ctx::use_board;
use super::ranking::RankingLists;
use crate::model::board::queries::ranking::{ranking, TOP};

/// The room's results, in place of the board.
#[component]
pub fn ProjectorRanking() -> impl IntoView {
    let ctx = use_board();
    let ranked = ctx.read(|b| ranking(b, TOP));
    view! {
        <section class="projector-ranking" data-testid="projector-ranking" aria-labelledby="projector-ranking-title">
            <h2 id="projector-ranking-title">{format!("Top {TOP}")}</h2>
            <Show when=move || ranked.with(Option::is_some)
                fallback=|| view! { <p class="ranking-none" data-testid="ranking-none">"The results are not revealed yet: press R to reveal them."</p> }>
                <RankingLists ranking=Signal::derive(move || ranked.get().unwrap_or_default()) />
            </Show>
        </section>
    }
}
