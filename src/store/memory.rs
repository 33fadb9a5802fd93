//! A [`KeyValue`] store in memory, for native tests of the storage policy. It
//! can be told to fail the ways a browser's storage fails (a full quota,
//! storage refused) and to play another tab writing behind this one's back.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::entry::chars_used;
use super::key_value::{KeyValue, StoreError};

/// How the store refuses writes and removals, until told otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// A write whose key and value take more than this many characters fails
    /// with [`StoreError::QuotaFull`]; `0` refuses every write. Removals work.
    QuotaAbove(usize),
    /// Every write and removal fails with [`StoreError::Unavailable`]; reads
    /// still work, as when a browser blocks writing mid-session.
    Unavailable(String),
}

#[derive(Debug, Default)]
struct Inner {
    entries: BTreeMap<String, String>,
    /// Characters the whole store may hold, keys included, like a browser's quota.
    capacity: Option<usize>,
    failure: Option<Failure>,
}

/// Storage in memory. Clones share the same entries, as tabs share
/// `localStorage`: a clone is "another tab".
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    inner: Rc<RefCell<Inner>>,
}

impl MemoryStore {
    /// An empty store with room for everything.
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// Limits the whole store to `chars` characters (keys and values, counted
    /// as a browser counts them); `None` lifts the limit.
    pub fn set_capacity(&self, chars: Option<usize>) {
        self.inner.borrow_mut().capacity = chars;
    }

    /// Makes writes (and maybe removals) fail from now on; `None` heals it.
    pub fn fail(&self, failure: Option<Failure>) {
        self.inner.borrow_mut().failure = failure;
    }

    /// Writes `value` under `key` the way another tab would: regardless of
    /// any failure set here, and without this tab's saver knowing.
    pub fn another_tab_sets(&self, key: &str, value: &str) {
        self.inner.borrow_mut().entries.insert(key.to_string(), value.to_string());
    }

    /// Removes `key` the way another tab would.
    pub fn another_tab_removes(&self, key: &str) {
        self.inner.borrow_mut().entries.remove(key);
    }

    /// Every entry, for tests to compare whole.
    pub fn entries(&self) -> BTreeMap<String, String> {
        self.inner.borrow().entries.clone()
    }

    /// Characters the store holds, keys included.
    pub fn chars(&self) -> usize {
        let inner = self.inner.borrow();
        chars_used(inner.entries.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.inner.borrow().entries.get(key).cloned()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let size = chars_used([(key, value)]);
        match self.inner.borrow().failure.clone() {
            Some(Failure::Unavailable(why)) => return Err(StoreError::Unavailable(why)),
            Some(Failure::QuotaAbove(limit)) if size > limit => return Err(StoreError::QuotaFull),
            _ => {}
        }
        // The old value's room is given back, as a browser does on overwrite.
        let old = self.get(key).map_or(0, |old| chars_used([(key, old.as_str())]));
        if let Some(capacity) = self.inner.borrow().capacity {
            if self.chars() - old + size > capacity {
                return Err(StoreError::QuotaFull);
            }
        }
        self.another_tab_sets(key, value);
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        if let Some(Failure::Unavailable(why)) = self.inner.borrow().failure.clone() {
            return Err(StoreError::Unavailable(why));
        }
        self.another_tab_removes(key);
        Ok(())
    }

    fn keys(&self) -> Vec<String> {
        self.inner.borrow().entries.keys().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_entries_like_tabs() {
        let (mine, theirs) = (MemoryStore::new(), MemoryStore::new());
        let other_tab = mine.clone();
        mine.set("a", "1").unwrap();
        assert_eq!(other_tab.get("a").as_deref(), Some("1"));
        assert_eq!(theirs.get("a"), None);
        other_tab.remove("a").unwrap();
        assert_eq!(mine.keys(), Vec::<String>::new());
    }

    #[test]
    fn refuses_as_told() {
        let store = MemoryStore::new();
        store.set_capacity(Some(10));
        assert_eq!(store.set("key", "1234567"), Ok(()));
        // Overwriting gives the old value's room back first.
        assert_eq!(store.set("key", "abcdefg"), Ok(()));
        assert_eq!(store.set("k2", "x"), Err(StoreError::QuotaFull));
        store.set_capacity(None);
        store.fail(Some(Failure::QuotaAbove(3)));
        assert_eq!(store.set("k2", "x"), Ok(()));
        assert_eq!(store.set("k3", "xy"), Err(StoreError::QuotaFull));
        store.fail(Some(Failure::Unavailable("blocked".into())));
        assert_eq!(store.remove("k2"), Err(StoreError::Unavailable("blocked".into())));
        store.another_tab_sets("k4", "still works");
        assert_eq!(store.keys(), ["k2", "k4", "key"]);
        assert_eq!(store.get("key").as_deref(), Some("abcdefg"));
    }
}
