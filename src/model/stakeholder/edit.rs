//! Every change to a map but its assessments, applied by [`edit_map`] on a
//! copy of the map (the one write path does that), and the rules it can
//! break. An edit returns the edit that takes it back, and warnings that do
//! not refuse it (a name already on the map).

use std::fmt;

use super::checks::{name, Linked};
use super::fields::set;
use super::communication::{Channel, ContactEntry, Frequency};
use super::grid::{Placement, PlacementHow, Position, Strategy};
use super::{Attitude, Stakeholder, StakeholderKind, StakeholderMap};
use crate::model::entity::{self, Removed};
use crate::model::env::Env;
use crate::model::ids::{ContactId, DepartmentId, InitiativeId, PlanId, StakeholderId};
use crate::model::plan::Plan;
use crate::model::text::fold_for_search;
use crate::model::time::Day;

pub use super::new::NewStakeholder;

/// A change to one map.
#[derive(Debug, Clone, PartialEq)]
pub enum MapEdit {
    /// Links the map to a plan here (`None` unlinks it). Stakeholders keep
    /// their department and initiative ids, shown as unknown until linked back.
    LinkPlan { plan_id: Option<PlanId> },
    /// One stakeholder, placed where `position` says (the middle when not given).
    AddStakeholder(NewStakeholder),
    /// Several at once (a paste or a CSV file), all or none, in one undoable step.
    AddStakeholders(Vec<NewStakeholder>),
    /// Takes stakeholders added together back off the map (the undo of adding).
    RemoveStakeholders { stakeholder_ids: Vec<StakeholderId> },
    DeleteStakeholder { stakeholder_id: StakeholderId },
    /// Puts a deleted stakeholder back at its place (undo).
    RestoreStakeholder { removed: Removed<Stakeholder> },
    /// One field, edited in place.
    Set { stakeholder_id: StakeholderId, field: Field },
    /// Moves a stakeholder on the grid, recording a dated placement (`by`:
    /// who moved it, when known). A move to where it stands records nothing.
    Place { stakeholder_id: StakeholderId, position: Position, how: PlacementHow, by: String },
    /// Puts a position and its history back as they were (undo of a move).
    PutBack { stakeholder_id: StakeholderId, position: Position, placements: Vec<Placement> },
    /// Logs a contact on `day` (not after today); the last contact moves to it when later.
    LogContact { stakeholder_id: StakeholderId, day: Day, note: String },
    /// Takes a logged contact back and the last contact day with it (undo of logging).
    UnlogContact { stakeholder_id: StakeholderId, contact_id: ContactId, last_contact: Option<Day> },
    /// Deletes a log entry; the last contact day stays (it is a field of its own).
    DeleteContact { stakeholder_id: StakeholderId, contact_id: ContactId },
    RestoreContact { stakeholder_id: StakeholderId, removed: Removed<ContactEntry> },
}

/// One field of a stakeholder, with its new value.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    /// Trimmed; never empty.
    Name(String),
    Kind(StakeholderKind),
    Role(String),
    Affiliation(Affiliation),
    Contact(String),
    Attitude(Attitude),
    Notes(String),
    /// Trimmed, blanks dropped, each once (ignoring case).
    Tags(Vec<String>),
    /// Initiatives of the linked plan, each once.
    Initiatives(Vec<InitiativeId>),
    /// The department owning the relationship and its communication.
    Owner(Option<DepartmentId>),
    StrategyOverride(Option<Strategy>),
    NeedsToHear(String),
    /// `None` follows the strategy; the text names an [`Channel::Other`].
    Channel(Option<Channel>, String),
    /// `None` follows the strategy.
    Frequency(Option<Frequency>),
    LastContact(Option<Day>),
}

/// A department of the plan, or an outside organisation (or neither known).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Affiliation {
    Department(DepartmentId),
    Outside(String),
    #[default]
    Unknown,
}

/// Why a change to a map was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapError {
    StakeholderNotFound,
    EmptyName,
    /// Not a department of the linked plan (or the map has no plan here).
    DepartmentNotFound(DepartmentId),
    /// Not an initiative of the linked plan (or the map has no plan here).
    InitiativeNotFound(InitiativeId),
    NothingToAdd,
    ContactNotFound,
    ContactInFuture { day: Day },
}

