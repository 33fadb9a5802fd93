//! Reads one board out of parsed JSON (see [`super::read`]): its areas,
//! groups, notes, voting and timer, and its copy of the departments it uses,
//! which is forgiving: an entry that cannot be shown is left out, and said.

use std::collections::BTreeSet;

use super::error::ImportError;
use super::read::{describe, Fields};
use super::readers::whole_u32;
use super::warning::{CopyRepair, Repair, Warning};
use crate::model::board::{Area, Cluster, KnownDepartment, Note, Participant, Timer, Vote, Voting};
use crate::model::palette::Colour;
use crate::model::time::Timestamp;
use crate::model::Board;

type Read<T> = Result<T, ImportError>;

/// A board. Its parts that lack a time of their own take the board's.
pub(super) fn board(mut f: Fields, file_time: Timestamp) -> Read<Board> {
    let updated_at = f.time("updated_at", file_time)?;
    let at = updated_at;
    Ok(Board {
        id: f.id("id")?,
        title: f.text("title")?,
        plan_id: f.opt_id("plan_id")?,
        columns: whole_u32(&mut f, "columns")?.unwrap_or_default(),
        texts_hidden: f.opt_bool("texts_hidden")?.unwrap_or_default(),
        note_department: f.opt_id("note_department")?,
        departments: known_departments(&mut f),
        areas: f.list("areas", |a| area(a, at))?,
        clusters: f.list("clusters", |c| cluster(c, at))?,
        notes: f.list("notes", |n| note(n, at))?,
        voting: f.object("voting", |v| voting(v, at))?,
        timer: f.object("timer", |mut t| {
            Ok(Timer {
                duration_ms: t.opt_whole("duration_ms")?.unwrap_or_default(),
                remaining_ms: t.opt_whole("remaining_ms")?.unwrap_or_default(),
                started_at_ms: t.opt_whole("started_at_ms")?,
            })
        })?,
        created_at: f.time("created_at", updated_at)?,
        updated_at,
        extra: f.rest(),
    })
}

/// The board's copy of its departments. Only a convenience for showing
/// notes where the plan is not, so nothing in it refuses the file: an entry
/// without an id or a name, unreadable, or repeated is left out, a colour not
/// in the palette becomes grey, and each is noted.
fn known_departments(f: &mut Fields) -> Vec<KnownDepartment> {
    let path = f.path_of("departments");
    let notes = f.notes().clone();
    let note = |path: String, repair: CopyRepair| notes.push(Warning::new(path, Repair::DepartmentCopy(repair)));
    let items = match f.take("departments") {
        None => return Vec::new(),
        Some(serde_json::Value::Array(items)) => items,
        Some(other) => {
            note(path, CopyRepair::Unreadable { detail: format!("it should be a list, but it is {}", describe(&other)) });
            return Vec::new();
        }
    };
    let mut seen = BTreeSet::new();
    let mut kept = Vec::new();
    for (n, value) in items.into_iter().enumerate() {
        let at = format!("{path}[{n}]");
        let read = Fields::new(value, &at, &notes).and_then(|mut d| Ok((d.text("id")?, d.text("name")?, d.text("colour")?)));
        let (id, name, mut colour) = match read {
            Ok(entry) => entry,
            Err(ImportError::WrongType { path, detail }) => {
                note(path, CopyRepair::Unreadable { detail });
                continue;
            }
            Err(other) => {
                note(at, CopyRepair::Unreadable { detail: other.to_string() });
                continue;
            }
        };
        if id.trim().is_empty() || name.trim().is_empty() {
            note(at, CopyRepair::Incomplete);
            continue;
        }
        if !seen.insert(id.clone()) {
            note(at, CopyRepair::Repeated { id });
            continue;
        }
        if Colour::from_name(&colour).is_none() {
            note(at, CopyRepair::UnknownColour { found: std::mem::replace(&mut colour, "grey".into()) });
        }
        kept.push(KnownDepartment { id: id.into(), name, colour });
    }
    kept
}

fn area(mut f: Fields, board_time: Timestamp) -> Read<Area> {
    Ok(Area {
        id: f.id("id")?,
        title: f.text("title")?,
        department_id: f.opt_id("department_id")?,
        updated_at: f.time("updated_at", board_time)?,
        extra: f.rest(),
    })
}

