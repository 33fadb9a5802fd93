//! Moving notes and clusters: by drag (to an area or cluster and a position)
//! and by keyboard (one step). Each move is one pass over the board's lists,
//! so boards with thousands of notes stay quick.

use super::edit::area_position;
use super::Board;
use super::edit::BoardError;
use crate::model::ids::{AreaId, ClusterId, NoteId};
use crate::model::time::Timestamp;

/// A keyboard move of one note or cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nudge {
    /// One place earlier in its cluster or among its area's loose notes (a
    /// cluster: among its area's clusters).
    Up,
    Down,
    /// To the end of the previous area's loose notes, leaving its cluster (a
    /// cluster: to the end of that area's clusters, with its notes).
    PreviousArea,
    NextArea,
}

/// Moves a note to position `index` (clamped) of a group: the notes of
/// `cluster_id` (whose area wins) or the loose notes of `area_id`.
pub fn move_note(
    board: &mut Board,
    note_id: &NoteId,
    area_id: &AreaId,
    cluster_id: Option<&ClusterId>,
    index: usize,
    now: Timestamp,
) -> Result<(), BoardError> {
    let area_id = match cluster_id {
        Some(id) => board.cluster(id).ok_or(BoardError::ClusterNotFound)?.area_id.clone(),
        None => board.areas[area_position(board, area_id)?].id.clone(),
    };
    let from = board.notes.iter().position(|n| n.id == *note_id).ok_or(BoardError::NoteNotFound)?;
    let mut note = board.notes.remove(from);
    // Where in the list: before the group's `index`th note, else after its last.
    let mut seen = 0;
    let mut to = None;
    let mut after_last = None;
    for (at, other) in board.notes.iter().enumerate() {
        if other.area_id == area_id && other.cluster_id.as_ref() == cluster_id {
            if seen == index {
                to = Some(at);
                break;
            }
            seen += 1;
            after_last = Some(at + 1);
        }
    }
    let to = to.or(after_last).unwrap_or(board.notes.len());
    note.area_id = area_id;
    note.cluster_id = cluster_id.cloned();
    note.updated_at = now;
    board.notes.insert(to, note);
    Ok(())
}

/// One keyboard step; at the edge of the board nothing moves.
pub fn nudge_note(board: &mut Board, note_id: &NoteId, nudge: Nudge, now: Timestamp) -> Result<(), BoardError> {
    let at = board.notes.iter().position(|n| n.id == *note_id).ok_or(BoardError::NoteNotFound)?;
    let (area_id, cluster_id) = (board.notes[at].area_id.clone(), board.notes[at].cluster_id.clone());
    let same_group = |n: &super::Note| n.area_id == area_id && n.cluster_id == cluster_id;
    match nudge {
        Nudge::Up => {
            if let Some(other) = board.notes[..at].iter().rposition(same_group) {
                board.notes.swap(at, other);
            }
        }
        Nudge::Down => {
            if let Some(offset) = board.notes[at + 1..].iter().position(same_group) {
                board.notes.swap(at, at + 1 + offset);
            }
        }
        Nudge::PreviousArea | Nudge::NextArea => {
            let area = area_position(board, &area_id)?;
            let target = if nudge == Nudge::NextArea { area.checked_add(1) } else { area.checked_sub(1) };
            if let Some(target) = target.and_then(|n| board.areas.get(n)).map(|a| a.id.clone()) {
                return move_note(board, note_id, &target, None, usize::MAX, now);
            }
            return Ok(());
        }
    }
    board.notes.iter_mut().find(|n| n.id == *note_id).expect("still there").updated_at = now;
    Ok(())
}

