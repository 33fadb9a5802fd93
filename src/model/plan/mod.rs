//! A strategic plan and the departments that take part in it.

pub mod departments;
pub mod edit;
pub mod reminder;


use serde::Serialize;
use serde_json::{Map, Value};

use crate::model::approval::ApprovalRound;
use crate::model::entity::{entities, find};
use crate::model::hash::plan_hash;
use crate::model::ids::{follow, renew, DepartmentId, IdSource, PlanId, SubjectId};
use crate::model::keyed::Keyed;
use crate::model::review::Comment;
use crate::model::structure::{DepartmentObjective, Initiative, InformationNeed, Objective};
use crate::model::time::{Day, Timestamp};
use crate::model::tracking::{Decision, Lesson, PlanUpdate};

pub use departments::DepartmentLinks;
pub use edit::{edit_plan, DepartmentEdit, PlanEdit, PlanError};

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
    /// First day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<Day>,
    /// Last day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<Day>,
}

/// A department taking part in a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Department {
    pub id: DepartmentId,
    pub name: String,
    /// Who leads the department.
    pub head: String,
    /// Where reminders to the head go; empty when not known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub head_email: String,
    /// Who speaks for the department in this plan.
    pub representative: String,
    /// A palette colour name (see [`crate::model::palette`]).
    pub colour: String,
    pub updated_at: Timestamp,
    /// Fields written by other versions, kept as they came.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A strategic plan: what the departments agree to achieve together.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub id: PlanId,
    pub title: String,
    pub vision: String,
    pub horizon: Horizon,
    /// Follows the approval round (see [`crate::model::approval::status`])
    /// unless the liaison set it by hand.
    pub status: PlanStatus,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub status_set_by_hand: bool,
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
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Fields written by other versions, kept as they came.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Plan {
    /// An empty draft plan.
    pub fn new(id: PlanId, title: String, now: Timestamp) -> Self {
        Plan {
            id,
            title,
            vision: String::new(),
            horizon: Horizon::default(),
            status: PlanStatus::Draft,
            status_set_by_hand: false,
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
            created_at: now,
            updated_at: now,
            extra: Map::new(),
        }
    }

    /// Gives every entity of the plan a fresh id and rewrites every reference
    /// to them, so a copy shares no id with the original.
    pub fn renew_ids(&mut self, ids: &mut dyn IdSource) {
        let hash_before = plan_hash(self);
        // One map per kind: ids are unique within their own list only, so a
        // department and an objective may share one in a hand-made file.
        let departments = renew(ids, self.departments.iter_mut().map(|d| &mut d.id));
        let objectives = renew(ids, self.objectives.iter_mut().map(|o| &mut o.id));
        let initiatives = renew(ids, self.initiatives.iter_mut().map(|i| &mut i.id));
        let rounds = renew(ids, self.approval_rounds.iter_mut().map(|r| &mut r.id));
        let decisions = renew(ids, self.decisions.iter_mut().map(|d| &mut d.id));
        renew(ids, self.department_objectives.iter_mut().map(|o| &mut o.id));
        renew(ids, self.information_needs.iter_mut().map(|n| &mut n.id));
        renew(ids, self.comments.iter_mut().map(|c| &mut c.id));
        renew(ids, self.decisions.iter_mut().flat_map(|d| d.actions.iter_mut().map(|a| &mut a.id)));
        renew(ids, self.updates.iter_mut().map(|u| &mut u.id));
        renew(ids, self.lessons.iter_mut().map(|l| &mut l.id));
        renew(ids, self.approval_rounds.iter_mut().flat_map(|r| r.sign_offs.iter_mut().map(|s| &mut s.id)));
        let department = |id: &mut DepartmentId| follow(&departments, id);
        // A comment's subject is an objective or an initiative, by id alone.
        let subject = |id: &mut SubjectId| {
            let renamed = objectives.iter().chain(initiatives.iter());
            if let Some((_, new)) = renamed.into_iter().find(|(old, _)| *old == id.as_str()) {
                *id = SubjectId::from(new.to_string());
            }
        };
        for objective in &mut self.objectives {
            objective.owner_department.iter_mut().for_each(department);
        }
        for initiative in &mut self.initiatives {
            follow(&objectives, &mut initiative.objective_id);
            initiative.lead_department.iter_mut().for_each(department);
            initiative.contributing_departments.iter_mut().for_each(department);
            initiative.depends_on.iter_mut().for_each(|id| follow(&initiatives, id));
            initiative.raci = std::mem::take(&mut initiative.raci)
                .into_iter()
                .map(|(mut id, role)| {
                    department(&mut id);
                    (id, role)
                })
                .collect();
        }
        for objective in &mut self.department_objectives {
            department(&mut objective.department_id);
            objective.aligned_to.iter_mut().for_each(|id| follow(&objectives, id));
        }
        for need in &mut self.information_needs {
            department(&mut need.from_department);
            department(&mut need.to_department);
        }
        for round in &mut self.approval_rounds {
            round.required_departments.iter_mut().for_each(department);
            round.sign_offs.iter_mut().for_each(|s| department(&mut s.department_id));
        }
        for comment in &mut self.comments {
            comment.department_id.iter_mut().for_each(department);
            comment.on.iter_mut().for_each(subject);
            comment.round_id.iter_mut().for_each(|id| follow(&rounds, id));
            comment.decision_id.iter_mut().for_each(|id| follow(&decisions, id));
        }
        for decision in &mut self.decisions {
            decision.departments.iter_mut().for_each(department);
            decision.superseded_by.iter_mut().for_each(|id| follow(&decisions, id));
            decision.actions.iter_mut().for_each(|a| a.owner_department.iter_mut().for_each(department));
        }
        self.updates.iter_mut().for_each(|u| u.departments.iter_mut().for_each(department));
        // The hash names ids, so it changed with them; what was approved as the
        // current version stays approved as the current version, and what was
        // stale stays stale.
        let hash_after = plan_hash(self);
        let rehash = |hash: &mut String| {
            if *hash == hash_before {
                hash.clone_from(&hash_after);
            }
        };
        for round in &mut self.approval_rounds {
            rehash(&mut round.plan_hash);
            round.sign_offs.iter_mut().for_each(|s| rehash(&mut s.plan_hash));
        }
        self.comments.iter_mut().for_each(|c| rehash(&mut c.plan_hash));
    }

    /// What a comment can be about, as people read it: "Objective: …" or
    /// "Initiative: …"; `None` when the id is neither.
    pub fn subject_title(&self, id: &SubjectId) -> Option<String> {
        let objective = self.objectives.iter().find(|o| o.id.as_str() == id.as_str()).map(|o| format!("Objective: {}", o.title));
        objective.or_else(|| {
            self.initiatives.iter().find(|i| i.id.as_str() == id.as_str()).map(|i| format!("Initiative: {}", i.title))
        })
    }

    /// The department with this id.
    pub fn department(&self, id: &DepartmentId) -> Option<&Department> {
        find(&self.departments, id)
    }

    /// The department with this id, to change.
    pub fn department_mut(&mut self, id: &DepartmentId) -> Option<&mut Department> {
        self.departments.iter_mut().find(|d| d.id == *id)
    }

    /// The name of a department, or "A department" once it is gone.
    pub fn department_name(&self, id: &DepartmentId) -> String {
        self.department(id).map(|d| d.name.clone()).unwrap_or_else(|| "A department".into())
    }

    /// The names of the departments `ids` names, in that order, leaving out
    /// those no longer in the plan.
    pub fn department_names(&self, ids: &[DepartmentId]) -> Vec<String> {
        ids.iter().filter_map(|id| self.department(id)).map(|d| d.name.clone()).collect()
    }
}

impl Department {
    /// A department with only a name, coloured from the palette.
    pub fn new(id: DepartmentId, name: String, colour: &str, now: Timestamp) -> Self {
        Department {
            id,
            name,
            head: String::new(),
            head_email: String::new(),
            representative: String::new(),
            colour: colour.to_string(),
            updated_at: now,
            extra: Map::new(),
        }
    }
}

entities!(Department => DepartmentId);

#[cfg(test)]
mod tests {
    use crate::model::testing::bare_plan;

    #[test]
    fn department_names_keep_the_order_given_and_skip_departments_gone() {
        let plan = bare_plan();
        let (first, second) = (plan.departments[0].id.clone(), plan.departments[1].id.clone());
        let names = plan.department_names(&[second.clone(), "gone".into(), first.clone()]);
        assert_eq!(names, [plan.departments[1].name.clone(), plan.departments[0].name.clone()]);
        assert!(plan.department_names(&[]).is_empty());
    }
}
