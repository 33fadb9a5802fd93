//! Repairs of a plan's tracking logs (decisions, updates, lessons) after
//! reading: repeated ids are refused; bad dates, missing titles and
//! references to departments or decisions that are not there are repaired,
//! each with a warning.

use std::collections::BTreeSet;

use super::error::ImportError;
use super::repair::{check_ids, repair_time};
use crate::model::time::is_valid_date;
use crate::model::Plan;

/// Checks and repairs `plan`'s decisions, updates and lessons; `fallback_time`
/// stands in for missing timestamps.
pub(super) fn repair_logs(plan: &mut Plan, path: &str, fallback_time: &str, warnings: &mut Vec<String>) -> Result<(), ImportError> {
    check_ids(|| format!("{path}.decisions"), plan.decisions.iter().map(|d| d.id.as_str()))?;
    check_ids(|| format!("{path}.updates"), plan.updates.iter().map(|u| u.id.as_str()))?;
    check_ids(|| format!("{path}.lessons"), plan.lessons.iter().map(|l| l.id.as_str()))?;
    let departments: BTreeSet<String> = plan.departments.iter().map(|d| d.id.clone()).collect();
    let decisions: BTreeSet<String> = plan.decisions.iter().map(|d| d.id.clone()).collect();
    for (n, decision) in plan.decisions.iter_mut().enumerate() {
        let path = format!("{path}.decisions[{n}]");
        check_ids(|| format!("{path}.actions"), decision.actions.iter().map(|a| a.id.as_str()))?;
        repair_time(&mut decision.updated_at, fallback_time, || format!("{path}.updated_at"), warnings);
        if decision.title.trim().is_empty() {
            decision.title = "Untitled decision".into();
            warnings.push(format!("{path} had no title and was called “Untitled decision”."));
        }
        repair_day(&mut decision.date, &decision.updated_at, &format!("{path}.date"), warnings);
        known_departments(&mut decision.departments, &departments, &format!("{path}.departments"), warnings);
        if let Some(by) = decision.superseded_by.take_if(|by| *by == decision.id || !decisions.contains(by.as_str())) {
            warnings.push(format!("{path}.superseded_by: “{by}” is not another decision of the plan, so the link was dropped."));
        }
        for (m, action) in decision.actions.iter_mut().enumerate() {
            let path = format!("{path}.actions[{m}]");
            repair_time(&mut action.updated_at, &decision.updated_at, || format!("{path}.updated_at"), warnings);
            if let Some(due) = action.due.take_if(|due| !is_valid_date(due)) {
                warnings.push(format!("{path}.due: “{due}” is not a date, so it was left empty."));
            }
            if let Some(owner) = action.owner_department.take_if(|o| !departments.contains(o.as_str())) {
                warnings.push(format!("{path}.owner_department: “{owner}” is not a department of the plan, so it was left empty."));
            }
        }
    }
    break_superseding_loops(plan, path, warnings);
    for (n, update) in plan.updates.iter_mut().enumerate() {
        let path = format!("{path}.updates[{n}]");
        repair_time(&mut update.updated_at, fallback_time, || format!("{path}.updated_at"), warnings);
        if update.title.trim().is_empty() {
            update.title = "Update".into();
            warnings.push(format!("{path} had no title and was called “Update”."));
        }
        repair_day(&mut update.date, &update.updated_at, &format!("{path}.date"), warnings);
        known_departments(&mut update.departments, &departments, &format!("{path}.departments"), warnings);
    }
    for (n, lesson) in plan.lessons.iter_mut().enumerate() {
        repair_time(&mut lesson.updated_at, fallback_time, || format!("{path}.lessons[{n}].updated_at"), warnings);
    }
    Ok(())
}

/// A day that is not a date becomes the day of `updated_at`.
fn repair_day(day: &mut String, updated_at: &str, path: &str, warnings: &mut Vec<String>) {
    if !is_valid_date(day) {
        let fallback = updated_at.get(..10).filter(|d| is_valid_date(d)).unwrap_or("1970-01-01").to_string();
        warnings.push(format!("{path}: “{day}” is not a date, so {fallback} was used."));
        *day = fallback;
    }
}

fn known_departments(ids: &mut Vec<String>, known: &BTreeSet<String>, path: &str, warnings: &mut Vec<String>) {
    ids.retain(|id| {
        let keep = known.contains(id.as_str());
        if !keep {
            warnings.push(format!("{path}: “{id}” is not a department of the plan, so it was dropped."));
        }
        keep
    });
}

/// Decisions superseding each other in a loop: the link that closes it is dropped.
fn break_superseding_loops(plan: &mut Plan, path: &str, warnings: &mut Vec<String>) {
    for n in 0..plan.decisions.len() {
        let start = plan.decisions[n].id.clone();
        let mut here = plan.decisions[n].superseded_by.clone();
        for _ in 0..plan.decisions.len() {
            let Some(id) = here else { break };
            if id == start {
                warnings.push(format!("{path}.decisions[{n}].superseded_by: the decisions superseded each other in a loop, so this link was dropped."));
                plan.decisions[n].superseded_by = None;
                break;
            }
            here = plan.decisions.iter().find(|d| d.id == id).and_then(|d| d.superseded_by.clone());
        }
    }
}
