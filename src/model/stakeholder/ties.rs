//! What the plan's screens ask of its stakeholder maps: the approval tab
//! warns about key players of an initiative whose department is not asked
//! to sign off the round under way, or who are an outside party nobody is
//! asked about; the dashboard lists blockers and critics of initiatives
//! among its risks.

use super::{Attitude, Stakeholder, StakeholderMap};
use crate::model::approval::queries::current_round;
use crate::model::entity::find;
use crate::model::ids::{DepartmentId, InitiativeId, MapId, StakeholderId};
use crate::model::plan::Plan;

/// Why a key player is nobody asked in the round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unasked {
    /// Their department is not among those asked to sign off.
    Department(DepartmentId),
    /// An outside party (an organisation, or no department given).
    Outside { organisation: String },
}

/// A key player of the plan whose say is not asked for in the round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnaskedKeyPlayer {
    pub map_id: MapId,
    pub stakeholder_id: StakeholderId,
    pub name: String,
    /// The plan's initiatives they are linked to, in the plan's order.
    pub initiative_ids: Vec<InitiativeId>,
    pub why: Unasked,
}

impl UnaskedKeyPlayer {
    /// The warning in a sentence, with the plan's names.
    pub fn sentence(&self, plan: &Plan) -> String {
        let titles: Vec<String> = self.initiative_ids.iter().filter_map(|id| find(&plan.initiatives, id)).map(|i| format!("“{}”", i.title)).collect();
        let about = titles.join(", ");
        match &self.why {
            Unasked::Department(id) => {
                let department = plan.department(id).map_or("their department", |d| d.name.as_str());
                format!("{} is a key player for {about}, but {department} is not asked to sign off this round.", self.name)
            }
            Unasked::Outside { organisation } if organisation.is_empty() => {
                format!("{} is a key player for {about} from outside the plan's departments, and nobody is asked about them.", self.name)
            }
            Unasked::Outside { organisation } => {
                format!("{} ({organisation}) is a key player for {about} from outside the plan, and nobody is asked about them.", self.name)
            }
        }
    }
}

/// The key players (high power, high interest) of the plan's maps linked to
/// one of its initiatives whose department is not required in the round
/// under way, or who are outside parties; none when no round is open.
pub fn unasked_key_players(maps: &[StakeholderMap], plan: &Plan) -> Vec<UnaskedKeyPlayer> {
    let Some(round) = current_round(plan) else { return Vec::new() };
    linked_to_plan(maps, plan)
        .filter(|(_, s, _)| s.is_key_player())
        .filter_map(|(map, s, initiative_ids)| {
            let why = match &s.department_id {
                Some(id) if round.required_departments.contains(id) => return None,
                Some(id) => Unasked::Department(id.clone()),
                None => Unasked::Outside { organisation: s.organisation.trim().to_string() },
            };
            Some(UnaskedKeyPlayer { map_id: map.id.clone(), stakeholder_id: s.id.clone(), name: s.name.clone(), initiative_ids, why })
        })
        .collect()
}

/// A blocker or critic of some of the plan's initiatives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StakeholderRisk {
    pub map_id: MapId,
    pub stakeholder_id: StakeholderId,
    pub name: String,
    pub attitude: Attitude,
    pub initiative_ids: Vec<InitiativeId>,
}

/// The blockers, then the critics, of the plan's maps linked to one of its
/// initiatives: risks for the dashboard. Ties keep map order.
pub fn stakeholder_risks(maps: &[StakeholderMap], plan: &Plan) -> Vec<StakeholderRisk> {
    let mut risks: Vec<StakeholderRisk> = linked_to_plan(maps, plan)
        .filter(|(_, s, _)| s.attitude.is_against())
        .map(|(map, s, initiative_ids)| StakeholderRisk {
            map_id: map.id.clone(),
            stakeholder_id: s.id.clone(),
            name: s.name.clone(),
            attitude: s.attitude,
            initiative_ids,
        })
        .collect();
    // Blocker sorts after critic in attitude order: most against first.
    risks.sort_by_key(|r| std::cmp::Reverse(r.attitude));
    risks
}

/// Every stakeholder of the plan's maps with the plan's initiatives they are
/// linked to (ids of initiatives no longer in the plan left out), when any.
fn linked_to_plan<'a>(maps: &'a [StakeholderMap], plan: &'a Plan) -> impl Iterator<Item = (&'a StakeholderMap, &'a Stakeholder, Vec<InitiativeId>)> + 'a {
    maps.iter().filter(move |m| m.plan_id.as_ref() == Some(&plan.id)).flat_map(move |map| {
        map.stakeholders.iter().filter_map(move |s| {
            let ids: Vec<InitiativeId> =
                plan.initiatives.iter().filter(|i| s.initiative_ids.contains(&i.id)).map(|i| i.id.clone()).collect();
            (!ids.is_empty()).then_some((map, s, ids))
        })
    })
}

#[cfg(test)]
mod tests;
