//! Writes and removes one document's entry, never over a newer revision that
//! another tab saved (the rule is [`decide_write`]).

use super::entry::{decide_write, doc_key, encode_entry, revision_floor, utf16_len, WriteDecision};
use super::key_value::{KeyValue, StoreError};
use crate::model::{DocRef, Document, Timestamp};

/// Why a write did not happen. The document in memory is untouched.
#[derive(Debug, Clone, PartialEq)]
pub enum WriteError {
    /// Another tab saved a newer revision of this document.
    Conflict { stored_rev: u64 },
    /// The storage quota is used up.
    QuotaFull,
    /// Storage refused for another reason (private mode, disabled, …).
    Unavailable(String),
}

impl From<StoreError> for WriteError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::QuotaFull => WriteError::QuotaFull,
            StoreError::Unavailable(why) => WriteError::Unavailable(why),
        }
    }
}

/// Writes a document unless another tab saved a newer revision; returns the
/// revision written and the characters the entry takes (key included).
/// `known` is the revision this tab last read or wrote; `now` stamps the
/// entry and sets the lowest revision it may take.
pub fn write_document(store: &impl KeyValue, document: Document, known: Option<u64>, now: Timestamp) -> Result<(u64, usize), WriteError> {
    let key = doc_key(&document.doc_ref());
    let rev = match decide_write(known, store.get(&key).as_deref(), revision_floor(now)) {
        WriteDecision::Write { rev } => rev,
        WriteDecision::Conflict { stored_rev } => return Err(WriteError::Conflict { stored_rev }),
    };
    let entry = encode_entry(rev, document, now);
    store.set(&key, &entry)?;
    Ok((rev, utf16_len(&key) + utf16_len(&entry)))
}

/// Removes a deleted document's entry unless another tab saved a newer revision.
pub fn remove_document(store: &impl KeyValue, doc: &DocRef, known: Option<u64>) -> Result<(), WriteError> {
    let key = doc_key(doc);
    if let WriteDecision::Conflict { stored_rev } = decide_write(known, store.get(&key).as_deref(), 0) {
        return Err(WriteError::Conflict { stored_rev });
    }
    Ok(store.remove(&key)?)
}
