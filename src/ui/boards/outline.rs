//! The text twin of the board: areas → groups → notes (with votes once
//! revealed) as nested lists a screen reader can walk, and "Copy as Markdown"
//! (Clipboard API, or a read-only field to copy from when it is refused).

use leptos::prelude::*;

use super::ctx::use_board;
use crate::ui::common::clipboard::copy_then;
use crate::model::board::voting::vote_words;
use crate::model::board::outline::{markdown, outline, OutlineNote};

/// The outline, folded away until opened.
#[component]
pub fn BoardOutline() -> impl IntoView {
    let ctx = use_board();
    let open = RwSignal::new(false);
    let fallback = RwSignal::new(None::<String>);
    let tree = move || ctx.departments.with(|d| ctx.with(|b| outline(b, d))).unwrap_or_default();
    let copy = move |_| {
        let text = ctx.departments.with_untracked(|d| ctx.with_untracked(|b| markdown(b, d))).unwrap_or_default();
        let state = ctx.state;
        copy_then(text, move |copied, text| match copied {
            true => (fallback.set(None), state.toast("The outline is copied as Markdown.", false, None)).0,
            // No clipboard (permission, old browser): a field to copy from by hand.
            false => fallback.set(Some(text)),
        });
    };
    let note = |n: OutlineNote| {
        let by = if n.by.is_empty() { String::new() } else { format!(" — {}", n.by.join(", ")) };
        view! { <li>{n.text}{by}{n.votes.map(|v| format!(" ({})", vote_words(v)))}</li> }
    };
    view! {
        <section class="board-outline" data-testid="board-outline">
            <h2>"Text outline"</h2>
            <button type="button" data-testid="outline-toggle" aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)>{move || if open.get() { "Hide the outline" } else { "Show the outline" }}</button>
            <button type="button" data-testid="outline-copy" on:click=copy>"Copy as Markdown"</button>
            {move || fallback.get().map(|text| view! {
                <label class="field outline-copy"><span class="field-label">"Copying was not allowed: select this text and copy it."</span>
                    <textarea readonly data-testid="outline-markdown" prop:value=text></textarea></label>
            })}
            <Show when=move || open.get()>
                <ul class="outline-areas" data-testid="outline-list">
                    {move || tree().into_iter().map(|area| view! {
                        <li><strong>{area.title}</strong>
                            <ul>
                                {area.clusters.into_iter().map(|c| view! {
                                    <li><em>{c.title}</em>{c.votes.map(|v| format!(" ({})", vote_words(v)))}
                                        <ul>{c.notes.into_iter().map(note).collect_view()}</ul></li>
                                }).collect_view()}
                                {area.notes.into_iter().map(note).collect_view()}
                            </ul>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}
