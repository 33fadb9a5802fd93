//! Reading storage at start-up, with recovery: every document entry goes
//! through the same restore as a file; an unreadable entry is set aside under
//! another key, never deleted; a newer version's entry is left untouched. Also
//! the set-aside entries the user may download or discard later.

use std::collections::BTreeMap;
use std::fmt;

use super::entry::{chars_used, decode_entry, is_doc_key, parse_doc_key, utf16_len, EntryError, ASIDE_PREFIX};
use super::key_value::KeyValue;
use crate::format::Warning;
use crate::model::{DocRef, Timestamp, Workspace};

/// Something about storage as it was read that the user should know.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadWarning {
    /// A document was read with a repair (its warning says where and what).
    Repaired { doc: DocRef, title: String, warning: Warning },
    /// An entry saved by a newer version of Liaison, left untouched for it.
    FromNewerVersion { key: String },
    /// An entry that could not be read and, with storage full, could not be
    /// set aside either; it is still where it was.
    Unmovable { key: String, reason: String },
}

impl fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Repaired { title, warning, .. } => write!(f, "{title}: {warning}"),
            Self::FromNewerVersion { key } => write!(
                f,
                "A document saved by a newer version of Liaison ({key}) was left untouched; reload the page to get the newest version."
            ),
            Self::Unmovable { key, reason } => write!(
                f,
                "A stored entry ({key}) could not be read ({reason}) and, with storage full, could not be set aside either; it is left untouched."
            ),
        }
    }
}

/// What was found in storage at start-up.
#[derive(Debug, Default)]
pub struct Loaded {
    pub workspace: Workspace,
    /// The revision of each document as read.
    pub revs: BTreeMap<DocRef, u64>,
    /// Entries that could not be read, each moved aside: (new key, reason).
    pub set_aside: Vec<(String, String)>,
    /// Repairs made while reading, and entries left untouched.
    pub warnings: Vec<LoadWarning>,
    /// Characters taken by each document entry read (key included).
    pub sizes: BTreeMap<String, usize>,
    /// Characters taken by every other key of the site.
    pub other_chars: usize,
}

/// Reads every document entry; sets aside the ones that cannot be read.
/// `now` names the set-aside keys, so entries set aside at different start-ups
/// never collide.
pub fn load(store: &impl KeyValue, now: Timestamp) -> Loaded {
    let mut loaded = Loaded::default();
    for key in store.keys() {
        let Some(raw) = store.get(&key) else { continue };
        let chars = utf16_len(&key) + utf16_len(&raw);
        if !is_doc_key(&key) {
            loaded.other_chars += chars;
            continue;
        }
        let decoded = match parse_doc_key(&key) {
            Some(doc) => decode_entry(&doc, &raw).map(|d| (doc, d)),
            None => Err(EntryError("its name is not a document name".into())),
        };
        match decoded {
            Ok((doc, (rev, document, warnings))) => {
                let title = document.title();
                loaded.warnings.extend(warnings.into_iter().map(|warning| LoadWarning::Repaired {
                    doc: doc.clone(),
                    title: title.to_string(),
                    warning,
                }));
                loaded.revs.insert(doc, rev);
                loaded.workspace.put(document);
                loaded.sizes.insert(key, chars);
            }
            Err(reason) if reason.is_from_newer_version() => {
                // Not damaged, just newer: left where it is for the newer version to use.
                loaded.other_chars += chars;
                loaded.warnings.push(LoadWarning::FromNewerVersion { key });
            }
            Err(reason) => {
                let aside = set_aside(store, &key, &raw, now);
                // It still takes room, now under its (longer) new key.
                loaded.other_chars += utf16_len(&aside) + utf16_len(&raw);
                if aside == key {
                    loaded.warnings.push(LoadWarning::Unmovable { key, reason: reason.0.clone() });
                }
                loaded.set_aside.push((aside, reason.0));
            }
        }
    }
    loaded
}

/// Moves an unreadable entry to an `aside` key and returns that key; if even
/// that fails (a full quota), it stays where it is, still untouched, and its
/// own key is returned.
fn set_aside(store: &impl KeyValue, key: &str, raw: &str, now: Timestamp) -> String {
    let aside = format!("{ASIDE_PREFIX}{now}/{key}");
    if store.set(&aside, raw).is_ok() {
        // The copy is safe, so a failed removal only leaves a duplicate.
        let _ = store.remove(key);
        aside
    } else {
        key.to_string()
    }
}

/// An entry that was set aside because it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct AsideEntry {
    pub key: String,
    /// The key it was stored under originally.
    pub original_key: String,
    pub chars: usize,
}

/// Entries set aside, at this start-up or earlier, for the user to download
/// or discard.
pub fn aside_entries(store: &impl KeyValue) -> Vec<AsideEntry> {
    store
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(ASIDE_PREFIX))
        .map(|key| {
            let chars = store.get(&key).map(|v| utf16_len(&v)).unwrap_or(0);
            // `liaison/aside/<time>/<original key>`
            let original_key = key.splitn(4, '/').nth(3).unwrap_or(&key).to_string();
            AsideEntry { key, original_key, chars }
        })
        .collect()
}

/// Deletes one set-aside entry, after the user asked to. Only set-aside keys
/// can go this way.
pub fn discard_aside(store: &impl KeyValue, key: &str) {
    if key.starts_with(ASIDE_PREFIX) {
        // If storage refuses, the entry simply stays; the banner comes back at the next start.
        let _ = store.remove(key);
    }
}

/// Characters used by everything this site stores.
pub fn stored_chars(store: &impl KeyValue) -> usize {
    let values: Vec<(String, String)> = store.keys().into_iter().filter_map(|k| store.get(&k).map(|v| (k, v))).collect();
    chars_used(values.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}
