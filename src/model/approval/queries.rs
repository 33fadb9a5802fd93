//! What the approval view asks of a plan's rounds: the round under way and
//! how many came before, and why a department holds it up.

use serde_json::Value;

use super::versions::{compare, VersionChange};
use super::{ApprovalRound, Holdup, SignOff, SignOffState};
use crate::model::hash::canonical_substance;
use crate::model::ids::DepartmentId;
use crate::model::plan::Plan;

/// The round under way: the last one opened (opening a round closes the one
/// before, which stays as history).
pub fn current_round(plan: &Plan) -> Option<&ApprovalRound> {
    plan.approval_rounds.last()
}

/// How many rounds came before the one under way.
pub fn earlier_rounds(plan: &Plan) -> usize {
    plan.approval_rounds.len().saturating_sub(1)
}

/// A version of the plan, as this copy knows it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum KnownVersion<'a> {
    /// Opened as round `number` (1 is the first); its substance, when kept.
    Round { number: usize, substance: Option<&'a Value> },
    /// Never put to a round here: a department's own edited copy. Its
    /// substance when the response carried it.
    Unseen { substance: Option<&'a Value> },
}

impl<'a> KnownVersion<'a> {
    /// The version `sign_off` was given on.
    pub fn of(plan: &'a Plan, sign_off: &'a SignOff) -> KnownVersion<'a> {
        let round = plan.approval_rounds.iter().enumerate().rev().find(|(_, r)| r.plan_hash == sign_off.plan_hash);
        match round {
            Some((at, round)) => KnownVersion::Round { number: at + 1, substance: round.substance.as_ref() },
            None => KnownVersion::Unseen { substance: sign_off.substance.as_ref() },
        }
    }

    fn substance(self) -> Option<&'a Value> {
        match self {
            KnownVersion::Round { substance, .. } | KnownVersion::Unseen { substance } => substance,
        }
    }
}

/// A department's latest approval in any round, counted or given here.
pub fn last_approval<'a>(plan: &'a Plan, department_id: &DepartmentId) -> Option<&'a SignOff> {
    last_answer(plan, department_id, |state| state == SignOffState::Approved)
}

/// A department's latest counted answer in any round whose state `wanted`.
fn last_answer<'a>(plan: &'a Plan, department_id: &DepartmentId, wanted: impl Fn(SignOffState) -> bool) -> Option<&'a SignOff> {
    let answers = plan.approval_rounds.iter().flat_map(|r| r.sign_offs.iter());
    let answers = answers.filter(|s| s.department_id == *department_id && s.source.counts() && wanted(s.state));
    answers.max_by(|a, b| a.at.cmp(&b.at))
}

/// For a reviewing department: what changed since it last answered (approved,
/// asked for changes or rejected) on another version than the plan now.
pub fn changes_since_my_answer(plan: &Plan, department_id: &DepartmentId) -> Option<StaleApproval> {
    let now = crate::model::hash::plan_hash(plan);
    let answer = last_answer(plan, department_id, |state| state != SignOffState::Pending).filter(|s| s.plan_hash != now)?;
    Some(StaleApproval {
        departments: vec![department_id.clone()],
        answer: answer.state,
        round: match KnownVersion::of(plan, answer) {
            KnownVersion::Round { number, .. } => Some(number),
            KnownVersion::Unseen { .. } => None,
        },
        changes: changes_since(plan, answer),
    })
}

/// What differs between the version `sign_off` was given on and the plan as
/// it is now, old → new; `None` when that version's substance is not known
/// (a round opened before rounds kept it, or a response that did not carry it).
pub fn changes_since(plan: &Plan, sign_off: &SignOff) -> Option<Vec<VersionChange>> {
    let then = KnownVersion::of(plan, sign_off).substance()?;
    Some(compare(then, &canonical_substance(plan)))
}

