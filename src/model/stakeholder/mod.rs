//! Stakeholder maps: who has power over the plan, who cares about it, who is
//! for or against it, and how each of them is kept informed. The map's types
//! are here; the grid's rules (quadrant, strategy, history) in `grid.rs`, the
//! communication plan in `communication.rs`, assessing together in
//! `assessment/`, edits and their rules in `edit.rs` (one field in
//! `fields.rs`, a new stakeholder in `new.rs`, the value rules in
//! `checks.rs`), the register's filter and sort in `register.rs`, and what
//! the plan's screens ask in `ties.rs`.

pub mod assessment;
mod checks;
pub mod communication;
pub mod edit;
mod fields;
pub mod grid;
mod new;
pub mod register;
pub mod ties;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::model::entity::{entities, find};
use crate::model::ids::{AssessmentId, ContactId, DepartmentId, InitiativeId, MapId, PlanId, StakeholderId};
use crate::model::keyed::Keyed;
use crate::model::time::Timestamp;

pub use assessment::{edit_assessment, Assessment, AssessmentEdit, AssessmentError, AssessmentScore, Settled, Spread, Stats};
pub use communication::{Channel, Communication, ContactEntry, DueContact, Frequency, NextContact};
pub use edit::{edit_map, Affiliation, Field, MapDone, MapEdit, MapError, MapWarning, NewStakeholder};
pub use grid::{Placement, PlacementHow, Position, PositionChange, Quadrant, Score, Strategy, StrategyShown};

/// A stakeholder map.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StakeholderMap {
    pub id: MapId,
    pub title: String,
    /// The plan this map belongs to, if any: its departments and initiatives
    /// are what stakeholders link to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_id: Option<PlanId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stakeholders: Vec<Stakeholder>,
    /// Sessions assessing stakeholders together, oldest first; the last is
    /// the one under way or the latest held.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub assessments: Vec<Assessment>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl StakeholderMap {
    /// An empty map.
    pub fn new(id: MapId, title: String, plan_id: Option<PlanId>, now: Timestamp) -> Self {
        StakeholderMap {
            id,
            title,
            plan_id,
            stakeholders: Vec::new(),
            assessments: Vec::new(),
            created_at: now,
            updated_at: now,
            extra: Map::new(),
        }
    }

    pub fn stakeholder(&self, id: &StakeholderId) -> Option<&Stakeholder> {
        find(&self.stakeholders, id)
    }

    /// The session under way, or the latest held.
    pub fn current_assessment(&self) -> Option<&Assessment> {
        self.assessments.last()
    }
}

/// Someone the plan needs to reckon with: a person, a group ("Works
/// council") or an organisation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stakeholder {
    pub id: StakeholderId,
    pub name: String,
    pub kind: StakeholderKind,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// A department of the linked plan; `None` for an outside party.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department_id: Option<DepartmentId>,
    /// The outside organisation, when not a department of the plan.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// How to reach them, as free text (an address, a phone, an assistant).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// Where they stand on the grid now; [`Stakeholder::placements`] says how
    /// they got there.
    pub power: Score,
    pub interest: Score,
    pub attitude: Attitude,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Initiatives of the linked plan they have a stake in.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub initiative_ids: Vec<InitiativeId>,
    /// The department that owns the relationship (and their communication).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_department_id: Option<DepartmentId>,
    /// The engagement strategy chosen by hand instead of the quadrant's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strategy_override: Option<Strategy>,
    /// Every position they were given, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub placements: Vec<Placement>,
    #[serde(skip_serializing_if = "Communication::is_empty")]
    pub communication: Communication,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

entities!(Stakeholder => StakeholderId, Assessment => AssessmentId, ContactEntry => ContactId);

impl Stakeholder {
    /// Where they stand on the grid now.
    pub fn position(&self) -> Position {
        Position { power: self.power, interest: self.interest }
    }

    /// Whether they are a department of the plan (else an outside party).
    pub fn is_outside(&self) -> bool {
        self.department_id.is_none()
    }
}

/// What kind of stakeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StakeholderKind {
    #[default]
    Person,
    Group,
    Organisation,
}

impl Keyed for StakeholderKind {
    const ALL: &'static [StakeholderKind] = &[Self::Person, Self::Group, Self::Organisation];

    fn key(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Group => "group",
            Self::Organisation => "organisation",
        }
    }
}

impl StakeholderKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Person => "Person",
            Self::Group => "Group",
            Self::Organisation => "Organisation",
        }
    }
}

/// Where they stand on the plan, from most for to most against. The grid
/// shows it by shape and colour together, never by colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Attitude {
    Champion,
    Supporter,
    #[default]
    Neutral,
    Critic,
    Blocker,
}

impl Keyed for Attitude {
    const ALL: &'static [Attitude] = &[Self::Champion, Self::Supporter, Self::Neutral, Self::Critic, Self::Blocker];

    fn key(self) -> &'static str {
        match self {
            Self::Champion => "champion",
            Self::Supporter => "supporter",
            Self::Neutral => "neutral",
            Self::Critic => "critic",
            Self::Blocker => "blocker",
        }
    }
}

impl Attitude {
    pub fn label(self) -> &'static str {
        match self {
            Self::Champion => "Champion",
            Self::Supporter => "Supporter",
            Self::Neutral => "Neutral",
            Self::Critic => "Critic",
            Self::Blocker => "Blocker",
        }
    }

    /// Against the plan: a risk when linked to an initiative.
    pub fn is_against(self) -> bool {
        matches!(self, Self::Critic | Self::Blocker)
    }
}
