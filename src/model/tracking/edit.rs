//! Edits to a plan's tracking logs (decisions and their follow-up actions,
//! updates, lessons), and the rules they can break. Each removal returns the
//! edit that puts it back.

use std::fmt;

use super::{ActionStatus, Decision, FollowUp, Lesson, LessonCategory, PlanUpdate};
use crate::model::entity::{self, Removed};
use crate::model::env::Env;
use crate::model::ids::{ActionId, DecisionId, DepartmentId, LessonId, UpdateId};
use crate::model::plan::Plan;
use crate::model::time::Day;
use crate::model::values::{self, ValueError};

/// A change to one of the plan's logs.
#[derive(Debug, Clone, PartialEq)]
pub enum LogEdit {
    AddDecision { date: Day, title: String },
    EditDecision { decision_id: DecisionId, edit: DecisionEdit },
    RemoveDecision { decision_id: DecisionId },
    /// Undo of a removal: back at its place, and again the replacement of the
    /// decisions listed in `replaced` (those still there and not superseded since).
    RestoreDecision { removed: Removed<Decision>, replaced: Vec<DecisionId> },
    AddUpdate { date: Day, title: String, text: String },
    EditUpdate { update_id: UpdateId, edit: UpdateEdit },
    RemoveUpdate { update_id: UpdateId },
    RestoreUpdate(Removed<PlanUpdate>),
    AddLesson { what_happened: String, category: LessonCategory },
    EditLesson { lesson_id: LessonId, edit: LessonEdit },
    RemoveLesson { lesson_id: LessonId },
    RestoreLesson(Removed<Lesson>),
}

/// A change to one decision.
#[derive(Debug, Clone, PartialEq)]
pub enum DecisionEdit {
    Date(Day),
    Title(String),
    Context(String),
    Decision(String),
    Rationale(String),
    AddOption(String),
    EditOption { index: usize, text: String },
    RemoveOption { index: usize },
    InsertOption { index: usize, text: String },
    /// Takes part, or no longer.
    Department { department_id: DepartmentId, takes_part: bool },
    SupersededBy(Option<DecisionId>),
    AddAction { text: String },
    EditAction { action_id: ActionId, edit: ActionEdit },
    RemoveAction { action_id: ActionId },
    RestoreAction(Removed<FollowUp>),
}

/// A change to one follow-up action.
#[derive(Debug, Clone, PartialEq)]
pub enum ActionEdit {
    Text(String),
    Owner(Option<DepartmentId>),
    Due(Option<Day>),
    Status(ActionStatus),
}

/// A change to one update.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateEdit {
    Date(Day),
    Title(String),
    Text(String),
    Department { department_id: DepartmentId, included: bool },
}

/// A change to one lesson.
#[derive(Debug, Clone, PartialEq)]
pub enum LessonEdit {
    WhatHappened(String),
    Category(LessonCategory),
    Applied(bool),
}

/// Why a change to a log was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogError {
    /// A decision, action, option, update or lesson that is no longer there.
    EntryNotFound,
    SupersedesItself,
    /// The decision titles along the loop, back to the first.
    SupersedingLoop(Vec<String>),
    Value(ValueError),
}

impl fmt::Display for LogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EntryNotFound => write!(f, "This entry is no longer in the plan."),
            Self::SupersedesItself => write!(f, "A decision cannot be superseded by itself."),
            Self::SupersedingLoop(titles) => {
                write!(f, "That would make decisions supersede each other in a loop: {}.", titles.join(" → "))
            }
            Self::Value(why) => write!(f, "{why}"),
        }
    }
}

impl std::error::Error for LogError {}

impl From<ValueError> for LogError {
    fn from(why: ValueError) -> Self {
        LogError::Value(why)
    }
}

type Undo = Result<Option<LogEdit>, LogError>;