/// Moves a cluster to position `index` (clamped) among an area's clusters;
/// its notes follow it into that area.
pub fn move_cluster(board: &mut Board, cluster_id: &ClusterId, area_id: &AreaId, index: usize, now: Timestamp) -> Result<(), BoardError> {
    area_position(board, area_id)?;
    let from = board.clusters.iter().position(|c| c.id == *cluster_id).ok_or(BoardError::ClusterNotFound)?;
    let mut cluster = board.clusters.remove(from);
    let positions: Vec<usize> =
        board.clusters.iter().enumerate().filter(|(_, c)| c.area_id == *area_id).map(|(at, _)| at).collect();
    let to = match positions.get(index) {
        Some(&at) => at,
        None => positions.last().map_or(board.clusters.len(), |&at| at + 1),
    };
    if cluster.area_id != *area_id {
        for note in board.notes.iter_mut().filter(|n| n.cluster_id.as_ref() == Some(cluster_id)) {
            note.area_id = area_id.clone();
            note.updated_at = now;
        }
    }
    cluster.area_id = area_id.clone();
    cluster.updated_at = now;
    board.clusters.insert(to, cluster);
    Ok(())
}

/// One keyboard step of a cluster, with its notes; at the edge of the board
/// nothing moves.
pub fn nudge_cluster(board: &mut Board, cluster_id: &ClusterId, nudge: Nudge, now: Timestamp) -> Result<(), BoardError> {
    let area_id = board.cluster(cluster_id).ok_or(BoardError::ClusterNotFound)?.area_id.clone();
    let siblings = board.clusters_in_area(&area_id).count();
    let at = board.clusters_in_area(&area_id).position(|c| c.id == *cluster_id).unwrap_or(0);
    // `move_cluster` counts places without the moved cluster: one down is `at + 1`.
    let (area_id, index) = match nudge {
        Nudge::Up if at > 0 => (area_id, at - 1),
        Nudge::Down if at + 1 < siblings => (area_id, at + 1),
        Nudge::Up | Nudge::Down => return Ok(()),
        Nudge::PreviousArea | Nudge::NextArea => {
            let area = area_position(board, &area_id)?;
            let target = if nudge == Nudge::NextArea { area.checked_add(1) } else { area.checked_sub(1) };
            match target.and_then(|n| board.areas.get(n)) {
                Some(target) => (target.id.clone(), usize::MAX),
                None => return Ok(()),
            }
        }
    };
    move_cluster(board, cluster_id, &area_id, index, now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{self, area, at, cluster, note, now};

    /// An hour before the moves.
    const THEN: &str = "2026-11-22T09:00:00.000Z";

    /// Areas a0..a2; clusters c0, c1 in a0 and c2 in a1; notes n0, n1 in c0,
    /// n2 in c1, n3 loose in a0, n4 loose in a1; all last changed `THEN`.
    fn board() -> Board {
        let mut board = testing::board("b", "Retro");
        board.areas = (0..3).map(|n| area(&format!("a{n}"), &format!("Area {n}"))).collect();
        board.clusters = [("c0", "a0"), ("c1", "a0"), ("c2", "a1")].map(|(id, area)| cluster(id, area, id)).into();
        board.notes = [("n0", "a0", Some("c0")), ("n1", "a0", Some("c0")), ("n2", "a0", Some("c1")), ("n3", "a0", None), ("n4", "a1", None)]
            .map(|(id, area, cluster)| note(id, area, cluster, id))
            .into();
        // Changed before the moves, so what a move stamps shows.
        board.clusters.iter_mut().for_each(|c| c.updated_at = at(THEN));
        board.notes.iter_mut().for_each(|n| n.updated_at = at(THEN));
        board
    }

    fn clusters(board: &Board, area: &str) -> Vec<String> {
        board.clusters_in_area(&area.into()).map(|c| c.id.to_string()).collect()
    }

    fn notes(board: &Board, area: &str) -> Vec<(String, Option<String>)> {
        board.notes_in_area(&area.into()).map(|n| (n.id.to_string(), n.cluster_id.as_ref().map(ToString::to_string))).collect()
    }

    #[test]
    fn a_cluster_moved_to_another_area_takes_its_notes_and_nothing_else() {
        let mut board = board();
        move_cluster(&mut board, &"c0".into(), &"a1".into(), 0, now()).unwrap();
        assert_eq!((clusters(&board, "a0"), clusters(&board, "a1")), (vec!["c1".to_string()], vec!["c0".to_string(), "c2".into()]));
        let carried = [("n0", Some("c0")), ("n1", Some("c0")), ("n4", None)].map(|(n, c)| (n.to_string(), c.map(str::to_string)));
        assert_eq!(notes(&board, "a1"), carried, "its notes, in their order, still in it; the area's loose note stays");
        assert_eq!(notes(&board, "a0"), [("n2".to_string(), Some("c1".to_string())), ("n3".to_string(), None)]);
        let stamped: Vec<&str> = board.notes.iter().filter(|n| n.updated_at == now()).map(|n| n.id.as_str()).collect();
        assert_eq!(stamped, ["n0", "n1"], "only the carried notes change");
        assert_eq!(board.cluster(&"c0".into()).unwrap().updated_at, now());
    }

    #[test]
    fn a_cluster_moves_among_its_areas_clusters_with_a_clamped_index() {
        let mut board = board();
        move_cluster(&mut board, &"c0".into(), &"a0".into(), 1, now()).unwrap();
        assert_eq!(clusters(&board, "a0"), ["c1", "c0"]);
        move_cluster(&mut board, &"c0".into(), &"a0".into(), 0, now()).unwrap();
        assert_eq!(clusters(&board, "a0"), ["c0", "c1"]);
        move_cluster(&mut board, &"c0".into(), &"a0".into(), 99, now()).unwrap();
        assert_eq!(clusters(&board, "a0"), ["c1", "c0"]);
        move_cluster(&mut board, &"c2".into(), &"a2".into(), 5, now()).unwrap();
        assert_eq!(clusters(&board, "a2"), ["c2"], "an area with no clusters takes it");
        assert_eq!(notes(&board, "a0").len(), 4, "notes stay when the area does not change");
    }

    #[test]
    fn moving_an_unknown_cluster_or_to_an_unknown_area_is_refused_untouched() {
        let mut board = board();
        assert_eq!(move_cluster(&mut board, &"c0".into(), &"nowhere".into(), 0, now()), Err(BoardError::AreaNotFound));
        assert_eq!(move_cluster(&mut board, &"gone".into(), &"a1".into(), 0, now()), Err(BoardError::ClusterNotFound));
        assert_eq!(nudge_cluster(&mut board, &"gone".into(), Nudge::Up, now()), Err(BoardError::ClusterNotFound));
        assert_eq!(board, self::board());
    }

    #[test]
    fn keyboard_steps_move_a_cluster_one_place_or_one_area_and_stop_at_the_edges() {
        let mut board = board();
        nudge_cluster(&mut board, &"c0".into(), Nudge::Down, now()).unwrap();
        assert_eq!(clusters(&board, "a0"), ["c1", "c0"]);
        nudge_cluster(&mut board, &"c0".into(), Nudge::Down, now()).unwrap();
        assert_eq!(clusters(&board, "a0"), ["c1", "c0"], "the last stays the last");
        nudge_cluster(&mut board, &"c0".into(), Nudge::Up, now()).unwrap();
        nudge_cluster(&mut board, &"c0".into(), Nudge::Up, now()).unwrap();
        assert_eq!(clusters(&board, "a0"), ["c0", "c1"], "the first stays the first");
        nudge_cluster(&mut board, &"c0".into(), Nudge::PreviousArea, now()).unwrap();
        assert_eq!(clusters(&board, "a0"), ["c0", "c1"], "no area before the first");
        nudge_cluster(&mut board, &"c0".into(), Nudge::NextArea, now()).unwrap();
        assert_eq!(clusters(&board, "a1"), ["c2", "c0"], "to the end of the next area's clusters");
        assert!(board.notes_in_cluster(&"c0".into()).all(|n| n.area_id == "a1"));
        nudge_cluster(&mut board, &"c0".into(), Nudge::NextArea, now()).unwrap();
        nudge_cluster(&mut board, &"c0".into(), Nudge::NextArea, now()).unwrap();
        assert_eq!(clusters(&board, "a2"), ["c0"], "no area after the last");
        nudge_cluster(&mut board, &"c0".into(), Nudge::PreviousArea, now()).unwrap();
        assert_eq!(clusters(&board, "a1"), ["c2", "c0"]);
    }
}
