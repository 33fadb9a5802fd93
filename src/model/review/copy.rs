//! A department's copy of a plan, brought up to date by a newer review file
//! from the plan's owner: updated in place (never forked, so its responses
//! find their plan and round), keeping what the department wrote that the
//! file does not have yet.

use crate::model::approval::provenance::mark_from_plan_file;
use crate::model::approval::status::follow_round;
use crate::model::hash::plan_hash;
use crate::model::plan::Plan;

/// What updating a copy kept and replaced, for the message.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CopyUpdate {
    /// Comments written here that the file does not have, kept.
    pub kept_comments: usize,
    /// Sign-offs given here that the file does not have, kept.
    pub kept_sign_offs: usize,
    /// The copy had been edited here beyond any version put to a round: those
    /// edits were replaced by the owner's version (an undo takes them back).
    pub own_edits_replaced: bool,
}

/// `incoming` (the owner's plan from a review file) in place of `local`,
/// with the comments and sign-offs made here that it lacks. Sign-offs the
/// file brings that are not already here count only once confirmed.
pub fn update_copy(local: &Plan, mut incoming: Plan) -> (Plan, CopyUpdate) {
    mark_from_plan_file(&mut incoming, Some(local));
    let mut update = CopyUpdate::default();
    let local_hash = plan_hash(local);
    update.own_edits_replaced =
        local_hash != plan_hash(&incoming) && !local.approval_rounds.iter().any(|r| r.plan_hash == local_hash);
    for comment in &local.comments {
        if !incoming.comments.iter().any(|c| c.id == comment.id) {
            incoming.comments.push(comment.clone());
            update.kept_comments += 1;
        }
    }
    for round in &local.approval_rounds {
        let Some(theirs) = incoming.approval_rounds.iter_mut().find(|r| r.id == round.id) else { continue };
        for sign_off in &round.sign_offs {
            if !theirs.sign_offs.iter().any(|s| s.id == sign_off.id) {
                theirs.sign_offs.push(sign_off.clone());
                update.kept_sign_offs += 1;
            }
        }
    }
    follow_round(&mut incoming);
    (incoming, update)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::approval::{ApprovalEdit, SignOffState, Source};
    use crate::model::ids::IdSource;
    use crate::model::review::ReviewEdit;
    use crate::model::testing::{day, plan_with_roles, Editing};

    /// The liaison's plan with round 1 open, and Finance's copy of it after
    /// Finance approved and commented.
    fn round_one() -> (Editing<Plan>, Plan) {
        let mut liaison = Editing::new(plan_with_roles());
        liaison.run(ApprovalEdit::OpenRound { due: None, required: vec![] }).unwrap();
        let mut finance = Editing::new(liaison.doc.clone());
        (0..500).for_each(|_| drop(finance.env.ids.next_id()));
        let (round_id, department_id) = (finance.doc.approval_rounds[0].id.clone(), finance.doc.departments[0].id.clone());
        let sign = ApprovalEdit::SignOff { round_id: round_id.clone(), department_id: department_id.clone(), state: SignOffState::Approved, by: "Sofia".into(), comment: String::new(), how: None };
        finance.run(sign).unwrap();
        let comment = ReviewEdit::AddComment { department_id: Some(department_id), by: "Sofia".into(), on: None, round_id: Some(round_id), text: "Fine by us".into(), objection: false };
        finance.run(comment).unwrap();
        (liaison, finance.doc)
    }

    #[test]
    fn a_newer_review_file_updates_the_copy_in_place_keeping_what_was_written_here() {
        let (mut liaison, finance) = round_one();
        liaison.doc.initiatives[0].due = Some(day("2027-06-30"));
        liaison.run(ApprovalEdit::OpenRound { due: None, required: vec![] }).unwrap();
        let (updated, report) = update_copy(&finance, liaison.doc.clone());
        assert_eq!(updated.id, finance.id);
        assert_eq!(plan_hash(&updated), plan_hash(&liaison.doc), "the copy is the version under review, unchanged");
        assert_eq!(updated.approval_rounds.len(), 2);
        assert_eq!(report, CopyUpdate { kept_comments: 1, kept_sign_offs: 1, own_edits_replaced: false });
        assert_eq!(updated.approval_rounds[0].sign_offs[0].source, Source::Given);
    }

    #[test]
    fn edits_made_to_the_copy_are_said_to_be_replaced() {
        let (liaison, mut finance) = round_one();
        finance.vision = "Finance's own wording".into();
        let (_, report) = update_copy(&finance, liaison.doc.clone());
        assert!(report.own_edits_replaced);
    }

    #[test]
    fn sign_offs_the_file_brings_do_not_count_here_until_confirmed() {
        let (mut liaison, finance) = round_one();
        let (round_id, it) = (liaison.doc.approval_rounds[0].id.clone(), liaison.doc.departments[1].id.clone());
        let recorded = ApprovalEdit::SignOff { round_id, department_id: it, state: SignOffState::Approved, by: "Ivan".into(), comment: String::new(), how: Some(crate::model::approval::HowGiven::Phone) };
        liaison.run(recorded).unwrap();
        let (updated, _) = update_copy(&finance, liaison.doc.clone());
        let sources: Vec<Source> = updated.approval_rounds[0].sign_offs.iter().map(|s| s.source).collect();
        assert_eq!(sources, vec![Source::PlanFile, Source::Given]);
    }
}
