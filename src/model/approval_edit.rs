//! Edits of the sign-off side of a plan: opening approval rounds, recording
//! each department's decision, and comments and objections.

use super::approval::{default_required, ApprovalRound, RoundState, SignOff, SignOffState};
use super::command::{CommandError, PlanEdit};
use super::env::Env;
use super::hash::plan_hash;
use super::plan::{Plan, PlanStatus};
use super::review::Comment;
use super::time::Day;

/// A change to a plan's approval rounds or comments.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewEdit {
    /// A round for the plan as it stands now; `required` empty means the
    /// default (every department Responsible or Accountable for something).
    OpenRound { due: Option<Day>, required: Vec<String> },
    SetRoundDue { round_id: String, due: Option<Day> },
    SetRequired { round_id: String, department_id: String, required: bool },
    /// A department's decision on the plan as it stands now.
    SignOff { round_id: String, department_id: String, state: SignOffState, by: String, comment: String },
    AddComment { department_id: Option<String>, by: String, on: Option<String>, round_id: Option<String>, text: String, objection: bool },
    SetObjection { comment_id: String, objection: bool },
    ResolveObjection { comment_id: String, resolution: String, decision_id: Option<String> },
    ReopenObjection { comment_id: String },
    DeleteComment { comment_id: String },
    /// Puts a deleted comment back at its place (undo).
    RestoreComment { comment: Comment, at: usize },
}

/// Applies `edit` to `plan`; returns the edit that takes it back, where undo is offered.
pub fn edit_review(plan: &mut Plan, edit: ReviewEdit, cx: &mut Env<'_>) -> Result<Option<PlanEdit>, CommandError> {
    let now = cx.now;
    match edit {
        ReviewEdit::OpenRound { due, required } => {
            let required = if required.is_empty() { default_required(plan) } else { required };
            if required.is_empty() {
                return Err(CommandError::NoDepartmentToSignOff);
            }
            for id in &required {
                department_exists(plan, id)?;
            }
            let round = ApprovalRound {
                id: cx.ids.next_id(),
                plan_hash: plan_hash(plan),
                opened_at: now,
                due,
                required_departments: required,
                sign_offs: Vec::new(),
                extra: Default::default(),
            };
            plan.approval_rounds.push(round);
            if plan.status == PlanStatus::Draft {
                plan.status = PlanStatus::InReview;
            }
        }
        ReviewEdit::SetRoundDue { round_id, due } => round_mut(plan, &round_id)?.due = due,
        ReviewEdit::SetRequired { round_id, department_id, required } => {
            // Taking a department off is always allowed, even one no longer in
            // the plan (from a file), so a round can never be stuck waiting.
            if required {
                department_exists(plan, &department_id)?;
            }
            let round = round_mut(plan, &round_id)?;
            round.required_departments.retain(|d| *d != department_id);
            if required {
                round.required_departments.push(department_id);
            } else if round.required_departments.is_empty() {
                return Err(CommandError::NoDepartmentToSignOff);
            }
        }
        ReviewEdit::SignOff { round_id, department_id, state, by, comment } => {
            department_exists(plan, &department_id)?;
            let hash = plan_hash(plan);
            let round = round_mut(plan, &round_id)?;
            let by = by.trim().to_string();
            round.sign_offs.push(SignOff { department_id, state, by, at: now, comment, plan_hash: hash.clone(), extra: Default::default() });
            if round.state(&hash) == RoundState::Approved && plan.status == PlanStatus::InReview {
                plan.status = PlanStatus::Approved;
            }
        }
        ReviewEdit::AddComment { department_id, by, on, round_id, text, objection } => {
            let text = text.trim().to_string();
            if text.is_empty() {
                return Err(CommandError::EmptyComment);
            }
            if let Some(id) = &department_id {
                department_exists(plan, id)?;
            }
            let comment = Comment {
                id: cx.ids.next_id(),
                department_id,
                by: by.trim().to_string(),
                at: now,
                on: on.filter(|id| plan.objectives.iter().any(|o| o.id == *id) || plan.initiatives.iter().any(|i| i.id == *id)),
                round_id: round_id.filter(|id| plan.approval_rounds.iter().any(|r| r.id == *id)),
                plan_hash: plan_hash(plan),
                text,
                objection,
                resolved_at: None,
                resolution: String::new(),
                decision_id: None,
                updated_at: now,
                extra: Default::default(),
            };
            plan.comments.push(comment);
        }
        ReviewEdit::SetObjection { comment_id, objection } => {
            let comment = comment_mut(plan, &comment_id)?;
            comment.objection = objection;
            comment.updated_at = now;
        }
        ReviewEdit::ResolveObjection { comment_id, resolution, decision_id } => {
            let resolution = resolution.trim().to_string();
            if resolution.is_empty() && decision_id.is_none() {
                return Err(CommandError::EmptyResolution);
            }
            let comment = comment_mut(plan, &comment_id)?;
            (comment.resolution, comment.decision_id) = (resolution, decision_id);
            comment.resolved_at = Some(now);
            comment.updated_at = now;
        }
        ReviewEdit::ReopenObjection { comment_id } => {
            let comment = comment_mut(plan, &comment_id)?;
            comment.resolved_at = None;
            comment.updated_at = now;
        }
        ReviewEdit::DeleteComment { comment_id } => {
            let at = plan.comments.iter().position(|c| c.id == comment_id).ok_or(CommandError::CommentNotFound)?;
            let comment = plan.comments.remove(at);
            return Ok(Some(PlanEdit::Review(ReviewEdit::RestoreComment { comment, at })));
        }
        ReviewEdit::RestoreComment { comment, at } => {
            if !plan.comments.iter().any(|c| c.id == comment.id) {
                let at = at.min(plan.comments.len());
                plan.comments.insert(at, comment);
            }
        }
    }
    Ok(None)
}

