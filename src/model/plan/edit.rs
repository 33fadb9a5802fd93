//! Changes to a plan's own fields (vision, horizon, status) and to its
//! departments, and the rules they can break.

use std::fmt;

use super::departments::{detach_department, reattach_department, DepartmentLinks};
use super::{Department, Plan, PlanStatus};
use crate::model::entity::{self, Removed};
use crate::model::env::Env;
use crate::model::ids::DepartmentId;
use crate::model::palette::Colour;
use crate::model::time::Day;
use crate::model::values::{email_address, ValueError};

/// A change to one plan's own fields or to its departments.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanEdit {
    Vision(String),
    HorizonStart(Option<Day>),
    HorizonEnd(Option<Day>),
    /// A status set by hand; it no longer follows the round until
    /// [`PlanEdit::FollowRound`] (or it is set to what the round says).
    Status(PlanStatus),
    /// The status follows the approval round again.
    FollowRound,
    AddDepartment { name: String },
    EditDepartment { department_id: DepartmentId, edit: DepartmentEdit },
    RemoveDepartment { department_id: DepartmentId },
    /// Puts a removed department back at its place (undo of a removal); the
    /// rest of the plan keeps any edits made since.
    RestoreDepartment { removed: Removed<Department>, links: Box<DepartmentLinks> },
}

/// A change to one department of a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum DepartmentEdit {
    Name(String),
    Head(String),
    /// The head's e-mail address, for reminders; empty for none.
    HeadEmail(String),
    Representative(String),
    Colour(String),
}

/// Why a change to a plan's own fields or departments was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    DepartmentNotFound(DepartmentId),
    EmptyDepartmentName,
    DuplicateDepartmentName(String),
    HorizonEndsBeforeStart { start: Day, end: Day },
    UnknownColour(String),
    Value(ValueError),
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DepartmentNotFound(_) => write!(f, "This department is no longer in the plan."),
            Self::EmptyDepartmentName => write!(f, "A department needs a name."),
            Self::DuplicateDepartmentName(name) => write!(f, "The plan already has a department called “{name}”."),
            Self::HorizonEndsBeforeStart { start, end } => {
                write!(f, "The horizon cannot end ({end}) before it starts ({start}).")
            }
            Self::UnknownColour(name) => write!(f, "“{name}” is not one of the department colours."),
            Self::Value(why) => write!(f, "{why}"),
        }
    }
}

impl std::error::Error for PlanError {}

impl From<ValueError> for PlanError {
    fn from(why: ValueError) -> Self {
        PlanError::Value(why)
    }
}

/// Applies `edit` to `plan`; returns the edit that takes it back, where undo
/// is offered (removing a department).
pub fn edit_plan(plan: &mut Plan, edit: PlanEdit, env: &mut Env<'_>) -> Result<Option<PlanEdit>, PlanError> {
    let mut undo = None;
    match edit {
        PlanEdit::Vision(vision) => plan.vision = vision,
        PlanEdit::HorizonStart(start) => plan.horizon.start = start,
        PlanEdit::HorizonEnd(end) => plan.horizon.end = end,
        PlanEdit::Status(status) => crate::model::approval::status::set_by_hand(plan, status),
        PlanEdit::FollowRound => {
            plan.status_set_by_hand = false;
            crate::model::approval::status::follow_round(plan);
        }
        PlanEdit::AddDepartment { name } => {
            let name = department_name(plan, None, &name)?;
            let colour = Colour::nth(plan.departments.len()).name;
            plan.departments.push(Department::new(env.new_id(), name, colour, env.now));
        }
        PlanEdit::EditDepartment { department_id, edit } => {
            let name = match &edit {
                DepartmentEdit::Name(name) => Some(department_name(plan, Some(&department_id), name)?),
                _ => None,
            };
            let missing = PlanError::DepartmentNotFound(department_id.clone());
            entity::edit(&mut plan.departments, &department_id, env.now, missing, |department| {
                match edit {
                    DepartmentEdit::Name(_) => department.name = name.unwrap_or_default(),
                    DepartmentEdit::Head(head) => department.head = head,
                    DepartmentEdit::HeadEmail(address) => department.head_email = email_address(&address)?,
                    DepartmentEdit::Representative(who) => department.representative = who,
                    DepartmentEdit::Colour(colour) => {
                        Colour::from_name(&colour).ok_or_else(|| PlanError::UnknownColour(colour.clone()))?;
                        department.colour = colour;
                    }
                }
                Ok(())
            })?;
        }
        PlanEdit::RestoreDepartment { removed, links } => {
            if !entity::contains(&plan.departments, &removed.item.id) {
                department_name(plan, None, &removed.item.name)?;
                let id = removed.item.id.clone();
                entity::restore(&mut plan.departments, removed);
                reattach_department(plan, &id, *links);
            }
        }
        PlanEdit::RemoveDepartment { department_id } => {
            let removed = entity::remove(&mut plan.departments, &department_id)
                .ok_or_else(|| PlanError::DepartmentNotFound(department_id.clone()))?;
            // Its roles, leads and links go with it (and come back with an undo), so nothing dangles.
            let links = Box::new(detach_department(plan, &removed.item.id));
            undo = Some(PlanEdit::RestoreDepartment { removed, links });
        }
    }
    if let (Some(start), Some(end)) = (plan.horizon.start, plan.horizon.end) {
        if end < start {
            return Err(PlanError::HorizonEndsBeforeStart { start, end });
        }
    }
    Ok(undo)
}

/// A trimmed, non-empty name no other department of the plan has.
fn department_name(plan: &Plan, renaming: Option<&DepartmentId>, name: &str) -> Result<String, PlanError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(PlanError::EmptyDepartmentName);
    }
    let taken = plan
        .departments
        .iter()
        .any(|d| Some(&d.id) != renaming && d.name.eq_ignore_ascii_case(name));
    if taken {
        return Err(PlanError::DuplicateDepartmentName(name.to_string()));
    }
    Ok(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{bare_plan, Editing};

    #[test]
    fn a_head_s_address_is_checked_and_kept_trimmed() {
        let mut fx = Editing::new(bare_plan());
        let finance = fx.doc.departments[1].id.clone();
        let set = |address: &str| PlanEdit::EditDepartment { department_id: finance.clone(), edit: DepartmentEdit::HeadEmail(address.into()) };
        fx.run(set(" henrik@finance.example ")).unwrap();
        assert_eq!(fx.doc.departments[1].head_email, "henrik@finance.example");
        assert_eq!(fx.run(set("henrik@finance")), Err(PlanError::Value(ValueError::NotAnEmail("henrik@finance".into()))));
        assert_eq!(fx.doc.departments[1].head_email, "henrik@finance.example", "a refused address leaves the kept one");
        fx.run(set("")).unwrap();
        assert_eq!(fx.doc.departments[1].head_email, "", "emptied: no address");
    }
}
