//! Builders for tests: fixed times, an environment with predictable ids,
//! small plans and boards that state only what a test is about, and
//! [`Editing`], which edits a plan the way the command does. Compiled for
//! tests only. A workspace changed through the one write path has its
//! builder, `TestWorkspace`, beside that path: only the command module
//! names commands.

mod boards;
mod editing;
mod plans;
mod records;
mod stakeholders;

pub use boards::{area, board, cluster, note};
pub use editing::{Editing, TestEdit};
pub use plans::{bare_plan, department_objective, information_need, initiative, objective, plan, plan_with_roles};
pub use stakeholders::{map, placement, position, stakeholder};
pub use records::{approval_round, comment, decision, follow_up, lesson, plan_update, response, sign_off};

use super::env::Env;
use super::ids::SequentialIds;
use super::time::{Day, Timestamp};

/// The instant a test calls "now": 2026-11-22T10:00:00.000Z.
pub fn now() -> Timestamp {
    at("2026-11-22T10:00:00.000Z")
}

/// The instant an RFC 3339 text names; a typo in a test fails loudly.
pub fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap_or_else(|| panic!("a test gave “{text}” as a time"))
}

/// The day a `YYYY-MM-DD` text names.
pub fn day(text: &str) -> Day {
    Day::parse(text).unwrap_or_else(|| panic!("a test gave “{text}” as a day"))
}

impl From<&str> for Timestamp {
    /// Lets struct literals in tests write times as text.
    fn from(text: &str) -> Timestamp {
        at(text)
    }
}

impl From<&str> for Day {
    /// Lets struct literals in tests write days as text.
    fn from(text: &str) -> Day {
        day(text)
    }
}

/// What a test's commands run with: a fixed time and day, and ids `id-1`, `id-2`, …
#[derive(Debug, Clone)]
pub struct TestEnv {
    pub now: Timestamp,
    pub today: Day,
    pub ids: SequentialIds,
}

impl Default for TestEnv {
    fn default() -> Self {
        TestEnv { now: now(), today: day("2026-11-22"), ids: SequentialIds::default() }
    }
}

impl TestEnv {
    /// The same ids, at another time.
    pub fn at(&mut self, when: &str) -> &mut Self {
        self.now = at(when);
        self.today = self.now.day_utc();
        self
    }

    /// The environment one command sees.
    pub fn env(&mut self) -> Env<'_> {
        Env { now: self.now, today: self.today, ids: &mut self.ids }
    }
}
