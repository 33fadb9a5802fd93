//! Edits of the discussion on a plan: comments by the liaison or a
//! department, raised as objections, resolved or reopened, deleted with undo;
//! and the rules they can break.

use std::fmt;

use super::Comment;
use crate::model::entity::{self, Removed};
use crate::model::env::Env;
use crate::model::ids::{CommentId, DecisionId, DepartmentId, RoundId, SubjectId};
use crate::model::hash::plan_hash;
use crate::model::plan::Plan;

/// A change to a plan's comments.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewEdit {
    AddComment {
        department_id: Option<DepartmentId>,
        by: String,
        on: Option<SubjectId>,
        round_id: Option<RoundId>,
        text: String,
        objection: bool,
    },
    SetObjection { comment_id: CommentId, objection: bool },
    /// Files a comment under another speaker (`None`: the liaison), as the
    /// user chooses, e.g. before exporting a response that would leave it out.
    FileUnder { comment_id: CommentId, department_id: Option<DepartmentId> },
    ResolveObjection { comment_id: CommentId, resolution: String, decision_id: Option<DecisionId> },
    ReopenObjection { comment_id: CommentId },
    DeleteComment { comment_id: CommentId },
    /// Puts a deleted comment back at its place (undo).
    RestoreComment(Removed<Comment>),
}

/// Why a change to the comments was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewError {
    CommentNotFound,
    EmptyComment,
    EmptyResolution,
    DepartmentNotFound(DepartmentId),
}

impl fmt::Display for ReviewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::CommentNotFound => write!(f, "This comment is no longer in the plan."),
            Self::EmptyComment => write!(f, "A comment cannot be empty."),
            Self::EmptyResolution => write!(f, "Say how the objection was resolved, or link the decision that settled it."),
            Self::DepartmentNotFound(_) => write!(f, "This department is no longer in the plan."),
        }
    }
}

impl std::error::Error for ReviewError {}

