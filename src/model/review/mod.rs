//! Review by departments without a server: comments and objections on a
//! plan and its items, their edits and rules, and the response files
//! departments send back.

pub mod copy;
pub mod edit;
pub mod queries;
pub mod response;
#[cfg(test)]
mod response_tests;
pub mod sharing;
pub mod signature;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::model::entity::entities;
use crate::model::ids::{CommentId, DecisionId, DepartmentId, RoundId, SubjectId};
use crate::model::time::Timestamp;

pub use edit::{edit_review, ReviewEdit, ReviewError};
pub use response::{build_response, merge_response, Response, ResponseError};

/// A remark on the plan, an objective or an initiative. Raised as an
/// objection, it enters the conflict log until it is resolved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comment {
    pub id: CommentId,
    /// The department speaking; `None` is the liaison.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department_id: Option<DepartmentId>,
    /// Who wrote it.
    pub by: String,
    pub at: Timestamp,
    /// The objective or initiative it is about; `None` is the whole plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on: Option<SubjectId>,
    /// The approval round it was made in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub round_id: Option<RoundId>,
    /// The plan version the comment was made on.
    pub plan_hash: String,
    pub text: String,
    pub objection: bool,
    /// When the objection was settled; open while `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved_at: Option<Timestamp>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub resolution: String,
    /// The decision that settled it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision_id: Option<DecisionId>,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Comment {
    /// An objection nobody has settled yet.
    pub fn is_open_objection(&self) -> bool {
        self.objection && self.resolved_at.is_none()
    }
}

entities!(Comment => CommentId);
