//! One area in projector mode: large notes, groups with their votes once
//! revealed, department names next to (never inside) their colour swatch so
//! every text keeps 7:1 contrast. A tall area takes a whole row of the grid
//! and its notes flow into columns, so a long lane does not run off the screen.

use leptos::prelude::*;

use super::ctx::use_board;
use crate::model::Board;
use crate::model::board::Note;
use crate::model::board::queries::votes_on;
use crate::model::board::voting::vote_words;
use crate::model::ids::{AreaId, ClusterId};
use crate::ui::select::memo;

/// An area with more notes than this takes a whole row, its notes in columns.
const TALL: usize = 6;

/// The stop a presentation clicker is on: an area, or one of its groups.
pub type Stop = Option<(AreaId, Option<ClusterId>)>;

/// An area as the room sees it; `current` is the stop the clicker is on.
#[component]
pub fn ProjectorArea(area_id: AreaId, current: Signal<Stop>) -> impl IntoView {
    let ctx = use_board();
    let id = StoredValue::new(area_id);
    let title = ctx.read(move |b| id.with_value(|id| b.area(id).map(|a| a.title.clone())).unwrap_or_default());
    let clusters = ctx.read(move |b| id.with_value(|id| b.clusters_in_area(id).map(|c| (c.id.clone(), c.title.clone())).collect::<Vec<_>>()));
    let tall = ctx.read(move |b| id.with_value(|id| b.notes_in_area(id).count() > TALL));
    let here = move || id.with_value(|id| current.with(|c| c.as_ref().is_some_and(|c| c.0 == *id)));
    view! {
        <section class="projector-area" class:current=here class:tall=move || tall.get() data-testid="projector-area">
            <h2>{move || title.get()}</h2>
            <For each=move || clusters.get() key=|c| c.clone() let:cluster>
                <ProjectorCluster area_id=id.get_value() cluster_id=cluster.0 title=cluster.1 current />
            </For>
            <ProjectorNotes area_id=id.get_value() cluster_id=None />
        </section>
    }
}

#[component]
fn ProjectorCluster(area_id: AreaId, cluster_id: ClusterId, title: String, current: Signal<Stop>) -> impl IntoView {
    let ctx = use_board();
    let id = StoredValue::new(cluster_id);
    let is_current = move || id.with_value(|id| current.with(|c| c.as_ref().is_some_and(|c| c.1.as_ref() == Some(id))));
    // Its notes' votes together, once revealed; a group without any says nothing.
    let votes = memo(move || {
        ctx.results.with(|r| r.as_ref().and_then(|r| id.with_value(|id| ctx.with(|b| votes_on(b.notes_in_cluster(id), r)))))
    });
    view! {
        <div class="projector-cluster" class:current=is_current data-testid="projector-group">
            <h3>
                <span data-testid="projector-group-title">{title}</span>
                {move || votes.get().filter(|n| *n > 0).map(|n| view! { <span class="projector-votes" data-testid="projector-group-votes">{vote_words(n)}</span> })}
            </h3>
            <ProjectorNotes area_id cluster_id=Some(id.get_value()) />
        </div>
    }
}

#[component]
fn ProjectorNotes(area_id: AreaId, cluster_id: Option<ClusterId>) -> impl IntoView {
    let ctx = use_board();
    let notes = memo(move || ctx.group(&area_id, cluster_id.as_ref()));
    view! {
        <ul class="projector-notes">
            <For each=move || notes.get() key=|n| (n.id.clone(), n.updated_at, n.text.clone()) let:note>
                <ProjectorNote note />
            </For>
        </ul>
    }
}

#[component]
fn ProjectorNote(note: Note) -> impl IntoView {
    let ctx = use_board();
    let tag = ctx.departments.with_untracked(|d| Board::note_tag(&note, d));
    let Note { id, text, author, .. } = note;
    // Only notes that got votes say so: a room reading "0 votes" on most notes reads noise.
    let votes = move || ctx.results.with(|r| r.as_ref().map(|r| r.get(&id).copied().unwrap_or(0))).filter(|n| *n > 0);
    view! {
        <li class="projector-note" data-testid="projector-note">
            <span class="projector-text" data-testid="projector-note-text">{move || if ctx.hidden.get() { "hidden".to_string() } else { text.clone() }}</span>
            <span class="who">
                {tag.map(|(name, colour)| view! { <span><span class="swatch" aria-hidden="true" style:background-color=colour.hex></span>{name}</span> })}
                {author.map(|a| view! { <span>{a}</span> })}
                {move || votes().map(|n| view! { <span class="projector-votes" data-testid="projector-votes">{vote_words(n)}</span> })}
            </span>
        </li>
    }
}
