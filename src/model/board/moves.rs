//! Moving notes and clusters: by drag (to an area or cluster and a position)
//! and by keyboard (one step). Each move is one pass over the board's lists,
//! so boards with thousands of notes stay quick.

use super::edit::area_position;
use super::Board;
use crate::model::command::CommandError;

/// A keyboard move of one note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nudge {
    /// One place earlier in its cluster or among its area's loose notes.
    Up,
    Down,
    /// To the end of the previous area's loose notes (leaving its cluster).
    PreviousArea,
    NextArea,
}

/// Moves a note to position `index` (clamped) of a group: the notes of
/// `cluster_id` (whose area wins) or the loose notes of `area_id`.
pub fn move_note(
    board: &mut Board,
    note_id: &str,
    area_id: &str,
    cluster_id: Option<&str>,
    index: usize,
    now: &str,
) -> Result<(), CommandError> {
    let area_id = match cluster_id {
        Some(id) => board.cluster(id).ok_or(CommandError::ClusterNotFound)?.area_id.clone(),
        None => board.areas[area_position(board, area_id)?].id.clone(),
    };
    let from = board.notes.iter().position(|n| n.id == note_id).ok_or(CommandError::NoteNotFound)?;
    let mut note = board.notes.remove(from);
    // Where in the list: before the group's `index`th note, else after its last.
    let mut seen = 0;
    let mut to = None;
    let mut after_last = None;
    for (at, other) in board.notes.iter().enumerate() {
        if other.area_id == area_id && other.cluster_id.as_deref() == cluster_id {
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
    note.cluster_id = cluster_id.map(str::to_string);
    note.updated_at = now.to_string();
    board.notes.insert(to, note);
    Ok(())
}

/// One keyboard step; at the edge of the board nothing moves.
pub fn nudge_note(board: &mut Board, note_id: &str, nudge: Nudge, now: &str) -> Result<(), CommandError> {
    let at = board.notes.iter().position(|n| n.id == note_id).ok_or(CommandError::NoteNotFound)?;
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
    board.notes.iter_mut().find(|n| n.id == note_id).expect("still there").updated_at = now.to_string();
    Ok(())
}

/// Moves a cluster to position `index` (clamped) among an area's clusters;
/// its notes follow it into that area.
pub fn move_cluster(board: &mut Board, cluster_id: &str, area_id: &str, index: usize, now: &str) -> Result<(), CommandError> {
    area_position(board, area_id)?;
    let from = board.clusters.iter().position(|c| c.id == cluster_id).ok_or(CommandError::ClusterNotFound)?;
    let mut cluster = board.clusters.remove(from);
    let positions: Vec<usize> =
        board.clusters.iter().enumerate().filter(|(_, c)| c.area_id == area_id).map(|(at, _)| at).collect();
    let to = match positions.get(index) {
        Some(&at) => at,
        None => positions.last().map_or(board.clusters.len(), |&at| at + 1),
    };
    if cluster.area_id != area_id {
        for note in board.notes.iter_mut().filter(|n| n.cluster_id.as_deref() == Some(cluster_id)) {
            note.area_id = area_id.to_string();
            note.updated_at = now.to_string();
        }
    }
    cluster.area_id = area_id.to_string();
    cluster.updated_at = now.to_string();
    board.clusters.insert(to, cluster);
    Ok(())
}
