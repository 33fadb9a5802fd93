//! Removing a department from a plan, and undoing it: every reference to the
//! department (roles, leads, its own objectives, information needs, rounds it
//! must sign, decisions, actions and updates) is taken out with its place, so
//! nothing dangles, and put back by the undo where the items still exist. What
//! the department said (comments, sign-offs) stays: it is a record.

use crate::model::entity::{self, Removed};
use crate::model::ids::{ActionId, DecisionId, DepartmentId, InitiativeId, ObjectiveId, RoundId, UpdateId};
use crate::model::plan::Plan;
use crate::model::structure::{DepartmentObjective, InformationNeed, Raci};

/// What of a plan's structure pointed at a department, taken out when the
/// department is removed and put back when the removal is undone.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DepartmentLinks {
    /// Objectives it owned.
    owned: Vec<ObjectiveId>,
    /// Initiatives it led.
    led: Vec<InitiativeId>,
    /// Initiatives it contributed to, with its place in the list.
    contributed: Vec<(InitiativeId, usize)>,
    /// Its role per initiative.
    roles: Vec<(InitiativeId, Raci)>,
    /// Its own objectives, and information needs it had or met, with places.
    objectives: Vec<Removed<DepartmentObjective>>,
    needs: Vec<Removed<InformationNeed>>,
    /// Rounds it had to sign off, with its place in the list.
    required: Vec<(RoundId, usize)>,
    /// Decisions it took part in, actions it owned, updates addressed to it.
    decided: Vec<(DecisionId, usize)>,
    actions: Vec<ActionId>,
    addressed: Vec<(UpdateId, usize)>,
}

/// Takes `id` out of a list of department ids; its place, if it was there.
fn take_out(list: &mut Vec<DepartmentId>, id: &DepartmentId) -> Option<usize> {
    let at = list.iter().position(|d| d == id)?;
    list.remove(at);
    Some(at)
}

/// Puts `id` back into a list at its old place, once.
fn put_back(list: &mut Vec<DepartmentId>, id: &DepartmentId, at: usize) {
    if !list.contains(id) {
        list.insert(at.min(list.len()), id.clone());
    }
}

/// Takes every reference to department `id` out of the plan's structure.
pub fn detach_department(plan: &mut Plan, id: &DepartmentId) -> DepartmentLinks {
    let mut links = DepartmentLinks::default();
    let is = |d: &Option<DepartmentId>| d.as_ref() == Some(id);
    for o in plan.objectives.iter_mut().filter(|o| is(&o.owner_department)) {
        o.owner_department = None;
        links.owned.push(o.id.clone());
    }
    for i in &mut plan.initiatives {
        if is(&i.lead_department) {
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
        let keep = d.department_id != *id;
        if !keep {
            links.objectives.push(Removed { item: d.clone(), at: n - 1 });
        }
        keep
    });
    let mut n = 0;
    plan.information_needs.retain(|need| {
        n += 1;
        let keep = need.from_department != *id && need.to_department != *id;
        if !keep {
            links.needs.push(Removed { item: need.clone(), at: n - 1 });
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
        for action in decision.actions.iter_mut().filter(|a| is(&a.owner_department)) {
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
pub fn reattach_department(plan: &mut Plan, id: &DepartmentId, links: DepartmentLinks) {
    for o in plan.objectives.iter_mut().filter(|o| links.owned.contains(&o.id) && o.owner_department.is_none()) {
        o.owner_department = Some(id.clone());
    }
    for i in &mut plan.initiatives {
        if links.led.contains(&i.id) && i.lead_department.is_none() {
            i.lead_department = Some(id.clone());
        }
        if let Some((_, at)) = links.contributed.iter().find(|(x, _)| *x == i.id) {
            put_back(&mut i.contributing_departments, id, *at);
        }
        if let Some((_, role)) = links.roles.iter().find(|(x, _)| *x == i.id) {
            i.raci.entry(id.clone()).or_insert(*role);
        }
    }
    for d in links.objectives {
        entity::restore(&mut plan.department_objectives, d);
    }
    for need in links.needs {
        entity::restore(&mut plan.information_needs, need);
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
            action.owner_department = Some(id.clone());
        }
    }
    for update in &mut plan.updates {
        if let Some((_, at)) = links.addressed.iter().find(|(u, _)| *u == update.id) {
            put_back(&mut update.departments, id, *at);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::approval::ApprovalEdit;
    use crate::model::plan::PlanEdit;
    use crate::model::review::ReviewEdit;
    use crate::model::testing::{decision, follow_up, plan_update, Editing};
    use crate::model::Workspace;

    #[test]
    fn removing_a_department_takes_its_roles_and_links_and_undo_puts_them_back() {
        let mut fx = Editing::example();
        let it = fx.doc.departments[2].id.clone();
        // It must also sign off a round, took part in a decision, owns its
        // follow-up, is addressed by an update and said something.
        fx.run(ApprovalEdit::OpenRound { due: None, required: vec![] }).unwrap();
        let comment = ReviewEdit::AddComment {
            department_id: Some(it.clone()), by: "Tom".into(), on: None, round_id: None, text: "Fine".into(), objection: false,
        };
        fx.run(comment).unwrap();
        assert!(fx.doc.approval_rounds[0].required_departments.contains(&it));
        let mut buy = decision("d1", "2026-11-22", "Buy");
        buy.departments = vec![it.clone()];
        buy.actions = vec![follow_up("a1", "Order licences")];
        buy.actions[0].owner_department = Some(it.clone());
        fx.doc.decisions.push(buy);
        let mut news = plan_update("u1", "2026-11-22", "News");
        news.departments = vec![it.clone()];
        fx.doc.updates.push(news);
        let before = fx.doc.clone();
        let undo = fx.run(PlanEdit::RemoveDepartment { department_id: it.clone() }).unwrap().unwrap();
        let plan = &fx.doc;
        assert!(plan.initiatives.iter().all(|i| !i.raci.contains_key(&it) && i.lead_department.as_ref() != Some(&it) && !i.contributing_departments.contains(&it)));
        assert!(plan.department_objectives.iter().all(|d| d.department_id != it));
        assert!(plan.information_needs.iter().all(|n| n.to_department != it && n.from_department != it));
        assert!(!plan.approval_rounds[0].required_departments.contains(&it));
        assert!(plan.decisions[0].departments.is_empty() && plan.decisions[0].actions[0].owner_department.is_none());
        assert!(plan.updates[0].departments.is_empty());
        assert_eq!(plan.comments[0].department_id.as_ref(), Some(&it), "what it said stays on record");
        let mut warnings = Vec::new();
        crate::format::repair::repair(Workspace { plans: vec![plan.clone()], ..Workspace::default() }, &mut warnings).unwrap();
        assert!(warnings.is_empty(), "nothing dangles after a removal: {warnings:?}");
        fx.run(undo).unwrap();
        assert_eq!(fx.doc, before);
    }
}
