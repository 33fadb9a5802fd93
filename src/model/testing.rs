//! Builders for tests: fixed times, an environment with predictable ids,
//! and small plans, boards and workspaces, so a test states only what it is
//! about. Compiled for tests only.

use super::env::Env;
use super::example::example_plan;
use super::ids::SequentialIds;
use super::plan::Plan;
use super::structure::{Initiative, Objective, Raci};
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

/// An objective with only a title.
pub fn objective(id: &str, title: &str) -> Objective {
    Objective {
        id: id.into(),
        title: title.into(),
        description: String::new(),
        measure: Default::default(),
        owner_department: None,
        origin: None,
        updated_at: now(),
        extra: Default::default(),
    }
}

/// An initiative under `objective_id` with only a title; set what a test needs.
pub fn initiative(id: &str, objective_id: &str, title: &str) -> Initiative {
    Initiative {
        id: id.into(),
        objective_id: objective_id.into(),
        title: title.into(),
        description: String::new(),
        lead_department: None,
        contributing_departments: Vec::new(),
        start: None,
        due: None,
        status: Default::default(),
        progress: 0,
        depends_on: Vec::new(),
        raci: Default::default(),
        origin: None,
        updated_at: now(),
        extra: Default::default(),
    }
}

/// The example plan's four departments (Customer Service, Finance, IT,
/// Marketing), with none of its structure.
pub fn bare_plan() -> Plan {
    let mut plan = example_plan(&mut SequentialIds::default(), now());
    (plan.objectives, plan.initiatives) = (vec![], vec![]);
    (plan.department_objectives, plan.information_needs) = (vec![], vec![]);
    plan
}

/// [`bare_plan`] with objective `o1` and initiative `i1` (due 2027-03-01), for
/// which Customer Service is Responsible and Finance Accountable.
pub fn plan_with_roles() -> Plan {
    let mut plan = bare_plan();
    let (cs, finance) = (plan.departments[0].id.clone(), plan.departments[1].id.clone());
    plan.objectives.push(objective("o1", "Answer fast"));
    let mut inbox = initiative("i1", "o1", "Shared inbox");
    inbox.due = Some(day("2027-03-01"));
    inbox.raci = [(cs, Raci::Responsible), (finance, Raci::Accountable)].into();
    plan.initiatives.push(inbox);
    plan
}
