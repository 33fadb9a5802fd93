//! Repairs of a plan's tracking logs (decisions, updates, lessons) after
//! reading: repeated ids are refused; bad dates, missing titles and
//! references to departments or decisions that are not there are repaired,
//! each with a warning.

use std::collections::BTreeSet;

use super::error::ImportError;
use super::repair::check_ids;
use super::warning::{Repair, Warning};
use crate::model::ids::{DepartmentId, DecisionId};
use crate::model::Plan;

/// Checks and repairs `plan`'s decisions, updates and lessons.
pub(super) fn repair_logs(plan: &mut Plan, path: &str, warnings: &mut Vec<Warning>) -> Result<(), ImportError> {
    check_ids(|| format!("{path}.decisions"), plan.decisions.iter().map(|d| d.id.as_str()))?;
    check_ids(|| format!("{path}.updates"), plan.updates.iter().map(|u| u.id.as_str()))?;
    check_ids(|| format!("{path}.lessons"), plan.lessons.iter().map(|l| l.id.as_str()))?;
    let departments: BTreeSet<DepartmentId> = plan.departments.iter().map(|d| d.id.clone()).collect();
    let decisions: BTreeSet<DecisionId> = plan.decisions.iter().map(|d| d.id.clone()).collect();
    for (n, decision) in plan.decisions.iter_mut().enumerate() {
        let path = format!("{path}.decisions[{n}]");
        check_ids(|| format!("{path}.actions"), decision.actions.iter().map(|a| a.id.as_str()))?;
        if decision.title.trim().is_empty() {
            decision.title = "Untitled decision".into();
            warnings.push(Warning::new(path.clone(), Repair::Untitled { called: decision.title.clone() }));
        }
        known_departments(&mut decision.departments, &departments, &format!("{path}.departments"), warnings);
        if let Some(by) = decision.superseded_by.take_if(|by| *by == decision.id || !decisions.contains(by)) {
            let sentence = format!("“{by}” is not another decision of the plan, so the link was dropped.");
            warnings.push(Warning::said(format!("{path}.superseded_by"), sentence));
        }
        for (m, action) in decision.actions.iter_mut().enumerate() {
            let path = format!("{path}.actions[{m}]");
            if let Some(owner) = action.owner_department.take_if(|o| !departments.contains(o)) {
                let sentence = format!("“{owner}” is not a department of the plan, so it was left empty.");
                warnings.push(Warning::said(format!("{path}.owner_department"), sentence));
            }
        }
    }
    break_superseding_loops(plan, path, warnings);
    for (n, update) in plan.updates.iter_mut().enumerate() {
        let path = format!("{path}.updates[{n}]");
        if update.title.trim().is_empty() {
            update.title = "Update".into();
            warnings.push(Warning::new(path.clone(), Repair::Untitled { called: update.title.clone() }));
        }
        known_departments(&mut update.departments, &departments, &format!("{path}.departments"), warnings);
    }
    Ok(())
}

fn known_departments(ids: &mut Vec<DepartmentId>, known: &BTreeSet<DepartmentId>, path: &str, warnings: &mut Vec<Warning>) {
    ids.retain(|id| {
        let keep = known.contains(id);
        if !keep {
            warnings.push(Warning::said(path, format!("“{id}” is not a department of the plan, so it was dropped.")));
        }
        keep
    });
}

/// Decisions superseding each other in a loop: the link that closes it is dropped.
fn break_superseding_loops(plan: &mut Plan, path: &str, warnings: &mut Vec<Warning>) {
    for n in 0..plan.decisions.len() {
        let start = plan.decisions[n].id.clone();
        let mut here = plan.decisions[n].superseded_by.clone();
        for _ in 0..plan.decisions.len() {
            let Some(id) = here else { break };
            if id == start {
                let sentence = "the decisions superseded each other in a loop, so this link was dropped.";
                warnings.push(Warning::said(format!("{path}.decisions[{n}].superseded_by"), sentence));
                plan.decisions[n].superseded_by = None;
                break;
            }
            here = plan.decisions.iter().find(|d| d.id == id).and_then(|d| d.superseded_by.clone());
        }
    }
}
