//! Reads each part of a Liaison file out of parsed JSON (see [`super::read`]):
//! defaults for what is missing, exact paths for what is wrong, and unknown
//! fields kept in `extra`.

use std::collections::BTreeMap;

use serde_json::Value;

use super::envelope::Envelope;
use super::error::ImportError;
use super::read::{wrong, Fields, Notes};
use crate::model::structure::{DepartmentObjective, InformationNeed};
use crate::model::approval::status::follow_round;
use crate::model::approval::{ApprovalRound, SignOff, Source};
use crate::model::hash::hash_of;
use super::warning::Warning;
use crate::model::structure::{Initiative, Measure, Objective};
use crate::model::provenance::Origin;
use crate::model::review::signature::{KeyCheck, Signature};
use crate::model::review::{Comment, Response};
use crate::model::tracking::{Decision, FollowUp, Lesson, PlanUpdate};
use crate::model::ids::{DepartmentId, RoundId, SignOffId};
use crate::model::time::Timestamp;
use crate::model::{Department, Horizon, Keyed, Plan, PlanStatus};

type Read<T> = Result<T, ImportError>;

/// The whole file; repairs made while reading are noted in `notes`.
pub fn envelope(value: Value, notes: &Notes) -> Read<Envelope> {
    let mut f = Fields::new(value, "", notes)?;
    // Times missing from the file's documents fall back to when the file was
    // written, or to the epoch when even that is unknown (never noted: the
    // envelope's own time is the app's, not the user's).
    let exported_at = f.opt_text("exported_at")?.as_deref().and_then(Timestamp::parse).unwrap_or(Timestamp::EPOCH);
    Ok(Envelope {
        format: f.text("format")?,
        version: f.opt_whole("version")?.unwrap_or_default(),
        exported_at,
        exported_by: f.text("exported_by")?,
        plans: f.list("plans", |p| plan(p, exported_at))?,
        boards: f.list("boards", |b| super::read_board::board(b, exported_at))?,
        stakeholder_maps: f.list("stakeholder_maps", |m| super::read_map::stakeholder_map(m, exported_at))?,
        board_templates: f.list("board_templates", |t| super::read_template::board_template(t, exported_at))?,
        responses: f.list("responses", |r| response(r, exported_at))?,
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

/// A plan. Its parts that lack a time of their own take the plan's.
fn plan(mut f: Fields, file_time: Timestamp) -> Read<Plan> {
    let updated_at = f.time("updated_at", file_time)?;
    let at = updated_at;
    let by_hand = f.opt_bool("status_set_by_hand")?;
    let mut plan = Plan {
        id: f.id("id")?,
        title: f.text("title")?,
        vision: f.text("vision")?,
        horizon: f.object("horizon", |mut h| Ok(Horizon { start: h.opt_day("start")?, end: h.opt_day("end")? }))?.unwrap_or_default(),
        status: choice(&mut f, "status")?,
        // Older files: a plan under way or closed was set so by hand.
        status_set_by_hand: false,
        departments: f.list("departments", |d| department(d, at))?,
        objectives: f.list("objectives", |o| objective(o, at))?,
        initiatives: f.list("initiatives", |i| initiative(i, at))?,
        department_objectives: f.list("department_objectives", |d| department_objective(d, at))?,
        information_needs: f.list("information_needs", |n| information_need(n, at))?,
        approval_rounds: f.list("approval_rounds", |r| approval_round(r, at))?,
        comments: f.list("comments", |c| comment(c, at))?,
        decisions: f.list("decisions", |d| decision(d, at))?,
        updates: f.list("updates", |u| plan_update(u, at))?,
        lessons: f.list("lessons", |l| lesson(l, at))?,
        created_at: f.time("created_at", updated_at)?,
        updated_at,
        extra: f.rest(),
    };
    plan.status_set_by_hand = by_hand.unwrap_or(matches!(plan.status, PlanStatus::InExecution | PlanStatus::Closed));
    // A status written before it followed the round (an approval gone stale
    // left "Approved") is put right as the plan is read.
    follow_round(&mut plan);
    Ok(plan)
}

fn department(mut f: Fields, plan_time: Timestamp) -> Read<Department> {
    Ok(Department {
        id: f.id("id")?,
        name: f.text("name")?,
        head: f.text("head")?,
        head_email: f.text("head_email")?,
        representative: f.text("representative")?,
        colour: f.text("colour")?,
        updated_at: f.time("updated_at", plan_time)?,
        extra: f.rest(),
    })
}

fn objective(mut f: Fields, plan_time: Timestamp) -> Read<Objective> {
    let measure = |mut m: Fields| {
        Ok(Measure { name: m.text("name")?, target: m.opt_number("target")?, current: m.opt_number("current")?, unit: m.text("unit")? })
    };
    Ok(Objective {
        id: f.id("id")?,
        title: f.text("title")?,
        description: f.text("description")?,
        measure: f.object("measure", measure)?.unwrap_or_default(),
        owner_department: f.opt_id("owner_department")?,
        origin: origin_of(&mut f, plan_time),
        updated_at: f.time("updated_at", plan_time)?,
        extra: f.rest(),
    })
}

/// Where a plan item came from. It is provenance only, so one this version
/// cannot read (a newer kind of item, a wrong value) does not refuse the file:
/// it is kept as it came, in the item's unknown fields, and written back.
fn origin_of(f: &mut Fields, fallback: Timestamp) -> Option<Origin> {
    let value = f.take("origin")?;
    // Read aside: its repairs count only if the origin is read, not kept as it came.
    let aside = Notes::default();
    match Fields::new(value.clone(), &f.path_of("origin"), &aside).and_then(|o| origin(o, fallback)) {
        Ok(origin) => {
            aside.take().into_iter().for_each(|w| f.notes().push(w));
            Some(origin)
        }
        Err(_) => {
            f.keep("origin", value);
            None
        }
    }
}

fn origin(mut f: Fields, fallback: Timestamp) -> Read<Origin> {
    Ok(Origin {
        board_id: f.id("board_id")?,
        board_title: f.text("board_title")?,
        item: choice(&mut f, "item")?,
        item_id: f.text("item_id")?,
        votes: whole_u32(&mut f, "votes")?,
        at: f.time("at", fallback)?,
        extra: f.rest(),
    })
}

fn initiative(mut f: Fields, plan_time: Timestamp) -> Read<Initiative> {
    Ok(Initiative {
        id: f.id("id")?,
        objective_id: f.id("objective_id")?,
        title: f.text("title")?,
        description: f.text("description")?,
        lead_department: f.opt_id("lead_department")?,
        contributing_departments: f.ids("contributing_departments")?,
        start: f.opt_day("start")?,
        due: f.opt_day("due")?,
        status: choice(&mut f, "status")?,
        progress: match f.take("progress") {
            None => 0,
            Some(value) => match value.as_u64() {
                Some(p) if p <= 100 => p as u8,
                _ => return Err(wrong(&f.path_of("progress"), "a whole number from 0 to 100", &value)),
            },
        },
        depends_on: f.ids("depends_on")?,
        raci: f
            .object("raci", |mut roles| {
                let mut raci = BTreeMap::new();
                for department in roles.keys() {
                    if let Some(role) = opt_choice(&mut roles, &department)? {
                        raci.insert(DepartmentId::from(department), role);
                    }
                }
                Ok(raci)
            })?
            .unwrap_or_default(),
        origin: origin_of(&mut f, plan_time),
        updated_at: f.time("updated_at", plan_time)?,
        extra: f.rest(),
    })
}

fn department_objective(mut f: Fields, plan_time: Timestamp) -> Read<DepartmentObjective> {
    Ok(DepartmentObjective {
        id: f.id("id")?,
        department_id: f.id("department_id")?,
        title: f.text("title")?,
        aligned_to: f.opt_id("aligned_to")?,
        updated_at: f.time("updated_at", plan_time)?,
        extra: f.rest(),
    })
}

fn information_need(mut f: Fields, plan_time: Timestamp) -> Read<InformationNeed> {
    Ok(InformationNeed {
        id: f.id("id")?,
        from_department: f.id("from_department")?,
        to_department: f.id("to_department")?,
        what: f.text("what")?,
        due: f.opt_day("due")?,
        agreed: match f.take("agreed") {
            None => false,
            Some(Value::Bool(b)) => b,
            Some(other) => return Err(wrong(&f.path_of("agreed"), "true or false", &other)),
        },
        updated_at: f.time("updated_at", plan_time)?,
        extra: f.rest(),
    })
}

fn approval_round(mut f: Fields, plan_time: Timestamp) -> Read<ApprovalRound> {
    let (id, opened_at) = (f.id::<RoundId>("id")?, f.time("opened_at", plan_time)?);
    let sign_offs: Vec<SignOff> = f.list("sign_offs", |s| sign_off(s, &id, opened_at))?;
    // Older files have no `updated_at` here: the round last changed with its latest sign-off.
    let changed = sign_offs.iter().map(|s| s.updated_at).fold(opened_at, Timestamp::max);
    let plan_hash = f.text("plan_hash")?;
    Ok(ApprovalRound {
        id,
        substance: substance(&mut f, &plan_hash),
        plan_hash,
        opened_at,
        due: f.opt_day("due")?,
        required_departments: f.ids("required_departments")?,
        sign_offs,
        updated_at: f.time("updated_at", changed)?,
        extra: f.rest(),
    })
}

/// The substance of version `plan_hash`, kept only if it is that version: one
/// that does not hash to it (edited by hand) is left out, and the version is
/// then shown without what it held.
fn substance(f: &mut Fields, plan_hash: &str) -> Option<Value> {
    let value = f.take("substance")?;
    if hash_of(&value) == plan_hash {
        return Some(value);
    }
    f.notes().push(Warning::said(f.path_of("substance"), "The copy of an approved version did not match that version and was left out."));
    None
}

fn sign_off(mut f: Fields, round_id: &RoundId, round_time: Timestamp) -> Read<SignOff> {
    let (department_id, at) = (f.id::<DepartmentId>("department_id")?, f.time("at", round_time)?);
    // Older files have no ids for sign-offs: one made of what it is gives the
    // same sign-off the same id in every copy of the file.
    let id = f.opt_id("id")?.unwrap_or_else(|| SignOffId::from(format!("{round_id}/{department_id}/{}", at.millis())));
    let plan_hash = f.text("plan_hash")?;
    Ok(SignOff {
        id,
        department_id,
        state: choice(&mut f, "state")?,
        by: f.text("by")?,
        at,
        comment: f.text("comment")?,
        source: Source::read(f.opt_text("source")?.as_deref(), f.opt_text("how")?.as_deref(), f.opt_text("key")?.as_deref()),
        signed_with: f.opt_text("signed_with")?,
        substance: substance(&mut f, &plan_hash),
        plan_hash,
        updated_at: f.time("updated_at", at)?,
        extra: f.rest(),
    })
}

fn decision(mut f: Fields, plan_time: Timestamp) -> Read<Decision> {
    let updated_at = f.time("updated_at", plan_time)?;
    Ok(Decision {
        id: f.id("id")?,
        date: f.day("date", updated_at.day_utc())?,
        title: f.text("title")?,
        context: f.text("context")?,
        options: f.texts("options")?,
        decision: f.text("decision")?,
        rationale: f.text("rationale")?,
        departments: f.ids("departments")?,
        actions: f.list("actions", |a| follow_up(a, updated_at))?,
        superseded_by: f.opt_id("superseded_by")?,
        origin: origin_of(&mut f, plan_time),
        updated_at,
        extra: f.rest(),
    })
}

fn follow_up(mut f: Fields, decision_time: Timestamp) -> Read<FollowUp> {
    Ok(FollowUp {
        id: f.id("id")?,
        text: f.text("text")?,
        owner_department: f.opt_id("owner_department")?,
        due: f.opt_day("due")?,
        status: choice(&mut f, "status")?,
        updated_at: f.time("updated_at", decision_time)?,
        extra: f.rest(),
    })
}

fn plan_update(mut f: Fields, plan_time: Timestamp) -> Read<PlanUpdate> {
    let updated_at = f.time("updated_at", plan_time)?;
    Ok(PlanUpdate {
        id: f.id("id")?,
        date: f.day("date", updated_at.day_utc())?,
        title: f.text("title")?,
        text: f.text("text")?,
        departments: f.ids("departments")?,
        updated_at,
        extra: f.rest(),
    })
}

fn lesson(mut f: Fields, plan_time: Timestamp) -> Read<Lesson> {
    Ok(Lesson {
        id: f.id("id")?,
        what_happened: f.text("what_happened")?,
        category: choice(&mut f, "category")?,
        applied: match f.take("applied") {
            None => false,
            Some(Value::Bool(b)) => b,
            Some(other) => return Err(wrong(&f.path_of("applied"), "true or false", &other)),
        },
        origin: origin_of(&mut f, plan_time),
        updated_at: f.time("updated_at", plan_time)?,
        extra: f.rest(),
    })
}

fn comment(mut f: Fields, plan_time: Timestamp) -> Read<Comment> {
    let updated_at = f.time("updated_at", plan_time)?;
    Ok(Comment {
        id: f.id("id")?,
        department_id: f.opt_id("department_id")?,
        by: f.text("by")?,
        at: f.time("at", updated_at)?,
        on: f.opt_id("on")?,
        round_id: f.opt_id("round_id")?,
        plan_hash: f.text("plan_hash")?,
        text: f.text("text")?,
        objection: f.opt_bool("objection")?.unwrap_or_default(),
        resolved_at: f.opt_time("resolved_at")?,
        resolution: f.text("resolution")?,
        decision_id: f.opt_id("decision_id")?,
        updated_at,
        extra: f.rest(),
    })
}

fn response(mut f: Fields, file_time: Timestamp) -> Read<Response> {
    let plan_id = f.id("plan_id")?;
    let (at, round_id) = (f.time("at", file_time)?, f.id::<RoundId>("round_id")?);
    Ok(Response {
        plan_id,
        plan_title: f.text("plan_title")?,
        department_id: f.id("department_id")?,
        department_name: f.text("department_name")?,
        plan_hash: f.text("plan_hash")?,
        by: f.text("by")?,
        at,
        sign_off: f.object("sign_off", |s| sign_off(s, &round_id, at))?,
        round_id,
        comments: f.list("comments", |c| comment(c, at))?,
        signature: f.object("signature", |mut s| Ok(Signature { public_key: s.text("public_key")?, value: s.text("value")? }))?,
        checked: KeyCheck::Unsigned,
        extra: f.rest(),
    })
}

/// A whole number that fits 32 bits (counts, budgets).
pub(super) fn whole_u32(f: &mut Fields, key: &str) -> Read<Option<u32>> {
    let path = f.path_of(key);
    match f.take(key) {
        None => Ok(None),
        Some(value) => match value.as_u64() {
            Some(n) if n <= u64::from(u32::MAX) => Ok(Some(n as u32)),
            _ => Err(wrong(&path, "a whole number from 0", &value)),
        },
    }
}
