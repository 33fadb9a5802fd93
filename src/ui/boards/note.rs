//! One sticky note: its text (or "hidden"), department chip, author and
//! votes; its actions (edit in place, to plan, delete with undo, select for
//! grouping) show on the note pointed at or focused, and have keys of their
//! own (see `keys`); vote while a turn is on; move it by pointer drag or by
//! Alt+arrow keys.
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
use crate::model::ids::NoteId;
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
    // Once revealed, and only when it has some: a column of "0 votes" is noise.
    let votes = move || id.with_value(|id| ctx.results.with(|r| r.as_ref().and_then(|r| r.get(id).copied()).filter(|n| *n > 0)));
    let body = move || {
        if editing.get() {
            view! { <NoteEditor ctx id text=text() editing /> }.into_any()
        } else {
            let shown = if ctx.hidden.get() { "hidden".to_string() } else { text() };
            view! { <p class="note-text" data-testid="note-text">{shown}</p> }.into_any()
        }
    };
    // Edit, To plan, Delete and the select box carry a data-action; a shift-click elsewhere selects.
    let click = move |ev: web_sys::MouseEvent| {
        let action = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-action]").ok().flatten()).and_then(|e| e.get_attribute("data-action"));
        let action = match action.as_deref() {
            Some("select") => NoteAction::Select,
            Some("edit") => NoteAction::Edit,
            Some("to-plan") => NoteAction::ToPlan,
            Some("delete") => NoteAction::Delete,
            None if ev.shift_key() => NoteAction::Select,
            _ => return,
        };
        act(ctx, &id.get_value(), editing, action);
    };
    view! {
        <article class="note" class:selected=selected tabindex="0" data-note-id=id.get_value().to_string() data-testid="note"
            aria-label=move || if ctx.hidden.get() { "Note, text hidden".to_string() } else { note.with_value(|n| format!("Note: {}", n.text)) }
            aria-keyshortcuts="Enter Delete P X V"
            on:keydown=move |ev| keys::note_key(ctx, id.get_value(), editing, ev)
            on:pointerdown=move |ev| drag::down(ctx, id.get_value(), ev)
            on:pointermove=drag::moved
            on:pointerup=move |ev| drag::up(ctx, ev)
            on:pointercancel=move |_| drag::cancel()
            on:contextmenu=keys::context_menu
            on:click=click>
            {body}
            <div class="note-meta">
                {tag_view}
                {author.map(|a| view! { <span class="note-author" data-testid="note-author">{a}</span> })}
                {move || votes().map(|n| view! { <span class="note-votes" data-testid="note-votes">{vote_words(n)}</span> })}
                <PromotedLinks item_id=id.get_value().to_string() />
            </div>
            // Shown while the note is pointed at, focused or selected (and on every
            // note while some are selected): the board reads as notes, not buttons.
            <label class="note-select" title="Select for grouping (X)"><input type="checkbox" data-testid="note-select" data-action="select" prop:checked=selected />
                <span class="visually-hidden">{"Select for grouping"}</span></label>
            // Texts in braces: an element with nothing dynamic in it is cloned from
            // Leptos's template cache, whose lookup (tachys 0.2) clones every template
            // it passes; built directly, a thousand notes open several times faster.
            <div class="note-actions" role="group" aria-label="Note actions">
                <button type="button" class="icon" data-testid="note-edit" data-action="edit" aria-label="Edit" title="Edit (Enter)">{"✎"}</button>
                <button type="button" class="icon" data-testid="note-to-plan" data-action="to-plan" aria-label="To plan…"
                    title="Make this an objective, initiative, decision or lesson of a plan (P)">{"↗"}</button>
                <button type="button" class="icon danger" data-testid="note-delete" data-action="delete" aria-label="Delete" title="Delete (Delete key)">{"✕"}</button>
            </div>
            {move || ctx.voting_now.get().then(|| view! { <div class="note-vote"><VoteButtons ctx id /></div> })}
        </article>
    }
}

/// What can be done to a note, by its buttons or by its keys.
#[derive(Clone, Copy, PartialEq)]
pub enum NoteAction {
    Select,
    Edit,
    ToPlan,
    Delete,
}

/// Does `action` to note `id`, whose editor opens with `editing`.
pub fn act(ctx: BoardCtx, id: &NoteId, editing: RwSignal<bool>, action: NoteAction) {
    match action {
        NoteAction::Select => ctx.selected.update(|s| if !s.remove(id) { s.insert(id.clone()); }),
        NoteAction::Edit => editing.set(true),
        NoteAction::ToPlan => ctx.promoting.set(Some((BoardItem::Note, id.to_string()))),
        NoteAction::Delete => {
            // The focus goes on to a neighbour, so the keys can carry on.
            let next = keys::neighbour(id);
            ctx.run_with_undo(BoardEdit::DeleteNote { note_id: id.clone() }, "Note deleted.");
            if let Some(next) = next {
                keys::focus_note(&next);
            }
        }
    }
}

/// A vote on note `id` for whoever's turn it is (`cast`), or one of theirs taken back.
pub fn vote(ctx: BoardCtx, id: &NoteId, cast: bool) {
    let Some(participant_id) = ctx.participant.get_untracked().filter(|_| ctx.voting_now.get_untracked()) else { return };
    let note_id = id.clone();
    ctx.run_or_toast(if cast { VotingEdit::Cast { participant_id, note_id } } else { VotingEdit::Remove { participant_id, note_id } });
}

/// The text in an editable field: Enter saves, Shift+Enter is a new line, Escape leaves it.
#[component]
fn NoteEditor(ctx: BoardCtx, id: StoredValue<NoteId>, text: String, editing: RwSignal<bool>) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    // Back on the note, so its keys carry on from there.
    let leave = move || {
        editing.set(false);
        id.with_value(keys::focus_note);
    };
    let save = move |text: String| match ctx.run(BoardEdit::EditNoteText { note_id: id.get_value(), text }) {
        Ok(_) => leave(),
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
                "Escape" => { error.set(None); leave() }
                _ => {}
            }></textarea>
        {move || error.get().map(|e| view! { <span class="field-error" role="alert">{e}</span> })}
    }
}

/// Vote, and take a vote back, for whoever's turn it is.
#[component]
fn VoteButtons(ctx: BoardCtx, id: StoredValue<NoteId>) -> impl IntoView {
    let mine = move || id.with_value(|id| ctx.my_votes.with(|m| m.as_ref().and_then(|m| m.get(id).copied()).unwrap_or(0)));
    view! {
        <button type="button" class="small vote" data-testid="note-vote"
            on:click=move |_| vote(ctx, &id.get_value(), true)>
            "Vote" {move || Some(mine()).filter(|n| *n > 0).map(|n| format!(" ({n})"))}
        </button>
        {move || (mine() > 0).then(|| view! {
            <button type="button" class="small" data-testid="note-unvote"
                on:click=move |_| vote(ctx, &id.get_value(), false)>"Take back"</button>
        })}
    }
}

