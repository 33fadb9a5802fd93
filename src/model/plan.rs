//! A strategic plan and the departments that take part in it.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use super::alignment::{DepartmentObjective, InformationNeed};
use super::approval::ApprovalRound;
use super::ids::IdSource;
use super::keyed::Keyed;
use super::objective::{Initiative, Objective};
use super::review::Comment;
use super::tracking::{Decision, Lesson, PlanUpdate};

/// Where a plan stands in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    #[default]
    Draft,
    InReview,
    Approved,
    InExecution,
    Closed,
}

impl PlanStatus {
    /// What the user reads.
    pub fn label(self) -> &'static str {
        match self {
            Self::Draft => "Draft",
            Self::InReview => "In review",
            Self::Approved => "Approved",
            Self::InExecution => "In execution",
            Self::Closed => "Closed",
        }
    }
}

impl Keyed for PlanStatus {
    const ALL: &'static [PlanStatus] = &[Self::Draft, Self::InReview, Self::Approved, Self::InExecution, Self::Closed];

    fn key(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::InReview => "in_review",
            Self::Approved => "approved",
            Self::InExecution => "in_execution",
            Self::Closed => "closed",
        }
    }
}

/// The period a plan covers; either end may still be open.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Horizon {
    /// First day, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Last day, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
}

/// A department taking part in a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Department {
    pub id: String,
    pub name: String,
    /// Who leads the department.
    pub head: String,
    /// Who speaks for the department in this plan.
    pub representative: String,
    /// A palette colour name (see [`crate::model::palette`]).
    pub colour: String,
    pub updated_at: String,
    /// Fields written by other versions, kept as they came.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A strategic plan: what the departments agree to achieve together.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub id: String,
    pub title: String,
    pub vision: String,
    pub horizon: Horizon,
    pub status: PlanStatus,
    pub departments: Vec<Department>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<Objective>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub initiatives: Vec<Initiative>,
    /// Each department's own objectives, aligned to the plan's.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub department_objectives: Vec<DepartmentObjective>,
    /// What one department needs from another.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub information_needs: Vec<InformationNeed>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub approval_rounds: Vec<ApprovalRound>,
    /// Comments and objections from the review.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub updates: Vec<PlanUpdate>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub lessons: Vec<Lesson>,
    pub created_at: String,
    pub updated_at: String,
    /// Fields written by other versions, kept as they came.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Plan {
    /// An empty draft plan.
    pub fn new(id: String, title: String, now: &str) -> Self {
        Plan {
            id,
            title,
            vision: String::new(),
            horizon: Horizon::default(),
            status: PlanStatus::Draft,
            departments: Vec::new(),
            objectives: Vec::new(),
            initiatives: Vec::new(),
            department_objectives: Vec::new(),
            information_needs: Vec::new(),
            approval_rounds: Vec::new(),
            comments: Vec::new(),
            decisions: Vec::new(),
            updates: Vec::new(),
            lessons: Vec::new(),
            created_at: now.to_string(),
            updated_at: now.to_string(),
            extra: Map::new(),
        }
    }

    /// Gives every department, objective and initiative a fresh id and
    /// rewrites every reference to them, so a copy shares no id with the original.
    pub fn renew_ids(&mut self, ids: &mut dyn IdSource) {
        let mut renamed: BTreeMap<String, String> = BTreeMap::new();
        let mut renew = |id: &mut String| {
            let new_id = ids.next_id();
            renamed.insert(std::mem::replace(id, new_id.clone()), new_id);
        };
        self.departments.iter_mut().for_each(|d| renew(&mut d.id));
        self.objectives.iter_mut().for_each(|o| renew(&mut o.id));
        self.initiatives.iter_mut().for_each(|i| renew(&mut i.id));
        self.department_objectives.iter_mut().for_each(|o| renew(&mut o.id));
        self.information_needs.iter_mut().for_each(|n| renew(&mut n.id));
        self.approval_rounds.iter_mut().for_each(|r| renew(&mut r.id));
        self.comments.iter_mut().for_each(|c| renew(&mut c.id));
        for decision in &mut self.decisions {
            renew(&mut decision.id);
            decision.actions.iter_mut().for_each(|a| renew(&mut a.id));
        }
        self.updates.iter_mut().for_each(|u| renew(&mut u.id));
        self.lessons.iter_mut().for_each(|l| renew(&mut l.id));
        let map = |id: &mut String| {
            if let Some(new_id) = renamed.get(id) {
                *id = new_id.clone();
            }
        };
        for objective in &mut self.objectives {
            objective.owner_department.iter_mut().for_each(map);
        }
        for initiative in &mut self.initiatives {
            map(&mut initiative.objective_id);
            initiative.lead_department.iter_mut().for_each(map);
            initiative.contributing_departments.iter_mut().for_each(map);
            initiative.depends_on.iter_mut().for_each(map);
            initiative.raci = std::mem::take(&mut initiative.raci)
                .into_iter()
                .map(|(mut department, role)| {
                    map(&mut department);
                    (department, role)
                })
                .collect();
        }
        for objective in &mut self.department_objectives {
            map(&mut objective.department_id);
            objective.aligned_to.iter_mut().for_each(map);
        }
        for need in &mut self.information_needs {
            map(&mut need.from_department);
            map(&mut need.to_department);
        }
        for round in &mut self.approval_rounds {
            round.required_departments.iter_mut().for_each(map);
            round.sign_offs.iter_mut().for_each(|s| map(&mut s.department_id));
        }
        for comment in &mut self.comments {
            comment.department_id.iter_mut().for_each(map);
            comment.on.iter_mut().for_each(map);
            comment.round_id.iter_mut().for_each(map);
            comment.decision_id.iter_mut().for_each(map);
        }
        for decision in &mut self.decisions {
            decision.departments.iter_mut().for_each(map);
            decision.superseded_by.iter_mut().for_each(map);
            decision.actions.iter_mut().for_each(|a| a.owner_department.iter_mut().for_each(map));
        }
        self.updates.iter_mut().for_each(|u| u.departments.iter_mut().for_each(map));
    }

    /// The department with this id.
    pub fn department_mut(&mut self, id: &str) -> Option<&mut Department> {
        self.departments.iter_mut().find(|d| d.id == id)
    }
}

impl Department {
    /// A department with only a name, coloured from the palette.
    pub fn new(id: String, name: String, colour: &str, now: &str) -> Self {
        Department {
            id,
            name,
            head: String::new(),
            representative: String::new(),
            colour: colour.to_string(),
            updated_at: now.to_string(),
            extra: Map::new(),
        }
    }
}
