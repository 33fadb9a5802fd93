//! What a plan records beside its structure (decisions, follow-ups,
//! updates, lessons, approval rounds, sign-offs, comments), each with only
//! what identifies it and changed now; a test sets the fields it is about.

use super::{day, now};
use crate::model::approval::{ApprovalRound, SignOff, SignOffState};
use crate::model::review::{Comment, Response};
use crate::model::tracking::{Decision, FollowUp, Lesson, LessonCategory, PlanUpdate};

/// A decision taken on `date` with only a title: no options, departments or actions.
pub fn decision(id: &str, date: &str, title: &str) -> Decision {
    Decision::new(id.into(), day(date), title.into(), now())
}

/// An open follow-up action with only a text: no owner, due on no day.
pub fn follow_up(id: &str, text: &str) -> FollowUp {
    FollowUp {
        id: id.into(),
        text: text.into(),
        owner_department: None,
        due: None,
        status: Default::default(),
        updated_at: now(),
        extra: Default::default(),
    }
}

/// An update dated `date` for every department, with only a title.
pub fn plan_update(id: &str, date: &str, title: &str) -> PlanUpdate {
    PlanUpdate {
        id: id.into(),
        date: day(date),
        title: title.into(),
        text: String::new(),
        departments: Vec::new(),
        updated_at: now(),
        extra: Default::default(),
    }
}

/// A lesson not applied yet.
pub fn lesson(id: &str, what_happened: &str, category: LessonCategory) -> Lesson {
    Lesson::new(id.into(), what_happened.into(), category, now())
}

/// A round opened now on version `plan_hash`, asking `required` to sign
/// off by no particular day; no sign-offs yet.
pub fn approval_round(id: &str, plan_hash: &str, required: &[&str]) -> ApprovalRound {
    ApprovalRound {
        id: id.into(),
        plan_hash: plan_hash.into(),
        opened_at: now(),
        due: None,
        required_departments: required.iter().map(|d| (*d).into()).collect(),
        sign_offs: Vec::new(),
        substance: None,
        updated_at: now(),
        extra: Default::default(),
    }
}

/// `state` from `department_id` on version `plan_hash`, given now by
/// "Someone" without a comment.
pub fn sign_off(id: &str, department_id: &str, state: SignOffState, plan_hash: &str) -> SignOff {
    SignOff {
        id: id.into(),
        department_id: department_id.into(),
        state,
        by: "Someone".into(),
        at: now(),
        comment: String::new(),
        plan_hash: plan_hash.into(),
        source: Default::default(),
        signed_with: None,
        substance: None,
        updated_at: now(),
        extra: Default::default(),
    }
}

/// Finance's (`fin`) response on round `r1` of plan `p1` ("Growth"),
/// version `h1`, by Sofia now: no decision, no comment, no signature.
pub fn response() -> Response {
    Response {
        plan_id: "p1".into(),
        plan_title: "Growth".into(),
        round_id: "r1".into(),
        department_id: "fin".into(),
        department_name: "Finance".into(),
        plan_hash: "h1".into(),
        by: "Sofia".into(),
        at: now(),
        sign_off: None,
        comments: Vec::new(),
        signature: None,
        checked: Default::default(),
        extra: Default::default(),
    }
}

/// A remark by the liaison on the whole plan, made now on no particular
/// version and in no round: not an objection.
pub fn comment(id: &str, text: &str) -> Comment {
    Comment {
        id: id.into(),
        department_id: None,
        by: "Someone".into(),
        at: now(),
        on: None,
        round_id: None,
        plan_hash: String::new(),
        text: text.into(),
        objection: false,
        resolved_at: None,
        resolution: String::new(),
        decision_id: None,
        updated_at: now(),
        extra: Default::default(),
    }
}
