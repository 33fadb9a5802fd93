//! One field of a stakeholder set in place, checked by the same rules as
//! when adding (see `checks.rs`), returning the old value for the undo; and
//! a stakeholder's affiliation, as the register edits it.

use super::checks::{check_departments, check_initiatives, name, tags, Linked};
use super::communication::Channel;
use super::edit::{Affiliation, Field, MapError};
use super::Stakeholder;

/// Sets one field; returns the field with its old value (for the undo).
pub(super) fn set(s: &mut Stakeholder, field: Field, linked: &Linked<'_>) -> Result<Field, MapError> {
    let c = &mut s.communication;
    Ok(match field {
        Field::Name(text) => Field::Name(std::mem::replace(&mut s.name, name(&text)?)),
        Field::Kind(kind) => Field::Kind(std::mem::replace(&mut s.kind, kind)),
        Field::Role(text) => Field::Role(std::mem::replace(&mut s.role, text.trim().to_string())),
        Field::Affiliation(affiliation) => {
            let old = s.affiliation();
            if let Affiliation::Department(id) = &affiliation {
                check_departments([id], s.department_id.as_ref(), linked)?;
            }
            (s.department_id, s.organisation) = match affiliation {
                Affiliation::Department(id) => (Some(id), String::new()),
                Affiliation::Outside(name) => (None, name.trim().to_string()),
                Affiliation::Unknown => (None, String::new()),
            };
            Field::Affiliation(old)
        }
        Field::Contact(text) => Field::Contact(std::mem::replace(&mut s.contact, text.trim().to_string())),
        Field::Attitude(attitude) => Field::Attitude(std::mem::replace(&mut s.attitude, attitude)),
        Field::Notes(text) => Field::Notes(std::mem::replace(&mut s.notes, text.trim().to_string())),
        Field::Tags(list) => Field::Tags(std::mem::replace(&mut s.tags, tags(list))),
        Field::Initiatives(ids) => {
            let ids = check_initiatives(ids, &s.initiative_ids, linked)?;
            Field::Initiatives(std::mem::replace(&mut s.initiative_ids, ids))
        }
        Field::Owner(owner) => {
            check_departments(owner.iter(), s.owner_department_id.as_ref(), linked)?;
            Field::Owner(std::mem::replace(&mut s.owner_department_id, owner))
        }
        Field::StrategyOverride(strategy) => Field::StrategyOverride(std::mem::replace(&mut s.strategy_override, strategy)),
        Field::NeedsToHear(text) => Field::NeedsToHear(std::mem::replace(&mut c.needs_to_hear, text.trim().to_string())),
        Field::Channel(channel, other) => {
            let other = if channel == Some(Channel::Other) { other.trim().to_string() } else { String::new() };
            let old = (std::mem::replace(&mut c.channel, channel), std::mem::replace(&mut c.channel_other, other));
            Field::Channel(old.0, old.1)
        }
        Field::Frequency(frequency) => Field::Frequency(std::mem::replace(&mut c.frequency, frequency)),
        Field::LastContact(day) => Field::LastContact(std::mem::replace(&mut c.last_contact, day)),
    })
}

impl Stakeholder {
    /// Their department or outside organisation.
    pub fn affiliation(&self) -> Affiliation {
        match (&self.department_id, self.organisation.trim()) {
            (Some(id), _) => Affiliation::Department(id.clone()),
            (None, "") => Affiliation::Unknown,
            (None, name) => Affiliation::Outside(name.to_string()),
        }
    }
}
