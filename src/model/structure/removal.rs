//! Taking things out of a plan's structure so that they can be put back:
//! what a delete removed, with places, for its undo.

use super::alignment::{DepartmentObjective, InformationNeed};
use super::objective::{Initiative, Objective};
use crate::model::plan::Plan;
use crate::model::time::Timestamp;

/// What a delete took away, with places, to put it back.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Removed {
    pub objective: Option<(usize, Objective)>,
    /// Removed initiatives with their former index, in ascending order.
    pub initiatives: Vec<(usize, Initiative)>,
    /// `(initiative, dependency)` pairs dropped because the dependency went.
    pub links: Vec<(String, String)>,
    /// Department objectives that were aligned to the deleted objective, with their `updated_at` then.
    pub alignments: Vec<(String, Timestamp)>,
    pub department_objective: Option<(usize, DepartmentObjective)>,
    pub information_need: Option<(usize, InformationNeed)>,
}

/// Removes these initiatives and every dependency on them, remembering both.
pub(super) fn remove_initiatives(plan: &mut Plan, ids: &[String]) -> Removed {
    let mut removed = Removed::default();
    let mut n = 0;
    plan.initiatives.retain(|i| {
        let keep = !ids.contains(&i.id);
        if !keep {
            removed.initiatives.push((n, i.clone()));
        }
        n += 1;
        keep
    });
    for i in &mut plan.initiatives {
        for gone in i.depends_on.iter().filter(|d| ids.contains(d)) {
            removed.links.push((i.id.clone(), gone.clone()));
        }
        i.depends_on.retain(|d| !ids.contains(d));
    }
    removed
}

/// Puts deleted items back at their places, keeping edits made since.
pub(super) fn restore(plan: &mut Plan, removed: Removed) {
    let restored_objective = removed.objective.as_ref().map(|(_, o)| o.id.clone());
    if let Some((at, objective)) = removed.objective {
        if !plan.objectives.iter().any(|o| o.id == objective.id) {
            plan.objectives.insert(at.min(plan.objectives.len()), objective);
        }
    }
    for (at, initiative) in removed.initiatives {
        if !plan.initiatives.iter().any(|i| i.id == initiative.id) {
            plan.initiatives.insert(at.min(plan.initiatives.len()), initiative);
        }
    }
    for (from, to) in removed.links {
        if let Some(i) = plan.initiatives.iter_mut().find(|i| i.id == from) {
            if !i.depends_on.contains(&to) {
                i.depends_on.push(to);
            }
        }
    }
    if let Some(objective_id) = restored_objective {
        for (id, updated_at) in removed.alignments {
            if let Some(d) = plan.department_objectives.iter_mut().find(|d| d.id == id && d.aligned_to.is_none()) {
                d.aligned_to = Some(objective_id.clone());
                d.updated_at = updated_at;
            }
        }
    }
    if let Some((at, d)) = removed.department_objective {
        if !plan.department_objectives.iter().any(|x| x.id == d.id) {
            plan.department_objectives.insert(at.min(plan.department_objectives.len()), d);
        }
    }
    if let Some((at, n)) = removed.information_need {
        if !plan.information_needs.iter().any(|x| x.id == n.id) {
            plan.information_needs.insert(at.min(plan.information_needs.len()), n);
        }
    }
}
