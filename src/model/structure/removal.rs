//! Taking things out of a plan's structure so that they can be put back:
//! what a delete removed, with places, for its undo.

use super::alignment::{DepartmentObjective, InformationNeed};
use super::objective::{Initiative, Objective};
use crate::model::entity::{self, Removed};
use crate::model::ids::{DepartmentObjectiveId, InitiativeId, ObjectiveId};
use crate::model::plan::Plan;
use crate::model::time::Timestamp;

/// What a delete took away, with places, to put it back.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Deleted {
    pub objective: Option<Removed<Objective>>,
    /// Removed initiatives with their former places, in ascending order.
    pub initiatives: Vec<Removed<Initiative>>,
    /// `(initiative, dependency)` pairs dropped because the dependency went.
    pub links: Vec<(InitiativeId, InitiativeId)>,
    /// Department objectives that were aligned to the deleted objective, with their `updated_at` then.
    pub alignments: Vec<(DepartmentObjectiveId, Timestamp)>,
    pub department_objective: Option<Removed<DepartmentObjective>>,
    pub information_need: Option<Removed<InformationNeed>>,
}

/// Removes the objective with its initiatives; the objectives of departments
/// aligned to it are no longer aligned (stamped `now`).
pub(super) fn remove_objective(plan: &mut Plan, removed: Removed<Objective>, now: Timestamp) -> Deleted {
    let id = removed.item.id.clone();
    let ids: Vec<InitiativeId> = plan.initiatives.iter().filter(|i| i.objective_id == id).map(|i| i.id.clone()).collect();
    let mut deleted = remove_initiatives(plan, &ids);
    for d in plan.department_objectives.iter_mut().filter(|d| d.aligned_to.as_ref() == Some(&id)) {
        d.aligned_to = None;
        deleted.alignments.push((d.id.clone(), std::mem::replace(&mut d.updated_at, now)));
    }
    deleted.objective = Some(removed);
    deleted
}

/// Removes these initiatives and every dependency on them, remembering both.
pub(super) fn remove_initiatives(plan: &mut Plan, ids: &[InitiativeId]) -> Deleted {
    let mut deleted = Deleted::default();
    let mut n = 0;
    plan.initiatives.retain(|i| {
        let keep = !ids.contains(&i.id);
        if !keep {
            deleted.initiatives.push(Removed { item: i.clone(), at: n });
        }
        n += 1;
        keep
    });
    for i in &mut plan.initiatives {
        for gone in i.depends_on.iter().filter(|d| ids.contains(d)) {
            deleted.links.push((i.id.clone(), gone.clone()));
        }
        i.depends_on.retain(|d| !ids.contains(d));
    }
    deleted
}

/// Puts deleted items back at their places, keeping edits made since.
pub(super) fn restore(plan: &mut Plan, deleted: Deleted) {
    let restored_objective: Option<ObjectiveId> = deleted.objective.as_ref().map(|o| o.item.id.clone());
    if let Some(objective) = deleted.objective {
        entity::restore(&mut plan.objectives, objective);
    }
    for initiative in deleted.initiatives {
        entity::restore(&mut plan.initiatives, initiative);
    }
    for (from, to) in deleted.links {
        if let Some(i) = plan.initiatives.iter_mut().find(|i| i.id == from) {
            if !i.depends_on.contains(&to) {
                i.depends_on.push(to);
            }
        }
    }
    if let Some(objective_id) = restored_objective {
        for (id, updated_at) in deleted.alignments {
            if let Some(d) = plan.department_objectives.iter_mut().find(|d| d.id == id && d.aligned_to.is_none()) {
                d.aligned_to = Some(objective_id.clone());
                d.updated_at = updated_at;
            }
        }
    }
    if let Some(d) = deleted.department_objective {
        entity::restore(&mut plan.department_objectives, d);
    }
    if let Some(n) = deleted.information_need {
        entity::restore(&mut plan.information_needs, n);
    }
}
