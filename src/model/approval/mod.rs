//! Approval rounds: which departments must sign off a plan version (named by
//! its content hash), what each decided, and whether that decision still
//! holds. A sign-off given for another hash is stale and counts for nothing.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::model::entity::entities;
use crate::model::ids::{DepartmentId, RoundId, SignOffId};
use crate::model::keyed::Keyed;
use crate::model::plan::Plan;
use crate::model::structure::Raci;
use crate::model::time::{Day, Timestamp};

pub mod edit;
pub mod provenance;
pub mod queries;
pub mod status;
pub mod versions;

pub use edit::{edit_approval, ApprovalEdit, ApprovalError};
pub use provenance::{HowGiven, Source};

/// A department's decision on the plan under review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SignOffState {
    #[default]
    Pending,
    Approved,
    ChangesRequested,
    Rejected,
}

impl Keyed for SignOffState {
    const ALL: &'static [SignOffState] = &[Self::Pending, Self::Approved, Self::ChangesRequested, Self::Rejected];

    fn key(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::ChangesRequested => "changes_requested",
            Self::Rejected => "rejected",
        }
    }
}

impl SignOffState {
    /// The same inside a sentence ("Finance: changes requested").
    pub fn phrase(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::ChangesRequested => "changes requested",
            Self::Rejected => "rejected",
        }
    }

    /// What the user reads.
    pub fn label(self) -> &'static str {
        match self {
            Self::Pending => "Pending",
            Self::Approved => "Approved",
            Self::ChangesRequested => "Changes requested",
            Self::Rejected => "Rejected",
        }
    }
}

/// One department's sign-off in a round.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignOff {
    pub id: SignOffId,
    pub department_id: DepartmentId,
    pub state: SignOffState,
    /// Who signed for the department.
    pub by: String,
    /// When it was given.
    pub at: Timestamp,
    pub comment: String,
    /// The plan version this decision was about.
    pub plan_hash: String,
    /// How it reached this copy of the plan; only some kinds count.
    #[serde(flatten)]
    pub source: Source,
    /// The public key of the response that brought it, when signed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signed_with: Option<String>,
    /// The substance of the version signed, when a response carried it
    /// because it is not the round's (a department's edited copy).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub substance: Option<Value>,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A request to the departments to sign off one version of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ApprovalRound {
    pub id: RoundId,
    /// The version under review.
    pub plan_hash: String,
    pub opened_at: Timestamp,
    /// Sign-offs are due by this day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<Day>,
    pub required_departments: Vec<DepartmentId>,
    pub sign_offs: Vec<SignOff>,
    /// The substance of the version under review (see
    /// [`crate::model::hash::canonical_substance`]), so a later version can
    /// be compared with it; `None` in rounds opened before it was kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub substance: Option<Value>,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Where a round stands against the plan as it is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoundState {
    /// Every required department approved the current version.
    Approved,
    /// Someone asked for changes or rejected it.
    Contested { changes_requested: usize, rejected: usize },
    /// Waiting for these departments (no current approval yet).
    Waiting { departments: Vec<DepartmentId> },
}

/// A required department's position, as the approval view shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub department_id: DepartmentId,
    pub state: SignOffState,
    /// Given for an older version of the plan.
    pub stale: bool,
    /// Came inside a plan file and is not confirmed: it does not count.
    pub unverified: bool,
    /// The version the counted answer was given on.
    pub answered_on: Option<String>,
    /// Not yet approved and past the due day.
    pub overdue: bool,
}

/// A required department that holds the round up, and since when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holdup {
    pub position: Position,
    /// Since the round opened (no answer yet) or since its last answer
    /// (changes requested, rejected, or an approval of an older version).
    pub since: Timestamp,
}

/// The departments that must sign off by default: those Responsible or
/// Accountable for at least one initiative, in the plan's department order.
pub fn default_required(plan: &Plan) -> Vec<DepartmentId> {
    let involved = |id: &DepartmentId| {
        plan.initiatives
            .iter()
            .any(|i| matches!(i.raci.get(id), Some(Raci::Responsible | Raci::Accountable)))
    };
    plan.departments.iter().filter(|d| involved(&d.id)).map(|d| d.id.clone()).collect()
}

impl ApprovalRound {
    /// The latest sign-off of a department, by when it was given: response
    /// files may be merged in any order.
    pub fn sign_off(&self, department_id: &DepartmentId) -> Option<&SignOff> {
        // `max_by` keeps the last of equals: the one recorded last wins a tie.
        self.sign_offs.iter().filter(|s| s.department_id == *department_id).max_by(|a, b| a.at.cmp(&b.at))
    }

    /// The department's latest sign-off among those that count (from its
    /// response, or recorded here); a newer unverified one is shown, not counted.
    pub fn counted_sign_off(&self, department_id: &DepartmentId) -> Option<&SignOff> {
        let counted = self.sign_offs.iter().filter(|s| s.department_id == *department_id && s.source.counts());
        counted.max_by(|a, b| a.at.cmp(&b.at))
    }

