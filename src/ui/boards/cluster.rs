//! A titled group of notes inside an area: rename, collapse or expand,
//! ungroup (with undo), move it by its header (pointer drag, or Alt+arrow
//! keys on its grip), and its votes once revealed.

use leptos::prelude::*;

use super::ctx::use_board;
use super::note_list::NoteList;
use super::promote::{PromotedLinks, ToPlanButton};
use super::{drag, keys};
use crate::model::board::voting::vote_words;
use crate::model::provenance::BoardItem;
use crate::model::board::edit::BoardEdit;

/// One cluster and its notes.
#[component]
pub fn ClusterBox(cluster_id: String) -> impl IntoView {
    let ctx = use_board();
    let id = StoredValue::new(cluster_id.clone());
    let info = Memo::new(move |_| {
        ctx.with(|b| b.cluster(&id.get_value()).map(|c| (c.area_id.clone(), c.title.clone(), c.collapsed))).flatten()
    });
    let area = move || info.get().map(|i| i.0).unwrap_or_default();
    let title = move || info.get().map(|i| i.1).unwrap_or_default();
    let collapsed = move || info.get().is_some_and(|i| i.2);
    let notes = Memo::new(move |_| {
        let area = info.with(|i| i.as_ref().map(|i| i.0.clone())).unwrap_or_default();
        ctx.group(&area, Some(&id.get_value()))
    });
    let votes = move || {
        ctx.results.with(|r| r.as_ref().map(|r| notes.with(|ns| ns.iter().map(|n| r.get(&n.id).copied().unwrap_or(0)).sum::<u32>())))
    };
    let toggle = move |_| {
        ctx.run_or_toast(BoardEdit::CollapseCluster { cluster_id: id.get_value(), collapsed: !collapsed() });
    };
    view! {
        <div class="cluster" data-drop-list="" data-area=area data-cluster=cluster_id.clone() data-testid="cluster">
            <div class="cluster-head"
                on:pointerdown=move |ev| drag::down_cluster(ctx, &id.get_value(), ev) on:pointermove=drag::moved
                on:pointerup=move |ev| drag::up(ctx, ev) on:pointercancel=move |_| drag::cancel()
                on:keydown=move |ev| keys::cluster_key(ctx, &id.get_value(), ev)>
                <button type="button" class="cluster-grip" data-grip="" data-testid="cluster-grip" title="Drag to move the group, or press Alt and an arrow key"
                    aria-label=move || format!("Move group {}: Alt and an arrow key", title())></button>
                <button type="button" class="small cluster-toggle" data-testid="cluster-toggle" aria-expanded=move || (!collapsed()).to_string()
                    on:click=toggle>{move || if collapsed() { "▸" } else { "▾" }}<span class="visually-hidden">" Show or hide notes"</span></button>
                <input type="text" class="cluster-title" aria-label="Group title" data-testid="cluster-title" prop:value=title
                    on:change:target=move |ev| { ctx.run_or_toast(BoardEdit::RenameCluster { cluster_id: id.get_value(), title: ev.target().value() }); } />
                <span class="muted cluster-count" data-testid="cluster-count">{move || notes.with(|n| if n.len() == 1 { "1 note".to_string() } else { format!("{} notes", n.len()) })}</span>
                {move || votes().map(|n| view! { <span class="note-votes" data-testid="cluster-votes">{vote_words(n)}</span> })}
                <ToPlanButton item=BoardItem::Cluster item_id=cluster_id.clone() />
                <button type="button" class="small" data-testid="cluster-ungroup"
                    on:click=move |_| ctx.run_with_undo(BoardEdit::Ungroup { cluster_id: id.get_value() }, "Group removed; its notes stay.")>"Ungroup"</button>
            </div>
            <div class="cluster-promoted"><PromotedLinks item_id=cluster_id.clone() /></div>
            <Show when=move || !collapsed()>
                <div class="note-list">
                    <NoteList notes />
                </div>
            </Show>
        </div>
    }
}
