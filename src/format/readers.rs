//! Reads each part of a Liaison file out of parsed JSON (see [`super::read`]):
//! defaults for what is missing, exact paths for what is wrong, and unknown
//! fields kept in `extra`.

use std::collections::BTreeMap;

use serde_json::Value;

use super::envelope::Envelope;
use super::error::ImportError;
use super::read::{wrong, Fields};
use crate::model::alignment::{DepartmentObjective, InformationNeed};
use crate::model::approval::{ApprovalRound, SignOff};
use crate::model::objective::{Initiative, Measure, Objective};
use crate::model::promote::Origin;
use crate::model::review::{Comment, Response};
use crate::model::tracking::{Decision, FollowUp, Lesson, PlanUpdate};
use crate::model::board::{Area, Cluster, Note, Participant, Timer, Vote, Voting};
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
        responses: f.list("responses", response)?,
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
        department_objectives: f.list("department_objectives", department_objective)?,
        information_needs: f.list("information_needs", information_need)?,
        approval_rounds: f.list("approval_rounds", approval_round)?,
        comments: f.list("comments", comment)?,
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
        origin: origin_of(&mut f),
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

/// Where a plan item came from. It is provenance only, so one this version
/// cannot read (a newer kind of item, a wrong value) does not refuse the file:
/// it is kept as it came, in the item's unknown fields, and written back.
fn origin_of(f: &mut Fields) -> Option<Origin> {
    let value = f.take("origin")?;
    match Fields::new(value.clone(), "origin").and_then(origin) {
        Ok(origin) => Some(origin),
        Err(_) => {
            f.keep("origin", value);
            None
        }
    }
}

