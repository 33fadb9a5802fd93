//! Checks and repairs one board read from a file: repeated or missing ids are
//! refused; notes and clusters that point at nothing are moved to the first
//! area, votes for notes or people no longer there are dropped — each repair
//! said in one sentence per kind, however many notes it touched.

use std::collections::BTreeSet;

use serde_json::Map;

use super::error::ImportError;
use super::repair::{check_ids, repair_title};
use super::warning::Warning;
use crate::model::board::{Area, Board};
use crate::model::ids::{AreaId, ClusterId, NoteId, ParticipantId};
use crate::model::palette::Colour;

/// The id given to the area made for notes when a board has none.
const RECOVERED_AREA: &str = "recovered-notes";

pub fn repair_board(board: &mut Board, path: &str, warnings: &mut Vec<Warning>) -> Result<(), ImportError> {
    check_ids(|| format!("{path}.areas"), board.areas.iter().map(|a| a.id.as_str()))?;
    check_ids(|| format!("{path}.clusters"), board.clusters.iter().map(|c| c.id.as_str()))?;
    check_ids(|| format!("{path}.notes"), board.notes.iter().map(|n| n.id.as_str()))?;
    if let Some(voting) = &board.voting {
        check_ids(|| format!("{path}.voting.participants"), voting.participants.iter().map(|p| p.id.as_str()))?;
    }
    let updated_at = board.updated_at;
    for (n, area) in board.areas.iter_mut().enumerate() {
        repair_title(&mut area.title, &format!("Area {}", n + 1), || format!("{path}.areas[{n}]"), warnings);
    }
    let areas: BTreeSet<AreaId> = board.areas.iter().map(|a| a.id.clone()).collect();
    let lost_notes = board.notes.iter().filter(|n| !areas.contains(&n.area_id)).count();
    let lost_clusters = board.clusters.iter().filter(|c| !areas.contains(&c.area_id)).count();
    if lost_notes + lost_clusters > 0 {
        if board.areas.is_empty() {
            board.areas.push(Area { id: RECOVERED_AREA.into(), title: "Notes".into(), department_id: None, updated_at, extra: Map::new() });
        }
        let first = board.areas[0].clone();
        for cluster in board.clusters.iter_mut().filter(|c| !areas.contains(&c.area_id)) {
            cluster.area_id = first.id.clone();
        }
        for note in board.notes.iter_mut().filter(|n| !areas.contains(&n.area_id)) {
            note.area_id = first.id.clone();
        }
        if lost_clusters > 0 {
            let sentence = format!("{} in no area of the board and moved to “{}”.", count(lost_clusters, "group was", "groups were"), first.title);
            warnings.push(Warning::said(path, sentence));
        }
        if lost_notes > 0 {
            let sentence = format!("{} in no area of the board and moved to “{}”.", count(lost_notes, "note was", "notes were"), first.title);
            warnings.push(Warning::said(path, sentence));
        }
    }
    for (n, cluster) in board.clusters.iter_mut().enumerate() {
        repair_title(&mut cluster.title, "Group", || format!("{path}.clusters[{n}]"), warnings);
    }
    repair_notes(board, path, warnings);
    repair_votes(board, path, warnings);
    Ok(())
}

fn repair_notes(board: &mut Board, path: &str, warnings: &mut Vec<Warning>) {
    let clusters: std::collections::BTreeMap<&ClusterId, &AreaId> = board.clusters.iter().map(|c| (&c.id, &c.area_id)).collect();
    let (mut ungrouped, mut followed, mut recoloured) = (0, 0, 0);
    for note in board.notes.iter_mut() {
        if let Some(cluster) = &note.cluster_id {
            match clusters.get(cluster) {
                None => {
                    note.cluster_id = None;
                    ungrouped += 1;
                }
                Some(&area) if *area != note.area_id => {
                    note.area_id = area.clone();
                    followed += 1;
                }
                Some(_) => {}
            }
        }
        if note.colour.as_deref().is_some_and(|c| Colour::from_name(c).is_none()) {
            note.colour = None;
            recoloured += 1;
        }
    }
    if ungrouped > 0 {
        let sentence = format!("{} in a group that is not on the board, so now in no group.", count(ungrouped, "note was", "notes were"));
        warnings.push(Warning::said(path, sentence));
    }
    if followed > 0 {
        let sentence = format!("{} outside the area of their group and moved into it.", count(followed, "note was", "notes were"));
        warnings.push(Warning::said(path, sentence));
    }
    if recoloured > 0 {
        let sentence = format!("{} a colour that is not in the palette, so it was left out.", count(recoloured, "note had", "notes had"));
        warnings.push(Warning::said(path, sentence));
    }
}

fn repair_votes(board: &mut Board, path: &str, warnings: &mut Vec<Warning>) {
    let Some(voting) = &mut board.voting else { return };
    let notes: BTreeSet<&NoteId> = board.notes.iter().map(|n| &n.id).collect();
    let participants: BTreeSet<&ParticipantId> = voting.participants.iter().map(|p| &p.id).collect();
    let before = voting.votes.len();
    voting.votes.retain(|v| notes.contains(&v.note_id) && participants.contains(&v.participant_id));
    let dropped = before - voting.votes.len();
    if dropped > 0 {
        let sentence = format!(
            "{} for a note or a participant that is not on the board and {} dropped.",
            count(dropped, "vote was", "votes were"),
            if dropped == 1 { "was" } else { "were" }
        );
        warnings.push(Warning::said(format!("{path}.voting"), sentence));
    }
}

/// "1 note was" / "3 notes were".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::board::Cluster;

    #[test]
    fn a_lost_cluster_goes_to_the_first_area_and_its_notes_follow_it() {
        let mut board = Board::new("b".into(), "T".into(), None, crate::model::testing::now());
        board.areas.push(Area { id: "a".into(), title: String::new(), department_id: None, updated_at: board.updated_at, extra: Map::new() });
        board.clusters.push(Cluster {
            id: "c".into(), area_id: "gone".into(), title: "G".into(), collapsed: false, updated_at: board.updated_at, extra: Map::new(),
        });
        let mut warnings = Vec::new();
        repair_board(&mut board, "boards[0]", &mut warnings).unwrap();
        assert_eq!(board.clusters[0].area_id, "a");
        assert_eq!(board.areas[0].title, "Area 1");
        assert_eq!(board.clusters[0].updated_at, board.updated_at);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[1].to_string().contains("1 group was in no area"), "{warnings:?}");
    }
}
