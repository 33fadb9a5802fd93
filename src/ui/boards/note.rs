//! One sticky note: its text (or "hidden"), department chip and author; edit
//! in place, delete with undo, select for grouping, vote, and move it by
//! pointer drag or by Alt+arrow keys.
//!
//! A board can hold thousands of notes, so a card keeps its reactive parts
//! few: what never changes is written once, the edit field and the vote
//! buttons exist only while in use, and the Edit, To plan, Delete and select controls
//! are answered by the card's one click handler instead of one each.

use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ctx::{use_board, BoardCtx};
use super::promoted::PromotedLinks;
use super::{drag, keys};
use crate::model::board::edit::BoardEdit;
use crate::model::board::voting::{vote_words, VotingEdit};
use crate::model::board::Note;
use crate::model::ids::{NoteId, ParticipantId};
use crate::model::palette::Colour;
use crate::model::provenance::BoardItem;
use crate::model::Board;

/// A note card.
#[component]
pub fn NoteCard(mut note: Note) -> impl IntoView {
    let ctx = use_board();
    let editing = RwSignal::new(false);
    let id = StoredValue::new(note.id.clone());
    let author = note.author.take();
    let by_department = note.department_id.is_some();
    let note = StoredValue::new(note);
    // A free label is the note's own; only a department's name and colour can change under it.
    let chip = |(name, colour): (String, Colour)| {
        view! { <span class="chip note-chip" style:background-color=colour.hex style:color=colour.ink data-testid="note-chip">{name}</span> }
    };
    let tag_view = if by_department {
        Either::Left(move || note.with_value(|n| ctx.departments.with(|d| Board::note_tag(n, d))).map(chip))
    } else {
        Either::Right(note.with_value(|n| Board::note_tag(n, &[])).map(chip))
    };
    let text = move || note.with_value(|n| n.text.clone());
    let selected = move || id.with_value(|id| ctx.selected.with(|s| s.contains(id)));
    let votes = move || id.with_value(|id| ctx.results.with(|r| r.as_ref().map(|r| r.get(id).copied().unwrap_or(0))));
    let body = move || {
        if editing.get() {
            view! { <NoteEditor ctx id text=text() editing /> }.into_any()
        } else {
            let shown = if ctx.hidden.get() { "hidden".to_string() } else { text() };
            view! { <p class="note-text" data-testid="note-text">{shown}</p> }.into_any()
        }
    };
    let toggle_select = move || ctx.selected.update(|s| if !id.with_value(|id| s.remove(id)) { s.insert(id.get_value()); });
    // Edit, To plan, Delete and the select box carry a data-action; a shift-click elsewhere selects.
    let click = move |ev: web_sys::MouseEvent| {
        let action = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-action]").ok().flatten()).and_then(|e| e.get_attribute("data-action"));
        match action.as_deref() {
            Some("select") => toggle_select(),
            Some("edit") => editing.set(true),
            Some("to-plan") => ctx.promoting.set(Some((BoardItem::Note, id.get_value().to_string()))),
            Some("delete") => ctx.run_with_undo(BoardEdit::DeleteNote { note_id: id.get_value() }, "Note deleted."),
            Some(_) => {}
            None if ev.shift_key() => toggle_select(),
            None => {}
        }
    };
    view! {
        <article class="note" class:selected=selected tabindex="0" data-note-id=id.get_value().to_string() data-testid="note"
            aria-label=move || if ctx.hidden.get() { "Note, text hidden".to_string() } else { note.with_value(|n| format!("Note: {}", n.text)) }
            on:keydown=move |ev| keys::note_key(ctx, id.get_value(), ev)
            on:pointerdown=move |ev| drag::down(ctx, id.get_value(), ev)
            on:pointermove=drag::moved
            on:pointerup=move |ev| drag::up(ctx, ev)
            on:pointercancel=move |_| drag::cancel()
            on:click=click>
            {body}
            <div class="note-foot"><div class="note-meta">
                {tag_view}
                {author.map(|a| view! { <span class="note-author" data-testid="note-author">{a}</span> })}
                {move || votes().map(|n| view! { <span class="note-votes" data-testid="note-votes">{vote_words(n)}</span> })}
                <PromotedLinks item_id=id.get_value().to_string() />
            </div>
            <div class="note-actions">
                // Texts in braces: an element with nothing dynamic in it is cloned from
                // Leptos's template cache, whose lookup (tachys 0.2) clones every template
                // it passes; built directly, a thousand notes open several times faster.
                <label class="note-select"><input type="checkbox" data-testid="note-select" data-action="select" prop:checked=selected />
                    <span class="visually-hidden">{"Select for grouping"}</span></label>
                <button type="button" class="small" data-testid="note-edit" data-action="edit">{"Edit"}</button>
                <button type="button" class="small" data-testid="note-to-plan" data-action="to-plan"
                    title="Make this an objective, initiative, decision or lesson of a plan">{"To plan…"}</button>
                <button type="button" class="small danger" data-testid="note-delete" data-action="delete">{"Delete"}</button>
                {move || ctx.voting_now.get().then(|| view! { <VoteButtons ctx id /> })}
            </div></div>
        </article>
    }
}

/// The text in an editable field: Enter saves, Shift+Enter is a new line, Escape leaves it.
#[component]
fn NoteEditor(ctx: BoardCtx, id: StoredValue<NoteId>, text: String, editing: RwSignal<bool>) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let save = move |text: String| match ctx.run(BoardEdit::EditNoteText { note_id: id.get_value(), text }) {
        Ok(_) => editing.set(false),
        Err(why) => error.set(Some(why.to_string())),
    };
    // "Edit" puts the caret at the end of the text, so typing goes there
    // and Escape reaches the field (autofocus does nothing for an element
    // added after the page loaded).
    let field = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if let Some(field) = field.get() {
            let _ = field.focus();
            let end = field.value().encode_utf16().count() as u32;
            let _ = field.set_selection_range(end, end);
        }
    });
    view! {
        <textarea class="note-edit" data-testid="note-edit-input" aria-label="Note text" prop:value=text node_ref=field
            on:keydown:target=move |ev| match ev.key().as_str() {
                "Enter" if !ev.shift_key() => { ev.prevent_default(); save(ev.target().value()) }
                "Escape" => { editing.set(false); error.set(None) }
                _ => {}
            }></textarea>
        {move || error.get().map(|e| view! { <span class="field-error" role="alert">{e}</span> })}
    }
}

/// Vote, and take a vote back, for whoever's turn it is.
#[component]
fn VoteButtons(ctx: BoardCtx, id: StoredValue<NoteId>) -> impl IntoView {
    let mine = move || id.with_value(|id| ctx.my_votes.with(|m| m.as_ref().and_then(|m| m.get(id).copied()).unwrap_or(0)));
    let vote = move |edit: fn(ParticipantId, NoteId) -> VotingEdit| {
        if let Some(p) = ctx.participant.get_untracked() {
            ctx.run_or_toast(edit(p, id.get_value()));
        }
    };
    view! {
        <button type="button" class="small vote" data-testid="note-vote"
            on:click=move |_| vote(|participant_id, note_id| VotingEdit::Cast { participant_id, note_id })>
            "Vote" {move || Some(mine()).filter(|n| *n > 0).map(|n| format!(" ({n})"))}
        </button>
        {move || (mine() > 0).then(|| view! {
            <button type="button" class="small" data-testid="note-unvote"
                on:click=move |_| vote(|participant_id, note_id| VotingEdit::Remove { participant_id, note_id })>"Take back"</button>
        })}
    }
}