fn origin(mut f: Fields) -> Read<Origin> {
    Ok(Origin {
        board_id: f.required_text("board_id")?,
        board_title: f.text("board_title")?,
        item: choice(&mut f, "item")?,
        item_id: f.text("item_id")?,
        votes: whole_u32(&mut f, "votes")?,
        at: f.text("at")?,
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
        origin: origin_of(&mut f),
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

fn department_objective(value: Value, path: &str) -> Read<DepartmentObjective> {
    let mut f = Fields::new(value, path)?;
    Ok(DepartmentObjective {
        id: f.required_text("id")?,
        department_id: f.required_text("department_id")?,
        title: f.text("title")?,
        aligned_to: f.opt_text("aligned_to")?,
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

fn information_need(value: Value, path: &str) -> Read<InformationNeed> {
    let mut f = Fields::new(value, path)?;
    Ok(InformationNeed {
        id: f.required_text("id")?,
        from_department: f.required_text("from_department")?,
        to_department: f.required_text("to_department")?,
        what: f.text("what")?,
        due: f.opt_text("due")?,
        agreed: match f.take("agreed") {
            None => false,
            Some(Value::Bool(b)) => b,
            Some(other) => return Err(wrong(&f.path_of("agreed"), "true or false", &other)),
        },
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
        origin: origin_of(&mut f),
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
        origin: origin_of(&mut f),
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

fn comment(value: Value, path: &str) -> Read<Comment> {
    let mut f = Fields::new(value, path)?;
    Ok(Comment {
        id: f.required_text("id")?,
        department_id: f.opt_text("department_id")?,
        by: f.text("by")?,
        at: f.text("at")?,
        on: f.opt_text("on")?,
        round_id: f.opt_text("round_id")?,
        plan_hash: f.text("plan_hash")?,
        text: f.text("text")?,
        objection: f.opt_bool("objection")?.unwrap_or_default(),
        resolved_at: f.opt_text("resolved_at")?,
        resolution: f.text("resolution")?,
        decision_id: f.opt_text("decision_id")?,
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

fn response(value: Value, path: &str) -> Read<Response> {
    let mut f = Fields::new(value, path)?;
    Ok(Response {
        plan_id: f.required_text("plan_id")?,
        plan_title: f.text("plan_title")?,
        round_id: f.required_text("round_id")?,
        department_id: f.required_text("department_id")?,
        department_name: f.text("department_name")?,
        plan_hash: f.text("plan_hash")?,
        by: f.text("by")?,
        at: f.text("at")?,
        sign_off: {
            let path = f.path_of("sign_off");
            f.take("sign_off").map(|value| sign_off(value, &path)).transpose()?
        },
        comments: f.list("comments", comment)?,
        extra: f.rest(),
    })
}

/// The fields every stakeholder map has.
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

titled_document!(stakeholder_map, StakeholderMap);

fn board(value: Value, path: &str) -> Read<Board> {
    let mut f = Fields::new(value, path)?;
    Ok(Board {
        id: f.required_text("id")?,
        title: f.text("title")?,
        plan_id: f.opt_text("plan_id")?,
        columns: whole_u32(&mut f, "columns")?.unwrap_or_default(),
        texts_hidden: f.opt_bool("texts_hidden")?.unwrap_or_default(),
        areas: f.list("areas", area)?,
        clusters: f.list("clusters", cluster)?,
        notes: f.list("notes", note)?,
        voting: {
            let path = f.path_of("voting");
            f.take("voting").map(|value| voting(value, &path)).transpose()?
        },
        timer: f.object("timer", |mut t| {
            Ok(Timer {
                duration_ms: t.opt_whole("duration_ms")?.unwrap_or_default(),
                remaining_ms: t.opt_whole("remaining_ms")?.unwrap_or_default(),
                started_at_ms: t.opt_whole("started_at_ms")?,
            })
        })?,
        created_at: f.text("created_at")?,
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

/// A whole number that fits 32 bits (counts, budgets).
fn whole_u32(f: &mut Fields, key: &str) -> Read<Option<u32>> {
    let path = f.path_of(key);
    match f.take(key) {
        None => Ok(None),
        Some(value) => match value.as_u64() {
            Some(n) if n <= u64::from(u32::MAX) => Ok(Some(n as u32)),
            _ => Err(wrong(&path, "a whole number from 0", &value)),
        },
    }
}

fn area(value: Value, path: &str) -> Read<Area> {
    let mut f = Fields::new(value, path)?;
    Ok(Area { id: f.required_text("id")?, title: f.text("title")?, updated_at: f.text("updated_at")?, extra: f.rest() })
}

fn cluster(value: Value, path: &str) -> Read<Cluster> {
    let mut f = Fields::new(value, path)?;
    Ok(Cluster {
        id: f.required_text("id")?,
        area_id: f.text("area_id")?,
        title: f.text("title")?,
        collapsed: f.opt_bool("collapsed")?.unwrap_or_default(),
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

fn note(value: Value, path: &str) -> Read<Note> {
    let mut f = Fields::new(value, path)?;
    Ok(Note {
        id: f.required_text("id")?,
        area_id: f.text("area_id")?,
        text: f.text("text")?,
        department_id: f.opt_text("department_id")?,
        label: f.opt_text("label")?,
        colour: f.opt_text("colour")?,
        author: f.opt_text("author")?,
        cluster_id: f.opt_text("cluster_id")?,
        created_at: f.text("created_at")?,
        updated_at: f.text("updated_at")?,
        extra: f.rest(),
    })
}

fn voting(value: Value, path: &str) -> Read<Voting> {
    let mut f = Fields::new(value, path)?;
    Ok(Voting {
        participants: f.list("participants", |value, path| {
            let mut p = Fields::new(value, path)?;
            Ok(Participant {
                id: p.required_text("id")?,
                name: p.text("name")?,
                department_id: p.opt_text("department_id")?,
                extra: p.rest(),
            })
        })?,
        votes_per_person: whole_u32(&mut f, "votes_per_person")?.unwrap_or_default(),
        allow_multiple_per_note: f.opt_bool("allow_multiple_per_note")?.unwrap_or_default(),
        votes: f.list("votes", |value, path| {
            let mut v = Fields::new(value, path)?;
            Ok(Vote { participant_id: v.text("participant_id")?, note_id: v.text("note_id")?, extra: v.rest() })
        })?,
        results_revealed: f.opt_bool("results_revealed")?.unwrap_or_default(),
        started_at: f.text("started_at")?,
        extra: f.rest(),
    })
}
