//! Reads one stakeholder map out of parsed JSON (see [`super::read`]),
//! forgivingly: a stakeholder, placement, contact or assessment that cannot
//! be read is left out with its path; a score outside 1–5 is clamped, an
//! unknown attitude reads as neutral and another unknown value takes its
//! default — each said in a typed warning. Only the map's own id and a list
//! that is not a list refuse it, as for every document.

use serde_json::Value;

use super::error::ImportError;
use super::read::{describe, Fields, Notes};
use super::warning::{Repair, StakeholderRepair, Warning};
use crate::model::board::Participant;
use crate::model::keyed::Keyed;
use crate::model::stakeholder::{
    Assessment, AssessmentScore, Attitude, Channel, Communication, ContactEntry, Frequency, Placement, PlacementHow, Score, Settled,
    Stakeholder, StakeholderKind, StakeholderMap, Strategy,
};
use crate::model::time::Timestamp;

type Read<T> = Result<T, ImportError>;

/// A map. Its parts that lack a time of their own take the map's.
pub(super) fn stakeholder_map(mut f: Fields, file_time: Timestamp) -> Read<StakeholderMap> {
    let updated_at = f.time("updated_at", file_time)?;
    Ok(StakeholderMap {
        id: f.id("id")?,
        title: f.text("title")?,
        plan_id: f.opt_id("plan_id")?,
        stakeholders: forgiving(&mut f, "stakeholders", |s| stakeholder(s, updated_at)),
        assessments: forgiving(&mut f, "assessments", |a| assessment(a, updated_at)),
        created_at: f.time("created_at", updated_at)?,
        updated_at,
        extra: f.rest(),
    })
}

fn note(notes: &Notes, path: impl Into<String>, repair: StakeholderRepair) {
    notes.push(Warning::new(path, Repair::Stakeholder(repair)));
}

/// The readable items of a list; an item that is not (or a list that is
/// not one) is left out and said.
fn forgiving<T>(f: &mut Fields, key: &str, mut item: impl FnMut(Fields) -> Read<T>) -> Vec<T> {
    let (path, notes) = (f.path_of(key), f.notes().clone());
    let items = match f.take(key) {
        None => return Vec::new(),
        Some(Value::Array(items)) => items,
        Some(other) => {
            note(&notes, path, StakeholderRepair::Dropped { detail: format!("it should be a list, but it is {}", describe(&other)) });
            return Vec::new();
        }
    };
    let mut kept = Vec::with_capacity(items.len());
    for (n, value) in items.into_iter().enumerate() {
        let at = format!("{path}[{n}]");
        match Fields::new(value, &at, &notes).and_then(&mut item) {
            Ok(read) => kept.push(read),
            Err(ImportError::WrongType { path, detail }) => note(&notes, path, StakeholderRepair::Dropped { detail }),
            Err(other) => note(&notes, at, StakeholderRepair::Dropped { detail: other.to_string() }),
        }
    }
    kept
}

/// A score; missing, the middle (3); outside 1–5 or not a whole number, the
/// nearest score, said.
fn score(f: &mut Fields, key: &str) -> Score {
    let Some(value) = f.take(key) else { return Score::default() };
    let used = match &value {
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(whole), _) => Score::clamped(whole),
            (None, Some(x)) => Score::clamped(x.round().clamp(-10.0, 10.0) as i64),
            _ => Score::default(),
        },
        _ => Score::default(),
    };
    let found = match &value {
        Value::Number(n) => n.to_string(),
        other => describe(other),
    };
    if value.as_u64() != Some(u64::from(used.get())) {
        note(f.notes(), f.path_of(key), StakeholderRepair::ScoreClamped { found, used: used.get() });
    }
    used
}

/// A value of a closed set; missing it is `None`; unknown it is `None` too,
/// said (an attitude says it reads as neutral).
fn lenient<T: Keyed>(f: &mut Fields, key: &str, default: Option<T>) -> Read<Option<T>> {
    let Some(text) = f.opt_text(key)? else { return Ok(None) };
    if let Some(value) = T::from_key(&text) {
        return Ok(Some(value));
    }
    let repair = match default {
        _ if key == "attitude" => StakeholderRepair::UnknownAttitude { found: text },
        Some(used) => StakeholderRepair::UnknownValue { found: text, used: used.key() },
        None => StakeholderRepair::UnknownValue { found: text, used: "" },
    };
    note(f.notes(), f.path_of(key), repair);
    Ok(None)
}

