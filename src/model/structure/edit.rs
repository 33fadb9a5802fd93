//! Edits to a plan's structure: objectives, initiatives, RACI roles,
//! dependencies, department objectives and information needs, and the rules
//! they can break. Applied by [`edit_structure`] on a copy of the plan (the
//! command does that), so a refused edit leaves no trace; each changed item
//! gets `updated_at = now`.

use std::fmt;

use serde_json::Map;

use super::alignment::{DepartmentObjective, InformationNeed};
use super::objective::{Initiative, InitiativeStatus, Objective, Raci};
use super::removal::{remove_initiatives, remove_objective, restore, Deleted};
use super::rules::dependency_cycle;
use crate::model::entity;
use crate::model::env::Env;
use crate::model::ids::{DepartmentId, DepartmentObjectiveId, InitiativeId, NeedId, ObjectiveId};
use crate::model::plan::Plan;
use crate::model::time::{Day, Timestamp};
use crate::model::values::{self, ValueError};

/// A change to the structure of one plan.
#[derive(Debug, Clone, PartialEq)]
pub enum StructureEdit {
    AddObjective { title: String },
    EditObjective { objective_id: ObjectiveId, edit: ObjectiveField },
    /// Moves an objective one place up (`up`) or down.
    MoveObjective { objective_id: ObjectiveId, up: bool },
    /// Deletes the objective with its initiatives.
    DeleteObjective { objective_id: ObjectiveId },
    AddInitiative { objective_id: ObjectiveId, title: String },
    EditInitiative { initiative_id: InitiativeId, edit: InitiativeField },
    DeleteInitiative { initiative_id: InitiativeId },
    /// A department's role in an initiative (`None`: no role).
    SetRole { initiative_id: InitiativeId, department_id: DepartmentId, role: Option<Raci> },
    AddDepartmentObjective { department_id: DepartmentId, title: String, aligned_to: Option<ObjectiveId> },
    EditDepartmentObjective { id: DepartmentObjectiveId, edit: DepartmentObjectiveField },
    DeleteDepartmentObjective { id: DepartmentObjectiveId },
    AddInformationNeed { from_department: DepartmentId, to_department: DepartmentId, what: String },
    EditInformationNeed { id: NeedId, edit: InformationNeedField },
    DeleteInformationNeed { id: NeedId },
    /// Puts deleted items back (the undo of a delete).
    Restore(Box<Deleted>),
}

/// One field of an objective. Numbers come as typed; empty means "none".
#[derive(Debug, Clone, PartialEq)]
pub enum ObjectiveField {
    Title(String),
    Description(String),
    MeasureName(String),
    Target(String),
    Current(String),
    Unit(String),
    Owner(Option<DepartmentId>),
}

/// One field of an initiative.
#[derive(Debug, Clone, PartialEq)]
pub enum InitiativeField {
    Title(String),
    Description(String),
    Lead(Option<DepartmentId>),
    /// Adds (`true`) or removes a contributing department.
    Contributor(DepartmentId, bool),
    Start(Option<Day>),
    Due(Option<Day>),
    Status(InitiativeStatus),
    /// As typed: a whole number from 0 to 100.
    Progress(String),
    /// Adds (`true`) or removes a dependency on another initiative.
    DependsOn(InitiativeId, bool),
    /// Moves it under another objective.
    Objective(ObjectiveId),
}

/// One field of a department objective.
#[derive(Debug, Clone, PartialEq)]
pub enum DepartmentObjectiveField {
    Title(String),
    AlignedTo(Option<ObjectiveId>),
}

/// One field of an information need.
#[derive(Debug, Clone, PartialEq)]
pub enum InformationNeedField {
    What(String),
    From(DepartmentId),
    To(DepartmentId),
    Due(Option<Day>),
    Agreed(bool),
}

/// The kinds of item in a plan's structure, as a refusal names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StructureItem {
    Objective,
    Initiative,
    DepartmentObjective,
    InformationNeed,
}

impl StructureItem {
    /// "objective", "department objective", …
    pub fn noun(self) -> &'static str {
        match self {
            Self::Objective => "objective",
            Self::Initiative => "initiative",
            Self::DepartmentObjective => "department objective",
            Self::InformationNeed => "information need",
        }
    }
}

/// Why a change to a plan's structure was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StructureError {
    /// An item that is no longer in the plan.
    NotFound(StructureItem),
    DepartmentNotFound(DepartmentId),
    DueBeforeStart { start: Day, due: Day },
    DependsOnItself,
    UnknownDependency(InitiativeId),
    /// The titles around the loop, first and last the same.
    DependencyCycle(Vec<String>),
    EmptyInformationNeed,
    NeedsFromItself,
    Value(ValueError),
}

