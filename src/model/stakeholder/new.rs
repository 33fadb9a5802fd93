//! A stakeholder as entered (a form, a pasted row, a CSV line), checked and
//! made into a [`Stakeholder`] with its first dated placement.

use serde_json::Map;

use super::checks::{check_departments, check_initiatives, name, tags, Linked};
use super::communication::{Channel, Communication, Frequency};
use super::edit::{place, Affiliation, MapError};
use super::grid::{PlacementHow, Position, Strategy};
use super::{Attitude, Stakeholder, StakeholderKind};
use crate::model::env::Env;
use crate::model::ids::{DepartmentId, InitiativeId};
use crate::model::time::Day;

/// A stakeholder as entered; what is left out takes its default (a person,
/// neutral, in the middle of the grid, communication following the strategy).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewStakeholder {
    pub name: String,
    pub kind: StakeholderKind,
    pub role: String,
    pub affiliation: Affiliation,
    pub contact: String,
    /// Where to place them; the middle (3, 3) when not given.
    pub position: Option<Position>,
    pub attitude: Attitude,
    pub notes: String,
    pub tags: Vec<String>,
    pub initiative_ids: Vec<InitiativeId>,
    pub owner_department_id: Option<DepartmentId>,
    pub strategy_override: Option<Strategy>,
    pub needs_to_hear: String,
    pub channel: Option<Channel>,
    pub channel_other: String,
    pub frequency: Option<Frequency>,
    pub last_contact: Option<Day>,
}

impl NewStakeholder {
    /// A stakeholder with only a name.
    pub fn named(name: &str) -> NewStakeholder {
        NewStakeholder { name: name.into(), ..NewStakeholder::default() }
    }

    /// The stakeholder, checked, with a fresh id and its first placement.
    pub(super) fn make(self, how: PlacementHow, linked: &Linked<'_>, env: &mut Env<'_>) -> Result<Stakeholder, MapError> {
        let name = name(&self.name)?;
        let (department_id, organisation) = match self.affiliation {
            Affiliation::Department(id) => (Some(id), String::new()),
            Affiliation::Outside(name) => (None, name.trim().to_string()),
            Affiliation::Unknown => (None, String::new()),
        };
        check_departments(department_id.iter().chain(self.owner_department_id.iter()), None, linked)?;
        let initiative_ids = check_initiatives(self.initiative_ids, &[], linked)?;
        let channel_other = if self.channel == Some(Channel::Other) { self.channel_other.trim().to_string() } else { String::new() };
        let mut stakeholder = Stakeholder {
            id: env.new_id(),
            name,
            kind: self.kind,
            role: self.role.trim().to_string(),
            department_id,
            organisation,
            contact: self.contact.trim().to_string(),
            power: Default::default(),
            interest: Default::default(),
            attitude: self.attitude,
            notes: self.notes.trim().to_string(),
            tags: tags(self.tags),
            initiative_ids,
            owner_department_id: self.owner_department_id,
            strategy_override: self.strategy_override,
            placements: Vec::new(),
            communication: Communication {
                needs_to_hear: self.needs_to_hear.trim().to_string(),
                channel: self.channel,
                channel_other,
                frequency: self.frequency,
                last_contact: self.last_contact,
                contacts: Vec::new(),
            },
            created_at: env.now,
            updated_at: env.now,
            extra: Map::new(),
        };
        place(&mut stakeholder, self.position.unwrap_or_default(), how, String::new(), env.today, env.now);
        Ok(stakeholder)
    }
}