/// Applies `edit` to `plan`; returns the edit that takes it back, where undo is offered.
pub fn edit_log(plan: &mut Plan, edit: LogEdit, env: &mut Env<'_>) -> Undo {
    let now = env.now;
    match edit {
        LogEdit::AddDecision { date, title } => {
            let title = values::title(&title)?;
            plan.decisions.push(Decision::new(env.new_id(), date, title, now));
        }
        LogEdit::EditDecision { decision_id, edit } => return edit_decision(plan, &decision_id, edit, env),
        LogEdit::RemoveDecision { decision_id } => {
            let removed = entity::remove(&mut plan.decisions, &decision_id).ok_or(LogError::EntryNotFound)?;
            let mut replaced = Vec::new();
            for other in plan.decisions.iter_mut().filter(|d| d.superseded_by.as_ref() == Some(&decision_id)) {
                other.superseded_by = None;
                other.updated_at = now;
                replaced.push(other.id.clone());
            }
            return Ok(Some(LogEdit::RestoreDecision { removed, replaced }));
        }
        LogEdit::RestoreDecision { removed, replaced } => {
            let id = removed.item.id.clone();
            if entity::restore(&mut plan.decisions, removed) {
                for other in plan.decisions.iter_mut().filter(|d| replaced.contains(&d.id) && d.superseded_by.is_none()) {
                    other.superseded_by = Some(id.clone());
                }
            }
        }
        LogEdit::AddUpdate { date, title, text } => {
            let title = values::title(&title)?;
            let update = PlanUpdate { id: env.new_id(), date, title, text, departments: Vec::new(), updated_at: now, extra: Default::default() };
            plan.updates.push(update);
        }
        LogEdit::EditUpdate { update_id, edit } => {
            entity::edit(&mut plan.updates, &update_id, now, LogError::EntryNotFound, |update| {
                match edit {
                    UpdateEdit::Date(date) => update.date = date,
                    UpdateEdit::Title(title) => update.title = values::title(&title)?,
                    UpdateEdit::Text(text) => update.text = text,
                    UpdateEdit::Department { department_id, included } => toggle(&mut update.departments, department_id, included),
                }
                Ok(())
            })?;
        }
        LogEdit::RemoveUpdate { update_id } => {
            let removed = entity::remove(&mut plan.updates, &update_id).ok_or(LogError::EntryNotFound)?;
            return Ok(Some(LogEdit::RestoreUpdate(removed)));
        }
        LogEdit::RestoreUpdate(removed) => drop(entity::restore(&mut plan.updates, removed)),
        LogEdit::AddLesson { what_happened, category } => {
            let what_happened = values::non_empty(&what_happened, "What happened")?;
            plan.lessons.push(Lesson::new(env.new_id(), what_happened, category, now));
        }
        LogEdit::EditLesson { lesson_id, edit } => {
            entity::edit(&mut plan.lessons, &lesson_id, now, LogError::EntryNotFound, |lesson| {
                match edit {
                    LessonEdit::WhatHappened(text) => lesson.what_happened = values::non_empty(&text, "What happened")?,
                    LessonEdit::Category(category) => lesson.category = category,
                    LessonEdit::Applied(applied) => lesson.applied = applied,
                }
                Ok(())
            })?;
        }
        LogEdit::RemoveLesson { lesson_id } => {
            let removed = entity::remove(&mut plan.lessons, &lesson_id).ok_or(LogError::EntryNotFound)?;
            return Ok(Some(LogEdit::RestoreLesson(removed)));
        }
        LogEdit::RestoreLesson(removed) => drop(entity::restore(&mut plan.lessons, removed)),
    }
    Ok(None)
}

