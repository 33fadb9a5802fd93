//! What the storage policy needs of a key-value store, and how a store refuses:
//! the browser's `localStorage` is one such store, an in-memory map another, so
//! the policy is plain Rust tested natively.

use std::fmt;

/// Why a store refused to write or remove a key. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The storage quota is used up; a smaller write may still fit.
    QuotaFull,
    /// Storage refused for another reason (private mode, disabled, …), in
    /// the store's own words.
    Unavailable(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::QuotaFull => f.write_str("storage is full"),
            StoreError::Unavailable(why) => f.write_str(why),
        }
    }
}

/// A store of text values under text keys, shared with other tabs. Methods
/// take `&self` because the browser's store is a handle: every tab writes to
/// the same place.
pub trait KeyValue {
    /// The value under `key`; `None` when there is none or it cannot be read.
    fn get(&self, key: &str) -> Option<String>;
    /// Stores `value` under `key`, or says why not (the old value stays).
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key`; removing a missing key is not an error.
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key, in the store's order.
    fn keys(&self) -> Vec<String>;
}
