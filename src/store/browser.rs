//! The browser side of storage: `window.localStorage`, guarded on every call.
//! Reads go through the same restore as files; unreadable entries are set
//! aside under another key, never deleted; a full quota or a newer revision
//! from another tab is reported, never papered over.

use std::collections::BTreeMap;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::entry::{self, decide_write, utf16_len, decode_entry, doc_key, encode_entry, parse_doc_key, WriteDecision, ASIDE_PREFIX, DOC_PREFIX};
use crate::model::{DocRef, Document, Timestamp, Workspace};

/// What the browser said when it refused a storage call.
fn refusal(error: &wasm_bindgen::JsValue) -> String {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) => format!("{}: {}", e.name(), e.message()),
        None => "the browser refused to store data".into(),
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
    /// Repairs made while reading, each said with the title of its document.
    pub warnings: Vec<String>,
    /// Characters taken by each document entry read (key included).
    pub sizes: BTreeMap<String, usize>,
    /// Characters taken by every other key of the site.
    pub other_chars: usize,
}

/// Why a write did not happen. The document in memory is untouched.
#[derive(Debug, Clone, PartialEq)]
pub enum WriteError {
    /// Another tab saved a newer revision of this document.
    Conflict { stored_rev: u64 },
    /// The browser's storage quota is used up.
    QuotaFull,
    /// Storage refused for another reason (private mode, disabled, …).
    Unavailable(String),
}

/// An entry that was set aside because it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct AsideEntry {
    pub key: String,
    /// The key it was stored under originally.
    pub original_key: String,
    pub chars: usize,
}

/// Handle on the page's local storage.
#[derive(Clone)]
pub struct BrowserStore {
    storage: web_sys::Storage,
}

impl BrowserStore {
    /// Local storage, or why it cannot be used.
    pub fn open() -> Result<Self, String> {
        let window = web_sys::window().ok_or("no browser window")?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(BrowserStore { storage }),
            _ => Err("This browser does not allow this page to store data (private mode or site data blocked?).".into()),
        }
    }

    /// Every key in storage.
    pub fn keys(&self) -> Vec<String> {
        let count = self.storage.length().unwrap_or(0);
        (0..count).filter_map(|n| self.storage.key(n).ok().flatten()).collect()
    }

    pub fn get(&self, key: &str) -> Option<String> {
        self.storage.get_item(key).ok().flatten()
    }

    /// Reads every document entry; sets aside the ones that cannot be read.
    pub fn load(&self, now: Timestamp) -> Loaded {
        let mut loaded = Loaded::default();
        for key in self.keys() {
            let Some(raw) = self.get(&key) else { continue };
            let chars = utf16_len(&key) + utf16_len(&raw);
            if !key.starts_with(DOC_PREFIX) {
                loaded.other_chars += chars;
                continue;
            }
            let decoded = match parse_doc_key(&key) {
                Some(doc) => decode_entry(&doc, &raw).map(|d| (doc, d)),
                None => Err(entry::EntryError("its name is not a document name".into())),
            };
            match decoded {
                Ok((doc, (rev, document, warnings))) => {
                    loaded.warnings.extend(warnings.into_iter().map(|w| format!("{}: {w}", document.title())));
                    loaded.revs.insert(doc, rev);
                    loaded.workspace.put(document);
                    loaded.sizes.insert(key, chars);
                }
                Err(reason) if reason.is_from_newer_version() => {
                    // Not damaged, just newer: left where it is for the newer version to use.
                    loaded.other_chars += chars;
                    loaded.warnings.push(format!(
                        "A document saved by a newer version of Liaison ({key}) was left untouched; reload the page to get the newest version."
                    ));
                }
                Err(reason) => {
                    // Set aside, it still takes the same room under its new key.
                    loaded.other_chars += chars;
                    let aside = self.set_aside(&key, &raw, now);
                    if aside == key {
                        loaded.warnings.push(format!(
                            "A stored entry ({key}) could not be read ({reason}) and, with storage full, could not be set aside either; it is left untouched."
                        ));
                    }
                    loaded.set_aside.push((aside, reason.0));
                }
            }
        }
        loaded
    }

    /// Moves an unreadable entry to an `aside` key; if even that fails (a full
    /// quota), it stays where it is, still untouched.
    fn set_aside(&self, key: &str, raw: &str, now: Timestamp) -> String {
        let aside = format!("{ASIDE_PREFIX}{now}/{key}");
        if self.storage.set_item(&aside, raw).is_ok() {
            let _ = self.storage.remove_item(key);
            aside
        } else {
            key.to_string()
        }
    }

    /// Entries set aside earlier, for the user to download or discard.
    pub fn aside_entries(&self) -> Vec<AsideEntry> {
        self.keys()
            .into_iter()
            .filter(|k| k.starts_with(ASIDE_PREFIX))
            .map(|key| {
                let chars = self.get(&key).map(|v| utf16_len(&v)).unwrap_or(0);
                let original_key = key.splitn(4, '/').nth(3).unwrap_or(&key).to_string();
                AsideEntry { key, original_key, chars }
            })
            .collect()
    }

    /// Deletes one set-aside entry, after the user asked to.
    pub fn discard(&self, key: &str) {
        if key.starts_with(ASIDE_PREFIX) {
            let _ = self.storage.remove_item(key);
        }
    }

    /// Writes a document unless another tab saved a newer revision; returns
    /// the revision written and the characters the entry takes (key included).
    pub fn write(&self, document: Document, known: Option<u64>, now: Timestamp) -> Result<(u64, usize), WriteError> {
        let key = doc_key(&document.doc_ref());
        let rev = match decide_write(known, self.get(&key).as_deref(), js_sys::Date::now() as u64) {
            WriteDecision::Write { rev } => rev,
            WriteDecision::Conflict { stored_rev } => return Err(WriteError::Conflict { stored_rev }),
        };
        let entry = encode_entry(rev, document, now);
        self.set(&key, &entry)?;
        Ok((rev, utf16_len(&key) + utf16_len(&entry)))
    }

    /// Removes a deleted document unless another tab saved a newer revision.
    pub fn remove(&self, doc: &DocRef, known: Option<u64>) -> Result<(), WriteError> {
        let key = doc_key(doc);
        if let WriteDecision::Conflict { stored_rev } = decide_write(known, self.get(&key).as_deref(), 0) {
            return Err(WriteError::Conflict { stored_rev });
        }
        self.storage.remove_item(&key).map_err(|e| WriteError::Unavailable(refusal(&e)))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        self.storage.set_item(key, value).map_err(|e| {
            let name = e.dyn_ref::<web_sys::DomException>().map(|d| d.name()).unwrap_or_default();
            if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
                WriteError::QuotaFull
            } else {
                WriteError::Unavailable(refusal(&e))
            }
        })
    }

    /// Characters used by everything this site stores.
    pub fn chars_used(&self) -> usize {
        let keys = self.keys();
        let values: Vec<(String, String)> = keys.into_iter().filter_map(|k| self.get(&k).map(|v| (k, v))).collect();
        entry::chars_used(values.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// Calls `on_change(document, new entry)` whenever another tab writes or
    /// removes a document entry (`None` when removed). Lives as long as the page.
    pub fn watch_other_tabs(on_change: impl Fn(DocRef, Option<String>) + 'static) {
        let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            if let Some(doc) = event.key().as_deref().and_then(parse_doc_key) {
                on_change(doc, event.new_value());
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
        }
        listener.forget();
    }
}
