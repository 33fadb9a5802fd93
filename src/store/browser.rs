//! The browser's `window.localStorage` as a [`KeyValue`] store, guarded on
//! every call: the only code that touches `web_sys::Storage`. Also the
//! `storage` event, by which other tabs' saves arrive.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::entry::parse_doc_key;
use super::key_value::{KeyValue, StoreError};
use crate::model::DocRef;

/// What the browser said when it refused a storage call.
fn refusal(error: &wasm_bindgen::JsValue) -> String {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) => format!("{}: {}", e.name(), e.message()),
        None => "the browser refused to store data".into(),
    }
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

impl KeyValue for BrowserStore {
    fn get(&self, key: &str) -> Option<String> {
        self.storage.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(|e| {
            let name = e.dyn_ref::<web_sys::DomException>().map(|d| d.name()).unwrap_or_default();
            // Firefox names the same error differently.
            if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
                StoreError::QuotaFull
            } else {
                StoreError::Unavailable(refusal(&e))
            }
        })
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage.remove_item(key).map_err(|e| StoreError::Unavailable(refusal(&e)))
    }

    fn keys(&self) -> Vec<String> {
        let count = self.storage.length().unwrap_or(0);
        (0..count).filter_map(|n| self.storage.key(n).ok().flatten()).collect()
    }
}