impl fmt::Display for StructureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotFound(item) => write!(f, "This {} is no longer in the plan.", item.noun()),
            Self::DepartmentNotFound(_) => write!(f, "This department is no longer in the plan."),
            Self::DueBeforeStart { start, due } => write!(f, "An initiative cannot be due ({due}) before it starts ({start})."),
            Self::DependsOnItself => write!(f, "An initiative cannot depend on itself."),
            Self::UnknownDependency(id) => write!(f, "There is no initiative “{id}” in this plan to depend on."),
            Self::DependencyCycle(titles) => write!(f, "This would close a loop: {}.", titles.join(" → ")),
            Self::EmptyInformationNeed => write!(f, "Say what information is needed."),
            Self::NeedsFromItself => {
                write!(f, "A department cannot need information from itself: choose two different departments.")
            }
            Self::Value(why) => write!(f, "{why}"),
        }
    }
}

impl std::error::Error for StructureError {}

impl From<ValueError> for StructureError {
    fn from(why: ValueError) -> Self {
        StructureError::Value(why)
    }
}

fn title(text: &str) -> Result<String, StructureError> {
    Ok(values::title(text)?)
}

fn number(text: &str) -> Result<Option<f64>, StructureError> {
    Ok(values::number(text)?)
}

fn department(plan: &Plan, id: &DepartmentId) -> Result<(), StructureError> {
    match entity::contains(&plan.departments, id) {
        true => Ok(()),
        false => Err(StructureError::DepartmentNotFound(id.clone())),
    }
}

fn objective_exists(plan: &Plan, id: &ObjectiveId) -> Result<(), StructureError> {
    match entity::contains(&plan.objectives, id) {
        true => Ok(()),
        false => Err(StructureError::NotFound(StructureItem::Objective)),
    }
}

/// Applies `edit` to `plan`; returns the edit that takes it back, where undo is offered.
pub fn edit_structure(plan: &mut Plan, edit: StructureEdit, env: &mut Env<'_>) -> Result<Option<StructureEdit>, StructureError> {
    use StructureItem as Item;
    let now = env.now;
    let gone = StructureError::NotFound;
    let undo = |deleted: Deleted| Ok(Some(StructureEdit::Restore(Box::new(deleted))));
    match edit {
        StructureEdit::AddObjective { title: text } => {
            let title = title(&text)?;
            plan.objectives.push(Objective::new(env.new_id(), title, now));
        }
        StructureEdit::EditObjective { objective_id, edit } => {
            if let ObjectiveField::Owner(Some(id)) = &edit {
                department(plan, id)?;
            }
            entity::edit(&mut plan.objectives, &objective_id, now, gone(Item::Objective), |o| {
                match edit {
                    ObjectiveField::Title(text) => o.title = title(&text)?,
                    ObjectiveField::Description(text) => o.description = text,
                    ObjectiveField::MeasureName(text) => o.measure.name = text,
                    ObjectiveField::Target(text) => o.measure.target = number(&text)?,
                    ObjectiveField::Current(text) => o.measure.current = number(&text)?,
                    ObjectiveField::Unit(text) => o.measure.unit = text.trim().to_string(),
                    ObjectiveField::Owner(owner) => o.owner_department = owner,
                }
                Ok(())
            })?;
        }
        StructureEdit::MoveObjective { objective_id, up } => {
            let at = entity::position(&plan.objectives, &objective_id).ok_or(gone(Item::Objective))?;
            let other = if up { at.checked_sub(1) } else { Some(at + 1).filter(|n| *n < plan.objectives.len()) };
            if let Some(other) = other {
                plan.objectives.swap(at, other);
            }
        }
        StructureEdit::DeleteObjective { objective_id } => {
            let removed = entity::remove(&mut plan.objectives, &objective_id).ok_or(gone(Item::Objective))?;
            return undo(remove_objective(plan, removed, now));
        }
        StructureEdit::AddInitiative { objective_id, title: text } => {
            let title = title(&text)?;
            objective_exists(plan, &objective_id)?;
            plan.initiatives.push(Initiative::new(env.new_id(), objective_id, title, now));
        }
        StructureEdit::EditInitiative { initiative_id, edit } => edit_initiative(plan, &initiative_id, edit, now)?,
        StructureEdit::DeleteInitiative { initiative_id } => {
            if !entity::contains(&plan.initiatives, &initiative_id) {
                return Err(gone(Item::Initiative));
            }
            return undo(remove_initiatives(plan, &[initiative_id]));
        }
        StructureEdit::SetRole { initiative_id, department_id, role } => {
            if role.is_some() {
                department(plan, &department_id)?;
            }
            entity::edit(&mut plan.initiatives, &initiative_id, now, gone(Item::Initiative), |i| {
                match role {
                    Some(role) => i.raci.insert(department_id, role),
                    None => i.raci.remove(&department_id),
                };
                Ok(())
            })?;
        }
        StructureEdit::AddDepartmentObjective { department_id, title: text, aligned_to } => {
            let title = title(&text)?;
            department(plan, &department_id)?;
            if let Some(objective) = &aligned_to {
                objective_exists(plan, objective)?;
            }
            let id = env.new_id();
            plan.department_objectives.push(DepartmentObjective { id, department_id, title, aligned_to, updated_at: now, extra: Map::new() });
        }
        StructureEdit::EditDepartmentObjective { id, edit } => {
            if let DepartmentObjectiveField::AlignedTo(Some(objective)) = &edit {
                objective_exists(plan, objective)?;
            }
            entity::edit(&mut plan.department_objectives, &id, now, gone(Item::DepartmentObjective), |d| {
                match edit {
                    DepartmentObjectiveField::Title(text) => d.title = title(&text)?,
                    DepartmentObjectiveField::AlignedTo(aligned) => d.aligned_to = aligned,
                }
                Ok(())
            })?;
        }
        StructureEdit::DeleteDepartmentObjective { id } => {
            let removed = entity::remove(&mut plan.department_objectives, &id).ok_or(gone(Item::DepartmentObjective))?;
            return undo(Deleted { department_objective: Some(removed), ..Deleted::default() });
        }
        StructureEdit::AddInformationNeed { from_department, to_department, what } => {
            let what = what.trim().to_string();
            if what.is_empty() {
                return Err(StructureError::EmptyInformationNeed);
            }
            department(plan, &from_department)?;
            department(plan, &to_department)?;
            if from_department == to_department {
                return Err(StructureError::NeedsFromItself);
            }
            plan.information_needs.push(InformationNeed {
                id: env.new_id(), from_department, to_department, what, due: None, agreed: false, updated_at: now, extra: Map::new(),
            });
        }
        StructureEdit::EditInformationNeed { id, edit } => {
            if let InformationNeedField::From(d) | InformationNeedField::To(d) = &edit {
                department(plan, d)?;
            }
            entity::edit(&mut plan.information_needs, &id, now, gone(Item::InformationNeed), |n| {
                match edit {
                    InformationNeedField::What(text) => {
                        n.what = text.trim().to_string();
                        if n.what.is_empty() {
                            return Err(StructureError::EmptyInformationNeed);
                        }
                    }
                    InformationNeedField::From(d) => n.from_department = d,
                    InformationNeedField::To(d) => n.to_department = d,
                    InformationNeedField::Due(due) => n.due = due,
                    InformationNeedField::Agreed(agreed) => n.agreed = agreed,
                }
                match n.from_department == n.to_department {
                    true => Err(StructureError::NeedsFromItself),
                    false => Ok(()),
                }
            })?;
        }
        StructureEdit::DeleteInformationNeed { id } => {
            let removed = entity::remove(&mut plan.information_needs, &id).ok_or(gone(Item::InformationNeed))?;
            return undo(Deleted { information_need: Some(removed), ..Deleted::default() });
        }
        StructureEdit::Restore(deleted) => restore(plan, *deleted),
    }
    Ok(None)
}