impl fmt::Display for MapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::StakeholderNotFound => write!(f, "This stakeholder is no longer on the map."),
            Self::EmptyName => write!(f, "A stakeholder needs a name."),
            Self::DepartmentNotFound(_) => write!(f, "This department is not in the map's plan."),
            Self::InitiativeNotFound(_) => write!(f, "This initiative is not in the map's plan."),
            Self::NothingToAdd => write!(f, "There is no stakeholder to add."),
            Self::ContactNotFound => write!(f, "This contact is no longer in the log."),
            Self::ContactInFuture { day } => write!(f, "A contact cannot be logged for a day still to come ({day})."),
        }
    }
}

impl std::error::Error for MapError {}

/// What an accepted edit did beyond the change itself.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapDone {
    /// The edit that takes it back, when the UI offers undo.
    pub undo: Option<MapEdit>,
    pub warnings: Vec<MapWarning>,
}

/// Said about an accepted edit, without refusing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapWarning {
    /// Another stakeholder on the map has this name (ignoring case and accents).
    DuplicateName { name: String },
}

impl fmt::Display for MapWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DuplicateName { name } => write!(f, "“{name}” was already on the map: check it is not the same stakeholder twice."),
        }
    }
}

/// Applies one edit; `plan` is the map's linked plan when it is here.
pub fn edit_map(map: &mut StakeholderMap, edit: MapEdit, plan: Option<&Plan>, env: &mut Env<'_>) -> Result<MapDone, MapError> {
    let linked = Linked::of(plan);
    let now = env.now;
    let undo = |edit: MapEdit| Ok(MapDone { undo: Some(edit), warnings: Vec::new() });
    match edit {
        MapEdit::LinkPlan { plan_id } => {
            let before = std::mem::replace(&mut map.plan_id, plan_id);
            undo(MapEdit::LinkPlan { plan_id: before })
        }
        MapEdit::AddStakeholder(new) => add(map, vec![new], PlacementHow::Added, &linked, env),
        MapEdit::AddStakeholders(list) => add(map, list, PlacementHow::Pasted, &linked, env),
        MapEdit::RemoveStakeholders { stakeholder_ids } => {
            map.stakeholders.retain(|s| !stakeholder_ids.contains(&s.id));
            Ok(MapDone::default())
        }
        MapEdit::DeleteStakeholder { stakeholder_id } => {
            let removed = entity::remove(&mut map.stakeholders, &stakeholder_id).ok_or(MapError::StakeholderNotFound)?;
            undo(MapEdit::RestoreStakeholder { removed })
        }
        MapEdit::RestoreStakeholder { removed } => {
            entity::restore(&mut map.stakeholders, removed);
            Ok(MapDone::default())
        }
        MapEdit::Set { stakeholder_id, field } => {
            let warnings = match &field {
                Field::Name(text) => duplicates(map, [name(text)?].iter(), Some(&stakeholder_id)),
                _ => Vec::new(),
            };
            let old = entity::edit(&mut map.stakeholders, &stakeholder_id, now, MapError::StakeholderNotFound, |s| {
                set(s, field, &linked)
            })?;
            Ok(MapDone { undo: Some(MapEdit::Set { stakeholder_id, field: old }), warnings })
        }
        MapEdit::Place { stakeholder_id, position, how, by } => {
            let s = entity::find(&map.stakeholders, &stakeholder_id).ok_or(MapError::StakeholderNotFound)?;
            if s.position() == position {
                return Ok(MapDone::default());
            }
            let back = MapEdit::PutBack { stakeholder_id: stakeholder_id.clone(), position: s.position(), placements: s.placements.clone() };
            entity::edit(&mut map.stakeholders, &stakeholder_id, now, MapError::StakeholderNotFound, |s| {
                Ok(place(s, position, how, by.trim().to_string(), env.today, now))
            })?;
            undo(back)
        }
        MapEdit::PutBack { stakeholder_id, position, placements } => {
            entity::edit(&mut map.stakeholders, &stakeholder_id, now, MapError::StakeholderNotFound, |s| {
                Ok((s.power, s.interest, s.placements) = (position.power, position.interest, placements))
            })?;
            Ok(MapDone::default())
        }
        MapEdit::LogContact { stakeholder_id, day, note } => {
            if day > env.today {
                return Err(MapError::ContactInFuture { day });
            }
            let contact_id: ContactId = env.new_id();
            let entry = ContactEntry { id: contact_id.clone(), day, note: note.trim().to_string(), updated_at: now, extra: Default::default() };
            let last_contact = entity::edit(&mut map.stakeholders, &stakeholder_id, now, MapError::StakeholderNotFound, |s| {
                let c = &mut s.communication;
                let before = c.last_contact;
                c.contacts.push(entry);
                c.last_contact = before.max(Some(day));
                Ok(before)
            })?;
            undo(MapEdit::UnlogContact { stakeholder_id, contact_id, last_contact })
        }
        MapEdit::UnlogContact { stakeholder_id, contact_id, last_contact } => {
            entity::edit(&mut map.stakeholders, &stakeholder_id, now, MapError::StakeholderNotFound, |s| {
                entity::remove(&mut s.communication.contacts, &contact_id).ok_or(MapError::ContactNotFound)?;
                Ok(s.communication.last_contact = last_contact)
            })?;
            Ok(MapDone::default())
        }
        MapEdit::DeleteContact { stakeholder_id, contact_id } => {
            let removed = entity::edit(&mut map.stakeholders, &stakeholder_id, now, MapError::StakeholderNotFound, |s| {
                entity::remove(&mut s.communication.contacts, &contact_id).ok_or(MapError::ContactNotFound)
            })?;
            undo(MapEdit::RestoreContact { stakeholder_id, removed })
        }
        MapEdit::RestoreContact { stakeholder_id, removed } => {
            entity::edit(&mut map.stakeholders, &stakeholder_id, now, MapError::StakeholderNotFound, |s| {
                Ok(entity::restore(&mut s.communication.contacts, removed))
            })?;
            Ok(MapDone::default())
        }
    }
}

