//! After a file is read: refuse what cannot be trusted (missing or repeated
//! ids) and repair what can be (empty titles, bad dates, unknown colours,
//! missing timestamps), saying what was repaired.

use std::collections::BTreeSet;

use super::error::ImportError;
use crate::model::palette::Colour;
use crate::model::time::{is_valid_date, is_valid_timestamp};
use crate::model::{Department, Plan, Workspace};

/// When a file gives no usable time at all.
const EPOCH: &str = "1970-01-01T00:00:00.000Z";

/// Checks and repairs a workspace read from a file; `exported_at` stands in
/// for missing timestamps.
pub fn repair(mut ws: Workspace, exported_at: &str, warnings: &mut Vec<String>) -> Result<Workspace, ImportError> {
    let fallback_time = if is_valid_timestamp(exported_at) { exported_at } else { EPOCH };
    check_ids(|| "plans".into(), ws.plans.iter().map(|p| p.id.as_str()))?;
    check_ids(|| "boards".into(), ws.boards.iter().map(|b| b.id.as_str()))?;
    check_ids(|| "stakeholder_maps".into(), ws.stakeholder_maps.iter().map(|m| m.id.as_str()))?;
    for (n, plan) in ws.plans.iter_mut().enumerate() {
        repair_plan(plan, &format!("plans[{n}]"), fallback_time, warnings)?;
    }
    macro_rules! repair_common {
        ($list:expr, $name:literal, $untitled:literal) => {
            for (n, doc) in $list.iter_mut().enumerate() {
                let path = || format!("{}[{n}]", $name);
                repair_title(&mut doc.title, $untitled, path, warnings);
                repair_time(&mut doc.updated_at, fallback_time, || format!("{}.updated_at", path()), warnings);
                repair_time(&mut doc.created_at, &doc.updated_at.clone(), || format!("{}.created_at", path()), warnings);
            }
        };
    }
    repair_common!(ws.boards, "boards", "Untitled board");
    for (n, board) in ws.boards.iter_mut().enumerate() {
        super::repair_board::repair_board(board, &format!("boards[{n}]"), warnings)?;
    }
    repair_common!(ws.stakeholder_maps, "stakeholder_maps", "Untitled stakeholder map");
    Ok(ws)
}

/// Every id present and unique; `list` names the list (built only for a message).
pub(super) fn check_ids<'a>(list: impl Fn() -> String, ids: impl Iterator<Item = &'a str>) -> Result<(), ImportError> {
    let mut seen = BTreeSet::new();
    for (n, id) in ids.enumerate() {
        if id.trim().is_empty() {
            return Err(ImportError::MissingId { path: format!("{}[{n}]", list()) });
        }
        if !seen.insert(id) {
            return Err(ImportError::DuplicateId { path: format!("{}[{n}]", list()), id: id.to_string() });
        }
    }
    Ok(())
}

fn repair_plan(plan: &mut Plan, path: &str, fallback_time: &str, warnings: &mut Vec<String>) -> Result<(), ImportError> {
    repair_title(&mut plan.title, "Untitled plan", || path.to_string(), warnings);
    repair_time(&mut plan.updated_at, fallback_time, || format!("{path}.updated_at"), warnings);
    let updated_at = plan.updated_at.clone();
    repair_time(&mut plan.created_at, &updated_at, || format!("{path}.created_at"), warnings);
    for (end, date) in [("start", &mut plan.horizon.start), ("end", &mut plan.horizon.end)] {
        if date.as_deref().is_some_and(|d| !is_valid_date(d)) {
            warnings.push(format!(
                "{path}.horizon.{end}: “{}” is not a date, so it was left empty.",
                date.take().unwrap_or_default()
            ));
        }
    }
    if let (Some(start), Some(end)) = (&plan.horizon.start, &plan.horizon.end) {
        if end < start {
            warnings.push(format!("{path}.horizon: it ended ({end}) before it started ({start}), so the end was left empty."));
            plan.horizon.end = None;
        }
    }
    let department_path = format!("{path}.departments");
    check_ids(|| department_path.clone(), plan.departments.iter().map(|d| d.id.as_str()))?;
    // References inside a plan go by id, so ids there must be unique too.
    check_ids(|| format!("{path}.objectives"), plan.objectives.iter().map(|o| o.id.as_str()))?;
    check_ids(|| format!("{path}.initiatives"), plan.initiatives.iter().map(|i| i.id.as_str()))?;
    check_ids(|| format!("{path}.approval_rounds"), plan.approval_rounds.iter().map(|r| r.id.as_str()))?;
    check_ids(|| format!("{path}.department_objectives"), plan.department_objectives.iter().map(|d| d.id.as_str()))?;
    check_ids(|| format!("{path}.information_needs"), plan.information_needs.iter().map(|n| n.id.as_str()))?;
    super::structure_repair::repair_structure(plan, path, warnings);
    for (n, department) in plan.departments.iter_mut().enumerate() {
        repair_department(department, n, || format!("{department_path}[{n}]"), &updated_at, warnings);
    }
    // Comments are a record of what was said: a speaker or subject removed
    // since is kept, and the screen says it is no longer in the plan.
    check_ids(|| format!("{path}.comments"), plan.comments.iter().map(|c| c.id.as_str()))?;
    super::repair_tracking::repair_logs(plan, path, &updated_at, warnings)?;
    Ok(())
}

fn repair_department(department: &mut Department, n: usize, path: impl Fn() -> String, fallback_time: &str, warnings: &mut Vec<String>) {
    if department.name.trim().is_empty() {
        department.name = format!("Department {}", n + 1);
        warnings.push(format!("{}.name was empty and was set to “{}”.", path(), department.name));
    }
    if Colour::from_name(&department.colour).is_none() {
        let colour = Colour::nth(n);
        if !department.colour.is_empty() {
            warnings.push(format!(
                "{}.colour: “{}” is not a department colour, so {} was used.",
                path(),
                department.colour,
                colour.label.to_ascii_lowercase()
            ));
        }
        department.colour = colour.name.to_string();
    }
    repair_time(&mut department.updated_at, fallback_time, || format!("{}.updated_at", path()), warnings);
}

pub(super) fn repair_title(title: &mut String, untitled: &str, path: impl FnOnce() -> String, warnings: &mut Vec<String>) {
    if title.trim().is_empty() {
        *title = untitled.to_string();
        warnings.push(format!("{} had no title and was called “{untitled}”.", path()));
    }
}

/// A missing timestamp is filled silently (older files may lack it); a
/// malformed one is replaced with a warning. `path` is built only for that warning.
pub(super) fn repair_time(time: &mut String, fallback: &str, path: impl FnOnce() -> String, warnings: &mut Vec<String>) {
    if time.is_empty() {
        *time = fallback.to_string();
    } else if !is_valid_timestamp(time) {
        warnings.push(format!("{}: “{time}” is not a valid time and was replaced.", path()));
        *time = fallback.to_string();
    }
}