    /// Each required department's position against `current_hash` on the
    /// user's `today` (`None`: leave "overdue" out).
    pub fn positions(&self, current_hash: &str, today: Option<Day>) -> Vec<Position> {
        let past_due = self.due.zip(today).is_some_and(|(due, today)| today > due);
        self.required_departments
            .iter()
            .map(|department_id| {
                let latest = self.sign_off(department_id);
                let unverified = latest.is_some_and(|s| !s.source.counts());
                let sign_off = self.counted_sign_off(department_id);
                let state = sign_off.map(|s| s.state).unwrap_or_default();
                let stale = sign_off.is_some_and(|s| s.state != SignOffState::Pending && s.plan_hash != current_hash);
                let approved_now = state == SignOffState::Approved && !stale;
                let answered_on = sign_off.map(|s| s.plan_hash.clone());
                Position { department_id: department_id.clone(), state, stale, unverified, answered_on, overdue: past_due && !approved_now }
            })
            .collect()
    }

    /// Who holds the plan up: overdue first, then the longest waiting.
    pub fn holdups(&self, current_hash: &str, today: Day) -> Vec<Holdup> {
        let mut holdups: Vec<Holdup> = self
            .positions(current_hash, Some(today))
            .into_iter()
            .filter(|p| p.state != SignOffState::Approved || p.stale)
            .map(|position| {
                let answered = self.counted_sign_off(&position.department_id).filter(|s| s.state != SignOffState::Pending);
                let since = answered.map_or(self.opened_at, |s| s.at);
                Holdup { position, since }
            })
            .collect();
        holdups.sort_by(|a, b| b.position.overdue.cmp(&a.position.overdue).then_with(|| a.since.cmp(&b.since)));
        holdups
    }

    /// Whether the plan as it is now (`current_hash`) is approved.
    pub fn state(&self, current_hash: &str) -> RoundState {
        let positions = self.positions(current_hash, None);
        let current = |state| positions.iter().filter(|p| p.state == state && !p.stale).count();
        let (changes_requested, rejected) = (current(SignOffState::ChangesRequested), current(SignOffState::Rejected));
        if changes_requested + rejected > 0 {
            return RoundState::Contested { changes_requested, rejected };
        }
        let departments: Vec<DepartmentId> = positions
            .into_iter()
            .filter(|p| p.state != SignOffState::Approved || p.stale)
            .map(|p| p.department_id)
            .collect();
        if departments.is_empty() { RoundState::Approved } else { RoundState::Waiting { departments } }
    }
}

entities!(ApprovalRound => RoundId, SignOff => SignOffId);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{approval_round, at, day, sign_off};

    fn round() -> ApprovalRound {
        let mut round = approval_round("r", "h1", &["fin", "it"]);
        round.due = Some(day("2026-12-01"));
        round
    }

    fn sign(round: &mut ApprovalRound, department: &str, state: SignOffState, hash: &str) {
        let id = format!("s{}", round.sign_offs.len());
        round.sign_offs.push(sign_off(&id, department, state, hash));
    }

    #[test]
    fn approved_only_when_every_required_department_approved_this_version() {
        let mut r = round();
        assert_eq!(r.state("h1"), RoundState::Waiting { departments: vec!["fin".into(), "it".into()] });
        sign(&mut r, "fin", SignOffState::Approved, "h1");
        assert_eq!(r.state("h1"), RoundState::Waiting { departments: vec!["it".into()] });
        sign(&mut r, "it", SignOffState::Approved, "h1");
        assert_eq!(r.state("h1"), RoundState::Approved);
    }

    #[test]
    fn a_changed_plan_makes_earlier_approvals_stale() {
        let mut r = round();
        sign(&mut r, "fin", SignOffState::Approved, "h1");
        sign(&mut r, "it", SignOffState::Approved, "h1");
        let positions = r.positions("h2", Some(day("2026-11-22")));
        assert!(positions.iter().all(|p| p.stale));
        assert_eq!(r.state("h2"), RoundState::Waiting { departments: vec!["fin".into(), "it".into()] });
    }

    #[test]
    fn holdups_list_overdue_then_longest_waiting() {
        let mut r = round();
        r.opened_at = at("2026-11-01T09:00:00Z");
        r.required_departments.push("hr".into());
        sign(&mut r, "it", SignOffState::Approved, "h0");
        r.sign_offs[0].at = at("2026-11-05T09:00:00Z");
        sign(&mut r, "hr", SignOffState::Approved, "h1");
        let holdups = r.holdups("h1", day("2026-11-20"));
        let who: Vec<(&str, Timestamp)> = holdups.iter().map(|h| (h.position.department_id.as_str(), h.since)).collect();
        assert_eq!(who, vec![("fin", at("2026-11-01T09:00:00Z")), ("it", at("2026-11-05T09:00:00Z"))]);
        assert!(holdups[1].position.stale);
        assert!(r.holdups("h1", day("2026-12-02")).iter().all(|h| h.position.overdue));
    }

    #[test]
    fn objections_and_overdue_sign_offs_show() {
        let mut r = round();
        sign(&mut r, "fin", SignOffState::ChangesRequested, "h1");
        assert_eq!(r.state("h1"), RoundState::Contested { changes_requested: 1, rejected: 0 });
        let late = r.positions("h1", Some(day("2026-12-02")));
        assert!(late.iter().all(|p| p.overdue));
        sign(&mut r, "fin", SignOffState::Approved, "h1");
        assert!(!r.positions("h1", Some(day("2026-12-02")))[0].overdue);
    }
}
