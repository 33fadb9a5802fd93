//! Plans and the items of their structure, each with only what identifies
//! it; a test sets the fields it is about.

use super::{day, now};
use crate::model::example::example_plan;
use crate::model::ids::SequentialIds;
use crate::model::plan::Plan;
use crate::model::structure::{DepartmentObjective, InformationNeed, Initiative, Objective, Raci};

/// An objective with only a title.
pub fn objective(id: &str, title: &str) -> Objective {
    Objective::new(id.into(), title.into(), now())
}

/// An initiative under `objective_id` with only a title; set what a test needs.
pub fn initiative(id: &str, objective_id: &str, title: &str) -> Initiative {
    Initiative::new(id.into(), objective_id.into(), title.into(), now())
}

/// A department's own objective, aligned to no objective of the plan.
pub fn department_objective(id: &str, department_id: &str, title: &str) -> DepartmentObjective {
    DepartmentObjective {
        id: id.into(),
        department_id: department_id.into(),
        title: title.into(),
        aligned_to: None,
        updated_at: now(),
        extra: Default::default(),
    }
}

/// What department `from` needs from department `to`: not agreed yet, due on no day.
pub fn information_need(id: &str, from: &str, to: &str, what: &str) -> InformationNeed {
    InformationNeed {
        id: id.into(),
        from_department: from.into(),
        to_department: to.into(),
        what: what.into(),
        due: None,
        agreed: false,
        updated_at: now(),
        extra: Default::default(),
    }
}

/// The example plan's four departments (Customer Service, Finance, IT,
/// Marketing), with none of its structure.
pub fn bare_plan() -> Plan {
    let mut plan = example_plan(&mut SequentialIds::default(), now());
    (plan.objectives, plan.initiatives) = (vec![], vec![]);
    (plan.department_objectives, plan.information_needs) = (vec![], vec![]);
    plan
}

/// [`bare_plan`] under this id and title.
pub fn plan(id: &str, title: &str) -> Plan {
    let mut plan = bare_plan();
    (plan.id, plan.title) = (id.into(), title.into());
    plan
}

/// [`bare_plan`] with objective `o1` and initiative `i1` (due 2027-03-01), for
/// which Customer Service is Responsible and Finance Accountable.
pub fn plan_with_roles() -> Plan {
    let mut plan = bare_plan();
    let (cs, finance) = (plan.departments[0].id.clone(), plan.departments[1].id.clone());
    plan.objectives.push(objective("o1", "Answer fast"));
    let mut inbox = initiative("i1", "o1", "Shared inbox");
    inbox.due = Some(day("2027-03-01"));
    inbox.raci = [(cs, Raci::Responsible), (finance, Raci::Accountable)].into();
    plan.initiatives.push(inbox);
    plan
}