fn stakeholder(mut f: Fields, map_time: Timestamp) -> Read<Stakeholder> {
    let updated_at = f.time("updated_at", map_time)?;
    Ok(Stakeholder {
        id: f.id("id")?,
        name: f.text("name")?,
        kind: lenient(&mut f, "kind", Some(StakeholderKind::Person))?.unwrap_or_default(),
        role: f.text("role")?,
        department_id: f.opt_id("department_id")?,
        organisation: f.text("organisation")?,
        contact: f.text("contact")?,
        power: score(&mut f, "power"),
        interest: score(&mut f, "interest"),
        attitude: lenient(&mut f, "attitude", Some(Attitude::Neutral))?.unwrap_or_default(),
        notes: f.text("notes")?,
        tags: f.texts("tags")?,
        initiative_ids: f.ids("initiative_ids")?,
        owner_department_id: f.opt_id("owner_department_id")?,
        strategy_override: lenient::<Strategy>(&mut f, "strategy_override", None)?,
        placements: forgiving(&mut f, "placements", |p| placement(p, updated_at)),
        communication: f.object("communication", |c| communication(c, updated_at))?.unwrap_or_default(),
        created_at: f.time("created_at", updated_at)?,
        updated_at,
        extra: f.rest(),
    })
}

fn placement(mut f: Fields, stakeholder_time: Timestamp) -> Read<Placement> {
    let at = f.time("at", stakeholder_time)?;
    Ok(Placement {
        day: f.day("day", at.day_utc())?,
        at,
        power: score(&mut f, "power"),
        interest: score(&mut f, "interest"),
        how: lenient(&mut f, "how", Some(PlacementHow::Added))?.unwrap_or_default(),
        by: f.text("by")?,
        assessment_id: f.opt_id("assessment_id")?,
    })
}

fn communication(mut f: Fields, stakeholder_time: Timestamp) -> Read<Communication> {
    let needs_to_hear = f.text("needs_to_hear")?;
    let channel = lenient::<Channel>(&mut f, "channel", None)?;
    Ok(Communication {
        needs_to_hear,
        channel,
        channel_other: f.text("channel_other")?,
        frequency: lenient::<Frequency>(&mut f, "frequency", None)?,
        last_contact: f.opt_day("last_contact")?,
        contacts: forgiving(&mut f, "contacts", |c| contact(c, stakeholder_time)),
    })
}

fn contact(mut f: Fields, stakeholder_time: Timestamp) -> Read<ContactEntry> {
    let id = f.id("id")?;
    let day = f.opt_day("day")?.ok_or_else(|| ImportError::WrongType { path: f.path_of("day"), detail: "a contact needs a day".into() })?;
    Ok(ContactEntry { id, day, note: f.text("note")?, updated_at: f.time("updated_at", stakeholder_time)?, extra: f.rest() })
}

fn assessment(mut f: Fields, map_time: Timestamp) -> Read<Assessment> {
    let updated_at = f.time("updated_at", map_time)?;
    let started_at = f.time("started_at", updated_at)?;
    Ok(Assessment {
        id: f.id("id")?,
        day: f.day("day", started_at.day_utc())?,
        stakeholder_ids: f.ids("stakeholder_ids")?,
        participants: forgiving(&mut f, "participants", |mut p| {
            Ok(Participant { id: p.id("id")?, name: p.text("name")?, department_id: p.opt_id("department_id")?, extra: p.rest() })
        }),
        scores: forgiving(&mut f, "scores", |mut s| {
            Ok(AssessmentScore {
                participant_id: s.id("participant_id")?,
                stakeholder_id: s.id("stakeholder_id")?,
                power: score(&mut s, "power"),
                interest: score(&mut s, "interest"),
                extra: s.rest(),
            })
        }),
        revealed: f.opt_bool("revealed")?.unwrap_or_default(),
        settled: forgiving(&mut f, "settled", |mut s| {
            Ok(Settled {
                stakeholder_id: s.id("stakeholder_id")?,
                power: score(&mut s, "power"),
                interest: score(&mut s, "interest"),
                median: s.opt_bool("median")?.unwrap_or_default(),
                extra: s.rest(),
            })
        }),
        started_at,
        updated_at,
        extra: f.rest(),
    })
}