/// Departments whose approval is of another version than the plan now, with
/// what differs, grouped by the version they approved.
#[derive(Debug, Clone, PartialEq)]
pub struct StaleApproval {
    pub departments: Vec<DepartmentId>,
    /// What they answered on that version.
    pub answer: SignOffState,
    /// The round that version was opened as (1 is the first); `None`: a
    /// version never put to a round here (a department's edited copy).
    pub round: Option<usize>,
    /// What differs from that version to the plan now; `None` when that
    /// version's substance is not known here.
    pub changes: Option<Vec<VersionChange>>,
}

/// The required departments of the round under way whose latest approval
/// (in any round) is of another version than the plan as it is now.
pub fn stale_approvals(plan: &Plan) -> Vec<StaleApproval> {
    let Some(round) = current_round(plan) else { return Vec::new() };
    let now = crate::model::hash::plan_hash(plan);
    let mut groups: Vec<(String, StaleApproval)> = Vec::new();
    for department_id in &round.required_departments {
        let Some(approval) = last_approval(plan, department_id).filter(|s| s.plan_hash != now) else { continue };
        // Asked for changes since, in this round: that answer speaks, not the approval.
        if round.counted_sign_off(department_id).is_some_and(|s| s.at > approval.at) {
            continue;
        }
        match groups.iter_mut().find(|(hash, _)| *hash == approval.plan_hash) {
            Some((_, group)) => group.departments.push(department_id.clone()),
            None => {
                let round = match KnownVersion::of(plan, approval) {
                    KnownVersion::Round { number, .. } => Some(number),
                    KnownVersion::Unseen { .. } => None,
                };
                let stale = StaleApproval {
                    departments: vec![department_id.clone()],
                    answer: SignOffState::Approved,
                    round,
                    changes: changes_since(plan, approval),
                };
                groups.push((approval.plan_hash.clone(), stale));
            }
        }
    }
    groups.into_iter().map(|(_, group)| group).collect()
}

impl Holdup {
    /// Why the department holds the round up, as the liaison reads it after
    /// the department's name.
    pub fn reason(&self, plan: &Plan) -> &'static str {
        let seen = self.position.answered_on.as_ref().is_none_or(|hash| plan.approval_rounds.iter().any(|r| r.plan_hash == *hash));
        match (self.position.state, self.position.stale) {
            // A current approval holds nothing up: an approval here is stale.
            (SignOffState::Approved, _) if !seen => "approved a version the liaison has never seen (an edited copy)",
            (SignOffState::Approved, _) => "approved an older version",
            (SignOffState::ChangesRequested, false) => "asked for changes",
            (SignOffState::ChangesRequested, true) => "asked for changes to an older version",
            (SignOffState::Rejected, false) => "rejected the plan",
            (SignOffState::Rejected, true) => "rejected an older version",
            (SignOffState::Pending, _) => "has not answered",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::approval::ApprovalEdit;
    use crate::model::hash::plan_hash;
    use crate::model::testing::{day, plan_with_roles, Editing};

    fn open_round(fx: &mut Editing<Plan>) {
        fx.run(ApprovalEdit::OpenRound { due: None, required: vec![] }).unwrap();
    }

    fn sign(fx: &mut Editing<Plan>, department: usize, state: SignOffState) {
        let (round_id, department_id) = (fx.doc.approval_rounds[0].id.clone(), fx.doc.departments[department].id.clone());
        fx.run(ApprovalEdit::SignOff { round_id, department_id, state, by: "Someone".into(), comment: String::new(), how: None }).unwrap();
    }

    #[test]
    fn the_last_round_opened_is_under_way_and_the_others_are_history() {
        let mut fx = Editing::new(plan_with_roles());
        assert_eq!(current_round(&fx.doc), None);
        assert_eq!(earlier_rounds(&fx.doc), 0);
        open_round(&mut fx);
        open_round(&mut fx);
        let plan = &fx.doc;
        assert_eq!(current_round(plan).map(|r| &r.id), Some(&plan.approval_rounds[1].id));
        assert_eq!(earlier_rounds(plan), 1);
    }

    #[test]
    fn a_holdup_says_what_the_department_did_and_for_which_version() {
        let mut fx = Editing::new(plan_with_roles());
        open_round(&mut fx);
        let reasons = |plan: &Plan| -> Vec<&'static str> {
            plan.approval_rounds[0].holdups(&plan_hash(plan), day("2026-11-22")).iter().map(|h| h.reason(plan)).collect()
        };
        assert_eq!(reasons(&fx.doc), vec!["has not answered", "has not answered"]);
        sign(&mut fx, 0, SignOffState::Approved);
        sign(&mut fx, 1, SignOffState::ChangesRequested);
        assert_eq!(reasons(&fx.doc), vec!["asked for changes"]);
        fx.doc.initiatives[0].due = Some(day("2027-04-01"));
        let mut now_stale = reasons(&fx.doc);
        now_stale.sort();
        assert_eq!(now_stale, vec!["approved an older version", "asked for changes to an older version"]);
        sign(&mut fx, 1, SignOffState::Rejected);
        assert!(reasons(&fx.doc).contains(&"rejected the plan"));
        fx.doc.approval_rounds[0].sign_offs[0].plan_hash = "their own copy".into();
        assert!(reasons(&fx.doc).contains(&"approved a version the liaison has never seen (an edited copy)"));
    }

