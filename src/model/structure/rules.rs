//! Rules over a plan's structure: RACI, dependency cycles, progress roll-up,
//! dates outside the plan's horizon, which initiatives serve which
//! objective, and what each picker may offer.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::alignment::DepartmentObjective;
use super::objective::{Initiative, Objective, Raci};
use crate::model::entity::find;
use crate::model::ids::{DepartmentId, InitiativeId, ObjectiveId};
use crate::model::plan::{Department, Horizon, Plan};
use crate::model::time::Day;

/// A broken RACI rule of one initiative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RaciProblem {
    NoAccountable,
    SeveralAccountable(usize),
    NoResponsible,
    /// The lead department (named) is only Consulted or Informed: it leads
    /// work it neither does nor answers for.
    LeadNotOwning { lead: String, role: Raci },
}

impl fmt::Display for RaciProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoAccountable => f.write_str("No department is Accountable: exactly one must be."),
            Self::SeveralAccountable(n) => write!(f, "{n} departments are Accountable: exactly one must be."),
            Self::NoResponsible => f.write_str("No department is Responsible: at least one must be."),
            Self::LeadNotOwning { lead, role } => {
                let role = if *role == Raci::Consulted { "Consulted" } else { "Informed" };
                write!(f, "{lead} leads this initiative but is only {role}: the lead should be Responsible or Accountable.")
            }
        }
    }
}

/// What is wrong with an initiative's RACI roles (nothing, when empty); the
/// plan names its lead department.
pub fn raci_problems(plan: &Plan, initiative: &Initiative) -> Vec<RaciProblem> {
    raci_problems_naming(initiative, |id| plan.department_name(id))
}

/// The same, naming departments with `name_of` (a view that has the names
/// at hand need not read the whole plan for each initiative).
pub fn raci_problems_naming(initiative: &Initiative, name_of: impl Fn(&DepartmentId) -> String) -> Vec<RaciProblem> {
    let count = |role| initiative.raci.values().filter(|r| **r == role).count();
    let mut problems = Vec::new();
    match count(Raci::Accountable) {
        0 => problems.push(RaciProblem::NoAccountable),
        1 => {}
        n => problems.push(RaciProblem::SeveralAccountable(n)),
    }
    if count(Raci::Responsible) == 0 {
        problems.push(RaciProblem::NoResponsible);
    }
    // A lead without a role yet is left to the rules above; a lead given a
    // role that neither does nor answers for the work contradicts leading it.
    let lead = initiative.lead_department.as_ref().and_then(|lead| Some((lead, *initiative.raci.get(lead)?)));
    if let Some((lead, role @ (Raci::Consulted | Raci::Informed))) = lead {
        problems.push(RaciProblem::LeadNotOwning { lead: name_of(lead), role });
    }
    problems
}

/// An initiative's day that falls outside the plan's horizon: a warning, not
/// a refusal (the horizon may be what needs to move).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HorizonWarning {
    StartsBefore { start: Day, horizon_start: Day },
    StartsAfter { start: Day, horizon_end: Day },
    DueBefore { due: Day, horizon_start: Day },
    DueAfter { due: Day, horizon_end: Day },
}

impl fmt::Display for HorizonWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::StartsBefore { start, horizon_start } => write!(f, "Starts {start}, before the plan's horizon begins ({horizon_start})."),
            Self::StartsAfter { start, horizon_end } => write!(f, "Starts {start}, after the plan's horizon ends ({horizon_end})."),
            Self::DueBefore { due, horizon_start } => write!(f, "Due {due}, before the plan's horizon begins ({horizon_start})."),
            Self::DueAfter { due, horizon_end } => write!(f, "Due {due}, after the plan's horizon ends ({horizon_end})."),
        }
    }
}

