//! One sticky note: its text (or "hidden"), department chip and author; edit
//! in place, delete with undo, select for grouping, vote, and move it by
//! pointer drag or by Alt+arrow keys.

use leptos::prelude::*;

use super::ctx::use_board;
use super::promote::{PromotedLinks, ToPlanButton};
use super::{drag, keys};
use crate::model::promote::BoardItem;
use crate::model::board::edit::BoardEdit;
use crate::model::board::voting::{vote_words, VotingEdit};
use crate::model::board::Note;
use crate::model::Board;

/// A note card.
#[component]
pub fn NoteCard(note: Note) -> impl IntoView {
    let ctx = use_board();
    let editing = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let id = StoredValue::new(note.id.clone());
    let note_for_tag = note.clone();
    let tag_view = move || {
        ctx.departments.with(|d| Board::note_tag(&note_for_tag, d)).map(|(name, colour)| {
            view! { <span class="chip note-chip" style:background-color=colour.hex style:color=colour.ink data-testid="note-chip">{name}</span> }
        })
    };
    let author = note.author.clone();
    let text = note.text.clone();
    let selected = move || ctx.selected.with(|s| s.contains(&id.get_value()));
    let votes = move || ctx.results.with(|r| r.as_ref().map(|r| r.get(&id.get_value()).copied().unwrap_or(0)));
    let voting = move || ctx.participant.get().filter(|_| ctx.with(|b| b.voting.is_some()).unwrap_or(false));
    let mine = move || {
        let p = ctx.participant.get()?;
        ctx.with(|b| b.voting.as_ref().map(|v| v.votes_by(&p, &id.get_value()))).flatten()
    };
    let save = move |value: String| match ctx.run(BoardEdit::EditNoteText { note_id: id.get_value(), text: value }) {
        Ok(_) => editing.set(false),
        Err(why) => error.set(Some(why)),
    };
    let toggle_select = move || ctx.selected.update(|s| if !s.remove(&id.get_value()) { s.insert(id.get_value()); });
    let vote = move |edit: fn(String, String) -> VotingEdit| {
        if let Some(p) = ctx.participant.get_untracked() {
            ctx.run_or_toast(BoardEdit::Voting(edit(p, id.get_value())));
        }
    };
    let edit_text = text.clone();
    view! {
        <article class="note" class:selected=selected tabindex="0" data-note-id=note.id.clone() data-testid="note"
            aria-label=move || if ctx.hidden.get() { "Note, text hidden".to_string() } else { format!("Note: {}", text) }
            on:keydown=move |ev| keys::note_key(ctx, &id.get_value(), ev)
            on:pointerdown=move |ev| drag::down(ctx, &id.get_value(), ev)
            on:pointermove=drag::moved
            on:pointerup=move |ev| drag::up(ctx, ev)
            on:pointercancel=move |_| drag::cancel()
            on:click=move |ev| if ev.shift_key() { toggle_select() }>
            <Show when=move || editing.get() fallback=move || view! {
                <p class="note-text" data-testid="note-text">
                    {let t = edit_text.clone(); move || if ctx.hidden.get() { "hidden".to_string() } else { t.clone() }}
                </p>
            }>
                <textarea class="note-edit" data-testid="note-edit-input" aria-label="Note text" prop:value=note.text.clone() autofocus
                    on:keydown:target=move |ev| match ev.key().as_str() {
                        "Enter" if !ev.shift_key() => { ev.prevent_default(); save(ev.target().value()) }
                        "Escape" => { editing.set(false); error.set(None) }
                        _ => {}
                    }></textarea>
                {move || error.get().map(|e| view! { <span class="field-error" role="alert">{e}</span> })}
            </Show>
            <div class="note-foot"><div class="note-meta">
                {tag_view}
                {author.map(|a| view! { <span class="note-author" data-testid="note-author">{a}</span> })}
                {move || votes().map(|n| view! { <span class="note-votes" data-testid="note-votes">{vote_words(n)}</span> })}
                <PromotedLinks item_id=note.id.clone() />
            </div>
            <div class="note-actions">
                <label class="note-select"><input type="checkbox" data-testid="note-select" prop:checked=selected
                    on:change=move |_| toggle_select() /><span class="visually-hidden">"Select for grouping"</span></label>
                <button type="button" class="small" data-testid="note-edit" on:click=move |_| editing.set(true)>"Edit"</button>
                <ToPlanButton item=BoardItem::Note item_id=note.id.clone() />
                <button type="button" class="small danger" data-testid="note-delete"
                    on:click=move |_| ctx.run_with_undo(BoardEdit::DeleteNote { note_id: id.get_value() }, "Note deleted.")>"Delete"</button>
                <Show when=move || voting().is_some()>
                    <button type="button" class="small vote" data-testid="note-vote"
                        on:click=move |_| vote(|participant_id, note_id| VotingEdit::Cast { participant_id, note_id })>
                        "Vote" {move || mine().filter(|n| *n > 0).map(|n| format!(" ({n})"))}
                    </button>
                    <Show when=move || { mine().unwrap_or(0) > 0 }>
                        <button type="button" class="small" data-testid="note-unvote"
                            on:click=move |_| vote(|participant_id, note_id| VotingEdit::Remove { participant_id, note_id })>"Take back"</button>
                    </Show>
                </Show>
            </div></div>
        </article>
    }
}
