//! What a change needs from the world outside the core: the current time,
//! the user's day and fresh ids. The shell reads the browser's clock, zone
//! and random source once per command and passes them in; tests pass fixed
//! values, so every rule is repeatable.

use super::ids::IdSource;
use super::time::{Day, Timestamp};

/// The outside world, as one command sees it.
pub struct Env<'a> {
    /// Now: stamps `updated_at` and every other "when".
    pub now: Timestamp,
    /// Today on the user's calendar (not UTC): new decisions are dated with
    /// it, and deadlines and "overdue" are judged by it.
    pub today: Day,
    pub ids: &'a mut dyn IdSource,
}

impl Env<'_> {
    /// A fresh id of whatever kind is wanted.
    pub fn new_id<I: From<String>>(&mut self) -> I {
        I::from(self.ids.next_id())
    }
}
