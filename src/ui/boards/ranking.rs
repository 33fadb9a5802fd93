//! The room's results in the editor: the notes and groups with the most votes
//! across the board, each naming its area, once the results are revealed
//! ("Top 5", and Show all). The ranking itself is `model::board::queries::ranking`.

use leptos::prelude::*;

use super::ctx::use_board;
use crate::model::board::queries::ranking::{ranking, RankedItem, Ranking, TOP};
use crate::model::board::voting::vote_words;

/// The ranking under the voting bar; nothing until the results are revealed.
#[component]
pub fn BoardRanking() -> impl IntoView {
    let ctx = use_board();
    let all = RwSignal::new(false);
    let ranked = ctx.read(move |b| ranking(b, if all.get() { usize::MAX } else { TOP }));
    let has_more = move || ranked.with(|r| r.as_ref().is_some_and(Ranking::has_more));
    view! {
        <Show when=move || ranked.with(Option::is_some)>
            <section class="board-ranking" aria-labelledby="board-ranking-title" data-testid="board-ranking">
                <h2 id="board-ranking-title">{move || if all.get() { "Results".to_string() } else { format!("Top {TOP}") }}</h2>
                <RankingLists ranking=Signal::derive(move || ranked.get().unwrap_or_default()) />
                <Show when=move || has_more() || all.get()>
                    <button type="button" data-testid="ranking-more" aria-expanded=move || all.get().to_string()
                        on:click=move |_| all.update(|a| *a = !*a)>
                        {move || if all.get() { format!("Show the top {TOP}") } else { more_words(&ranked.get().unwrap_or_default()) }}
                    </button>
                </Show>
            </section>
        </Show>
    }
}

/// "Show all (12 notes, 3 groups)".
fn more_words(ranking: &Ranking) -> String {
    let count = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!("Show all ({}, {})", count(ranking.notes_with_votes, "note", "notes"), count(ranking.groups_with_votes, "group", "groups"))
}

/// The two numbered lists, notes and groups (also projector mode's, larger);
/// "No votes yet" when nothing got one.
#[component]
pub(super) fn RankingLists(ranking: Signal<Ranking>) -> impl IntoView {
    let list = move |heading: &'static str, testid: &'static str, items: Vec<RankedItem>| {
        (!items.is_empty()).then(|| {
            view! {
                <div class="ranking-list">
                    <h3>{heading}</h3>
                    <ol data-testid=testid>
                        {items.into_iter().map(|item| view! {
                            <li data-testid="ranking-item">
                                // Spaces between the parts, so they read (and copy) as words, not one run.
                                <span class="ranking-text">{item.text}</span>" "
                                <span class="ranking-area">{item.area}</span>" "
                                <span class="ranking-votes">{vote_words(item.votes)}</span>
                            </li>
                        }).collect_view()}
                    </ol>
                </div>
            }
        })
    };
    view! {
        <div class="ranking-lists">
            {move || ranking.with(|r| r.is_empty()).then(|| view! { <p class="ranking-none" data-testid="ranking-none">"No votes yet."</p> })}
            {move || list("Notes", "ranking-notes", ranking.with(|r| r.notes.clone()))}
            {move || list("Groups", "ranking-groups", ranking.with(|r| r.groups.clone()))}
        </div>
    }
}
