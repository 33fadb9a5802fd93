//! The register and the communication plan as CSV files (UTF-8 with a byte
//! order mark, RFC 4180 quoting, CRLF; see [`crate::format::csv`]), with a
//! header row that [`super::read_stakeholders`] maps back to the same fields.
//! Departments, owners and initiatives are written by name when the linked
//! plan is here, else by id.

use super::columns::Column;
use crate::format::csv::write;
use crate::model::entity::find;
use crate::model::ids::{DepartmentId, InitiativeId};
use crate::model::plan::Plan;
use crate::model::stakeholder::{NextContact, Stakeholder, StakeholderMap};

const REGISTER: [Column; 15] = [
    Column::Name,
    Column::Kind,
    Column::Role,
    Column::Department,
    Column::Organisation,
    Column::Contact,
    Column::Power,
    Column::Interest,
    Column::Quadrant,
    Column::Attitude,
    Column::Strategy,
    Column::Tags,
    Column::Notes,
    Column::Initiatives,
    Column::Owner,
];

const COMMUNICATION: [Column; 10] = [
    Column::Name,
    Column::Power,
    Column::Interest,
    Column::Strategy,
    Column::NeedsToHear,
    Column::Channel,
    Column::Frequency,
    Column::Owner,
    Column::LastContact,
    Column::NextContactDue,
];

/// The register: who each stakeholder is and where they stand.
pub fn register_csv(map: &StakeholderMap, plan: Option<&Plan>) -> String {
    table(map, plan, &REGISTER)
}

/// The communication plan: what each stakeholder hears, how, how often, from
/// whom, and when next (with the scores, so reading it back keeps the defaults).
pub fn communication_csv(map: &StakeholderMap, plan: Option<&Plan>) -> String {
    table(map, plan, &COMMUNICATION)
}

fn table(map: &StakeholderMap, plan: Option<&Plan>, columns: &[Column]) -> String {
    let mut rows = Vec::with_capacity(map.stakeholders.len() + 1);
    rows.push(columns.iter().map(|c| c.header().to_string()).collect());
    rows.extend(map.stakeholders.iter().map(|s| columns.iter().map(|c| cell(s, *c, plan)).collect()));
    write(&rows)
}

fn cell(s: &Stakeholder, column: Column, plan: Option<&Plan>) -> String {
    let department = |id: &DepartmentId| plan.and_then(|p| p.department(id)).map_or_else(|| id.to_string(), |d| d.name.clone());
    let initiative = |id: &InitiativeId| plan.and_then(|p| find(&p.initiatives, id)).map_or_else(|| id.to_string(), |i| i.title.clone());
    match column {
        Column::Name => s.name.clone(),
        Column::Kind => s.kind.label().into(),
        Column::Role => s.role.clone(),
        Column::Department | Column::DepartmentOrOrganisation => s.department_id.as_ref().map(department).unwrap_or_default(),
        Column::Organisation => s.organisation.clone(),
        Column::Contact => s.contact.clone(),
        Column::Power => s.power.get().to_string(),
        Column::Interest => s.interest.get().to_string(),
        Column::Quadrant => s.quadrant().label().into(),
        Column::Attitude => s.attitude.label().into(),
        Column::Strategy => s.strategy().strategy.label().into(),
        Column::Tags => s.tags.join("; "),
        Column::Notes => s.notes.clone(),
        Column::Initiatives => s.initiative_ids.iter().map(initiative).collect::<Vec<_>>().join("; "),
        Column::Owner => s.owner_department_id.as_ref().map(department).unwrap_or_default(),
        Column::NeedsToHear => s.communication.needs_to_hear.clone(),
        Column::Channel => s.channel_label(),
        Column::Frequency => s.frequency().0.label().into(),
        Column::LastContact => s.communication.last_contact.map(|d| d.text()).unwrap_or_default(),
        Column::NextContactDue => match s.next_contact(plan.map(|p| p.initiatives.as_slice()).unwrap_or_default()) {
            NextContact::Due(day) => day.text(),
            NextContact::FirstContact => "First contact".into(),
            NextContact::NoMilestone => String::new(),
        },
    }
}
