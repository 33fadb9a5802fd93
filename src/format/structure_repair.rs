//! Repairs of a plan's structure read from a file: references to things that
//! are not in the plan, impossible dates. Nothing is dropped without a warning.

use std::collections::BTreeSet;

use crate::model::structure::rules::dependency_cycle;
use super::warning::Warning;
use crate::model::ids::{DepartmentId, InitiativeId, ObjectiveId};
use crate::model::Plan;

/// Fixes dangling references and bad dates in objectives, initiatives,
/// department objectives and information needs; `path` is the plan's.
pub fn repair_structure(plan: &mut Plan, path: &str, warnings: &mut Vec<Warning>) {
    let departments: BTreeSet<DepartmentId> = plan.departments.iter().map(|d| d.id.clone()).collect();
    let objectives: BTreeSet<ObjectiveId> = plan.objectives.iter().map(|o| o.id.clone()).collect();
    let initiatives: BTreeSet<InitiativeId> = plan.initiatives.iter().map(|i| i.id.clone()).collect();
    let known = |id: &DepartmentId| departments.contains(id);
    for (n, o) in plan.objectives.iter_mut().enumerate() {
        if let Some(gone) = o.owner_department.take_if(|d| !known(d)) {
            let sentence = format!("its owner department “{gone}” is not in the plan, so it was left empty.");
            warnings.push(Warning::said(format!("{path}.objectives[{n}]"), sentence).about(&o.title));
        }
    }
    for (n, i) in plan.initiatives.iter_mut().enumerate() {
        let here = format!("{path}.initiatives[{n}]");
        let said = |sentence: String| Warning::said(here.clone(), sentence).about(i.title.clone());
        if !i.objective_id.is_empty() && !objectives.contains(&i.objective_id) {
            warnings.push(said(format!(
                "its objective “{}” is not in the plan; it is kept under “Not under an objective”.",
                i.objective_id
            )));
            i.objective_id = ObjectiveId::default();
        }
        if let Some(gone) = i.lead_department.take_if(|d| !known(d)) {
            warnings.push(said(format!("its lead department “{gone}” is not in the plan, so it was left empty.")));
        }
        let mut dropped: Vec<String> = Vec::new();
        i.contributing_departments.retain(|d| known(d) || { dropped.push(d.to_string()); false });
        let id = i.id.clone();
        i.depends_on.retain(|d| (initiatives.contains(d) && *d != id) || { dropped.push(d.to_string()); false });
        let before: Vec<DepartmentId> = i.raci.keys().filter(|d| !known(d)).cloned().collect();
        for d in before {
            i.raci.remove(&d);
            dropped.push(d.to_string());
        }
        if !dropped.is_empty() {
            warnings.push(said(format!("references to “{}”, which are not in the plan, were dropped.", dropped.join("”, “"))));
        }
        if let (Some(start), Some(due)) = (i.start, i.due) {
            if due < start {
                warnings.push(said(format!("it was due ({due}) before it started ({start}), so the due date was left empty.")));
                i.due = None;
            }
        }
    }
    break_dependency_loops(plan, path, warnings);
    let mut n = 0;
    plan.department_objectives.retain_mut(|d| {
        let here = format!("{path}.department_objectives[{n}]");
        n += 1;
        if !known(&d.department_id) {
            let sentence = format!("its department “{}” is not in the plan, so it was dropped.", d.department_id);
            warnings.push(Warning::said(here, sentence).about(&d.title));
            return false;
        }
        if d.aligned_to.as_ref().is_some_and(|o| !objectives.contains(o)) {
            let sentence = "the objective it was aligned to is not in the plan, so it is now not aligned.";
            warnings.push(Warning::said(here, sentence).about(&d.title));
            d.aligned_to = None;
        }
        true
    });
    let mut n = 0;
    plan.information_needs.retain_mut(|need| {
        let here = format!("{path}.information_needs[{n}]");
        n += 1;
        for side in [&need.from_department, &need.to_department] {
            if !known(side) {
                let sentence = format!("its department “{side}” is not in the plan, so it was dropped.");
                warnings.push(Warning::said(here, sentence).about(&need.what));
                return false;
            }
        }
        true
    });
}

