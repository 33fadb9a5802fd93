//! What a plan sets out to achieve (objectives) and the work that gets it
//! there (initiatives), with each department's RACI role per initiative.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// How an objective is measured: a target and where things stand.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Measure {
    /// What is counted, e.g. "replies within one working day".
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<f64>,
    /// "%", "days", "€k", …
    #[serde(default)]
    pub unit: String,
}

/// Something the plan sets out to achieve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Objective {
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub measure: Measure,
    /// The department that owns the objective.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_department: Option<String>,
    #[serde(default)]
    pub updated_at: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Where an initiative stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InitiativeStatus {
    #[default]
    NotStarted,
    OnTrack,
    AtRisk,
    Blocked,
    Done,
}

impl InitiativeStatus {
    pub const ALL: [InitiativeStatus; 5] = [Self::NotStarted, Self::OnTrack, Self::AtRisk, Self::Blocked, Self::Done];

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Raci {
    Responsible,
    Accountable,
    Consulted,
    Informed,
}

impl Raci {
    pub const ALL: [Raci; 4] = [Self::Responsible, Self::Accountable, Self::Consulted, Self::Informed];

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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Initiative {
    pub id: String,
    /// The objective it serves.
    pub objective_id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_department: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributing_departments: Vec<String>,
    /// First day, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Due day, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[serde(default)]
    pub status: InitiativeStatus,
    /// Percent done, 0 to 100.
    #[serde(default)]
    pub progress: u8,
    /// Initiatives that must be done first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<String>,
    /// Role per department id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub raci: BTreeMap<String, Raci>,
    #[serde(default)]
    pub updated_at: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
