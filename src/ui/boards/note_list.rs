//! The notes of one group (a cluster, or an area's loose notes), in order.
//! A long list is put on the page a chunk at a time: the first notes at once,
//! the rest in short tasks after it, so a board of thousands of notes shows
//! and answers keys and clicks while it fills in.

use std::time::Duration;

use leptos::prelude::*;

use super::note::NoteCard;
use crate::model::board::Note;

/// A list this long is put on the page at once; a longer one starts with
/// this many notes (more than a screenful, even on a projector), so a board of
/// 1,000 notes shows and answers after a task of under 100 ms.
const FIRST: usize = 60;
/// Notes added per task after that: a task of tens of milliseconds, so a key or click waits little.
const CHUNK: usize = 200;
/// Every note is on the page; from then on a change shows at once.
const ALL: usize = usize::MAX;

/// The note cards of one group.
#[component]
pub fn NoteList(notes: Memo<Vec<Note>>) -> impl IntoView {
    let shown = RwSignal::new(if notes.with_untracked(Vec::len) <= FIRST { ALL } else { FIRST });
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
        <For each=each key=|n| (n.id.clone(), n.updated_at, n.text.clone()) let:note>
            <NoteCard note />
        </For>
    }
}
