//! Repairs one stakeholder map after reading, forgivingly: entries with an
//! empty or repeated id are left out, a stakeholder without a name gets one,
//! and an assessment's scores and settled positions for someone no longer
//! there are left out — each said with its path. Departments and
//! initiatives are kept as they are: the plan may be in another browser.

use std::collections::BTreeSet;

use super::warning::{Repair, StakeholderRepair, Warning};
use crate::model::entity::Entity;
use crate::model::ids::{ParticipantId, StakeholderId};
use crate::model::stakeholder::{Assessment, StakeholderMap};

pub fn repair_map(map: &mut StakeholderMap, path: &str, warnings: &mut Vec<Warning>) {
    let say = |warnings: &mut Vec<Warning>, path: String, repair| warnings.push(Warning::new(path, Repair::Stakeholder(repair)));
    unique(&mut map.stakeholders, &format!("{path}.stakeholders"), warnings);
    for (n, s) in map.stakeholders.iter_mut().enumerate() {
        let at = format!("{path}.stakeholders[{n}]");
        if s.name.trim().is_empty() {
            s.name = format!("Unnamed stakeholder {}", n + 1);
            say(warnings, at.clone(), StakeholderRepair::Unnamed { called: s.name.clone() });
        }
        unique(&mut s.communication.contacts, &format!("{at}.communication.contacts"), warnings);
    }
    unique(&mut map.assessments, &format!("{path}.assessments"), warnings);
    let on_map: BTreeSet<StakeholderId> = map.stakeholders.iter().map(|s| s.id.clone()).collect();
    for (n, assessment) in map.assessments.iter_mut().enumerate() {
        let at = format!("{path}.assessments[{n}]");
        let dangling = repair_assessment(assessment, &on_map);
        for (what, count) in dangling.into_iter().filter(|(_, count)| *count > 0) {
            say(warnings, at.clone(), StakeholderRepair::Dangling { what, count });
        }
    }
}

/// Leaves out what points at someone not there; how many of each kind.
fn repair_assessment(a: &mut Assessment, on_map: &BTreeSet<StakeholderId>) -> [(&'static str, usize); 3] {
    let before = (a.stakeholder_ids.len(), a.scores.len(), a.settled.len());
    let mut seen = BTreeSet::new();
    a.stakeholder_ids.retain(|id| on_map.contains(id) && seen.insert(id.clone()));
    let mut participants = BTreeSet::new();
    a.participants.retain(|p| !p.id.is_empty() && participants.insert(p.id.clone()));
    let assessed: BTreeSet<&StakeholderId> = a.stakeholder_ids.iter().collect();
    let mut scored: BTreeSet<(ParticipantId, StakeholderId)> = BTreeSet::new();
    a.scores.retain(|s| {
        participants.contains(&s.participant_id)
            && assessed.contains(&s.stakeholder_id)
            && scored.insert((s.participant_id.clone(), s.stakeholder_id.clone()))
    });
    let mut settled = BTreeSet::new();
    a.settled.retain(|s| assessed.contains(&s.stakeholder_id) && settled.insert(s.stakeholder_id.clone()));
    [
        ("stakeholder", before.0 - a.stakeholder_ids.len()),
        ("score", before.1 - a.scores.len()),
        ("settled position", before.2 - a.settled.len()),
    ]
}

/// Leaves out entries with an empty id or one listed before, each said.
fn unique<E: Entity>(list: &mut Vec<E>, path: &str, warnings: &mut Vec<Warning>)
where
    E::Id: AsRef<str> + Ord,
{
    let mut seen = BTreeSet::new();
    let mut n = 0;
    list.retain(|e| {
        n += 1;
        let id = e.id().as_ref();
        let repair = if id.trim().is_empty() {
            StakeholderRepair::Dropped { detail: "it has no id".into() }
        } else if !seen.insert(id.to_string()) {
            StakeholderRepair::Repeated { id: id.to_string() }
        } else {
            return true;
        };
        warnings.push(Warning::new(format!("{path}[{}]", n - 1), Repair::Stakeholder(repair)));
        false
    });
}
