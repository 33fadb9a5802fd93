//! Autosave: documents changed by commands are marked dirty and written a
//! moment later, one entry per document, so typing never waits for storage.
//! Also applies what other tabs save, and keeps what could not be saved.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{DocRef, Timestamp, Workspace};
use crate::store::browser::{BrowserStore, Loaded, WriteError};
use crate::store::entry::utf16_len;
use crate::store::{decode_entry, doc_key};

/// The outcome of writing the dirty documents.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct FlushReport {
    pub quota_full: bool,
    pub unavailable: Option<String>,
    /// Documents another tab saved newer versions of.
    pub conflicts: Vec<DocRef>,
    /// Whether some changes are still only in memory.
    pub pending: bool,
}

/// What happened when another tab saved a document.
pub enum OtherTab {
    /// Nothing to show (an old or unreadable entry).
    Ignored,
    /// The workspace was updated.
    Applied,
    /// This tab has unsaved edits to the same document.
    Conflict,
}

/// The save bookkeeping of this tab.
pub struct Saver {
    store: Option<BrowserStore>,
    revs: BTreeMap<DocRef, u64>,
    dirty: BTreeSet<DocRef>,
    conflicted: BTreeSet<DocRef>,
    sizes: BTreeMap<String, usize>,
    other_chars: usize,
    pub flush_scheduled: bool,
}

impl Saver {
    /// Starts from what [`BrowserStore::load`] found.
    pub fn new(store: Option<BrowserStore>, loaded: &Loaded) -> Saver {
        Saver {
            store,
            revs: loaded.revs.clone(),
            dirty: BTreeSet::new(),
            conflicted: BTreeSet::new(),
            sizes: loaded.sizes.clone(),
            other_chars: loaded.other_chars,
            flush_scheduled: false,
        }
    }

    /// Remembers that these documents need writing.
    pub fn mark(&mut self, docs: impl IntoIterator<Item = DocRef>) {
        self.dirty.extend(docs);
    }

    pub fn has_pending(&self) -> bool {
        !self.dirty.is_empty()
    }

    /// Characters this site uses in storage, as last counted.
    pub fn chars_used(&self) -> usize {
        self.other_chars + self.sizes.values().sum::<usize>()
    }

    /// Recounts everything in storage (after a quota error, say).
    pub fn recount(&mut self) {
        if let Some(store) = &self.store {
            let ours: usize = self.sizes.values().sum();
            self.other_chars = store.chars_used().saturating_sub(ours);
        }
    }

    /// Writes every dirty document; what cannot be written stays dirty.
    pub fn flush(&mut self, ws: &Workspace, now: Timestamp) -> FlushReport {
        let mut report = FlushReport::default();
        let Some(store) = self.store.clone() else {
            report.unavailable = Some("Storage is not available".into());
            report.pending = self.has_pending();
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
                Some(document) => store.write(document, known, now).map(Some),
                None => store.remove(&doc, known).map(|()| None),
            };
            match result {
                Ok(rev) => {
                    self.dirty.remove(&doc);
                    match rev {
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
        report.conflicts = self.conflicted.iter().cloned().collect();
        report.pending = self.has_pending();
        report
    }

    /// Takes in a document another tab wrote (`None`: it deleted it).
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
            Ok((rev, document, _)) if Some(rev) > self.revs.get(doc).copied() => {
                self.revs.insert(doc.clone(), rev);
                ws.put(document);
                OtherTab::Applied
            }
            _ => OtherTab::Ignored,
        }
    }

    /// The stored entries set aside as unreadable.
    pub fn store(&self) -> Option<&BrowserStore> {
        self.store.as_ref()
    }
}
