//! Autosave in the page: runs the storage policy ([`crate::store::Saver`])
//! a moment after changes, when the page is hidden or left, and when another
//! tab saves; shows how saving goes (status, room used, conflicts, entries set
//! aside, repairs made at start-up).

use std::collections::BTreeSet;
use std::time::Duration;

use leptos::prelude::*;

use crate::model::{DocRef, Workspace};
use crate::store::browser::BrowserStore;
use crate::store::{AsideEntry, LoadWarning, OtherTab, Saver};
use crate::ui::system::{measured, now};

/// How saving is going, for the header and the banners.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveState {
    pub quota_full: bool,
    pub unavailable: Option<String>,
    pub pending: bool,
}

/// This tab's saving, and what the user sees of it. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Saving {
    workspace: RwSignal<Workspace>,
    saver: StoredValue<Saver<BrowserStore>, LocalStorage>,
    pub status: RwSignal<SaveState>,
    /// Characters the site takes in storage.
    pub chars_used: RwSignal<usize>,
    /// Documents another tab saved while this one has unsaved edits to them.
    pub conflicts: RwSignal<Vec<DocRef>>,
    /// Stored entries set aside as unreadable.
    pub aside: RwSignal<Vec<AsideEntry>>,
    /// Repairs made while reading storage at start-up.
    pub load_warnings: RwSignal<Vec<LoadWarning>>,
}

impl Saving {
    /// Reads storage and returns the saving handle with the workspace it
    /// found, which it saves from then on.
    pub fn start() -> (Saving, RwSignal<Workspace>) {
        let (store, unavailable) = match BrowserStore::open() {
            Ok(store) => (Some(store), None),
            Err(why) => (None, Some(why)),
        };
        let (saver, loaded) = Saver::start(store, now());
        let workspace = RwSignal::new(loaded.workspace);
        let saving = Saving {
            workspace,
            status: RwSignal::new(SaveState { unavailable, ..Default::default() }),
            chars_used: RwSignal::new(saver.chars_used()),
            conflicts: RwSignal::new(Vec::new()),
            aside: RwSignal::new(saver.aside_entries()),
            load_warnings: RwSignal::new(loaded.warnings),
            saver: StoredValue::new_local(saver),
        };
        saving.listen();
        (saving, workspace)
    }

    fn listen(self) {
        // Leaving the page or hiding the tab writes what is still pending.
        window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                self.flush();
            }
        });
        // Closing or reloading the tab would drop the edits of a document in
        // conflict, which cannot be written until the user chooses: the
        // browser asks first, so they are not lost without a choice.
        window_event_listener(leptos::ev::beforeunload, move |ev| {
            if !self.conflicts.with_untracked(Vec::is_empty) {
                ev.prevent_default();
                ev.set_return_value("Your edits in this tab are not saved.");
            }
        });
        BrowserStore::watch_other_tabs(move |doc, raw| {
            let outcome = self.saver.try_update_value(|saver| {
                let mut outcome = OtherTab::Ignored;
                self.workspace.update(|ws| outcome = saver.other_tab_changed(ws, doc, raw));
                (outcome, saver.chars_used())
            });
            if let Some((outcome, chars)) = outcome {
                self.chars_used.set(chars);
                if matches!(outcome, OtherTab::Conflict) {
                    self.flush();
                }
            }
        });
    }

    /// The documents in conflict with another tab's save, which take no
    /// edits until the user chooses (usually none).
    pub fn in_conflict(self) -> BTreeSet<DocRef> {
        self.saver.try_with_value(|saver| saver.in_conflict().clone()).unwrap_or_default()
    }

    /// Marks documents as changed; they are written a moment later.
    pub fn mark(self, docs: Vec<DocRef>) {
        if self.saver.try_update_value(|saver| saver.mark(docs)) == Some(true) {
            if !self.status.with_untracked(|s| s.pending) {
                self.status.update(|s| s.pending = true);
            }
            // Coalesces a burst of keystrokes into one write per document.
            set_timeout(move || self.flush(), Duration::from_millis(250));
        }
    }

    /// Writes pending changes now.
    pub fn flush(self) {
        let now = now();
        let report = self.saver.try_update_value(|saver| {
            measured("liaison:save", || self.workspace.with_untracked(|ws| saver.flush(ws, now)))
        });
        let Some(report) = report else { return };
        self.chars_used.set(report.chars_used);
        let status = SaveState { quota_full: report.quota_full, unavailable: report.unavailable, pending: report.pending };
        // Unchanged values are not set, so the header does not re-render on every save.
        if self.status.get_untracked() != status {
            self.status.set(status);
        }
        if self.conflicts.get_untracked() != report.conflicts {
            self.conflicts.set(report.conflicts);
        }
    }

    /// Takes the stored version of a document in conflict, dropping this
    /// tab's unsaved edits to it.
    pub fn use_stored(self, doc: &DocRef) {
        self.saver.update_value(|saver| self.workspace.update(|ws| saver.use_stored(ws, doc)));
        self.flush();
    }

    /// The raw text of a set-aside entry ("" if it is gone).
    pub fn aside_text(self, entry: &AsideEntry) -> String {
        self.saver.with_value(|saver| saver.aside_text(entry)).unwrap_or_default()
    }

    /// Deletes a set-aside entry for good (the user confirmed).
    pub fn discard_aside(self, entry: &AsideEntry) {
        self.saver.update_value(|saver| saver.discard_aside(entry));
        self.aside.update(|list| list.retain(|e| e.key != entry.key));
        self.chars_used.set(self.saver.with_value(Saver::chars_used));
    }
}
