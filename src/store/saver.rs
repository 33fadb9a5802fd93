//! The autosave policy of one tab, as plain Rust over any [`KeyValue`] store:
//! which documents still need writing, the revision each was last read or
//! written at, which clash with another tab's saves, and how much room the
//! site takes. The UI decides when to flush (a short debounce); this decides
//! what a flush writes and what happens when storage refuses.

use std::collections::{BTreeMap, BTreeSet};

use super::entry::{decode_entry, doc_key, utf16_len};
use super::key_value::KeyValue;
use super::load::{aside_entries, discard_aside, load, stored_chars, AsideEntry, Loaded};
use super::write::{remove_document, write_document, WriteError};
use crate::model::{DocRef, Timestamp, Workspace};

/// The outcome of writing the dirty documents.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct FlushReport {
    /// Some document did not fit; it stays dirty and is tried again next time.
    pub quota_full: bool,
    pub unavailable: Option<String>,
    /// Documents another tab saved newer versions of, not written.
    pub conflicts: Vec<DocRef>,
    /// Whether some changes are still only in memory.
    pub pending: bool,
    /// Characters the site uses in storage after the flush.
    pub chars_used: usize,
}

/// What happened when another tab saved a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtherTab {
    /// Nothing to show (an old or unreadable entry).
    Ignored,
    /// The workspace was updated.
    Applied,
    /// This tab has unsaved edits to the same document.
    Conflict,
}

/// The save bookkeeping of this tab. `store` is `None` when the browser
/// gives no storage at all: everything then stays pending, and is said to.
#[derive(Debug)]
pub struct Saver<S> {
    store: Option<S>,
    revs: BTreeMap<DocRef, u64>,
    dirty: BTreeSet<DocRef>,
    conflicted: BTreeSet<DocRef>,
    sizes: BTreeMap<String, usize>,
    other_chars: usize,
    flush_scheduled: bool,
}

impl<S: KeyValue> Saver<S> {
    /// Reads storage (see [`load`]) and starts the bookkeeping from what it
    /// found. `now` names the keys unreadable entries are set aside under.
    pub fn start(store: Option<S>, now: Timestamp) -> (Saver<S>, Loaded) {
        let mut loaded = store.as_ref().map(|store| load(store, now)).unwrap_or_default();
        let saver = Saver {
            store,
            revs: std::mem::take(&mut loaded.revs),
            dirty: BTreeSet::new(),
            conflicted: BTreeSet::new(),
            sizes: std::mem::take(&mut loaded.sizes),
            other_chars: loaded.other_chars,
            flush_scheduled: false,
        };
        (saver, loaded)
    }

    /// Remembers that these documents need writing. Returns whether a flush
    /// should be scheduled now, which is when none is scheduled yet: a burst
    /// of changes is then written once.
    pub fn mark(&mut self, docs: impl IntoIterator<Item = DocRef>) -> bool {
        self.dirty.extend(docs);
        !std::mem::replace(&mut self.flush_scheduled, true)
    }

    /// Whether some changes are still only in memory.
    pub fn has_pending(&self) -> bool {
        !self.dirty.is_empty()
    }

    /// The documents another tab saved while this one had unsaved edits to
    /// them: not written, and not to be edited further (see
    /// [`super::conflicts`]) until the user chooses whose version to keep.
    pub fn in_conflict(&self) -> &BTreeSet<DocRef> {
        &self.conflicted
    }

    /// Characters this site uses in storage, as last counted.
    pub fn chars_used(&self) -> usize {
        self.other_chars + self.sizes.values().sum::<usize>()
    }

    /// Recounts everything in storage (after a quota error, say, when
    /// something else may have taken the room).
    pub fn recount(&mut self) {
        if let Some(store) = &self.store {
            let ours: usize = self.sizes.values().sum();
            self.other_chars = stored_chars(store).saturating_sub(ours);
        }
    }

