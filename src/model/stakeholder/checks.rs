//! The value rules of a stakeholder's fields, shared by adding and editing:
//! a name is never empty, tags are tidied, and departments and initiatives
//! must be the linked plan's.

use super::edit::MapError;
use crate::model::entity;
use crate::model::ids::{DepartmentId, InitiativeId};
use crate::model::plan::{Department, Plan};
use crate::model::structure::Initiative;
use crate::model::text::fold_for_search;

/// What stakeholders may link to: the linked plan's departments and
/// initiatives, when the plan is here (none otherwise).
pub(super) struct Linked<'a> {
    pub departments: &'a [Department],
    pub initiatives: &'a [Initiative],
}

impl<'a> Linked<'a> {
    pub fn of(plan: Option<&'a Plan>) -> Linked<'a> {
        match plan {
            Some(plan) => Linked { departments: &plan.departments, initiatives: &plan.initiatives },
            None => Linked { departments: &[], initiatives: &[] },
        }
    }
}

/// A name: trimmed, not empty.
pub(super) fn name(text: &str) -> Result<String, MapError> {
    let text = text.trim();
    if text.is_empty() { Err(MapError::EmptyName) } else { Ok(text.to_string()) }
}

/// Tags trimmed, blanks dropped, each once (ignoring case and accents), in order.
pub(super) fn tags(list: Vec<String>) -> Vec<String> {
    let mut seen = Vec::new();
    let mut kept = Vec::new();
    for tag in list {
        let tag = tag.trim();
        let folded = fold_for_search(tag);
        if !tag.is_empty() && !seen.contains(&folded) {
            seen.push(folded);
            kept.push(tag.to_string());
        }
    }
    kept
}

/// Each department is the plan's, or the one the stakeholder has already
/// (kept where the plan is not here).
pub(super) fn check_departments<'a>(
    ids: impl IntoIterator<Item = &'a DepartmentId>,
    already: Option<&DepartmentId>,
    linked: &Linked<'_>,
) -> Result<(), MapError> {
    for id in ids {
        if Some(id) != already && !entity::contains(linked.departments, id) {
            return Err(MapError::DepartmentNotFound(id.clone()));
        }
    }
    Ok(())
}

/// The initiatives, each once, each the plan's or one the stakeholder has already.
pub(super) fn check_initiatives(ids: Vec<InitiativeId>, already: &[InitiativeId], linked: &Linked<'_>) -> Result<Vec<InitiativeId>, MapError> {
    let mut kept: Vec<InitiativeId> = Vec::with_capacity(ids.len());
    for id in ids {
        if !already.contains(&id) && !entity::contains(linked.initiatives, &id) {
            return Err(MapError::InitiativeNotFound(id));
        }
        if !kept.contains(&id) {
            kept.push(id);
        }
    }
    Ok(kept)
}
