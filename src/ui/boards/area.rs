//! One area of the grid: its title (rename, reorder, remove), its clusters,
//! its loose notes, and the input that adds notes to it from the keyboard.

use leptos::prelude::*;

use super::cluster::ClusterBox;
use super::ctx::{use_board, BoardCtx};
use super::keys::focus_later;
use super::note_list::NoteList;
use super::title_field::TitleField;
use crate::model::CommandError;
use crate::model::board::edit::{BoardEdit, BoardError, NewNote};
use crate::model::board::paste::{is_list, note_lines};
use crate::model::entity::position;
use crate::model::ids::AreaId;
use crate::ui::select::memo;

/// An area with everything in it.
#[component]
pub fn AreaCard(area_id: AreaId) -> impl IntoView {
    let ctx = use_board();
    let id = StoredValue::new(area_id);
    let title = ctx.read(move |b| id.with_value(|id| b.area(id).map(|a| a.title.clone())).unwrap_or_default());
    let place = ctx.read(move |b| (id.with_value(|id| position(&b.areas, id)), b.areas.len()));
    // Clusters in board order, or most votes first when asked once revealed.
    let clusters = memo(move || id.with_value(|id| ctx.clusters(id)));
    let notes = memo(move || id.with_value(|id| ctx.group(id, None)));
    let move_to = move |delta: isize| {
        if let (Some(at), _) = place.get_untracked() {
            let index = at.saturating_add_signed(delta);
            ctx.run_or_toast(BoardEdit::MoveArea { area_id: id.get_value(), index });
        }
    };
    let rename = move |title: String| drop(ctx.run_or_toast(BoardEdit::RenameArea { area_id: id.get_value(), title }));
    let remove = move |_| match ctx.run(BoardEdit::RemoveArea { area_id: id.get_value() }) {
        Ok(outcome) => ctx.state.toast("Area removed.", false, outcome.undo.map(|u| *u)),
        Err(why) => {
            ctx.state.toasts.refused(&why);
            // The way on is to move its notes away: its first note takes the
            // focus, ready for Alt+arrow keys (or Delete).
            if let CommandError::Board(BoardError::AreaHasNotes { .. }) = why {
                focus_later(format!(".area[data-area=\"{}\"] [data-note-id]", id.get_value()));
            }
        }
    };
    view! {
        <section class="area" data-drop-list="" data-area=id.get_value().to_string() data-cluster="" data-testid="area"
            aria-label=move || title.get()>
            <header class="area-head">
                <h2 class="visually-hidden" data-testid="area-title">{move || title.get()}</h2>
                <div class="area-tools">
                    <TitleField class="area-rename" testid="area-rename" label=Signal::stored("Area title".to_string())
                        value=title.into() commit=Callback::new(rename) />
                    <button type="button" class="small icon" data-testid="area-earlier" aria-label="Move area earlier"
                        disabled=move || place.get().0 == Some(0) on:click=move |_| move_to(-1)>"◀"</button>
                    <button type="button" class="small icon" data-testid="area-later" aria-label="Move area later"
                        disabled=move || { let (at, len) = place.get(); at.is_none_or(|a| a + 1 >= len) } on:click=move |_| move_to(1)>"▶"</button>
                    <button type="button" class="small icon danger" data-testid="area-remove" aria-label="Remove area" title="Remove area" on:click=remove>"✕"</button>
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
            <NoteInput ctx area_id=id />
        </section>
    }
}

/// Type and press Enter: the note is added with the area's department (a
/// department's lane) or the board's, and the author; the input empties and
/// keeps the focus. Empty and overlong notes are refused with why. A pasted
/// list offers one note per line.
#[component]
fn NoteInput(ctx: BoardCtx, area_id: StoredValue<AreaId>) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let pasted = RwSignal::new(None::<Vec<String>>);
    let field = NodeRef::<leptos::html::Input>::new();
    let new_note = move |text: String| {
        let label = ctx.label.get_untracked();
        let labelled = !label.trim().is_empty();
        let departments = ctx.departments.get_untracked();
        NewNote {
            department_id: ctx.with_untracked(|b| b.department_for_new_note(&area_id.get_value(), &departments)).flatten(),
            area_id: area_id.get_value(),
            text,
            colour: Some(ctx.colour.get_untracked()).filter(|_| labelled),
            label: Some(label).filter(|_| labelled),
            author: Some(ctx.author.get_untracked()),
        }
    };
    let add = move |input: web_sys::HtmlInputElement| match ctx.run(BoardEdit::AddNote(new_note(input.value()))) {
        Ok(_) => {
            input.set_value("");
            error.set(None);
        }
        Err(why) => error.set(Some(why.to_string())),
    };
    let paste = move |ev: leptos::ev::ClipboardEvent| {
        let text = ev.clipboard_data().and_then(|d| d.get_data("text/plain").ok()).unwrap_or_default();
        if is_list(&text) {
            ev.prevent_default();
            pasted.set(Some(note_lines(&text)));
        }
    };
    let add_all = move |_| {
        let Some(lines) = pasted.get_untracked() else { return };
        let count = lines.len();
        match ctx.run(BoardEdit::AddNotes(lines.into_iter().map(new_note).collect())) {
            Ok(outcome) => {
                (pasted.set(None), error.set(None));
                ctx.state.toast(format!("{count} notes added, one per line."), false, outcome.undo.map(|u| *u));
            }
            Err(why) => error.set(Some(why.to_string())),
        }
    };
    let as_one = move |_| {
        let Some(lines) = pasted.get_untracked() else { return };
        if let Some(input) = field.get_untracked() {
            input.set_value(&lines.join(" "));
            let _ = input.focus();
        }
        pasted.set(None);
    };
    view! {
        <div class="note-input">
            <input type="text" data-testid="note-input" placeholder="Type a note, press Enter" aria-label="New note" node_ref=field
                on:keydown:target=move |ev| if ev.key() == "Enter" { ev.prevent_default(); add(ev.target()) }
                on:paste=paste
                on:input=move |_| if error.with_untracked(Option::is_some) { error.set(None) } />
            {move || pasted.get().map(|lines| view! {
                <div class="paste-offer" role="group" aria-label="Pasted list" data-testid="paste-offer">
                    <span>{format!("You pasted {} lines.", lines.len())}</span>
                    <button type="button" class="small primary" data-testid="paste-as-notes" on:click=add_all>{format!("Add {} notes, one per line", lines.len())}</button>
                    <button type="button" class="small" data-testid="paste-as-one" on:click=as_one>"Keep it as one note"</button>
                </div>
            })}
            {move || error.get().map(|e| view! { <span class="field-error" role="alert" data-testid="note-input-error">{e}</span> })}
        </div>
    }
}
