//! The notes of one group (a cluster, or an area's loose notes), in order.
//! A long list is put on the page a chunk at a time: the first notes at once,
//! the rest in short tasks after it, so a board of thousands of notes shows
//! and answers keys and clicks while it fills in.

use std::time::Duration;

use leptos::prelude::*;

use super::note::NoteCard;
use crate::model::board::Note;

/// Notes put on the page at once; a 1,000-note board of four areas fits.
const FIRST: usize = 300;
/// Notes added per task after that: each task stays well under a frame's budget on a slow machine.
const CHUNK: usize = 200;
/// Every note is on the page; from then on a change shows at once.
const ALL: usize = usize::MAX;

/// The note cards of one group.
#[component]
pub fn NoteList(notes: Memo<Vec<Note>>) -> impl IntoView {
    let shown = RwSignal::new(FIRST);
    Effect::new(move |_| {
        match (shown.get(), notes.with(Vec::len)) {
            (ALL, _) => {}
            (at, len) if at >= len => shown.set(ALL),
            _ => set_timeout(move || shown.update(|n| *n = n.saturating_add(CHUNK)), Duration::ZERO),
        }
    });
    let each = move || {
        let at = shown.get();
        notes.with(|n| if at >= n.len() { n.clone() } else { n[..at].to_vec() })
    };
    view! {
        <For each=each key=|n| (n.id.clone(), n.updated_at.clone(), n.text.clone()) let:note>
            <NoteCard note />
        </For>
    }
}
