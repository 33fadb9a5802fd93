//! The example plan a first-time visitor can open to see what a plan holds.

use serde_json::Map;

use super::structure::{DepartmentObjective, InformationNeed};
use super::ids::{DepartmentId, IdSource};
use super::structure::{Initiative, InitiativeStatus, Measure, Objective, Raci};
use super::palette::Colour;
use super::plan::{Department, Horizon, Plan, PlanStatus};
use super::time::{Day, Timestamp};

/// A realistic plan with four departments, two objectives, four initiatives
/// with valid RACI roles, department objectives and information needs.
pub fn example_plan(ids: &mut dyn IdSource, now: Timestamp) -> Plan {
    let day = |text: &str| Day::parse(text).expect("the example's days are real days");
    let mut plan = Plan::new(ids.next_id().into(), "Example: Customer-first 2027".into(), now);
    plan.vision = "Every department answers a customer within one working day, and we can show it.".into();
    plan.horizon = Horizon { start: Some(day("2027-01-01")), end: Some(day("2027-12-31")) };
    plan.status = PlanStatus::Draft;
    let people = [
        ("Customer Service", "Amara Okafor", "Leo Brandt"),
        ("Finance", "Henrik Dahl", "Sofia Marín"),
        ("IT", "Priya Nair", "Tom Keller"),
        ("Marketing", "Chloé Martin", "Jonas Weber"),
    ];
    for (n, (name, head, representative)) in people.into_iter().enumerate() {
        let mut department = Department::new(ids.next_id().into(), name.into(), Colour::nth(n).name, now);
        department.head = head.into();
        department.representative = representative.into();
        plan.departments.push(department);
    }
    let d: Vec<DepartmentId> = plan.departments.iter().map(|d| d.id.clone()).collect();
    let (cs, fin, it, mkt) = (&d[0], &d[1], &d[2], &d[3]);
    let objective = |ids: &mut dyn IdSource, title: &str, measure: (&str, f64, f64, &str), owner: &DepartmentId| Objective {
        id: ids.next_id().into(),
        title: title.into(),
        description: String::new(),
        measure: Measure { name: measure.0.into(), target: Some(measure.1), current: Some(measure.2), unit: measure.3.into() },
        owner_department: Some(owner.clone()),
        origin: None, updated_at: now,
        extra: Map::new(),
    };
    let replies = objective(ids, "Reply to every customer within one working day", ("replies within one working day", 95.0, 71.0, "%"), cs);
    let prices = objective(ids, "Prices customers understand", ("price complaints a month", 10.0, 34.0, "complaints"), mkt);
    let initiative = |ids: &mut dyn IdSource, objective: &Objective, title: &str, lead: &DepartmentId, dates: (&str, &str), roles: &[(&DepartmentId, Raci)]| Initiative {
        id: ids.next_id().into(),
        objective_id: objective.id.clone(),
        title: title.into(),
        description: String::new(),
        lead_department: Some(lead.clone()),
        contributing_departments: Vec::new(),
        start: Some(day(dates.0)),
        due: Some(day(dates.1)),
        status: InitiativeStatus::NotStarted,
        progress: 0,
        depends_on: Vec::new(),
        raci: roles.iter().map(|(d, r)| ((*d).clone(), *r)).collect(),
        origin: None, updated_at: now,
        extra: Map::new(),
    };
    let mut inbox = initiative(ids, &replies, "Shared inbox", it, ("2027-01-11", "2027-03-31"),
        &[(it, Raci::Accountable), (cs, Raci::Responsible), (fin, Raci::Informed)]);
    inbox.description = "One inbox for every customer email, with who answers what.".into();
    inbox.contributing_departments = vec![cs.clone()];
    (inbox.status, inbox.progress) = (InitiativeStatus::OnTrack, 40);
    let mut report = initiative(ids, &replies, "Weekly reply report", cs, ("2027-04-01", "2027-06-30"),
        &[(cs, Raci::Accountable), (it, Raci::Responsible), (mkt, Raci::Informed)]);
    report.depends_on = vec![inbox.id.clone()];
    let mut pricing = initiative(ids, &prices, "Pricing review", fin, ("2027-02-01", "2027-05-31"),
        &[(fin, Raci::Accountable), (mkt, Raci::Responsible), (cs, Raci::Consulted)]);
    pricing.contributing_departments = vec![mkt.clone()];
    (pricing.status, pricing.progress) = (InitiativeStatus::AtRisk, 20);
    let mut pages = initiative(ids, &prices, "New price pages", mkt, ("2027-06-01", "2027-09-30"),
        &[(mkt, Raci::Accountable), (it, Raci::Responsible), (fin, Raci::Consulted)]);
    pages.depends_on = vec![pricing.id.clone()];
    pages.contributing_departments = vec![it.clone()];
    let aligned = |ids: &mut dyn IdSource, department: &DepartmentId, title: &str, to: Option<&Objective>| DepartmentObjective {
        id: ids.next_id().into(),
        department_id: department.clone(),
        title: title.into(),
        aligned_to: to.map(|o| o.id.clone()),
        updated_at: now,
        extra: Map::new(),
    };
    plan.department_objectives = vec![
        aligned(ids, cs, "Answer 95% of emails within a day", Some(&replies)),
        aligned(ids, it, "Inbox live for every team by March", Some(&replies)),
        aligned(ids, fin, "Publish the 2027 price list by May", Some(&prices)),
        aligned(ids, mkt, "Grow newsletter sign-ups", None),
    ];
    let need = |ids: &mut dyn IdSource, from: &DepartmentId, to: &DepartmentId, what: &str, due: &str, agreed: bool| InformationNeed {
        id: ids.next_id().into(),
        from_department: from.clone(),
        to_department: to.clone(),
        what: what.into(),
        due: Some(day(due)),
        agreed,
        updated_at: now,
        extra: Map::new(),
    };
    plan.information_needs = vec![
        need(ids, mkt, fin, "pricing changes", "2027-05-15", true),
        need(ids, cs, it, "the list of open complaints by product", "2027-02-28", false),
    ];
    plan.objectives = vec![replies, prices];
    plan.initiatives = vec![inbox, report, pricing, pages];
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::SequentialIds;
    use crate::model::structure::rules::raci_problems;

    #[test]
    fn the_example_plan_has_valid_roles_and_references() {
        let plan = example_plan(&mut SequentialIds::default(), crate::model::testing::now());
        assert_eq!((plan.objectives.len(), plan.initiatives.len()), (2, 4));
        assert!(plan.initiatives.iter().all(|i| raci_problems(&plan, i).is_empty()));
        assert!(plan.initiatives.iter().all(|i| plan.objectives.iter().any(|o| o.id == i.objective_id)));
        assert_eq!(plan.department_objectives.len(), 4);
        assert_eq!(plan.information_needs.len(), 2);
    }
}
