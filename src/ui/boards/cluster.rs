//! A titled group of notes inside an area: rename, collapse or expand,
//! ungroup (with undo), move it by its header (pointer drag, or Alt+arrow
//! keys on its grip), and its votes once revealed.

use leptos::prelude::*;

use super::ctx::use_board;
use super::note_list::NoteList;
use super::promoted::PromotedLinks;
use super::title_field::TitleField;
use super::to_plan::ToPlanButton;
use super::{drag, keys};
use crate::model::board::edit::BoardEdit;
use crate::model::board::queries::votes_on;
use crate::model::board::voting::vote_words;
use crate::model::ids::ClusterId;
use crate::model::provenance::BoardItem;
use crate::ui::select::memo;

/// One cluster and its notes.
#[component]
pub fn ClusterBox(cluster_id: ClusterId) -> impl IntoView {
    let ctx = use_board();
    let id = StoredValue::new(cluster_id);
    let info = ctx.read(move |b| id.with_value(|id| b.cluster(id).map(|c| (c.area_id.clone(), c.title.clone(), c.collapsed))));
    let area = move || info.with(|i| i.as_ref().map(|i| i.0.to_string())).unwrap_or_default();
    let title = move || info.with(|i| i.as_ref().map(|i| i.1.clone())).unwrap_or_default();
    let collapsed = move || info.with(|i| i.as_ref().is_some_and(|i| i.2));
    let notes = memo(move || {
        let area = info.with(|i| i.as_ref().map(|i| i.0.clone())).unwrap_or_default();
        id.with_value(|id| ctx.group(&area, Some(id)))
    });
    let votes = move || ctx.results.with(|r| r.as_ref().map(|r| notes.with(|ns| votes_on(ns, r)))).filter(|n| *n > 0);
    let toggle = move |_| {
        ctx.run_or_toast(BoardEdit::CollapseCluster { cluster_id: id.get_value(), collapsed: !collapsed() });
    };
    view! {
        <div class="cluster" data-drop-list="" data-area=area data-cluster=id.get_value().to_string() data-testid="cluster">
            <div class="cluster-head"
                on:pointerdown=move |ev| drag::down_cluster(ctx, id.get_value(), ev) on:pointermove=drag::moved
                on:pointerup=move |ev| drag::up(ctx, ev) on:pointercancel=move |_| drag::cancel()
                on:keydown=move |ev| keys::cluster_key(ctx, id.get_value(), ev)>
                <button type="button" class="cluster-grip" data-grip="" data-testid="cluster-grip" title="Drag to move the group, or press Alt and an arrow key"
                    aria-label=move || format!("Move group {}: Alt and an arrow key", title())></button>
                <button type="button" class="small cluster-toggle" data-testid="cluster-toggle" aria-expanded=move || (!collapsed()).to_string()
                    on:click=toggle>{move || if collapsed() { "▸" } else { "▾" }}<span class="visually-hidden">" Show or hide notes"</span></button>
                <TitleField class="cluster-title" testid="cluster-title" label=Signal::stored("Group title".to_string()) value=Signal::derive(title)
                    commit=Callback::new(move |title| drop(ctx.run_or_toast(BoardEdit::RenameCluster { cluster_id: id.get_value(), title }))) />
                <span class="muted cluster-count" data-testid="cluster-count">{move || notes.with(|n| if n.len() == 1 { "1 note".to_string() } else { format!("{} notes", n.len()) })}</span>
                {move || votes().map(|n| view! { <span class="note-votes" data-testid="cluster-votes">{vote_words(n)}</span> })}
                <ToPlanButton item=BoardItem::Cluster item_id=id.get_value().to_string() />
                <button type="button" class="small" data-testid="cluster-ungroup"
                    on:click=move |_| ctx.run_with_undo(BoardEdit::Ungroup { cluster_id: id.get_value() }, "Group removed; its notes stay.")>"Ungroup"</button>
            </div>
            <div class="cluster-promoted"><PromotedLinks item_id=id.get_value().to_string() /></div>
            <Show when=move || !collapsed()>
                <div class="note-list">
                    <NoteList notes />
                </div>
            </Show>
        </div>
    }
}
