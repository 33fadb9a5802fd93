//! How one document is kept in local storage: the key it lives under, the text
//! stored there (`{"rev":N,"file":<Liaison file>}`), and when a write is safe.

use std::fmt;

use crate::format::json::to_json;
use crate::format::{envelope_of, restore, ExportMeta, ImportError, Warning};
use crate::model::{DocRef, Document, DocumentKind, Timestamp};

/// Prefix of every key Liaison owns.
pub const PREFIX: &str = "liaison/";
/// Prefix of document entries: `liaison/doc/<kind>/<id>`.
pub const DOC_PREFIX: &str = "liaison/doc/";
/// Prefix of saved board templates: `liaison/template/<id>`. Outside
/// `liaison/doc/`, so a tab still running a build without templates leaves
/// them alone instead of setting them aside as unreadable documents.
pub const TEMPLATE_PREFIX: &str = "liaison/template/";
/// Prefix of entries set aside because they could not be read.
pub const ASIDE_PREFIX: &str = "liaison/aside/";
/// About how many characters a browser keeps per site (keys and values).
pub const QUOTA_CHARS: usize = 5_000_000;

/// The key a document is stored under.
pub fn doc_key(doc: &DocRef) -> String {
    match doc.kind {
        DocumentKind::BoardTemplate => format!("{TEMPLATE_PREFIX}{}", doc.id),
        kind => format!("{DOC_PREFIX}{}/{}", kind.slug(), doc.id),
    }
}

/// The document a key stores, if it is a document key.
pub fn parse_doc_key(key: &str) -> Option<DocRef> {
    let doc = match key.strip_prefix(TEMPLATE_PREFIX) {
        Some(id) => DocRef::new(DocumentKind::BoardTemplate, id),
        None => {
            let (slug, id) = key.strip_prefix(DOC_PREFIX)?.split_once('/')?;
            DocRef::new(DocumentKind::from_slug(slug).filter(|k| *k != DocumentKind::BoardTemplate)?, id)
        }
    };
    Some(doc).filter(|d| !d.id.is_empty())
}

/// Whether a key is where a document lives (or should): a document or a
/// saved template, readable or not.
pub fn is_doc_key(key: &str) -> bool {
    key.starts_with(DOC_PREFIX) || key.starts_with(TEMPLATE_PREFIX)
}

/// The text stored for revision `rev` of a document.
pub fn encode_entry(rev: u64, document: Document, now: Timestamp) -> String {
    let file = envelope_of([document], ExportMeta { now, by: "Liaison" });
    let file = to_json(&file, false);
    // The revision comes first so other tabs can read it without parsing the rest.
    format!("{{\"rev\":{rev},\"file\":{file}}}")
}

/// The revision of a stored entry, read from its first characters only.
pub fn peek_rev(raw: &str) -> Option<u64> {
    let digits = raw.strip_prefix("{\"rev\":")?;
    let end = digits.find(|c: char| !c.is_ascii_digit())?;
    digits[..end].parse().ok()
}

/// Why a stored entry could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct EntryError(pub String);

impl EntryError {
    /// Whether the entry was written by a newer version of Liaison: it is
    /// not damaged, so it must stay where it is, untouched.
    pub fn is_from_newer_version(&self) -> bool {
        self.0.starts_with(NEWER)
    }
}

/// How a newer version's entry is reported (see [`EntryError::is_from_newer_version`]).
const NEWER: &str = "it was saved by a newer version of Liaison";

impl fmt::Display for EntryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Reads a stored entry through the same restore as an imported file. The
/// entry must hold exactly the document its key names.
pub fn decode_entry(key: &DocRef, raw: &str) -> Result<(u64, Document, Vec<Warning>), EntryError> {
    let rev = peek_rev(raw).ok_or_else(|| EntryError("it has no revision number".into()))?;
    // `{"rev":N,"file":<file>}`: the file is read straight from the stored text.
    let prefix = format!("{{\"rev\":{rev},\"file\":");
    let file = raw
        .strip_prefix(&prefix)
        .and_then(|rest| rest.strip_suffix('}'))
        .ok_or_else(|| EntryError("it is not a Liaison entry".into()))?;
    let restored = restore(file).map_err(|e| match e {
        ImportError::NewerVersion { found, .. } => EntryError(format!("{NEWER} (format {found})")),
        other => EntryError(other.to_string()),
    })?;
    let mut documents = restored.workspace.documents().into_iter();
    match (documents.next(), documents.next()) {
        (Some(document), None) if &document.doc_ref() == key => Ok((rev, document, restored.warnings)),
        _ => Err(EntryError("it does not hold the document its name promises".into())),
    }
}

/// What to do before writing a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteDecision {
    /// Safe: write it as this revision.
    Write { rev: u64 },
    /// Another tab saved a newer revision since this tab read it: writing
    /// would overwrite that work, so don't.
    Conflict { stored_rev: u64 },
}

/// Compares the revision this tab last read or wrote (`known`) with the entry
/// now in storage. A new revision is never below `floor` (the current time in
/// milliseconds), so a document deleted and created again under the same id
/// cannot restart at a revision a stale tab already holds.
pub fn decide_write(known: Option<u64>, stored: Option<&str>, floor: u64) -> WriteDecision {
    let stored_rev = stored.map(|raw| peek_rev(raw).unwrap_or(u64::MAX));
    let next = (known.unwrap_or(0) + 1).max(floor);
    match (known, stored_rev) {
        (_, None) => WriteDecision::Write { rev: next },
        (Some(known), Some(stored)) if stored <= known => WriteDecision::Write { rev: next },
        (_, Some(stored_rev)) => WriteDecision::Conflict { stored_rev },
    }
}

