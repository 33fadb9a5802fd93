//! The example plan a first-time visitor can open to see what a plan holds.

use super::ids::IdSource;
use super::palette::Colour;
use super::plan::{Department, Horizon, Plan, PlanStatus};

/// A realistic plan with four departments, ready to explore.
pub fn example_plan(ids: &mut dyn IdSource, now: &str) -> Plan {
    let mut plan = Plan::new(ids.next_id(), "Example: Customer-first 2027".into(), now);
    plan.vision = "Every department answers a customer within one working day, and we can show it.".into();
    plan.horizon = Horizon { start: Some("2027-01-01".into()), end: Some("2027-12-31".into()) };
    plan.status = PlanStatus::Draft;
    let people = [
        ("Customer Service", "Amara Okafor", "Leo Brandt"),
        ("Finance", "Henrik Dahl", "Sofia Marín"),
        ("IT", "Priya Nair", "Tom Keller"),
        ("Marketing", "Chloé Martin", "Jonas Weber"),
    ];
    for (n, (name, head, representative)) in people.into_iter().enumerate() {
        let mut department = Department::new(ids.next_id(), name.into(), Colour::nth(n).name, now);
        department.head = head.into();
        department.representative = representative.into();
        plan.departments.push(department);
    }
    plan
}
