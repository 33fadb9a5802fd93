//! What the approval view asks of a plan's rounds: the round under way and
//! how many came before, and why a department holds it up.

use super::{ApprovalRound, Holdup, SignOffState};
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

impl Holdup {
    /// Why the department holds the round up, as the liaison reads it after
    /// the department's name.
    pub fn reason(&self) -> &'static str {
        match (self.position.state, self.position.stale) {
            // A current approval holds nothing up: an approval here is stale.
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
    use crate::model::approval::{edit_approval, ApprovalEdit};
    use crate::model::hash::plan_hash;
    use crate::model::testing::{day, plan_with_roles, TestEnv};

    fn open_round(plan: &mut Plan, env: &mut TestEnv) {
        edit_approval(plan, ApprovalEdit::OpenRound { due: None, required: vec![] }, &mut env.env()).unwrap();
    }

    fn sign(plan: &mut Plan, department: usize, state: SignOffState) {
        let (round_id, department_id) = (plan.approval_rounds[0].id.clone(), plan.departments[department].id.clone());
        let edit = ApprovalEdit::SignOff { round_id, department_id, state, by: "Someone".into(), comment: String::new() };
        edit_approval(plan, edit, &mut TestEnv::default().env()).unwrap();
    }

    #[test]
    fn the_last_round_opened_is_under_way_and_the_others_are_history() {
        let mut plan = plan_with_roles();
        assert_eq!(current_round(&plan), None);
        assert_eq!(earlier_rounds(&plan), 0);
        let mut env = TestEnv::default();
        open_round(&mut plan, &mut env);
        open_round(&mut plan, &mut env);
        assert_eq!(current_round(&plan).map(|r| &r.id), Some(&plan.approval_rounds[1].id));
        assert_eq!(earlier_rounds(&plan), 1);
    }

    #[test]
    fn a_holdup_says_what_the_department_did_and_for_which_version() {
        let mut plan = plan_with_roles();
        open_round(&mut plan, &mut TestEnv::default());
        let reasons = |plan: &Plan| -> Vec<&'static str> {
            plan.approval_rounds[0].holdups(&plan_hash(plan), day("2026-11-22")).iter().map(Holdup::reason).collect()
        };
        assert_eq!(reasons(&plan), vec!["has not answered", "has not answered"]);
        sign(&mut plan, 0, SignOffState::Approved);
        sign(&mut plan, 1, SignOffState::ChangesRequested);
        assert_eq!(reasons(&plan), vec!["asked for changes"]);
        plan.initiatives[0].due = Some(day("2027-04-01"));
        let mut now_stale = reasons(&plan);
        now_stale.sort();
        assert_eq!(now_stale, vec!["approved an older version", "asked for changes to an older version"]);
        sign(&mut plan, 1, SignOffState::Rejected);
        assert!(reasons(&plan).contains(&"rejected the plan"));
    }
}
