//! Reads each part of a Liaison file out of parsed JSON (see [`super::read`]):
//! defaults for what is missing, exact paths for what is wrong, and unknown
//! fields kept in `extra`.

use std::collections::BTreeMap;

use serde_json::Value;

use super::envelope::Envelope;
use super::error::ImportError;
use super::read::{wrong, Fields};
use crate::model::approval::{ApprovalRound, SignOff};
use crate::model::objective::{Initiative, Measure, Objective};
use crate::model::tracking::{Decision, FollowUp, Lesson, PlanUpdate};
use crate::model::{Board, Department, Horizon, Keyed, Plan, StakeholderMap};

type Read<T> = Result<T, ImportError>;

/// The whole file.
pub fn envelope(value: Value) -> Read<Envelope> {
    let mut f = Fields::new(value, "")?;
    Ok(Envelope {
        format: f.text("format")?,
        version: f.opt_whole("version")?.unwrap_or_default(),
        exported_at: f.text("exported_at")?,
        exported_by: f.text("exported_by")?,
        plans: f.list("plans", plan)?,
        boards: f.list("boards", board)?,
        stakeholder_maps: f.list("stakeholder_maps", stakeholder_map)?,
        responses: f.list("responses", |value, _| Ok(value))?,
        extra: f.rest(),
    })
}

/// A value of a closed set (`"in_review"`), if present.
fn opt_choice<T: Keyed>(f: &mut Fields, key: &str) -> Read<Option<T>> {
    let Some(text) = f.opt_text(key)? else { return Ok(None) };
    T::from_key(&text).map(Some).ok_or_else(|| {
        let allowed: Vec<&str> = T::ALL.iter().map(|v| v.key()).collect();
        ImportError::WrongType {
            path: f.path_of(key),
            detail: format!("\"{text}\" is not an allowed value (expected one of {})", allowed.join(", ")),
        }
    })
}

/// A value of a closed set, or its default when missing.
fn choice<T: Keyed + Default>(f: &mut Fields, key: &str) -> Read<T> {
    Ok(opt_choice(f, key)?.unwrap_or_default())
}