/// The lowest revision a write may take at `now`: the time in milliseconds
/// (see [`decide_write`]). Storage never reads a clock: the time is passed in.
pub fn revision_floor(now: Timestamp) -> u64 {
    now.millis().max(0) as u64
}

/// How many characters `text` takes in browser storage, which counts UTF-16
/// units: one per character, two for those beyond the Basic Multilingual Plane.
/// Counted on the bytes, which is several times faster than re-encoding.
pub fn utf16_len(text: &str) -> usize {
    text.bytes().map(|b| match b {
        0x80..=0xBF => 0, // continuation byte
        0xF0..=0xFF => 2, // starts a 4-byte character: a surrogate pair
        _ => 1,
    }).sum()
}

/// How full storage is, in characters.
pub fn chars_used<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> usize {
    entries.into_iter().map(|(k, v)| utf16_len(k) + utf16_len(v)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Board, Plan};

    use crate::model::testing::now;

    fn plan() -> Document {
        Document::Plan(Plan::new("p-1".into(), "Growth".into(), now()))
    }

    #[test]
    fn keys_round_trip() {
        let doc = DocRef::new(DocumentKind::StakeholderMap, "abc-1");
        assert_eq!(doc_key(&doc), "liaison/doc/map/abc-1");
        assert_eq!(parse_doc_key(&doc_key(&doc)), Some(doc));
        assert_eq!(parse_doc_key("liaison/doc/plan/"), None);
        assert_eq!(parse_doc_key("liaison/doc/poster/x"), None);
        assert_eq!(parse_doc_key("other"), None);
        let template = DocRef::new(DocumentKind::BoardTemplate, "t-1");
        assert_eq!(doc_key(&template), "liaison/template/t-1");
        assert_eq!(parse_doc_key("liaison/template/t-1"), Some(template));
        assert_eq!(parse_doc_key("liaison/doc/template/t-1"), None);
        assert!(is_doc_key("liaison/template/t-1") && is_doc_key("liaison/doc/x") && !is_doc_key("liaison/reviewing"));
    }

    #[test]
    fn entries_round_trip_through_restore() {
        let raw = encode_entry(7, plan(), now());
        assert_eq!(peek_rev(&raw), Some(7));
        let (rev, document, warnings) = decode_entry(&DocRef::new(DocumentKind::Plan, "p-1"), &raw).unwrap();
        assert_eq!((rev, document, warnings.len()), (7, plan(), 0));
    }

    #[test]
    fn damaged_or_mismatched_entries_are_refused() {
        let key = DocRef::new(DocumentKind::Plan, "p-1");
        assert!(decode_entry(&key, "{\"rev\":1,\"file\":{\"form").is_err());
        assert!(decode_entry(&key, "{\"rev\":1}").is_err());
        assert!(decode_entry(&key, "{\"rev\":1,\"file\":{\"format\":\"liaison\",\"version\":9}}").unwrap_err().is_from_newer_version());
        assert!(!decode_entry(&key, "{\"rev\":1}").unwrap_err().is_from_newer_version());
        let other = encode_entry(1, Document::Board(Board::new("p-1".into(), "x".into(), None, now())), now());
        assert!(decode_entry(&key, &other).is_err());
    }

    #[test]
    fn a_tab_never_overwrites_a_newer_revision() {
        let stored = encode_entry(5, plan(), now());
        assert_eq!(decide_write(Some(5), Some(&stored), 0), WriteDecision::Write { rev: 6 });
        assert_eq!(decide_write(Some(4), Some(&stored), 0), WriteDecision::Conflict { stored_rev: 5 });
        assert_eq!(decide_write(None, Some(&stored), 0), WriteDecision::Conflict { stored_rev: 5 });
        assert_eq!(decide_write(None, None, 0), WriteDecision::Write { rev: 1 });
        assert_eq!(decide_write(Some(3), None, 0), WriteDecision::Write { rev: 4 });
        assert!(matches!(decide_write(Some(3), Some("garbage"), 0), WriteDecision::Conflict { .. }));
    }

    #[test]
    fn a_recreated_document_does_not_reuse_old_revisions() {
        // Deleted at rev 5 elsewhere, created again later: its first revision is the time, above 5.
        assert_eq!(decide_write(None, None, 1_795_341_600_000), WriteDecision::Write { rev: 1_795_341_600_000 });
        assert_eq!(decide_write(Some(1_795_341_600_000), None, 10), WriteDecision::Write { rev: 1_795_341_600_001 });
        assert_eq!(revision_floor(now()), 1_795_341_600_000);
    }

    #[test]
    fn counts_utf16_characters() {
        assert_eq!(chars_used([("ab", "cd"), ("é", "😀")]), 4 + 1 + 2);
        for text in ["", "plain", "Ärger & Freude", "日本語", "👩‍👩‍👧 family", "mixed é 😀 z"] {
            assert_eq!(utf16_len(text), text.encode_utf16().count(), "{text}");
        }
    }
}