/// Adds stakeholders, each placed with a first dated placement.
fn add(map: &mut StakeholderMap, list: Vec<NewStakeholder>, how: PlacementHow, linked: &Linked<'_>, env: &mut Env<'_>) -> Result<MapDone, MapError> {
    if list.is_empty() {
        return Err(MapError::NothingToAdd);
    }
    let made = list.into_iter().map(|new| new.make(how, linked, env)).collect::<Result<Vec<_>, _>>()?;
    let names: Vec<String> = made.iter().map(|s| s.name.clone()).collect();
    let warnings = duplicates(map, names.iter(), None);
    let stakeholder_ids = made.iter().map(|s| s.id.clone()).collect();
    map.stakeholders.extend(made);
    Ok(MapDone { undo: Some(MapEdit::RemoveStakeholders { stakeholder_ids }), warnings })
}

/// Records a new position with its placement.
pub(super) fn place(s: &mut Stakeholder, position: Position, how: PlacementHow, by: String, day: Day, at: crate::model::time::Timestamp) {
    (s.power, s.interest) = (position.power, position.interest);
    let (power, interest) = (position.power, position.interest);
    s.placements.push(Placement { day, at, power, interest, how, by, assessment_id: None });
}

/// A warning for each name already on the map (but `except`'s) or named
/// twice among `names`.
fn duplicates<'a>(map: &StakeholderMap, names: impl Iterator<Item = &'a String>, except: Option<&StakeholderId>) -> Vec<MapWarning> {
    let mut seen: Vec<String> =
        map.stakeholders.iter().filter(|s| Some(&s.id) != except).map(|s| fold_for_search(s.name.trim())).collect();
    let mut warnings = Vec::new();
    for name in names {
        let folded = fold_for_search(name.trim());
        if seen.contains(&folded) {
            warnings.push(MapWarning::DuplicateName { name: name.clone() });
        }
        seen.push(folded);
    }
    warnings
}

#[cfg(test)]
mod tests;