fn department_exists(plan: &Plan, id: &str) -> Result<(), CommandError> {
    match plan.departments.iter().any(|d| d.id == id) {
        true => Ok(()),
        false => Err(CommandError::DepartmentNotFound(id.to_string())),
    }
}

fn round_mut<'a>(plan: &'a mut Plan, id: &str) -> Result<&'a mut ApprovalRound, CommandError> {
    plan.approval_rounds.iter_mut().find(|r| r.id == id).ok_or(CommandError::RoundNotFound)
}

fn comment_mut<'a>(plan: &'a mut Plan, id: &str) -> Result<&'a mut Comment, CommandError> {
    plan.comments.iter_mut().find(|c| c.id == id).ok_or(CommandError::CommentNotFound)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example::example_plan;
    use crate::model::ids::{IdSource, SequentialIds};
    use crate::model::objective::{Initiative, Objective, Raci};

    use crate::model::testing::now;

    /// The example plan's departments, with none of its structure.
    fn bare_plan() -> Plan {
        let mut plan = example_plan(&mut SequentialIds::default(), now());
        (plan.objectives, plan.initiatives) = (vec![], vec![]);
        (plan.department_objectives, plan.information_needs) = (vec![], vec![]);
        plan
    }

    fn plan_with_roles() -> Plan {
        let mut plan = bare_plan();
        let (cs, finance) = (plan.departments[0].id.clone(), plan.departments[1].id.clone());
        plan.objectives.push(Objective {
            id: "o1".into(), title: "Answer fast".into(), description: String::new(), measure: Default::default(),
            owner_department: None, origin: None, updated_at: now(), extra: Default::default(),
        });
        plan.initiatives.push(Initiative {
            id: "i1".into(), objective_id: "o1".into(), title: "Shared inbox".into(), description: String::new(),
            lead_department: None, contributing_departments: vec![], start: None, due: Some("2027-03-01".into()),
            status: Default::default(), progress: 0, depends_on: vec![],
            raci: [(cs, Raci::Responsible), (finance, Raci::Accountable)].into(), origin: None, updated_at: now(), extra: Default::default(),
        });
        plan
    }

    fn run(plan: &mut Plan, edit: ReviewEdit) -> Result<Option<PlanEdit>, CommandError> {
        let mut ids = SequentialIds::default();
        edit_review(plan, edit, &mut Env { now: now(), today: now().day_utc(), ids: &mut ids })
    }

    fn sign(plan: &mut Plan, department: usize, state: SignOffState) {
        let (round_id, department_id) = (plan.approval_rounds[0].id.clone(), plan.departments[department].id.clone());
        run(plan, ReviewEdit::SignOff { round_id, department_id, state, by: "Someone".into(), comment: String::new() }).unwrap();
    }

    #[test]
    fn a_round_asks_the_responsible_and_accountable_departments_by_default() {
        let mut plan = plan_with_roles();
        run(&mut plan, ReviewEdit::OpenRound { due: Some("2026-12-15".into()), required: vec![] }).unwrap();
        let round = &plan.approval_rounds[0];
        assert_eq!(round.required_departments, vec![plan.departments[0].id.clone(), plan.departments[1].id.clone()]);
        assert_eq!(round.plan_hash, plan_hash(&plan));
        assert_eq!(plan.status, PlanStatus::InReview);
    }

    #[test]
    fn a_plan_without_roles_needs_departments_chosen() {
        let mut plan = bare_plan();
        assert_eq!(run(&mut plan, ReviewEdit::OpenRound { due: None, required: vec![] }), Err(CommandError::NoDepartmentToSignOff));
        // A due day is typed as a day: "31/12/2026" never becomes one (the rule in `values`).
        assert!(crate::model::values::optional_day(Some("31/12/2026")).is_err());
    }

    #[test]
    fn approvals_go_stale_when_the_substance_changes_but_not_for_cosmetics() {
        let mut plan = plan_with_roles();
        run(&mut plan, ReviewEdit::OpenRound { due: None, required: vec![] }).unwrap();
        sign(&mut plan, 0, SignOffState::Approved);
        sign(&mut plan, 1, SignOffState::Approved);
        assert_eq!(plan.approval_rounds[0].state(&plan_hash(&plan)), RoundState::Approved);
        assert_eq!(plan.status, PlanStatus::Approved);
        plan.departments[1].colour = "yellow".into();
        assert_eq!(plan.approval_rounds[0].state(&plan_hash(&plan)), RoundState::Approved);
        plan.initiatives[0].due = Some("2027-04-01".into());
        let positions = plan.approval_rounds[0].positions(&plan_hash(&plan), Some(crate::model::testing::day("2026-11-23")));
        assert!(positions.iter().all(|p| p.stale));
    }

    #[test]
    fn comments_can_be_raised_as_objections_resolved_and_deleted_with_undo() {
        let mut plan = plan_with_roles();
        let finance = plan.departments[1].id.clone();
        let add = |text: &str| ReviewEdit::AddComment {
            department_id: Some(finance.clone()), by: "Sofia".into(), on: Some("i1".into()), round_id: None, text: text.into(), objection: true,
        };
        assert_eq!(run(&mut plan, add("  ")), Err(CommandError::EmptyComment));
        run(&mut plan, add("Too early for Finance")).unwrap();
        let id = plan.comments[0].id.clone();
        assert!(plan.comments[0].is_open_objection());
        assert_eq!(plan.comments[0].on.as_deref(), Some("i1"));
        let resolve = |resolution: &str| ReviewEdit::ResolveObjection { comment_id: id.clone(), resolution: resolution.into(), decision_id: None };
        assert_eq!(run(&mut plan, resolve("")), Err(CommandError::EmptyResolution));
        run(&mut plan, resolve("Moved to Q2")).unwrap();
        assert!(!plan.comments[0].is_open_objection());
        let kept = plan.comments[0].clone();
        let undo = run(&mut plan, ReviewEdit::DeleteComment { comment_id: id }).unwrap().unwrap();
        assert!(plan.comments.is_empty());
        let PlanEdit::Review(undo) = undo else { panic!("undo is a review edit") };
        run(&mut plan, undo).unwrap();
        assert_eq!(plan.comments, vec![kept]);
    }

    #[test]
    fn a_copy_keeps_its_approvals_of_the_current_version_and_its_references_by_kind() {
        let mut plan = plan_with_roles();
        // Ids shared across kinds, as a hand-made file may have them.
        let shared = plan.departments[0].id.clone();
        plan.objectives[0].id = shared.clone();
        plan.initiatives[0].objective_id = shared.clone();
        run(&mut plan, ReviewEdit::OpenRound { due: None, required: vec![] }).unwrap();
        sign(&mut plan, 0, SignOffState::Approved);
        sign(&mut plan, 1, SignOffState::Approved);
        assert_eq!(plan.approval_rounds[0].state(&plan_hash(&plan)), RoundState::Approved);
        let mut copy = plan.clone();
        let mut ids = SequentialIds::default();
        (0..1000).for_each(|_| drop(ids.next_id()));
        copy.renew_ids(&mut ids);
        assert_eq!(copy.approval_rounds[0].state(&plan_hash(&copy)), RoundState::Approved);
        assert_eq!(copy.initiatives[0].objective_id, copy.objectives[0].id);
        assert!(copy.initiatives[0].raci.contains_key(&copy.departments[0].id));
        assert_ne!(copy.objectives[0].id, copy.departments[0].id);
    }

    #[test]
    fn comments_name_their_subject_by_kind_and_title() {
        let plan = plan_with_roles();
        assert_eq!(plan.subject_title("o1").as_deref(), Some("Objective: Answer fast"));
        assert_eq!(plan.subject_title("i1").as_deref(), Some("Initiative: Shared inbox"));
        assert_eq!(plan.subject_title("gone"), None);
    }
}