fn cluster(mut f: Fields, board_time: Timestamp) -> Read<Cluster> {
    Ok(Cluster {
        id: f.id("id")?,
        area_id: f.text("area_id")?.into(),
        title: f.text("title")?,
        collapsed: f.opt_bool("collapsed")?.unwrap_or_default(),
        updated_at: f.time("updated_at", board_time)?,
        extra: f.rest(),
    })
}

fn note(mut f: Fields, board_time: Timestamp) -> Read<Note> {
    let updated_at = f.time("updated_at", board_time)?;
    Ok(Note {
        id: f.id("id")?,
        area_id: f.text("area_id")?.into(),
        text: f.text("text")?,
        department_id: f.opt_id("department_id")?,
        label: f.opt_text("label")?,
        colour: f.opt_text("colour")?,
        author: f.opt_text("author")?,
        cluster_id: f.opt_id("cluster_id")?,
        created_at: f.time("created_at", updated_at)?,
        updated_at,
        extra: f.rest(),
    })
}

fn voting(mut f: Fields, board_time: Timestamp) -> Read<Voting> {
    Ok(Voting {
        participants: f.list("participants", |mut p| {
            Ok(Participant {
                id: p.id("id")?,
                name: p.text("name")?,
                department_id: p.opt_id("department_id")?,
                extra: p.rest(),
            })
        })?,
        votes_per_person: whole_u32(&mut f, "votes_per_person")?.unwrap_or_default(),
        allow_multiple_per_note: f.opt_bool("allow_multiple_per_note")?.unwrap_or_default(),
        votes: f.list("votes", |mut v| {
            Ok(Vote { participant_id: v.text("participant_id")?.into(), note_id: v.text("note_id")?.into(), extra: v.rest() })
        })?,
        results_revealed: f.opt_bool("results_revealed")?.unwrap_or_default(),
        started_at: f.time("started_at", board_time)?,
        extra: f.rest(),
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::format::read::Notes;

    #[test]
    fn a_board_keeps_its_departments_and_leaves_out_what_it_cannot_show() {
        let notes = Notes::default();
        let value = json!({ "id": "b", "title": "Retro", "departments": [
            { "id": "d-it", "name": "IT", "colour": "blue" },
            "Finance",
            { "id": "d-hr", "name": 5, "colour": "grey" },
            { "id": "", "name": "Nobody", "colour": "grey" },
            { "id": "d-it", "name": "IT again", "colour": "orange" },
            { "id": "d-ops", "name": "Ops", "colour": "pink" }
        ]});
        let board = board(Fields::new(value, "boards[0]", &notes).unwrap(), Timestamp::EPOCH).unwrap();
        let kept: Vec<(&str, &str, &str)> = board.departments.iter().map(|d| (d.id.as_str(), d.name.as_str(), d.colour.as_str())).collect();
        assert_eq!(kept, [("d-it", "IT", "blue"), ("d-ops", "Ops", "grey")]);
        let said: Vec<String> = notes.take().iter().map(ToString::to_string).collect();
        assert_eq!(said, [
            "boards[0].departments[1]: it should be an object, but it is the text \"Finance\", so this department was left out.",
            "boards[0].departments[2].name: it should be text, but it is the number 5, so this department was left out.",
            "boards[0].departments[3]: a department without an id or a name was left out.",
            "boards[0].departments[4]: the department “d-it” was listed again and left out.",
            "boards[0].departments[5]: “pink” is not a department colour, so it is shown grey.",
        ]);
    }

    #[test]
    fn departments_that_are_not_a_list_are_left_out_and_the_board_still_reads() {
        let notes = Notes::default();
        let value = json!({ "id": "b", "title": "Retro", "departments": 5 });
        let board = board(Fields::new(value, "boards[0]", &notes).unwrap(), Timestamp::EPOCH).unwrap();
        assert!(board.departments.is_empty());
        let warnings = notes.take();
        assert_eq!(warnings[0].repair, Repair::DepartmentCopy(CopyRepair::Unreadable { detail: "it should be a list, but it is the number 5".into() }));
    }
}
