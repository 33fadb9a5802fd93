//! Local storage, and nothing else touches it. Each document is stored under
//! its own key as a small Liaison file with a revision number, so an edit
//! rewrites one document, a damaged entry spoils only itself, and a tab can
//! tell when another tab saved a newer revision.
//!
//! `entry` is the pure part (keys, encoding, the write rule) and is tested
//! natively; `browser` talks to `window.localStorage`.

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod entry;

pub use entry::{decide_write, decode_entry, doc_key, encode_entry, parse_doc_key, peek_rev, EntryError, WriteDecision};