/// Applies `edit` to `plan`; returns the edit that takes it back, where undo is offered.
pub fn edit_review(plan: &mut Plan, edit: ReviewEdit, env: &mut Env<'_>) -> Result<Option<ReviewEdit>, ReviewError> {
    let now = env.now;
    match edit {
        ReviewEdit::AddComment { department_id, by, on, round_id, text, objection } => {
            let text = text.trim().to_string();
            if text.is_empty() {
                return Err(ReviewError::EmptyComment);
            }
            if let Some(id) = department_id.as_ref().filter(|id| !entity::contains(&plan.departments, id)) {
                return Err(ReviewError::DepartmentNotFound(id.clone()));
            }
            let is_subject = |id: &SubjectId| {
                plan.objectives.iter().any(|o| o.id.as_str() == id.as_str()) || plan.initiatives.iter().any(|i| i.id.as_str() == id.as_str())
            };
            let comment = Comment {
                id: env.new_id(),
                department_id,
                by: by.trim().to_string(),
                at: now,
                on: on.filter(is_subject),
                round_id: round_id.filter(|id| entity::contains(&plan.approval_rounds, id)),
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
            entity::edit(&mut plan.comments, &comment_id, now, ReviewError::CommentNotFound, |comment| {
                comment.objection = objection;
                Ok(())
            })?;
        }
        ReviewEdit::FileUnder { comment_id, department_id } => {
            if let Some(id) = department_id.as_ref().filter(|id| !entity::contains(&plan.departments, id)) {
                return Err(ReviewError::DepartmentNotFound(id.clone()));
            }
            let before = entity::find(&plan.comments, &comment_id).ok_or(ReviewError::CommentNotFound)?.department_id.clone();
            entity::edit(&mut plan.comments, &comment_id, now, ReviewError::CommentNotFound, |comment| {
                comment.department_id = department_id;
                Ok(())
            })?;
            return Ok(Some(ReviewEdit::FileUnder { comment_id, department_id: before }));
        }
        ReviewEdit::ResolveObjection { comment_id, resolution, decision_id } => {
            let resolution = resolution.trim().to_string();
            if resolution.is_empty() && decision_id.is_none() {
                return Err(ReviewError::EmptyResolution);
            }
            entity::edit(&mut plan.comments, &comment_id, now, ReviewError::CommentNotFound, |comment| {
                (comment.resolution, comment.decision_id, comment.resolved_at) = (resolution, decision_id, Some(now));
                Ok(())
            })?;
        }
        ReviewEdit::ReopenObjection { comment_id } => {
            entity::edit(&mut plan.comments, &comment_id, now, ReviewError::CommentNotFound, |comment| {
                comment.resolved_at = None;
                Ok(())
            })?;
        }
        ReviewEdit::DeleteComment { comment_id } => {
            let removed = entity::remove(&mut plan.comments, &comment_id).ok_or(ReviewError::CommentNotFound)?;
            return Ok(Some(ReviewEdit::RestoreComment(removed)));
        }
        ReviewEdit::RestoreComment(removed) => drop(entity::restore(&mut plan.comments, removed)),
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{plan_with_roles, Editing};

    #[test]
    fn comments_can_be_raised_as_objections_resolved_and_deleted_with_undo() {
        let mut fx = Editing::new(plan_with_roles());
        let finance = fx.doc.departments[1].id.clone();
        let add = |text: &str| ReviewEdit::AddComment {
            department_id: Some(finance.clone()), by: "Sofia".into(), on: Some("i1".into()), round_id: None, text: text.into(), objection: true,
        };
        assert_eq!(fx.run(add("  ")), Err(ReviewError::EmptyComment));
        fx.run(add("Too early for Finance")).unwrap();
        let id = fx.doc.comments[0].id.clone();
        assert!(fx.doc.comments[0].is_open_objection());
        assert_eq!(fx.doc.comments[0].on.as_deref(), Some("i1"));
        let resolve = |resolution: &str| ReviewEdit::ResolveObjection { comment_id: id.clone(), resolution: resolution.into(), decision_id: None };
        assert_eq!(fx.run(resolve("")), Err(ReviewError::EmptyResolution));
        fx.run(resolve("Moved to Q2")).unwrap();
        assert!(!fx.doc.comments[0].is_open_objection());
        let kept = fx.doc.comments[0].clone();
        let undo = fx.run(ReviewEdit::DeleteComment { comment_id: id }).unwrap().unwrap();
        assert!(fx.doc.comments.is_empty());
        fx.run(undo).unwrap();
        assert_eq!(fx.doc.comments, vec![kept]);
    }

    #[test]
    fn a_comment_is_filed_under_another_speaker_only_when_asked_with_undo() {
        let mut fx = Editing::new(plan_with_roles());
        let finance = fx.doc.departments[1].id.clone();
        fx.run(ReviewEdit::AddComment { department_id: None, by: "Sofia".into(), on: None, round_id: None, text: "Too early".into(), objection: true }).unwrap();
        let comment_id = fx.doc.comments[0].id.clone();
        let undo = fx.run(ReviewEdit::FileUnder { comment_id: comment_id.clone(), department_id: Some(finance.clone()) }).unwrap().unwrap();
        assert_eq!(fx.doc.comments[0].department_id, Some(finance));
        fx.run(undo).unwrap();
        assert_eq!(fx.doc.comments[0].department_id, None);
        assert_eq!(fx.run(ReviewEdit::FileUnder { comment_id, department_id: Some("gone".into()) }), Err(ReviewError::DepartmentNotFound("gone".into())));
    }

    #[test]
    fn comments_name_their_subject_by_kind_and_title() {
        let plan = plan_with_roles();
        assert_eq!(plan.subject_title(&"o1".into()).as_deref(), Some("Objective: Answer fast"));
        assert_eq!(plan.subject_title(&"i1".into()).as_deref(), Some("Initiative: Shared inbox"));
        assert_eq!(plan.subject_title(&"gone".into()), None);
    }
}