fn plan(value: Value, path: &str) -> Read<Plan> {
    let mut f = Fields::new(value, path)?;
    Ok(Plan {
        id: f.required_text("id")?,
        title: f.text("title")?,
        vision: f.text("vision")?,
        horizon: f.object("horizon", |mut h| Ok(Horizon { start: h.opt_text("start")?, end: h.opt_text("end")? }))?.unwrap_or_default(),
        status: choice(&mut f, "status")?,
        departments: f.list("departments", department)?,
        objectives: f.list("objectives", objective)?,
        initiatives: f.list("initiatives", initiative)?,
        approval_rounds: f.list("approval_rounds", approval_round)?,
        decisions: f.list("decisions", decision)?,
        updates: f.list("updates", plan_update)?,
        lessons: f.list("lessons", lesson)?,
        created_at: f.text("created_at")?,
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

fn department(value: Value, path: &str) -> Read<Department> {
    let mut f = Fields::new(value, path)?;
    Ok(Department {
        id: f.required_text("id")?,
        name: f.text("name")?,
        head: f.text("head")?,
        representative: f.text("representative")?,
        colour: f.text("colour")?,
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

fn objective(value: Value, path: &str) -> Read<Objective> {
    let mut f = Fields::new(value, path)?;
    let measure = |mut m: Fields| {
        Ok(Measure { name: m.text("name")?, target: m.opt_number("target")?, current: m.opt_number("current")?, unit: m.text("unit")? })
    };
    Ok(Objective {
        id: f.required_text("id")?,
        title: f.text("title")?,
        description: f.text("description")?,
        measure: f.object("measure", measure)?.unwrap_or_default(),
        owner_department: f.opt_text("owner_department")?,
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

fn initiative(value: Value, path: &str) -> Read<Initiative> {
    let mut f = Fields::new(value, path)?;
    Ok(Initiative {
        id: f.required_text("id")?,
        objective_id: f.required_text("objective_id")?,
        title: f.text("title")?,
        description: f.text("description")?,
        lead_department: f.opt_text("lead_department")?,
        contributing_departments: f.texts("contributing_departments")?,
        start: f.opt_text("start")?,
        due: f.opt_text("due")?,
        status: choice(&mut f, "status")?,
        progress: match f.take("progress") {
            None => 0,
            Some(value) => match value.as_u64() {
                Some(p) if p <= 100 => p as u8,
                _ => return Err(wrong(&f.path_of("progress"), "a whole number from 0 to 100", &value)),
            },
        },
        depends_on: f.texts("depends_on")?,
        raci: f
            .object("raci", |mut roles| {
                let mut raci = BTreeMap::new();
                for department in roles.keys() {
                    if let Some(role) = opt_choice(&mut roles, &department)? {
                        raci.insert(department, role);
                    }
                }
                Ok(raci)
            })?
            .unwrap_or_default(),
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

fn approval_round(value: Value, path: &str) -> Read<ApprovalRound> {
    let mut f = Fields::new(value, path)?;
    Ok(ApprovalRound {
        id: f.required_text("id")?,
        plan_hash: f.text("plan_hash")?,
        opened_at: f.text("opened_at")?,
        due: f.opt_text("due")?,
        required_departments: f.texts("required_departments")?,
        sign_offs: f.list("sign_offs", sign_off)?,
        extra: f.rest(),
    })
}

fn sign_off(value: Value, path: &str) -> Read<SignOff> {
    let mut f = Fields::new(value, path)?;
    Ok(SignOff {
        department_id: f.required_text("department_id")?,
        state: choice(&mut f, "state")?,
        by: f.text("by")?,
        at: f.text("at")?,
        comment: f.text("comment")?,
        plan_hash: f.text("plan_hash")?,
        extra: f.rest(),
    })
}

fn decision(value: Value, path: &str) -> Read<Decision> {
    let mut f = Fields::new(value, path)?;
    Ok(Decision {
        id: f.required_text("id")?,
        date: f.text("date")?,
        title: f.text("title")?,
        context: f.text("context")?,
        options: f.texts("options")?,
        decision: f.text("decision")?,
        rationale: f.text("rationale")?,
        departments: f.texts("departments")?,
        actions: f.list("actions", follow_up)?,
        superseded_by: f.opt_text("superseded_by")?,
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

fn follow_up(value: Value, path: &str) -> Read<FollowUp> {
    let mut f = Fields::new(value, path)?;
    Ok(FollowUp {
        id: f.required_text("id")?,
        text: f.text("text")?,
        owner_department: f.opt_text("owner_department")?,
        due: f.opt_text("due")?,
        status: choice(&mut f, "status")?,
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

fn plan_update(value: Value, path: &str) -> Read<PlanUpdate> {
    let mut f = Fields::new(value, path)?;
    Ok(PlanUpdate {
        id: f.required_text("id")?,
        date: f.text("date")?,
        title: f.text("title")?,
        text: f.text("text")?,
        departments: f.texts("departments")?,
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

fn lesson(value: Value, path: &str) -> Read<Lesson> {
    let mut f = Fields::new(value, path)?;
    Ok(Lesson {
        id: f.required_text("id")?,
        what_happened: f.text("what_happened")?,
        category: choice(&mut f, "category")?,
        applied: match f.take("applied") {
            None => false,
            Some(Value::Bool(b)) => b,
            Some(other) => return Err(wrong(&f.path_of("applied"), "true or false", &other)),
        },
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

/// The fields every board and stakeholder map has.
macro_rules! titled_document {
    ($name:ident, $type:ident) => {
        fn $name(value: Value, path: &str) -> Read<$type> {
            let mut f = Fields::new(value, path)?;
            Ok($type {
                id: f.required_text("id")?,
                title: f.text("title")?,
                plan_id: f.opt_text("plan_id")?,
                created_at: f.text("created_at")?,
                updated_at: f.text("updated_at")?,
                extra: f.rest(),
            })
        }
    };
}

titled_document!(board, Board);
titled_document!(stakeholder_map, StakeholderMap);
