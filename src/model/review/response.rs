//! The small response file a department sends back from its review (its
//! comments and its sign-off, stamped with the plan version it reviewed), and
//! how it is merged into the liaison's plan touching nothing else.

use std::fmt;

use serde::Serialize;
use serde_json::{Map, Value};

use super::signature::{KeyCheck, Signature};
use super::Comment;
use crate::model::approval::{SignOff, Source};
use crate::model::hash::{canonical_substance, hash_of, plan_hash};
use crate::model::entity;
use crate::model::ids::{DepartmentId, PlanId, RoundId};
use crate::model::plan::Plan;
use crate::model::time::Timestamp;

/// What one department sends back from its review.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Response {
    pub plan_id: PlanId,
    /// For messages when the plan is not found.
    pub plan_title: String,
    pub round_id: RoundId,
    pub department_id: DepartmentId,
    pub department_name: String,
    /// The plan version the department reviewed.
    pub plan_hash: String,
    /// Who exported it, and when.
    pub by: String,
    pub at: Timestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sign_off: Option<SignOff>,
    pub comments: Vec<Comment>,
    /// The department browser's signature over the rest (see [`super::signature`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signature: Option<Signature>,
    /// How the signature's key stands here, found before merging; never written.
    #[serde(skip)]
    pub checked: KeyCheck,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Why a response file was refused. Nothing was merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseError {
    UnknownPlan { title: String },
    UnknownRound { plan_title: String, department: String },
    UnknownDepartment { plan_title: String, department: String },
    NotReviewing,
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownPlan { title } => write!(
                f,
                "This response is for the plan “{title}”, which is not in this browser. Open it where that plan is kept."
            ),
            Self::UnknownRound { plan_title, department } => write!(
                f,
                "This response from {department} is for an approval round that “{plan_title}” does not have here."
            ),
            Self::UnknownDepartment { plan_title, department } => {
                write!(f, "This response comes from “{department}”, which is not a department of “{plan_title}”.")
            }
            Self::NotReviewing => write!(f, "Choose the department you review as first."),
        }
    }
}

impl std::error::Error for ResponseError {}

/// The response `department_id` gives on `round_id`: its comments made in
/// that round and its latest sign-off there.
pub fn build_response(
    plan: &Plan,
    round_id: &RoundId,
    department_id: &DepartmentId,
    by: &str,
    now: Timestamp,
) -> Result<Response, ResponseError> {
    let department = plan.department(department_id).ok_or(ResponseError::NotReviewing)?;
    let round = entity::find(&plan.approval_rounds, round_id).ok_or_else(|| ResponseError::UnknownRound {
        plan_title: plan.title.clone(),
        department: department.name.clone(),
    })?;
    let comments = plan
        .comments
        .iter()
        .filter(|c| c.department_id.as_ref() == Some(department_id) && c.round_id.as_ref() == Some(round_id))
        .cloned()
        .collect();
    Ok(Response {
        plan_id: plan.id.clone(),
        plan_title: plan.title.clone(),
        round_id: round_id.clone(),
        department_id: department_id.clone(),
        department_name: department.name.clone(),
        plan_hash: plan_hash(plan),
        by: by.to_string(),
        at: now,
        sign_off: round.sign_off(department_id).map(|s| with_version(plan, round, s)),
        comments,
        signature: None,
        checked: KeyCheck::Unsigned,
        extra: Map::new(),
    })
}

/// Comments written here in round `round_id` since `since` (when the review
/// file was opened here) that a response from `department_id` would leave
/// out, because they are filed under the liaison or another department.
pub fn left_out<'a>(plan: &'a Plan, round_id: &RoundId, department_id: &DepartmentId, since: Timestamp) -> Vec<&'a Comment> {
    let other_speaker = |c: &&Comment| c.department_id.as_ref() != Some(department_id);
    plan.comments.iter().filter(|c| c.round_id.as_ref() == Some(round_id) && c.at >= since).filter(other_speaker).collect()
}

/// The sign-off as a response carries it: when it was given on a version
/// that is not the round's (the department edited its copy), with that
/// version's substance, so the liaison sees what it differs in.
fn with_version(plan: &Plan, round: &crate::model::approval::ApprovalRound, sign_off: &SignOff) -> SignOff {
    let mut sign_off = sign_off.clone();
    if sign_off.plan_hash != round.plan_hash && sign_off.substance.is_none() {
        let substance = canonical_substance(plan);
        sign_off.substance = (hash_of(&substance) == sign_off.plan_hash).then_some(substance);
    }
    sign_off
}

