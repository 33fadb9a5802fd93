//! A plan's status follows its approval round: in review while the round
//! under way waits or is contested, approved while every required department
//! approves the version as it is now, and back in review when an edit makes
//! approvals stale. A status the liaison sets by hand stays, and is flagged
//! when the round contradicts it.

use super::queries::current_round;
use super::{RoundState, SignOffState};
use crate::model::hash::plan_hash;
use crate::model::plan::{Plan, PlanStatus};

/// The status the round under way gives the plan; `None` before any round.
pub fn round_status(plan: &Plan) -> Option<PlanStatus> {
    let round = current_round(plan)?;
    // Without an approval from every department the round cannot be
    // approved, whatever the version: no need to hash the plan (this runs
    // on every keystroke of a plan with a round).
    let all_approved = round.required_departments.iter().all(|d| round.counted_sign_off(d).is_some_and(|s| s.state == SignOffState::Approved));
    if !all_approved {
        return Some(PlanStatus::InReview);
    }
    Some(match round.state(&plan_hash(plan)) {
        RoundState::Approved => PlanStatus::Approved,
        _ => PlanStatus::InReview,
    })
}

/// Puts the status in line with the round, unless it was set by hand.
/// Returns whether it changed.
pub fn follow_round(plan: &mut Plan) -> bool {
    if plan.status_set_by_hand {
        return false;
    }
    match round_status(plan) {
        Some(status) if status != plan.status => {
            plan.status = status;
            true
        }
        _ => false,
    }
}

/// The liaison sets the status: it stays as set, unless it is what the round
/// says anyway (then it goes on following the round).
pub fn set_by_hand(plan: &mut Plan, status: PlanStatus) {
    plan.status = status;
    plan.status_set_by_hand = match round_status(plan) {
        Some(follows) => follows != status,
        // Without a round there is nothing to follow; a plan that is
        // already under way or over keeps what the liaison says.
        None => status != PlanStatus::Draft,
    };
}

/// A status set by hand that the round contradicts: (set, what the round says).
/// Later stages (in execution, closed) agree with an approved round, and a
/// closed plan is never contradicted.
pub fn contradiction(plan: &Plan) -> Option<(PlanStatus, PlanStatus)> {
    if !plan.status_set_by_hand || plan.status == PlanStatus::Closed {
        return None;
    }
    let follows = round_status(plan)?;
    let agrees = plan.status == follows || (follows == PlanStatus::Approved && plan.status == PlanStatus::InExecution);
    (!agrees).then_some((plan.status, follows))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::approval::{ApprovalEdit, SignOffState};
    use crate::model::plan::PlanEdit;
    use crate::model::testing::{day, plan_with_roles, Editing};

    fn approve_all(fx: &mut Editing<Plan>) {
        let round_id = fx.doc.approval_rounds.last().unwrap().id.clone();
        for department_id in fx.doc.approval_rounds.last().unwrap().required_departments.clone() {
            let edit = ApprovalEdit::SignOff { round_id: round_id.clone(), department_id, state: SignOffState::Approved, by: "Someone".into(), comment: String::new(), how: None };
            fx.run(edit).unwrap();
        }
    }

    #[test]
    fn status_follows_the_round_and_goes_back_when_approvals_go_stale() {
        let mut fx = Editing::new(plan_with_roles());
        assert_eq!((fx.doc.status, round_status(&fx.doc)), (PlanStatus::Draft, None));
        fx.run(ApprovalEdit::OpenRound { due: None, required: vec![] }).unwrap();
        assert_eq!(fx.doc.status, PlanStatus::InReview);
        approve_all(&mut fx);
        assert_eq!(fx.doc.status, PlanStatus::Approved);
        fx.doc.initiatives[0].due = Some(day("2027-04-01"));
        assert!(follow_round(&mut fx.doc));
        assert_eq!(fx.doc.status, PlanStatus::InReview);
        assert!(!follow_round(&mut fx.doc), "nothing more to follow");
    }

    #[test]
    fn a_status_set_by_hand_stays_and_is_flagged_when_the_round_contradicts_it() {
        let mut fx = Editing::new(plan_with_roles());
        fx.run(ApprovalEdit::OpenRound { due: None, required: vec![] }).unwrap();
        fx.run(PlanEdit::Status(PlanStatus::Approved)).unwrap();
        assert!(fx.doc.status_set_by_hand);
        assert!(!follow_round(&mut fx.doc));
        assert_eq!(contradiction(&fx.doc), Some((PlanStatus::Approved, PlanStatus::InReview)));
        approve_all(&mut fx);
        assert_eq!(contradiction(&fx.doc), None);
        fx.run(PlanEdit::Status(PlanStatus::InExecution)).unwrap();
        assert_eq!(contradiction(&fx.doc), None, "execution follows an approval");
        fx.run(PlanEdit::FollowRound).unwrap();
        assert_eq!((fx.doc.status, fx.doc.status_set_by_hand), (PlanStatus::Approved, false));
        // Setting what the round says anyway goes on following it.
        fx.run(PlanEdit::Status(PlanStatus::Approved)).unwrap();
        assert!(!fx.doc.status_set_by_hand);
    }
}
