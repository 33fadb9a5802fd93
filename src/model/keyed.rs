//! Closed sets of values stored in files by a fixed name (`in_review`).

/// A value with a stable name in files.
pub trait Keyed: Copy + Sized + 'static {
    /// Every value, in the order they are offered.
    const ALL: &'static [Self];

    /// The name stored in files.
    fn key(self) -> &'static str;

    /// The value stored under `key`.
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.key() == key)
    }
}
