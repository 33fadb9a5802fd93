//! Taking things out of a plan's structure so that they can be put back:
//! what a delete removed (for its undo), and every reference to a department
//! that is removed from the plan.

use super::alignment::{DepartmentObjective, InformationNeed};
use super::objective::{Initiative, Objective, Raci};
use super::plan::Plan;
use super::time::Timestamp;

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

/// What of a plan's structure pointed at a department, taken out when the
/// department is removed and put back when the removal is undone.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DepartmentLinks {
    /// Objectives it owned.
    owned: Vec<String>,
    /// Initiatives it led.
    led: Vec<String>,
    /// Initiatives it contributed to, with its place in the list.
    contributed: Vec<(String, usize)>,
    /// Its role per initiative.
    roles: Vec<(String, Raci)>,
    /// Its own objectives, and information needs it had or met, with places.
    objectives: Vec<(usize, DepartmentObjective)>,
    needs: Vec<(usize, InformationNeed)>,
    /// Rounds it had to sign off, with its place in the list.
    required: Vec<(String, usize)>,
    /// Decisions it took part in, actions it owned, updates addressed to it.
    decided: Vec<(String, usize)>,
    actions: Vec<String>,
    addressed: Vec<(String, usize)>,
}

/// Takes `id` out of a list of department ids; its place, if it was there.
fn take_out(list: &mut Vec<String>, id: &str) -> Option<usize> {
    let at = list.iter().position(|d| d == id)?;
    list.remove(at);
    Some(at)
}

/// Puts `id` back into a list at its old place, once.
fn put_back(list: &mut Vec<String>, id: &str, at: usize) {
    if !list.iter().any(|d| d == id) {
        list.insert(at.min(list.len()), id.to_string());
    }
}

/// Takes every reference to department `id` out of the plan's structure.
pub fn detach_department(plan: &mut Plan, id: &str) -> DepartmentLinks {
    let mut links = DepartmentLinks::default();
    for o in plan.objectives.iter_mut().filter(|o| o.owner_department.as_deref() == Some(id)) {
        o.owner_department = None;
        links.owned.push(o.id.clone());
    }
    for i in &mut plan.initiatives {
        if i.lead_department.as_deref() == Some(id) {
            i.lead_department = None;
            links.led.push(i.id.clone());
        }
        if let Some(at) = i.contributing_departments.iter().position(|d| d == id) {
            i.contributing_departments.remove(at);
            links.contributed.push((i.id.clone(), at));
        }
        if let Some(role) = i.raci.remove(id) {
            links.roles.push((i.id.clone(), role));
        }
    }
    let mut n = 0;
    plan.department_objectives.retain(|d| {
        n += 1;
        let keep = d.department_id != id;
        if !keep {
            links.objectives.push((n - 1, d.clone()));
        }
        keep
    });
    let mut n = 0;
    plan.information_needs.retain(|need| {
        n += 1;
        let keep = need.from_department != id && need.to_department != id;
        if !keep {
            links.needs.push((n - 1, need.clone()));
        }
        keep
    });
    // Rounds, decisions, actions and updates are live references too. What
    // the department said (comments, sign-offs) stays as it was: a record.
    for round in &mut plan.approval_rounds {
        if let Some(at) = take_out(&mut round.required_departments, id) {
            links.required.push((round.id.clone(), at));
        }
    }
    for decision in &mut plan.decisions {
        if let Some(at) = take_out(&mut decision.departments, id) {
            links.decided.push((decision.id.clone(), at));
        }
        for action in decision.actions.iter_mut().filter(|a| a.owner_department.as_deref() == Some(id)) {
            action.owner_department = None;
            links.actions.push(action.id.clone());
        }
    }
    for update in &mut plan.updates {
        if let Some(at) = take_out(&mut update.departments, id) {
            links.addressed.push((update.id.clone(), at));
        }
    }
    links
}

/// Puts back what [`detach_department`] took out, where the items still exist.
pub fn reattach_department(plan: &mut Plan, id: &str, links: DepartmentLinks) {
    for o in plan.objectives.iter_mut().filter(|o| links.owned.contains(&o.id) && o.owner_department.is_none()) {
        o.owner_department = Some(id.to_string());
    }
    for i in &mut plan.initiatives {
        if links.led.contains(&i.id) && i.lead_department.is_none() {
            i.lead_department = Some(id.to_string());
        }
        if let Some((_, at)) = links.contributed.iter().find(|(x, _)| *x == i.id) {
            if !i.contributing_departments.iter().any(|d| d == id) {
                i.contributing_departments.insert((*at).min(i.contributing_departments.len()), id.to_string());
            }
        }
        if let Some((_, role)) = links.roles.iter().find(|(x, _)| *x == i.id) {
            i.raci.entry(id.to_string()).or_insert(*role);
        }
    }
    for (at, d) in links.objectives {
        if !plan.department_objectives.iter().any(|x| x.id == d.id) {
            plan.department_objectives.insert(at.min(plan.department_objectives.len()), d);
        }
    }
    for (at, need) in links.needs {
        if !plan.information_needs.iter().any(|x| x.id == need.id) {
            plan.information_needs.insert(at.min(plan.information_needs.len()), need);
        }
    }
    for (round_id, at) in links.required {
        if let Some(round) = plan.approval_rounds.iter_mut().find(|r| r.id == round_id) {
            put_back(&mut round.required_departments, id, at);
        }
    }
    for decision in &mut plan.decisions {
        if let Some((_, at)) = links.decided.iter().find(|(d, _)| *d == decision.id) {
            put_back(&mut decision.departments, id, *at);
        }
        for action in decision.actions.iter_mut().filter(|a| links.actions.contains(&a.id) && a.owner_department.is_none()) {
            action.owner_department = Some(id.to_string());
        }
    }
    for update in &mut plan.updates {
        if let Some((_, at)) = links.addressed.iter().find(|(u, _)| *u == update.id) {
            put_back(&mut update.departments, id, *at);
        }
    }
}
