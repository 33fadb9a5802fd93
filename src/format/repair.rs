//! After a file is read: refuse what cannot be trusted (missing or repeated
//! ids) and repair what can be (empty titles, days out of order, unknown
//! colours), saying what was repaired. Times and days that are not times or
//! days were repaired already, as they were read (see [`super::read`]).

use std::collections::BTreeSet;

use super::error::ImportError;
use super::warning::{Repair, Warning};
use crate::model::palette::Colour;
use crate::model::{Department, Plan, Workspace};

/// Checks and repairs a workspace read from a file.
pub fn repair(mut ws: Workspace, warnings: &mut Vec<Warning>) -> Result<Workspace, ImportError> {
    check_ids(|| "plans".into(), ws.plans.iter().map(|p| p.id.as_str()))?;
    check_ids(|| "boards".into(), ws.boards.iter().map(|b| b.id.as_str()))?;
    check_ids(|| "stakeholder_maps".into(), ws.stakeholder_maps.iter().map(|m| m.id.as_str()))?;
    check_ids(|| "board_templates".into(), ws.board_templates.iter().map(|t| t.id.as_str()))?;
    for (n, plan) in ws.plans.iter_mut().enumerate() {
        repair_plan(plan, &format!("plans[{n}]"), warnings)?;
    }
    for (n, board) in ws.boards.iter_mut().enumerate() {
        repair_title(&mut board.title, "Untitled board", || format!("boards[{n}]"), warnings);
        super::repair_board::repair_board(board, &format!("boards[{n}]"), warnings)?;
    }
    for (n, map) in ws.stakeholder_maps.iter_mut().enumerate() {
        repair_title(&mut map.title, "Untitled stakeholder map", || format!("stakeholder_maps[{n}]"), warnings);
        super::repair_map::repair_map(map, &format!("stakeholder_maps[{n}]"), warnings);
    }
    for (n, template) in ws.board_templates.iter_mut().enumerate() {
        super::read_template::repair_template(template, &format!("board_templates[{n}]"), warnings);
    }
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

fn repair_plan(plan: &mut Plan, path: &str, warnings: &mut Vec<Warning>) -> Result<(), ImportError> {
    repair_title(&mut plan.title, "Untitled plan", || path.to_string(), warnings);
    if let (Some(start), Some(end)) = (plan.horizon.start, plan.horizon.end) {
        if end < start {
            warnings.push(Warning::said(
                format!("{path}.horizon"),
                format!("it ended ({end}) before it started ({start}), so the end was left empty."),
            ));
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
        repair_department(department, n, || format!("{department_path}[{n}]"), warnings);
    }
    // Comments are a record of what was said: a speaker or subject removed
    // since is kept, and the screen says it is no longer in the plan.
    check_ids(|| format!("{path}.comments"), plan.comments.iter().map(|c| c.id.as_str()))?;
    super::repair_tracking::repair_logs(plan, path, warnings)?;
    Ok(())
}

fn repair_department(department: &mut Department, n: usize, path: impl Fn() -> String, warnings: &mut Vec<Warning>) {
    if department.name.trim().is_empty() {
        department.name = format!("Department {}", n + 1);
        warnings.push(Warning::said(format!("{}.name", path()), format!("it was empty and was set to “{}”.", department.name)));
    }
    if Colour::from_name(&department.colour).is_none() {
        let colour = Colour::nth(n);
        if !department.colour.is_empty() {
            let sentence = format!("“{}” is not a department colour, so {} was used.", department.colour, colour.label.to_ascii_lowercase());
            warnings.push(Warning::said(format!("{}.colour", path()), sentence));
        }
        department.colour = colour.name.to_string();
    }
}

/// An empty title becomes `untitled`; `path` is built only for the warning.
pub(super) fn repair_title(title: &mut String, untitled: &str, path: impl FnOnce() -> String, warnings: &mut Vec<Warning>) {
    if title.trim().is_empty() {
        *title = untitled.to_string();
        warnings.push(Warning::new(path(), Repair::Untitled { called: untitled.to_string() }));
    }
}