fn edit_decision(plan: &mut Plan, decision_id: &DecisionId, edit: DecisionEdit, env: &mut Env<'_>) -> Undo {
    if let DecisionEdit::SupersededBy(Some(by)) = &edit {
        check_superseding(plan, decision_id, by)?;
    }
    let now = env.now;
    let undo = entity::edit(&mut plan.decisions, decision_id, now, LogError::EntryNotFound, |decision| {
        let option = |options: &[String], index: usize| options.get(index).map(drop).ok_or(LogError::EntryNotFound);
        match edit {
            DecisionEdit::Date(date) => decision.date = date,
            DecisionEdit::Title(title) => decision.title = values::title(&title)?,
            DecisionEdit::Context(text) => decision.context = text,
            DecisionEdit::Decision(text) => decision.decision = text,
            DecisionEdit::Rationale(text) => decision.rationale = text,
            DecisionEdit::AddOption(text) => decision.options.push(values::non_empty(&text, "An option")?),
            DecisionEdit::EditOption { index, text } => {
                option(&decision.options, index)?;
                decision.options[index] = values::non_empty(&text, "An option")?;
            }
            DecisionEdit::RemoveOption { index } => {
                option(&decision.options, index)?;
                let text = decision.options.remove(index);
                return Ok(Some(DecisionEdit::InsertOption { index, text }));
            }
            DecisionEdit::InsertOption { index, text } => {
                let index = index.min(decision.options.len());
                decision.options.insert(index, text);
            }
            DecisionEdit::Department { department_id, takes_part } => toggle(&mut decision.departments, department_id, takes_part),
            DecisionEdit::SupersededBy(by) => decision.superseded_by = by.filter(|b| !b.is_empty()),
            DecisionEdit::AddAction { text } => decision.actions.push(FollowUp {
                id: env.new_id(),
                text: values::non_empty(&text, "A follow-up action")?,
                owner_department: None,
                due: None,
                status: ActionStatus::Open,
                updated_at: now,
                extra: Default::default(),
            }),
            DecisionEdit::EditAction { action_id, edit } => {
                entity::edit(&mut decision.actions, &action_id, now, LogError::EntryNotFound, |action| {
                    match edit {
                        ActionEdit::Text(text) => action.text = values::non_empty(&text, "A follow-up action")?,
                        ActionEdit::Owner(owner) => action.owner_department = owner.filter(|o| !o.is_empty()),
                        ActionEdit::Due(due) => action.due = due,
                        ActionEdit::Status(status) => action.status = status,
                    }
                    Ok(())
                })?;
            }
            DecisionEdit::RemoveAction { action_id } => {
                let removed = entity::remove(&mut decision.actions, &action_id).ok_or(LogError::EntryNotFound)?;
                return Ok(Some(DecisionEdit::RestoreAction(removed)));
            }
            DecisionEdit::RestoreAction(removed) => drop(entity::restore(&mut decision.actions, removed)),
        }
        Ok(None)
    })?;
    Ok(undo.map(|edit| LogEdit::EditDecision { decision_id: decision_id.clone(), edit }))
}

/// Refuses `decision_id` being superseded by itself, by an unknown decision,
/// or by one that (through its own replacements) leads back to it.
fn check_superseding(plan: &Plan, decision_id: &DecisionId, by: &DecisionId) -> Result<(), LogError> {
    if by == decision_id {
        return Err(LogError::SupersedesItself);
    }
    let title = |id: &DecisionId| entity::find(&plan.decisions, id).map(|d| d.title.clone());
    title(by).ok_or(LogError::EntryNotFound)?;
    let mut chain = vec![title(decision_id).unwrap_or_default()];
    let mut here = Some(by.clone());
    while let Some(id) = here {
        chain.push(title(&id).unwrap_or_default());
        if id == *decision_id {
            return Err(LogError::SupersedingLoop(chain));
        }
        if chain.len() > plan.decisions.len() + 1 {
            break; // an older loop that does not pass through this decision
        }
        here = entity::find(&plan.decisions, &id).and_then(|d| d.superseded_by.clone());
    }
    Ok(())
}

fn toggle(ids: &mut Vec<DepartmentId>, id: DepartmentId, present: bool) {
    ids.retain(|d| *d != id);
    if present {
        ids.push(id);
    }
}
