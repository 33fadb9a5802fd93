//! The communication plan: per stakeholder what they need to hear, by which
//! channel, how often and who owns it; the defaults the strategy gives
//! (changeable), the next contact due, worked out from the last contact and
//! the frequency, and the lists of contacts overdue and due this week.

use serde::Serialize;
use serde_json::{Map, Value};

use super::grid::Strategy;
use super::{Stakeholder, StakeholderMap};
use crate::model::ids::{ContactId, InitiativeId, StakeholderId};
use crate::model::keyed::Keyed;
use crate::model::structure::{Initiative, InitiativeStatus};
use crate::model::time::{Day, Timestamp};

/// How a stakeholder is kept informed. Channel and frequency left `None`
/// follow the strategy ([`default_for`]), so they change with the quadrant
/// until someone chooses them.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Communication {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub needs_to_hear: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// The channel's name when it is [`Channel::Other`] ("Works council newsletter").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub channel_other: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Frequency>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_contact: Option<Day>,
    /// Contacts logged, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<ContactEntry>,
}

impl Communication {
    pub fn is_empty(&self) -> bool {
        *self == Communication::default()
    }
}

/// One logged contact ("spoke with her today: …").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContactEntry {
    pub id: ContactId,
    pub day: Day,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The way a stakeholder is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    OneToOne,
    Meeting,
    Email,
    Newsletter,
    SteeringCommittee,
    /// Named in [`Communication::channel_other`].
    Other,
}

impl Keyed for Channel {
    const ALL: &'static [Channel] = &[Self::OneToOne, Self::Meeting, Self::Email, Self::Newsletter, Self::SteeringCommittee, Self::Other];

    fn key(self) -> &'static str {
        match self {
            Self::OneToOne => "one_to_one",
            Self::Meeting => "meeting",
            Self::Email => "email",
            Self::Newsletter => "newsletter",
            Self::SteeringCommittee => "steering_committee",
            Self::Other => "other",
        }
    }
}

impl Channel {
    pub fn label(self) -> &'static str {
        match self {
            Self::OneToOne => "1:1",
            Self::Meeting => "Meeting",
            Self::Email => "E-mail",
            Self::Newsletter => "Newsletter",
            Self::SteeringCommittee => "Steering committee",
            Self::Other => "Other",
        }
    }
}

/// How often a stakeholder is contacted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Weekly,
    Fortnightly,
    Monthly,
    Quarterly,
    /// At the next due day of an initiative they are linked to.
    PerMilestone,
}

impl Keyed for Frequency {
    const ALL: &'static [Frequency] = &[Self::Weekly, Self::Fortnightly, Self::Monthly, Self::Quarterly, Self::PerMilestone];

    fn key(self) -> &'static str {
        match self {
            Self::Weekly => "weekly",
            Self::Fortnightly => "fortnightly",
            Self::Monthly => "monthly",
            Self::Quarterly => "quarterly",
            Self::PerMilestone => "per_milestone",
        }
    }
}

impl Frequency {
    pub fn label(self) -> &'static str {
        match self {
            Self::Weekly => "Weekly",
            Self::Fortnightly => "Fortnightly",
            Self::Monthly => "Monthly",
            Self::Quarterly => "Quarterly",
            Self::PerMilestone => "Per milestone",
        }
    }
}

/// The channel and frequency a strategy calls for, until someone chooses:
/// manage closely → 1:1 fortnightly; keep satisfied → meeting monthly;
/// keep informed → e-mail monthly; monitor → newsletter quarterly.
pub fn default_for(strategy: Strategy) -> (Channel, Frequency) {
    match strategy {
        Strategy::ManageClosely => (Channel::OneToOne, Frequency::Fortnightly),
        Strategy::KeepSatisfied => (Channel::Meeting, Frequency::Monthly),
        Strategy::KeepInformed => (Channel::Email, Frequency::Monthly),
        Strategy::Monitor => (Channel::Newsletter, Frequency::Quarterly),
    }
}

/// The next contact with a stakeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextContact {
    /// Due on this day.
    Due(Day),
    /// Never contacted: due now.
    FirstContact,
    /// Per milestone, and no linked initiative has a due day still to come.
    NoMilestone,
}