/// Merges one response into its plan: the sign-off joins the round, new
/// comments join the plan, and nothing else changes. Returns a sentence for
/// the user saying what changed (not what the file says), or `None` when
/// everything was already there. The round is stamped `now` when a sign-off
/// joins it.
pub fn merge_response(plan: &mut Plan, response: &Response, now: Timestamp) -> Result<Option<String>, ResponseError> {
    // The plan's name for the department the response is from: a file whose
    // name disagrees with its id speaks for the id.
    let Some(department) = plan.department(&response.department_id).map(|d| d.name.clone()) else {
        return Err(ResponseError::UnknownDepartment { plan_title: plan.title.clone(), department: response.department_name.clone() });
    };
    let current = plan_hash(plan);
    let seen: Vec<String> = plan.approval_rounds.iter().map(|r| r.plan_hash.clone()).collect();
    let round = plan
        .approval_rounds
        .iter_mut()
        .find(|r| r.id == response.round_id)
        .ok_or_else(|| ResponseError::UnknownRound { plan_title: plan.title.clone(), department: department.clone() })?;
    let mut said = Vec::new();
    if let Some(sign_off) = &response.sign_off {
        // A response speaks only for its own department, and it is how the
        // sign-off arrived here whatever the file says.
        let sign_off = SignOff {
            department_id: response.department_id.clone(),
            source: Source::Response { key: response.checked },
            signed_with: response.signature.as_ref().map(|s| s.public_key.clone()),
            ..sign_off.clone()
        };
        let known = round.sign_offs.iter().find(|s| s.id == sign_off.id);
        if let Some(known) = known.filter(|k| SignOff { source: k.source, signed_with: k.signed_with.clone(), ..sign_off.clone() } != **k) {
            // The same id saying something else: a file made by hand or a
            // copy gone wrong; the decision here stays.
            let here = known.state.phrase();
            said.push(format!("the decision in this file has the id of {department}'s “{here}” already here but says something else, so it was ignored"));
        } else if known.is_none() {
            let (what, at, counts) = (sign_off.state.phrase().to_string(), sign_off.at, sign_off.source.counts());
            let version = if sign_off.plan_hash == current {
                Seen::Current
            } else if seen.contains(&sign_off.plan_hash) {
                Seen::Older
            } else {
                Seen::Never
            };
            round.sign_offs.push(sign_off);
            round.updated_at = now;
            let latest = round.counted_sign_off(&response.department_id).is_some_and(|s| s.at == at);
            said.push(match (latest, version) {
                _ if !counts && response.checked == KeyCheck::Changed => {
                    format!("{department}: {what}, signed with a new key, so it does not count until you accept the key (check its fingerprint with {department})")
                }
                _ if !counts => format!("{department}: {what}, in an unsigned response, so it does not count until you confirm it with {department}"),
                (false, _) => {
                    let stands = round.counted_sign_off(&response.department_id).map(|s| s.state.phrase()).unwrap_or_default();
                    format!("{department}'s earlier “{what}” was added to the round's history; their later “{stands}” stands")
                }
                (true, Seen::Current) => format!("{department}: {what}"),
                (true, Seen::Older) => format!("{department}: {what}, but for an older version of the plan, so it does not count until they answer on this one"),
                (true, Seen::Never) => format!("{department}: {what} a version you have never seen (their own edited copy), so it does not count"),
            });
            if !round.required_departments.contains(&response.department_id) {
                said.push(format!("{department} was not asked to sign off this round"));
            }
        }
    }
    let mut added = 0;
    for comment in &response.comments {
        let comment = Comment { department_id: Some(response.department_id.clone()), ..comment.clone() };
        match plan.comments.iter_mut().find(|c| c.id == comment.id) {
            None => {
                plan.comments.push(comment);
                added += 1;
            }
            // A later export of the same comment (edited by the department)
            // brings its words; how the liaison settled it stays, unless the
            // department's copy was settled later.
            Some(existing) if existing.updated_at < comment.updated_at => {
                let settled_here = existing.resolved_at.is_some() && existing.resolved_at >= comment.resolved_at;
                let kept = settled_here.then(|| (existing.resolved_at, existing.resolution.clone(), existing.decision_id.clone()));
                *existing = comment;
                if let Some((resolved_at, resolution, decision_id)) = kept {
                    (existing.resolved_at, existing.resolution, existing.decision_id) = (resolved_at, resolution, decision_id);
                }
                added += 1;
            }
            Some(_) => {}
        }
    }
    if added > 0 {
        said.push(format!("{added} comment{} from {department}", if added == 1 { "" } else { "s" }));
    }
    Ok((!said.is_empty()).then(|| said.join("; ")))
}

/// Whether the liaison has seen the version a sign-off was given on.
enum Seen {
    Current,
    Older,
    Never,
}
