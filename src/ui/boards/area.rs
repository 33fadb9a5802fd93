//! One area of the grid: its title (rename, reorder, remove), its clusters,
//! its loose notes, and the input that adds notes to it from the keyboard.

use leptos::prelude::*;

use super::cluster::ClusterBox;
use super::ctx::{use_board, BoardCtx};
use super::note_list::NoteList;
use crate::model::board::edit::{BoardEdit, NewNote};

/// An area with everything in it.
#[component]
pub fn AreaCard(area_id: String) -> impl IntoView {
    let ctx = use_board();
    let id = StoredValue::new(area_id.clone());
    let title = Memo::new(move |_| ctx.with(|b| b.area(&id.get_value()).map(|a| a.title.clone())).flatten().unwrap_or_default());
    let position = Memo::new(move |_| ctx.with(|b| (b.areas.iter().position(|a| a.id == id.get_value()), b.areas.len())).unwrap_or((None, 0)));
    // Clusters in board order, or most votes first when asked once revealed.
    let clusters = Memo::new(move |_| {
        let (results, sort) = (ctx.results.get(), ctx.sort_by_votes.get());
        ctx.with(|b| {
            let votes = |c: &str| results.as_ref().map_or(0, |r| b.notes_in_cluster(c).map(|n| r.get(&n.id).copied().unwrap_or(0)).sum::<u32>());
            let mut list: Vec<(String, u32)> = b.clusters_in_area(&id.get_value()).map(|c| (c.id.clone(), votes(&c.id))).collect();
            if sort {
                list.sort_by_key(|(_, v)| std::cmp::Reverse(*v));
            }
            list.into_iter().map(|(c, _)| c).collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let notes = Memo::new(move |_| ctx.group(&id.get_value(), None));
    let move_to = move |delta: isize| {
        if let (Some(at), _) = position.get_untracked() {
            let index = at.saturating_add_signed(delta);
            ctx.run_or_toast(BoardEdit::MoveArea { area_id: id.get_value(), index });
        }
    };
    let rename = move |text: String| {
        ctx.run_or_toast(BoardEdit::RenameArea { area_id: id.get_value(), title: text });
    };
    view! {
        <section class="area" data-drop-list="" data-area=area_id data-cluster="" data-testid="area"
            aria-label=move || title.get()>
            <header class="area-head">
                <h2 class="visually-hidden" data-testid="area-title">{move || title.get()}</h2>
                <div class="area-tools">
                    <input type="text" class="area-rename" aria-label="Area title" data-testid="area-rename" prop:value=move || title.get()
                        on:change:target=move |ev| rename(ev.target().value()) />
                    <button type="button" class="small" data-testid="area-earlier" aria-label="Move area earlier"
                        disabled=move || position.get().0 == Some(0) on:click=move |_| move_to(-1)>"◀"</button>
                    <button type="button" class="small" data-testid="area-later" aria-label="Move area later"
                        disabled=move || { let (at, len) = position.get(); at.is_none_or(|a| a + 1 >= len) } on:click=move |_| move_to(1)>"▶"</button>
                    <button type="button" class="small danger" data-testid="area-remove"
                        on:click=move |_| ctx.run_with_undo(BoardEdit::RemoveArea { area_id: id.get_value() }, "Area removed.")>"Remove"</button>
                </div>
            </header>
            <div class="clusters">
                <For each=move || clusters.get() key=|c| c.clone() let:cluster_id>
                    <ClusterBox cluster_id />
                </For>
            </div>
            <div class="note-list loose">
                <NoteList notes />
            </div>
            <NoteInput ctx area_id=id.get_value() />
        </section>
    }
}

/// Type and press Enter: the note is added with the current department and
/// author, the input empties and keeps the focus. Empty notes are refused.
#[component]
fn NoteInput(ctx: BoardCtx, area_id: String) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let add = move |input: web_sys::HtmlInputElement| {
        let (department, label) = (ctx.department.get_untracked(), ctx.label.get_untracked());
        let new = NewNote {
            area_id: area_id.clone(),
            text: input.value(),
            department_id: Some(department).filter(|d| !d.is_empty()),
            colour: Some(ctx.colour.get_untracked()).filter(|_| !label.trim().is_empty()),
            label: Some(label).filter(|l| !l.trim().is_empty()),
            author: Some(ctx.author.get_untracked()),
        };
        match ctx.run(BoardEdit::AddNote(new)) {
            Ok(_) => {
                input.set_value("");
                error.set(None);
            }
            Err(why) => error.set(Some(why)),
        }
    };
    view! {
        <div class="note-input">
            <input type="text" data-testid="note-input" placeholder="Type a note, press Enter" aria-label="New note"
                on:keydown:target=move |ev| if ev.key() == "Enter" { ev.prevent_default(); add(ev.target()) }
                on:input=move |_| if error.with_untracked(Option::is_some) { error.set(None) } />
            {move || error.get().map(|e| view! { <span class="field-error" role="alert" data-testid="note-input-error">{e}</span> })}
        </div>
    }
}