impl NextContact {
    /// The day it is due, with a first contact due `today`.
    pub fn day(self, today: Day) -> Option<Day> {
        match self {
            Self::Due(day) => Some(day),
            Self::FirstContact => Some(today),
            Self::NoMilestone => None,
        }
    }
}

impl Stakeholder {
    /// The channel used: the chosen one, else the strategy's; and whether it is the default.
    pub fn channel(&self) -> (Channel, bool) {
        match self.communication.channel {
            Some(channel) => (channel, false),
            None => (default_for(self.strategy().strategy).0, true),
        }
    }

    /// The channel's name as people read it ("1:1", or the other channel's name).
    pub fn channel_label(&self) -> String {
        match self.channel().0 {
            Channel::Other if !self.communication.channel_other.trim().is_empty() => self.communication.channel_other.clone(),
            channel => channel.label().to_string(),
        }
    }

    /// The frequency used: the chosen one, else the strategy's; and whether it is the default.
    pub fn frequency(&self) -> (Frequency, bool) {
        match self.communication.frequency {
            Some(frequency) => (frequency, false),
            None => (default_for(self.strategy().strategy).1, true),
        }
    }

    /// When they are next to be contacted: the last contact plus the
    /// frequency (a month later is the same day of the month, or its last
    /// day); per milestone, the earliest due day after the last contact of
    /// their linked initiatives that are not done (`initiatives` are the
    /// linked plan's).
    pub fn next_contact(&self, initiatives: &[Initiative]) -> NextContact {
        let last = self.communication.last_contact;
        let (frequency, _) = self.frequency();
        let Some(last) = last.filter(|_| frequency != Frequency::PerMilestone) else {
            return match frequency {
                Frequency::PerMilestone => next_milestone(&self.initiative_ids, initiatives, last),
                _ => NextContact::FirstContact,
            };
        };
        NextContact::Due(match frequency {
            Frequency::Weekly => last.plus_days(7),
            Frequency::Fortnightly => last.plus_days(14),
            Frequency::Monthly => last.plus_months(1),
            Frequency::Quarterly => last.plus_months(3),
            Frequency::PerMilestone => unreachable!("handled above"),
        })
    }
}

fn next_milestone(linked: &[InitiativeId], initiatives: &[Initiative], last: Option<Day>) -> NextContact {
    initiatives
        .iter()
        .filter(|i| linked.contains(&i.id) && i.status != InitiativeStatus::Done)
        .filter_map(|i| i.due)
        .filter(|due| last.is_none_or(|last| *due > last))
        .min()
        .map_or(NextContact::NoMilestone, NextContact::Due)
}

/// A stakeholder whose contact is due by the end of this week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueContact {
    pub stakeholder_id: StakeholderId,
    pub next: NextContact,
    /// Due before today (a first contact is due today, not overdue).
    pub overdue: bool,
}

/// Whom to contact by Sunday of `today`'s week: the overdue first, then by
/// due day, then never contacted; ties keep map order.
pub fn due_this_week(map: &StakeholderMap, initiatives: &[Initiative], today: Day) -> Vec<DueContact> {
    let sunday = today.plus_days(6 - today.weekday() as i32);
    let mut due: Vec<(Day, DueContact)> = map
        .stakeholders
        .iter()
        .filter_map(|s| {
            let next = s.next_contact(initiatives);
            let day = next.day(today).filter(|d| *d <= sunday)?;
            let overdue = matches!(next, NextContact::Due(d) if d < today);
            Some((day, DueContact { stakeholder_id: s.id.clone(), next, overdue }))
        })
        .collect();
    due.sort_by_key(|(day, c)| (*day, matches!(c.next, NextContact::FirstContact)));
    due.into_iter().map(|(_, c)| c).collect()
}

/// The stakeholders whose contact is overdue (due before `today`), most overdue first.
pub fn overdue(map: &StakeholderMap, initiatives: &[Initiative], today: Day) -> Vec<DueContact> {
    due_this_week(map, initiatives, today).into_iter().filter(|c| c.overdue).collect()
}

mod wording;

#[cfg(test)]
mod tests;