/// Where an initiative's start and due days fall outside `horizon`, start
/// first (nothing when they are inside, unset, or the horizon is open).
pub fn outside_horizon(horizon: &Horizon, initiative: &Initiative) -> Vec<HorizonWarning> {
    let mut warnings = Vec::new();
    if let Some(start) = initiative.start {
        match (horizon.start, horizon.end) {
            (Some(horizon_start), _) if start < horizon_start => warnings.push(HorizonWarning::StartsBefore { start, horizon_start }),
            (_, Some(horizon_end)) if start > horizon_end => warnings.push(HorizonWarning::StartsAfter { start, horizon_end }),
            _ => {}
        }
    }
    if let Some(due) = initiative.due {
        match (horizon.start, horizon.end) {
            (Some(horizon_start), _) if due < horizon_start => warnings.push(HorizonWarning::DueBefore { due, horizon_start }),
            (_, Some(horizon_end)) if due > horizon_end => warnings.push(HorizonWarning::DueAfter { due, horizon_end }),
            _ => {}
        }
    }
    warnings
}

/// The cycle that `from` depending on `to` would close, as initiative ids
/// from `from` back to `from` (`None` when the dependency is safe).
pub fn dependency_cycle(initiatives: &[Initiative], from: &InitiativeId, to: &InitiativeId) -> Option<Vec<InitiativeId>> {
    let edges: BTreeMap<&InitiativeId, &[InitiativeId]> = initiatives.iter().map(|i| (&i.id, i.depends_on.as_slice())).collect();
    // A path from `to` to `from` along existing dependencies closes the cycle.
    let mut path = vec![to.clone()];
    let mut seen = BTreeSet::new();
    fn walk(edges: &BTreeMap<&InitiativeId, &[InitiativeId]>, target: &InitiativeId, path: &mut Vec<InitiativeId>, seen: &mut BTreeSet<InitiativeId>) -> bool {
        let Some(here) = path.last().cloned() else { return false };
        if here == *target {
            return true;
        }
        if !seen.insert(here.clone()) {
            return false;
        }
        for next in edges.get(&here).copied().unwrap_or(&[]) {
            path.push(next.clone());
            if walk(edges, target, path, seen) {
                return true;
            }
            path.pop();
        }
        false
    }
    if walk(&edges, from, &mut path, &mut seen) {
        let mut cycle = vec![from.clone()];
        cycle.extend(path);
        Some(cycle)
    } else {
        None
    }
}

/// Average progress of initiatives, each counting once (0 when there are none).
pub fn rolled_up_progress<'a>(initiatives: impl IntoIterator<Item = &'a Initiative>) -> u8 {
    let (sum, count) = initiatives.into_iter().fold((0u32, 0u32), |(s, c), i| (s + u32::from(i.progress.min(100)), c + 1));
    (sum + count / 2).checked_div(count).unwrap_or(0) as u8
}

/// The initiatives serving one objective, in plan order.
pub fn initiatives_under<'a>(plan: &'a Plan, objective_id: &'a ObjectiveId) -> impl Iterator<Item = &'a Initiative> + 'a {
    plan.initiatives.iter().filter(move |i| i.objective_id == *objective_id)
}

/// The initiatives whose objective is not in the plan (none chosen yet, or
/// it was removed in another copy of the plan), in plan order: each needs one.
pub fn orphan_initiatives(plan: &Plan) -> impl Iterator<Item = &Initiative> {
    plan.initiatives.iter().filter(|i| !plan.objectives.iter().any(|o| o.id == i.objective_id))
}

/// The initiatives that break a RACI rule, in plan order.
pub fn initiatives_breaking_raci(plan: &Plan) -> impl Iterator<Item = &Initiative> {
    plan.initiatives.iter().filter(|i| !raci_problems(plan, i).is_empty())
}

/// The initiatives grouped by the objective they serve: every objective in
/// plan order (one without initiatives too), then, when there are any, the
/// initiatives under no objective (`None`), so each shows exactly once.
pub fn initiatives_by_objective(plan: &Plan) -> Vec<(Option<&Objective>, Vec<&Initiative>)> {
    let mut groups: Vec<_> = plan.objectives.iter().map(|o| (Some(o), initiatives_under(plan, &o.id).collect())).collect();
    let orphans: Vec<_> = orphan_initiatives(plan).collect();
    if !orphans.is_empty() {
        groups.push((None, orphans));
    }
    groups
}

/// The departments that may be ticked as contributing to an initiative, in
/// plan order: all but its lead, who does the work already.
pub fn contributor_candidates<'a>(plan: &'a Plan, initiative: &'a Initiative) -> impl Iterator<Item = &'a Department> + 'a {
    plan.departments.iter().filter(move |d| initiative.lead_department.as_ref() != Some(&d.id))
}