/// Dependencies are added back one by one; a link that would close a loop
/// (which no one could ever work through) is dropped with a warning naming it.
fn break_dependency_loops(plan: &mut Plan, path: &str, warnings: &mut Vec<Warning>) {
    let wanted: Vec<Vec<InitiativeId>> = plan.initiatives.iter_mut().map(|i| std::mem::take(&mut i.depends_on)).collect();
    for (n, links) in wanted.into_iter().enumerate() {
        for to in links {
            let from = plan.initiatives[n].id.clone();
            match dependency_cycle(&plan.initiatives, &from, &to) {
                None => plan.initiatives[n].depends_on.push(to),
                Some(cycle) => {
                    let title = |id: &InitiativeId| plan.initiatives.iter().find(|i| i.id == *id).map_or(id.to_string(), |i| i.title.clone());
                    let names: Vec<String> = cycle.iter().map(title).collect();
                    let sentence = format!("depending on “{}” closed a loop ({}), so that link was dropped.", title(&to), names.join(" → "));
                    warnings.push(Warning::said(format!("{path}.initiatives[{n}]"), sentence).about(&names[0]));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example::example_plan;
    use crate::model::ids::SequentialIds;

    #[test]
    fn keeps_orphans_and_drops_dangling_references_with_warnings() {
        let mut plan = example_plan(&mut SequentialIds::default(), crate::model::testing::now());
        let clean = plan.clone();
        let mut warnings = Vec::new();
        repair_structure(&mut plan, "plans[0]", &mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(plan, clean, "the example plan needs no repair");

        plan.initiatives[0].objective_id = "gone".into();
        plan.initiatives[0].raci.insert("d-gone".into(), crate::model::structure::Raci::Informed);
        plan.initiatives[1].depends_on.push("i-gone".into());
        plan.initiatives[1].lead_department = Some("d-gone".into());
        plan.information_needs[0].to_department = "d-gone".into();
        plan.department_objectives[0].aligned_to = Some("gone".into());
        repair_structure(&mut plan, "plans[0]", &mut warnings);
        assert_eq!(plan.initiatives.len(), clean.initiatives.len(), "no initiative is dropped");
        assert_eq!(plan.initiatives[0].objective_id, "");
        assert_eq!(plan.initiatives[0].raci, clean.initiatives[0].raci);
        assert_eq!(plan.initiatives[1].depends_on, clean.initiatives[1].depends_on);
        assert_eq!(plan.initiatives[1].lead_department, None);
        assert_eq!(plan.information_needs.len(), clean.information_needs.len() - 1);
        assert_eq!(plan.department_objectives[0].aligned_to, None);
        let all = warnings.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
        assert_eq!(warnings.len(), 6, "{all}");
        assert!(all.contains(&format!("(“{}”): its objective “gone” is not in the plan", clean.initiatives[0].title)), "{all}");
        assert!(all.contains("“d-gone”"), "{all}");
    }

    #[test]
    fn a_loop_of_dependencies_from_a_file_is_broken_with_a_warning() {
        let mut plan = example_plan(&mut crate::model::ids::SequentialIds::default(), crate::model::testing::now());
        let (a, b) = (plan.initiatives[0].id.clone(), plan.initiatives[1].id.clone());
        plan.initiatives[0].depends_on = vec![b.clone()];
        plan.initiatives[1].depends_on = vec![a.clone()];
        let mut warnings = Vec::new();
        repair_structure(&mut plan, "plans[0]", &mut warnings);
        assert_eq!(plan.initiatives[0].depends_on, vec![b]);
        assert!(plan.initiatives[1].depends_on.is_empty());
        assert!(warnings.iter().any(|w| w.to_string().contains("closed a loop")), "{warnings:?}");
    }
}
