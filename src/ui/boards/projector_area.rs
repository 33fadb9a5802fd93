//! One area in projector mode: large notes, groups, department names next
//! to (never inside) their colour swatch so every text keeps 7:1 contrast.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ctx::use_board;
use crate::model::board::voting::vote_words;
use crate::model::board::Note;
use crate::model::Board;

/// An area as the room sees it; `current` is the stop the clicker is on.
#[component]
pub fn ProjectorArea(area_id: String, current: Signal<Option<(String, Option<String>)>>) -> impl IntoView {
    let ctx = use_board();
    let id = StoredValue::new(area_id);
    let title = move || ctx.with(|b| b.area(&id.get_value()).map(|a| a.title.clone())).flatten().unwrap_or_default();
    let clusters = Memo::new(move |_| ctx.with(|b| b.clusters_in_area(&id.get_value()).map(|c| (c.id.clone(), c.title.clone())).collect::<Vec<_>>()).unwrap_or_default());
    let here = move || current.with(|c| c.as_ref().is_some_and(|c| c.0 == id.get_value()));
    let area_ref = NodeRef::<leptos::html::Section>::new();
    Effect::new(move |_| {
        if here() {
            if let Some(el) = area_ref.get() {
                el.unchecked_ref::<web_sys::Element>().scroll_into_view();
            }
        }
    });
    view! {
        <section class="projector-area" class:current=here node_ref=area_ref data-testid="projector-area">
            <h2>{title}</h2>
            <For each=move || clusters.get() key=|c| c.clone() let:cluster>
                {
                    let cid = cluster.0.clone();
                    let is_current = move || current.with(|c| c.as_ref().is_some_and(|c| c.1.as_deref() == Some(cid.as_str())));
                    let cid = cluster.0.clone();
                    view! {
                        <div class="projector-cluster" class:current=is_current>
                            <h3>{cluster.1.clone()}</h3>
                            <ProjectorNotes area_id=id.get_value() cluster_id=Some(cid) />
                        </div>
                    }
                }
            </For>
            <ProjectorNotes area_id=id.get_value() cluster_id=None />
        </section>
    }
}

#[component]
fn ProjectorNotes(area_id: String, cluster_id: Option<String>) -> impl IntoView {
    let ctx = use_board();
    let notes = Memo::new(move |_| ctx.group(&area_id, cluster_id.as_deref()));
    view! {
        <ul class="projector-notes">
            <For each=move || notes.get() key=|n| (n.id.clone(), n.updated_at.clone(), n.text.clone()) let:note>
                <ProjectorNote note />
            </For>
        </ul>
    }
}

#[component]
fn ProjectorNote(note: Note) -> impl IntoView {
    let ctx = use_board();
    let tag = ctx.departments.with_untracked(|d| Board::note_tag(&note, d));
    let id = note.id.clone();
    let votes = move || ctx.results.with(|r| r.as_ref().map(|r| r.get(&id).copied().unwrap_or(0)));
    let text = note.text.clone();
    view! {
        <li class="projector-note" data-testid="projector-note">
            <span class="projector-text" data-testid="projector-note-text">{move || if ctx.hidden.get() { "hidden".to_string() } else { text.clone() }}</span>
            <span class="who">
                {tag.map(|(name, colour)| view! { <span><span class="swatch" aria-hidden="true" style:background-color=colour.hex></span>{name}</span> })}
                {note.author.clone().map(|a| view! { <span>{a}</span> })}
                {move || votes().map(|n| view! { <span class="projector-votes" data-testid="projector-votes">{vote_words(n)}</span> })}
            </span>
        </li>
    }
}
