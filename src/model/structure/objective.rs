//! What a plan sets out to achieve (objectives) and the work that gets it
//! there (initiatives), with each department's RACI role per initiative.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::model::entity::entities;
use crate::model::ids::{DepartmentId, InitiativeId, ObjectiveId};
use crate::model::keyed::Keyed;
use crate::model::provenance::Origin;
use crate::model::time::{Day, Timestamp};

/// How an objective is measured: a target and where things stand.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Measure {
    /// What is counted, e.g. "replies within one working day".
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<f64>,
    /// "%", "days", "€k", …
    pub unit: String,
}

/// Something the plan sets out to achieve.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Objective {
    pub id: ObjectiveId,
    pub title: String,
    pub description: String,
    pub measure: Measure,
    /// The department that owns the objective.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_department: Option<DepartmentId>,
    /// The workshop note or group it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Where an initiative stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InitiativeStatus {
    #[default]
    NotStarted,
    OnTrack,
    AtRisk,
    Blocked,
    Done,
}

impl Keyed for InitiativeStatus {
    const ALL: &'static [InitiativeStatus] = &[Self::NotStarted, Self::OnTrack, Self::AtRisk, Self::Blocked, Self::Done];

    fn key(self) -> &'static str {
        match self {
            Self::NotStarted => "not_started",
            Self::OnTrack => "on_track",
            Self::AtRisk => "at_risk",
            Self::Blocked => "blocked",
            Self::Done => "done",
        }
    }
}

impl InitiativeStatus {
    pub fn label(self) -> &'static str {
        match self {
            Self::NotStarted => "Not started",
            Self::OnTrack => "On track",
            Self::AtRisk => "At risk",
            Self::Blocked => "Blocked",
            Self::Done => "Done",
        }
    }
}

/// A department's role in an initiative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Raci {
    Responsible,
    Accountable,
    Consulted,
    Informed,
}

impl Keyed for Raci {
    const ALL: &'static [Raci] = &[Self::Responsible, Self::Accountable, Self::Consulted, Self::Informed];

    fn key(self) -> &'static str {
        match self {
            Self::Responsible => "responsible",
            Self::Accountable => "accountable",
            Self::Consulted => "consulted",
            Self::Informed => "informed",
        }
    }
}

impl Raci {
    /// The letter shown in the grid.
    pub fn letter(self) -> char {
        match self {
            Self::Responsible => 'R',
            Self::Accountable => 'A',
            Self::Consulted => 'C',
            Self::Informed => 'I',
        }
    }
}

/// A piece of work under an objective.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Initiative {
    pub id: InitiativeId,
    /// The objective it serves (empty: not under an objective, after a repair).
    pub objective_id: ObjectiveId,
    pub title: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_department: Option<DepartmentId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contributing_departments: Vec<DepartmentId>,
    /// First day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<Day>,
    /// Due day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<Day>,
    pub status: InitiativeStatus,
    /// Percent done, 0 to 100.
    pub progress: u8,
    /// Initiatives that must be done first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<InitiativeId>,
    /// Role per department id.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub raci: BTreeMap<DepartmentId, Raci>,
    /// The workshop note or group it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Objective {
    /// A new objective with only a title, made `now`.
    pub fn new(id: ObjectiveId, title: String, now: Timestamp) -> Self {
        Objective {
            id,
            title,
            description: String::new(),
            measure: Measure::default(),
            owner_department: None,
            origin: None,
            updated_at: now,
            extra: Map::new(),
        }
    }
}

impl Initiative {
    /// A new initiative under `objective_id` with only a title: not
    /// started, no departments, no dates, made `now`.
    pub fn new(id: InitiativeId, objective_id: ObjectiveId, title: String, now: Timestamp) -> Self {
        Initiative {
            id,
            objective_id,
            title,
            description: String::new(),
            lead_department: None,
            contributing_departments: Vec::new(),
            start: None,
            due: None,
            status: InitiativeStatus::NotStarted,
            progress: 0,
            depends_on: Vec::new(),
            raci: BTreeMap::new(),
            origin: None,
            updated_at: now,
            extra: Map::new(),
        }
    }
}

entities!(Objective => ObjectiveId, Initiative => InitiativeId);