    #[test]
    fn stale_approvals_are_grouped_by_the_version_approved_with_what_changed() {
        let mut fx = Editing::new(plan_with_roles());
        open_round(&mut fx);
        assert!(stale_approvals(&fx.doc).is_empty());
        sign(&mut fx, 0, SignOffState::Approved);
        sign(&mut fx, 1, SignOffState::Approved);
        assert!(stale_approvals(&fx.doc).is_empty(), "approvals of the plan as it is");
        fx.doc.initiatives[0].due = Some(day("2027-04-01"));
        fx.run(ApprovalEdit::OpenRound { due: None, required: vec![] }).unwrap();
        let stale = stale_approvals(&fx.doc);
        assert_eq!(stale.len(), 1);
        assert_eq!((stale[0].departments.len(), stale[0].round), (2, Some(1)));
        assert_eq!(stale[0].changes.as_ref().map(Vec::len), Some(1));
    }

    #[test]
    fn a_reviewer_sees_what_changed_since_it_asked_for_changes() {
        let mut fx = Editing::new(plan_with_roles());
        open_round(&mut fx);
        let finance = fx.doc.departments[0].id.clone();
        assert_eq!(changes_since_my_answer(&fx.doc, &finance), None);
        sign(&mut fx, 0, SignOffState::ChangesRequested);
        assert_eq!(changes_since_my_answer(&fx.doc, &finance), None, "answered on the plan as it is");
        fx.doc.initiatives[0].due = Some(day("2027-04-01"));
        let since = changes_since_my_answer(&fx.doc, &finance).unwrap();
        assert_eq!((since.answer, since.round), (SignOffState::ChangesRequested, Some(1)));
        assert_eq!(since.changes.map(|c| c.len()), Some(1));
    }

    #[test]
    fn a_department_sees_what_changed_since_it_approved() {
        let mut fx = Editing::new(plan_with_roles());
        open_round(&mut fx);
        sign(&mut fx, 0, SignOffState::Approved);
        let finance = fx.doc.departments[0].id.clone();
        let approval = last_approval(&fx.doc, &finance).unwrap().clone();
        assert_eq!(KnownVersion::of(&fx.doc, &approval), KnownVersion::Round { number: 1, substance: fx.doc.approval_rounds[0].substance.as_ref() });
        assert_eq!(changes_since(&fx.doc, &approval), Some(vec![]));
        fx.doc.initiatives[0].due = Some(day("2027-04-01"));
        open_round(&mut fx);
        let changes = changes_since(&fx.doc, &approval).unwrap();
        assert_eq!(changes.len(), 1);
        assert!(changes[0].summary().ends_with("→ 2027-04-01"), "{}", changes[0].summary());
        // A round opened before rounds kept their substance: nothing to compare with.
        fx.doc.approval_rounds[0].substance = None;
        assert_eq!(changes_since(&fx.doc, &approval), None);
    }
}