/// The initiatives an initiative depends on, in the order they were added;
/// one no longer in the plan is left out.
pub fn dependencies_of<'a>(plan: &'a Plan, initiative: &'a Initiative) -> impl Iterator<Item = &'a Initiative> + 'a {
    initiative.depends_on.iter().filter_map(|id| find(&plan.initiatives, id))
}

/// The initiatives an initiative may come to depend on, in plan order: any
/// other it does not depend on yet. One that would close a loop is offered
/// too and refused by name when chosen (see [`dependency_cycle`]).
pub fn dependency_candidates<'a>(plan: &'a Plan, initiative: &'a Initiative) -> impl Iterator<Item = &'a Initiative> + 'a {
    plan.initiatives.iter().filter(move |i| i.id != initiative.id && !initiative.depends_on.contains(&i.id))
}

/// One department's own objectives, in plan order.
pub fn objectives_of_department<'a>(plan: &'a Plan, department_id: &'a DepartmentId) -> impl Iterator<Item = &'a DepartmentObjective> + 'a {
    plan.department_objectives.iter().filter(move |o| o.department_id == *department_id)
}

/// Whether a department has an objective aligned to the plan's; one without
/// is flagged.
pub fn has_aligned_objective(plan: &Plan, department_id: &DepartmentId) -> bool {
    objectives_of_department(plan, department_id).any(|o| o.aligned_to.is_some())
}

