//! How departments line up behind a plan: each department's own objectives,
//! aligned to the plan's, and what one department needs from another.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::model::entity::entities;
use crate::model::ids::{DepartmentId, DepartmentObjectiveId, NeedId, ObjectiveId};
use crate::model::time::{Day, Timestamp};

/// One department's own objective, serving a plan objective.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DepartmentObjective {
    pub id: DepartmentObjectiveId,
    /// The department whose objective it is.
    pub department_id: DepartmentId,
    pub title: String,
    /// The plan objective it serves (`None`: not aligned yet).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aligned_to: Option<ObjectiveId>,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// "Marketing needs pricing changes from Finance".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InformationNeed {
    pub id: NeedId,
    /// The department that needs the information.
    pub from_department: DepartmentId,
    /// The department that provides it.
    pub to_department: DepartmentId,
    /// What is needed.
    pub what: String,
    /// By when.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<Day>,
    /// The providing department has agreed to deliver it.
    pub agreed: bool,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

entities!(DepartmentObjective => DepartmentObjectiveId, InformationNeed => NeedId);
