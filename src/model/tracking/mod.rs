//! What a plan records while it is carried out: decisions with their
//! follow-up actions, dated updates to the departments, and lessons learned.
//! These are tracking data, not the plan's substance: they are not part of
//! the content hash that departments sign off.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::model::entity::entities;
use crate::model::ids::{ActionId, DecisionId, DepartmentId, LessonId, UpdateId};
use crate::model::keyed::Keyed;
use crate::model::provenance::Origin;
use crate::model::time::{Day, Timestamp};

pub mod edit;
#[cfg(test)]
mod edit_tests;
pub mod queries;

pub use edit::{edit_log, ActionEdit, DecisionEdit, LessonEdit, LogEdit, LogError, UpdateEdit};
pub use queries::LessonFilter;

/// Whether a follow-up action is still to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Open,
    Done,
}

impl Keyed for ActionStatus {
    const ALL: &'static [ActionStatus] = &[Self::Open, Self::Done];

    fn key(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Done => "done",
        }
    }
}

impl ActionStatus {
    /// What the user reads.
    pub fn label(self) -> &'static str {
        match self {
            Self::Open => "Open",
            Self::Done => "Done",
        }
    }
}

/// Something a decision asks someone to do.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FollowUp {
    pub id: ActionId,
    pub text: String,
    /// The department that carries it out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_department: Option<DepartmentId>,
    /// Due day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<Day>,
    pub status: ActionStatus,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl FollowUp {
    /// Open and due before `today`.
    pub fn is_overdue(&self, today: Day) -> bool {
        self.status == ActionStatus::Open && self.due.is_some_and(|due| due < today)
    }
}

/// A decision taken together, with why, and what follows from it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    pub id: DecisionId,
    /// The day it was taken.
    pub date: Day,
    pub title: String,
    pub context: String,
    /// The options considered.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    pub decision: String,
    pub rationale: String,
    /// Ids of the departments that took part.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub departments: Vec<DepartmentId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<FollowUp>,
    /// The decision that replaced this one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<DecisionId>,
    /// The workshop note or group it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A dated message to the departments about how the plan is going.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanUpdate {
    pub id: UpdateId,
    /// The day it is dated.
    pub date: Day,
    pub title: String,
    pub text: String,
    /// For which departments; empty means everyone.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub departments: Vec<DepartmentId>,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What a lesson is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LessonCategory {
    Planning,
    Communication,
    Process,
    Resources,
    Technology,
    #[default]
    Other,
}

impl Keyed for LessonCategory {
    const ALL: &'static [LessonCategory] =
        &[Self::Planning, Self::Communication, Self::Process, Self::Resources, Self::Technology, Self::Other];

    fn key(self) -> &'static str {
        match self {
            Self::Planning => "planning",
            Self::Communication => "communication",
            Self::Process => "process",
            Self::Resources => "resources",
            Self::Technology => "technology",
            Self::Other => "other",
        }
    }
}

impl LessonCategory {
    /// What the user reads.
    pub fn label(self) -> &'static str {
        match self {
            Self::Planning => "Planning",
            Self::Communication => "Communication",
            Self::Process => "Process",
            Self::Resources => "Resources",
            Self::Technology => "Technology",
            Self::Other => "Other",
        }
    }
}

/// Something learned, to do better in the next round.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lesson {
    pub id: LessonId,
    pub what_happened: String,
    pub category: LessonCategory,
    /// Whether it has been put into practice.
    pub applied: bool,
    /// The workshop note or group it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Decision {
    /// A new decision taken on `date` with only a title: no options,
    /// departments or actions, made `now`.
    pub fn new(id: DecisionId, date: Day, title: String, now: Timestamp) -> Self {
        Decision {
            id,
            date,
            title,
            context: String::new(),
            options: Vec::new(),
            decision: String::new(),
            rationale: String::new(),
            departments: Vec::new(),
            actions: Vec::new(),
            superseded_by: None,
            origin: None,
            updated_at: now,
            extra: Map::new(),
        }
    }
}

impl Lesson {
    /// A new lesson, not applied yet, made `now`.
    pub fn new(id: LessonId, what_happened: String, category: LessonCategory, now: Timestamp) -> Self {
        Lesson { id, what_happened, category, applied: false, origin: None, updated_at: now, extra: Map::new() }
    }
}

entities!(FollowUp => ActionId, Decision => DecisionId, PlanUpdate => UpdateId, Lesson => LessonId);