/// The plan objective a new department objective serves at first: the
/// plan's only objective when it has just one (there is nothing to choose);
/// otherwise none, until the department chooses.
pub fn default_alignment(plan: &Plan) -> Option<ObjectiveId> {
    match plan.objectives.as_slice() {
        [only] => Some(only.id.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{self, bare_plan, day, department_objective, objective, plan_with_roles};

    fn initiative(id: &str, depends_on: &[&str]) -> Initiative {
        let mut initiative = testing::initiative(id, "o", id);
        initiative.depends_on = depends_on.iter().map(|d| (*d).into()).collect();
        initiative
    }

    #[test]
    fn initiatives_sit_under_their_objective_or_wait_for_one() {
        let mut plan = bare_plan();
        plan.objectives = vec![objective("o1", "Answer fast"), objective("o2", "Cut costs")];
        plan.initiatives = vec![
            testing::initiative("a", "o1", "Inbox"),
            testing::initiative("b", "gone", "Orphan"),
            testing::initiative("c", "o1", "Rota"),
            testing::initiative("d", "", "Never placed"),
        ];
        let ids = |list: Vec<&Initiative>| list.into_iter().map(|i| i.id.to_string()).collect::<Vec<_>>();
        assert_eq!(ids(initiatives_under(&plan, &"o1".into()).collect()), ["a", "c"]);
        assert!(initiatives_under(&plan, &"o2".into()).next().is_none());
        assert_eq!(ids(orphan_initiatives(&plan).collect()), ["b", "d"]);
    }

    #[test]
    fn raci_needs_one_accountable_and_a_responsible() {
        let plan = bare_plan();
        let mut i = initiative("i", &[]);
        assert_eq!(raci_problems(&plan, &i), vec![RaciProblem::NoAccountable, RaciProblem::NoResponsible]);
        i.raci.insert("fin".into(), Raci::Accountable);
        i.raci.insert("it".into(), Raci::Responsible);
        assert!(raci_problems(&plan, &i).is_empty());
        i.raci.insert("hr".into(), Raci::Accountable);
        assert_eq!(raci_problems(&plan, &i), vec![RaciProblem::SeveralAccountable(2)]);
    }

    #[test]
    fn a_lead_only_consulted_or_informed_is_flagged_by_name() {
        let mut plan = plan_with_roles();
        let (cs, finance, it) = (plan.departments[0].id.clone(), plan.departments[1].id.clone(), plan.departments[2].id.clone());
        let lead = |plan: &mut Plan, id: &DepartmentId, role: Option<Raci>| {
            let i = &mut plan.initiatives[0];
            i.lead_department = Some(id.clone());
            match role {
                Some(role) => i.raci.insert(id.clone(), role),
                None => i.raci.remove(id),
            };
            raci_problems(plan, &plan.initiatives[0])
        };
        assert!(lead(&mut plan, &finance, Some(Raci::Accountable)).is_empty(), "leads and answers for it");
        assert!(lead(&mut plan, &cs, Some(Raci::Responsible)).is_empty(), "leads and does the work");
        assert!(lead(&mut plan, &it, None).is_empty(), "no role yet: nothing contradicts leading");
        let informed = lead(&mut plan, &it, Some(Raci::Informed));
        assert_eq!(informed, [RaciProblem::LeadNotOwning { lead: plan.departments[2].name.clone(), role: Raci::Informed }]);
        assert_eq!(informed[0].to_string(), format!("{} leads this initiative but is only Informed: the lead should be Responsible or Accountable.", plan.departments[2].name));
        let consulted = lead(&mut plan, &it, Some(Raci::Consulted));
        assert!(consulted[0].to_string().contains("is only Consulted"));
        assert_eq!(titles(initiatives_breaking_raci(&plan)), ["Shared inbox"]);
    }

    #[test]
    fn days_outside_the_horizon_are_warned_about() {
        let horizon = Horizon { start: Some(day("2027-01-01")), end: Some(day("2027-12-31")) };
        let mut i = initiative("i", &[]);
        assert!(outside_horizon(&horizon, &i).is_empty(), "no days yet");
        (i.start, i.due) = (Some(day("2027-01-01")), Some(day("2027-12-31")));
        assert!(outside_horizon(&horizon, &i).is_empty(), "the horizon's own first and last days are inside");
        i.due = Some(day("2028-01-31"));
        assert_eq!(outside_horizon(&horizon, &i), [HorizonWarning::DueAfter { due: day("2028-01-31"), horizon_end: day("2027-12-31") }]);
        assert_eq!(outside_horizon(&horizon, &i)[0].to_string(), "Due 2028-01-31, after the plan's horizon ends (2027-12-31).");
        i.start = Some(day("2026-12-01"));
        let both: Vec<String> = outside_horizon(&horizon, &i).iter().map(ToString::to_string).collect();
        assert_eq!(both, ["Starts 2026-12-01, before the plan's horizon begins (2027-01-01).", "Due 2028-01-31, after the plan's horizon ends (2027-12-31)."]);
        (i.start, i.due) = (Some(day("2028-02-01")), Some(day("2026-06-30")));
        assert_eq!(outside_horizon(&horizon, &i), [
            HorizonWarning::StartsAfter { start: day("2028-02-01"), horizon_end: day("2027-12-31") },
            HorizonWarning::DueBefore { due: day("2026-06-30"), horizon_start: day("2027-01-01") },
        ]);
    }

    #[test]
    fn an_open_horizon_warns_only_about_the_end_it_has() {
        let mut i = initiative("i", &[]);
        (i.start, i.due) = (Some(day("2020-01-01")), Some(day("2030-01-01")));
        assert!(outside_horizon(&Horizon::default(), &i).is_empty());
        let ends = Horizon { start: None, end: Some(day("2027-12-31")) };
        assert_eq!(outside_horizon(&ends, &i), [HorizonWarning::DueAfter { due: day("2030-01-01"), horizon_end: day("2027-12-31") }]);
        let starts = Horizon { start: Some(day("2027-01-01")), end: None };
        assert_eq!(outside_horizon(&starts, &i), [HorizonWarning::StartsBefore { start: day("2020-01-01"), horizon_start: day("2027-01-01") }]);
    }

    #[test]
    fn finds_the_cycle_a_dependency_would_close() {
        let all = [initiative("a", &["b"]), initiative("b", &["c"]), initiative("c", &[])];
        assert_eq!(dependency_cycle(&all, &"c".into(), &"a".into()), Some(vec!["c".into(), "a".into(), "b".into(), "c".into()]));
        assert_eq!(dependency_cycle(&all, &"a".into(), &"c".into()), None);
        assert_eq!(dependency_cycle(&all, &"a".into(), &"a".into()), Some(vec!["a".into(), "a".into()]));
    }

    #[test]
    fn progress_rolls_up_as_an_average() {
        let mut a = initiative("a", &[]);
        let mut b = initiative("b", &[]);
        a.progress = 100;
        b.progress = 25;
        assert_eq!(rolled_up_progress([&a, &b]), 63);
        assert_eq!(rolled_up_progress([]), 0);
    }

    fn titles<'a>(list: impl IntoIterator<Item = &'a Initiative>) -> Vec<&'a str> {
        list.into_iter().map(|i| i.title.as_str()).collect()
    }

    #[test]
    fn counts_the_initiatives_breaking_raci() {
        let mut plan = plan_with_roles();
        assert_eq!(initiatives_breaking_raci(&plan).count(), 0);
        plan.initiatives.push(testing::initiative("i2", "o1", "Rota"));
        assert_eq!(titles(initiatives_breaking_raci(&plan)), ["Rota"]);
    }

    #[test]
    fn groups_initiatives_by_objective_with_the_orphans_last() {
        let mut plan = bare_plan();
        plan.objectives = vec![objective("o1", "Answer fast"), objective("o2", "Cut costs")];
        plan.initiatives = vec![testing::initiative("a", "o1", "Inbox"), testing::initiative("b", "gone", "Orphan")];
        let groups: Vec<_> =
            initiatives_by_objective(&plan).into_iter().map(|(o, list)| (o.map(|o| o.title.as_str()), titles(list))).collect();
        assert_eq!(groups, [(Some("Answer fast"), vec!["Inbox"]), (Some("Cut costs"), vec![]), (None, vec!["Orphan"])]);
        plan.initiatives.pop();
        assert_eq!(initiatives_by_objective(&plan).len(), 2, "no group for orphans when there are none");
    }

    #[test]
    fn the_lead_is_not_offered_as_a_contributor() {
        let mut plan = plan_with_roles();
        let names = |plan: &Plan| contributor_candidates(plan, &plan.initiatives[0]).map(|d| d.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&plan).len(), plan.departments.len(), "no lead yet: every department");
        plan.initiatives[0].lead_department = Some(plan.departments[1].id.clone());
        let offered = names(&plan);
        assert_eq!(offered.len(), plan.departments.len() - 1);
        assert!(!offered.contains(&plan.departments[1].name));
    }

    #[test]
    fn offers_as_dependencies_the_others_not_yet_depended_on() {
        let mut plan = bare_plan();
        plan.initiatives = vec![initiative("a", &["c", "gone"]), initiative("b", &[]), initiative("c", &["a"])];
        assert_eq!(titles(dependencies_of(&plan, &plan.initiatives[0])), ["c"]);
        assert_eq!(titles(dependency_candidates(&plan, &plan.initiatives[0])), ["b"]);
        // "a" would close a loop; it is offered and refused by name when chosen.
        assert_eq!(titles(dependency_candidates(&plan, &plan.initiatives[1])), ["a", "c"]);
    }

    #[test]
    fn department_objectives_and_their_alignment() {
        let mut plan = bare_plan();
        let (cs, finance) = (plan.departments[0].id.clone(), plan.departments[1].id.clone());
        let own = |id: &str, department_id: &DepartmentId, aligned_to: Option<&str>| DepartmentObjective {
            aligned_to: aligned_to.map(Into::into),
            ..department_objective(id, department_id.as_str(), id)
        };
        plan.department_objectives = vec![own("d1", &cs, None), own("d2", &finance, Some("o1")), own("d3", &cs, None)];
        let ids: Vec<_> = objectives_of_department(&plan, &cs).map(|o| o.id.to_string()).collect();
        assert_eq!(ids, ["d1", "d3"]);
        assert!(!has_aligned_objective(&plan, &cs));
        assert!(has_aligned_objective(&plan, &finance));
        assert!(!has_aligned_objective(&plan, &plan.departments[2].id), "none at all");
    }

    #[test]
    fn a_new_department_objective_serves_the_only_plan_objective() {
        let mut plan = bare_plan();
        assert_eq!(default_alignment(&plan), None);
        plan.objectives.push(objective("o1", "Answer fast"));
        assert_eq!(default_alignment(&plan), Some("o1".into()));
        plan.objectives.push(objective("o2", "Cut costs"));
        assert_eq!(default_alignment(&plan), None, "two to choose from");
    }
}