    /// Writes every dirty document as it is in `ws`; what cannot be written
    /// stays dirty. `now` stamps the entries and sets the revision floor.
    pub fn flush(&mut self, ws: &Workspace, now: Timestamp) -> FlushReport {
        self.flush_scheduled = false;
        let mut report = FlushReport::default();
        let Some(store) = &self.store else {
            report.unavailable = Some("Storage is not available".into());
            report.pending = self.has_pending();
            report.chars_used = self.chars_used();
            return report;
        };
        // Removals first: when storage is full, deleting documents is how the
        // user makes room, so they must not wait behind a write that fails.
        let (removals, writes): (Vec<DocRef>, Vec<DocRef>) = self.dirty.iter().cloned().partition(|doc| !ws.contains(doc));
        for doc in removals.into_iter().chain(writes) {
            if self.conflicted.contains(&doc) {
                continue;
            }
            let key = doc_key(&doc);
            let known = self.revs.get(&doc).copied();
            let result = match ws.get(&doc) {
                Some(document) => write_document(store, document, known, now).map(Some),
                None => remove_document(store, &doc, known).map(|()| None),
            };
            match result {
                Ok(written) => {
                    self.dirty.remove(&doc);
                    match written {
                        Some((rev, chars)) => {
                            self.revs.insert(doc, rev);
                            self.sizes.insert(key, chars);
                        }
                        None => {
                            self.revs.remove(&doc);
                            self.sizes.remove(&key);
                        }
                    }
                }
                Err(WriteError::Conflict { .. }) => {
                    self.conflicted.insert(doc);
                }
                // A smaller document may still fit: keep going.
                Err(WriteError::QuotaFull) => report.quota_full = true,
                Err(WriteError::Unavailable(why)) => {
                    report.unavailable = Some(why);
                    break;
                }
            }
        }
        if report.quota_full {
            // The meter should show why: something else may have filled storage.
            self.recount();
        }
        report.conflicts = self.conflicted.iter().cloned().collect();
        report.pending = self.has_pending();
        report.chars_used = self.chars_used();
        report
    }

    /// Takes in a document another tab wrote (`raw`; `None`: it deleted it).
    pub fn other_tab_changed(&mut self, ws: &mut Workspace, doc: DocRef, raw: Option<String>) -> OtherTab {
        let key = doc_key(&doc);
        match &raw {
            Some(value) => self.sizes.insert(key.clone(), utf16_len(&key) + utf16_len(value)),
            None => self.sizes.remove(&key),
        };
        if self.dirty.contains(&doc) {
            self.conflicted.insert(doc);
            return OtherTab::Conflict;
        }
        self.take_stored(ws, &doc, raw)
    }

    /// Replaces this tab's copy with what is stored, dropping its unsaved edits.
    /// If what is stored cannot be read here (a newer version wrote it), this
    /// tab's copy stays, still unsaved and still in conflict.
    pub fn use_stored(&mut self, ws: &mut Workspace, doc: &DocRef) {
        let raw = self.store.as_ref().and_then(|s| s.get(&doc_key(doc)));
        if raw.as_deref().is_some_and(|raw| decode_entry(doc, raw).is_err()) {
            return;
        }
        self.dirty.remove(doc);
        self.conflicted.remove(doc);
        self.revs.remove(doc);
        self.take_stored(ws, doc, raw);
    }

    fn take_stored(&mut self, ws: &mut Workspace, doc: &DocRef, raw: Option<String>) -> OtherTab {
        let Some(raw) = raw else {
            self.revs.remove(doc);
            return if ws.remove(doc).is_some() { OtherTab::Applied } else { OtherTab::Ignored };
        };
        match decode_entry(doc, &raw) {
            // An older revision is one this tab has already seen or overtaken.
            Ok((rev, document, _)) if Some(rev) > self.revs.get(doc).copied() => {
                self.revs.insert(doc.clone(), rev);
                ws.put(document);
                OtherTab::Applied
            }
            _ => OtherTab::Ignored,
        }
    }

    /// Entries set aside as unreadable, at this start-up or earlier.
    pub fn aside_entries(&self) -> Vec<AsideEntry> {
        self.store.as_ref().map(aside_entries).unwrap_or_default()
    }

    /// The raw text of a set-aside entry, for the user to download.
    pub fn aside_text(&self, entry: &AsideEntry) -> Option<String> {
        self.store.as_ref()?.get(&entry.key)
    }

    /// Deletes a set-aside entry for good (the user confirmed), and counts
    /// the room it gave back.
    pub fn discard_aside(&mut self, entry: &AsideEntry) {
        if let Some(store) = &self.store {
            discard_aside(store, &entry.key);
        }
        self.recount();
    }
}
