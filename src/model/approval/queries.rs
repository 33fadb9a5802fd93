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
    use crate::model::approval::ApprovalEdit;
    use crate::model::hash::plan_hash;
    use crate::model::testing::{day, plan_with_roles, Editing};

    fn open_round(fx: &mut Editing<Plan>) {
        fx.run(ApprovalEdit::OpenRound { due: None, required: vec![] }).unwrap();
    }

    fn sign(fx: &mut Editing<Plan>, department: usize, state: SignOffState) {
        let (round_id, department_id) = (fx.doc.approval_rounds[0].id.clone(), fx.doc.departments[department].id.clone());
        fx.run(ApprovalEdit::SignOff { round_id, department_id, state, by: "Someone".into(), comment: String::new() }).unwrap();
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
            plan.approval_rounds[0].holdups(&plan_hash(plan), day("2026-11-22")).iter().map(Holdup::reason).collect()
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
    }
}
