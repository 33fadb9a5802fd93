//! Local storage, and nothing else touches it. Each document is stored under
//! its own key as a small Liaison file with a revision number, so an edit
//! rewrites one document, a damaged entry spoils only itself, and a tab can
//! tell when another tab saved a newer revision.
//!
//! Everything but `browser` is plain Rust over the [`KeyValue`] trait and is
//! tested natively against [`memory::MemoryStore`]: `entry` (keys, encoding,
//! the write rule), `write` (one document's write or removal), `load`
//! (start-up with recovery, set-aside entries), `saver` (the autosave
//! policy) and `conflicts` (no edit is taken into a document in conflict
//! with another tab's save). `browser` implements the trait on `window.localStorage`.

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod conflicts;
pub mod entry;
pub mod key_value;
pub mod load;
#[cfg(test)]
mod load_tests;
pub mod known_keys;
pub mod memory;
pub mod reviewing;
pub mod saver;
#[cfg(test)]
mod saver_tests;
#[cfg(test)]
mod two_tabs_tests;
pub mod write;

pub use conflicts::apply_unless_in_conflict;
pub use entry::{decide_write, decode_entry, doc_key, encode_entry, parse_doc_key, peek_rev, EntryError, WriteDecision};
pub use key_value::{KeyValue, StoreError};
pub use load::{aside_entries, load, AsideEntry, LoadWarning, Loaded};
pub use saver::{FlushReport, OtherTab, Saver};
pub use write::{remove_document, write_document, WriteError};