fn edit_initiative(plan: &mut Plan, id: &InitiativeId, edit: InitiativeField, now: Timestamp) -> Result<(), StructureError> {
    match &edit {
        InitiativeField::Lead(Some(d)) | InitiativeField::Contributor(d, true) => department(plan, d)?,
        InitiativeField::Objective(o) => objective_exists(plan, o)?,
        InitiativeField::DependsOn(other, true) => {
            if other == id {
                return Err(StructureError::DependsOnItself);
            }
            if !entity::contains(&plan.initiatives, other) {
                return Err(StructureError::UnknownDependency(other.clone()));
            }
            if let Some(cycle) = dependency_cycle(&plan.initiatives, id, other) {
                let title = |id: &InitiativeId| entity::find(&plan.initiatives, id).map(|i| i.title.clone()).unwrap_or_default();
                return Err(StructureError::DependencyCycle(cycle.iter().map(title).collect()));
            }
        }
        _ => {}
    }
    entity::edit(&mut plan.initiatives, id, now, StructureError::NotFound(StructureItem::Initiative), |i| {
        match edit {
            InitiativeField::Title(text) => i.title = title(&text)?,
            InitiativeField::Description(text) => i.description = text,
            InitiativeField::Lead(lead) => i.lead_department = lead,
            InitiativeField::Contributor(d, add) => toggle(&mut i.contributing_departments, d, add),
            InitiativeField::Start(start) => i.start = start,
            InitiativeField::Due(due) => i.due = due,
            InitiativeField::Status(status) => i.status = status,
            InitiativeField::Progress(text) => i.progress = values::progress(&text)?,
            InitiativeField::DependsOn(other, add) => toggle(&mut i.depends_on, other, add),
            InitiativeField::Objective(o) => i.objective_id = o,
        }
        match (i.start, i.due) {
            (Some(start), Some(due)) if due < start => Err(StructureError::DueBeforeStart { start, due }),
            _ => Ok(()),
        }
    })
}

/// Puts `id` at the end of the list (`present`) or takes it out, once.
fn toggle<I: PartialEq>(list: &mut Vec<I>, id: I, present: bool) {
    list.retain(|x| *x != id);
    if present {
        list.push(id);
    }
}
