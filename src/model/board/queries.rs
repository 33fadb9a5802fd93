//! What the board screen shows, derived from a board: the votes once revealed
//! and one participant's, a group's notes and an area's clusters in order or
//! most votes first, where a note or a cluster now sits (said after a move),
//! the projector's stops; ranking.rs the room's results board-wide. Each is
//! one pass over the board's lists, so a board of thousands of notes stays quick.

pub mod ranking;

use std::collections::{BTreeMap, BTreeSet};

use super::voting::per_cluster;
use super::{Board, Note};
use crate::model::ids::{AreaId, ClusterId, NoteId, ParticipantId};

/// Votes per note, once the results are revealed; `None` before, or when no
/// round is under way. Notes without votes are not in it.
pub fn revealed_votes(board: &Board) -> Option<BTreeMap<NoteId, u32>> {
    let voting = board.voting.as_ref().filter(|v| v.results_revealed)?;
    Some(voting.per_note().into_iter().map(|(note, votes)| (note.clone(), votes)).collect())
}

/// One participant's votes per note while a round is under way; `None`
/// without a round.
pub fn participant_votes(board: &Board, participant: &ParticipantId) -> Option<BTreeMap<NoteId, u32>> {
    let voting = board.voting.as_ref()?;
    let mut theirs = BTreeMap::new();
    for vote in voting.votes.iter().filter(|v| v.participant_id == *participant) {
        *theirs.entry(vote.note_id.clone()).or_insert(0) += 1;
    }
    Some(theirs)
}

/// Sorts most votes first; ties keep their order.
pub fn most_votes_first<T>(items: &mut [T], votes: impl Fn(&T) -> u32) {
    // `sort_by_key` is stable, which is what keeps ties in board order.
    items.sort_by_key(|item| std::cmp::Reverse(votes(item)));
}

/// The votes on some notes together (a cluster's total).
pub fn votes_on<'a>(notes: impl IntoIterator<Item = &'a Note>, votes: &BTreeMap<NoteId, u32>) -> u32 {
    notes.into_iter().map(|n| votes.get(&n.id).copied().unwrap_or(0)).sum()
}

/// The notes of one group (the notes of `cluster_id`, or the loose notes of
/// `area_id`) in board order, or most votes first when `votes` are given.
pub fn group_notes<'a>(
    board: &'a Board,
    area_id: &AreaId,
    cluster_id: Option<&ClusterId>,
    votes: Option<&BTreeMap<NoteId, u32>>,
) -> Vec<&'a Note> {
    let mut notes: Vec<&Note> = board.notes.iter().filter(|n| n.area_id == *area_id && n.cluster_id.as_ref() == cluster_id).collect();
    if let Some(votes) = votes {
        most_votes_first(&mut notes, |n| votes.get(&n.id).copied().unwrap_or(0));
    }
    notes
}

/// The clusters of an area in board order, or most votes first (the sum of
/// their notes' votes) when `votes` are given.
pub fn area_clusters(board: &Board, area_id: &AreaId, votes: Option<&BTreeMap<NoteId, u32>>) -> Vec<ClusterId> {
    let totals = votes.map(|votes| per_cluster(board, votes)).unwrap_or_default();
    let mut clusters: Vec<(&ClusterId, u32)> =
        board.clusters_in_area(area_id).map(|c| (&c.id, totals.get(&c.id).copied().unwrap_or(0))).collect();
    if votes.is_some() {
        most_votes_first(&mut clusters, |(_, v)| *v);
    }
    clusters.into_iter().map(|(id, _)| id.clone()).collect()
}

/// The notes picked (for grouping), in board order whatever order they were picked in.
pub fn picked_in_order(board: &Board, picked: &BTreeSet<NoteId>) -> Vec<NoteId> {
    board.notes.iter().filter(|n| picked.contains(&n.id)).map(|n| n.id.clone()).collect()
}

/// Where a note sits, as said after a move: "Weaknesses, 2 of 3" or
/// "Weaknesses, group Tools, 1 of 2" (its place in its group).
pub fn note_place(board: &Board, note_id: &NoteId) -> Option<String> {
    let note = board.note(note_id)?;
    let area = board.area(&note.area_id)?;
    let group = group_notes(board, &note.area_id, note.cluster_id.as_ref(), None);
    let at = group.iter().position(|n| n.id == *note_id)? + 1;
    let cluster = note.cluster_id.as_ref().and_then(|c| board.cluster(c)).map(|c| format!(", group {}", c.title)).unwrap_or_default();
    Some(format!("{}{cluster}, {at} of {}", area.title, group.len()))
}

/// Where a cluster sits, as said after a move: "Weaknesses, 1 of 2 groups".
pub fn cluster_place(board: &Board, cluster_id: &ClusterId) -> Option<String> {
    let cluster = board.cluster(cluster_id)?;
    let area = board.area(&cluster.area_id)?;
    let at = board.clusters_in_area(&area.id).position(|c| c.id == *cluster_id)? + 1;
    let count = board.clusters_in_area(&area.id).count();
    let groups = if count == 1 { "group" } else { "groups" };
    Some(format!("{}, {at} of {count} {groups}", area.title))
}

/// The stops a presentation clicker steps through in projector mode: each
/// area, then each of its clusters.
pub fn projector_stops(board: &Board) -> Vec<(AreaId, Option<ClusterId>)> {
    board
        .areas
        .iter()
        .flat_map(|a| std::iter::once((a.id.clone(), None)).chain(board.clusters_in_area(&a.id).map(|c| (a.id.clone(), Some(c.id.clone())))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::board::{Participant, Vote, Voting};
    use crate::model::testing::{self, area, cluster, note, now};

    /// Areas "Strengths" (a0) and "Weaknesses" (a1); clusters c0 "Tools" and
    /// c1 "People" in a1; notes n0, n1 in c0, n2 in c1, n3 and n4 loose in
    /// a1, n5 loose in a0. Ana's votes: n1 ×2, n2, n4; Bo's: n4 ×2.
    fn board() -> Board {
        let mut board = testing::board("b", "Retro");
        board.areas = vec![area("a0", "Strengths"), area("a1", "Weaknesses")];
        board.clusters = vec![cluster("c0", "a1", "Tools"), cluster("c1", "a1", "People")];
        board.notes = [("n0", "a1", Some("c0")), ("n1", "a1", Some("c0")), ("n2", "a1", Some("c1")), ("n3", "a1", None), ("n4", "a1", None), ("n5", "a0", None)]
            .map(|(id, area, cluster)| note(id, area, cluster, id))
            .into();
        let people = vec![Participant::named("ana".into(), "Ana".into()), Participant::named("bo".into(), "Bo".into())];
        let mut voting = Voting::new(people, 4, true, now());
        voting.votes = [("ana", "n1"), ("ana", "n1"), ("ana", "n2"), ("ana", "n4"), ("bo", "n4"), ("bo", "n4")]
            .map(|(p, n)| Vote::new(p.into(), n.into()))
            .into();
        board.voting = Some(voting);
        board
    }

    fn ids<'a>(notes: impl IntoIterator<Item = &'a Note>) -> Vec<&'a str> {
        notes.into_iter().map(|n| n.id.as_str()).collect()
    }

    #[test]
    fn votes_show_only_once_revealed_and_a_participant_sees_their_own() {
        let mut board = board();
        assert_eq!(revealed_votes(&board), None, "hidden until revealed");
        board.voting.as_mut().unwrap().results_revealed = true;
        let votes = revealed_votes(&board).unwrap();
        assert_eq!(votes.get(&NoteId::from("n1")), Some(&2));
        assert_eq!(votes.get(&NoteId::from("n4")), Some(&3));
        assert_eq!(votes.get(&NoteId::from("n0")), None, "a note without votes is not listed");
        let ana = participant_votes(&board, &"ana".into()).unwrap();
        assert_eq!(ana.into_iter().map(|(n, v)| (n.to_string(), v)).collect::<Vec<_>>(), [("n1".into(), 2), ("n2".into(), 1), ("n4".into(), 1)]);
        assert_eq!(participant_votes(&board, &"cy".into()), Some(BTreeMap::new()), "someone with no votes yet");
        board.voting = None;
        assert_eq!((revealed_votes(&board), participant_votes(&board, &"ana".into())), (None, None), "no round");
    }

    #[test]
    fn a_group_lists_its_notes_in_board_order_or_most_votes_first_with_ties_in_order() {
        let mut board = board();
        assert_eq!(ids(group_notes(&board, &"a1".into(), Some(&"c0".into()), None)), ["n0", "n1"]);
        assert_eq!(ids(group_notes(&board, &"a1".into(), None, None)), ["n3", "n4"], "loose notes only");
        assert_eq!(ids(group_notes(&board, &"a0".into(), None, None)), ["n5"]);
        board.voting.as_mut().unwrap().results_revealed = true;
        let votes = revealed_votes(&board).unwrap();
        assert_eq!(ids(group_notes(&board, &"a1".into(), Some(&"c0".into()), Some(&votes))), ["n1", "n0"]);
        assert_eq!(ids(group_notes(&board, &"a1".into(), None, Some(&votes))), ["n4", "n3"]);
        let mut tied = vec![("a", 1), ("b", 3), ("c", 1), ("d", 3)];
        most_votes_first(&mut tied, |t| t.1);
        assert_eq!(tied, [("b", 3), ("d", 3), ("a", 1), ("c", 1)]);
    }

    #[test]
    fn clusters_rank_by_the_sum_of_their_notes_votes() {
        let mut board = board();
        board.voting.as_mut().unwrap().votes.push(Vote::new("bo".into(), "n2".into()));
        board.voting.as_mut().unwrap().votes.push(Vote::new("bo".into(), "n2".into()));
        let votes = participant_votes(&board, &"ana".into()).unwrap();
        assert_eq!(votes_on(board.notes_in_cluster(&"c0".into()), &votes), 2);
        let id = |ids: Vec<ClusterId>| ids.into_iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert_eq!(id(area_clusters(&board, &"a1".into(), None)), ["c0", "c1"], "board order");
        board.voting.as_mut().unwrap().results_revealed = true;
        let votes = revealed_votes(&board).unwrap();
        assert_eq!(id(area_clusters(&board, &"a1".into(), Some(&votes))), ["c1", "c0"], "3 votes before 2");
        assert_eq!(area_clusters(&board, &"a0".into(), Some(&votes)), Vec::<ClusterId>::new());
    }

    #[test]
    fn places_are_said_within_the_group_and_among_the_areas_clusters() {
        let board = board();
        assert_eq!(note_place(&board, &"n1".into()).as_deref(), Some("Weaknesses, group Tools, 2 of 2"));
        assert_eq!(note_place(&board, &"n3".into()).as_deref(), Some("Weaknesses, 1 of 2"));
        assert_eq!(note_place(&board, &"n5".into()).as_deref(), Some("Strengths, 1 of 1"));
        assert_eq!(note_place(&board, &"gone".into()), None);
        assert_eq!(cluster_place(&board, &"c1".into()).as_deref(), Some("Weaknesses, 2 of 2 groups"));
        let mut one = board.clone();
        one.clusters.remove(1);
        assert_eq!(cluster_place(&one, &"c0".into()).as_deref(), Some("Weaknesses, 1 of 1 group"));
    }

    #[test]
    fn the_projector_stops_at_each_area_then_its_clusters_and_picks_keep_board_order() {
        let board = board();
        let stops: Vec<(String, Option<String>)> =
            projector_stops(&board).into_iter().map(|(a, c)| (a.to_string(), c.map(|c| c.to_string()))).collect();
        assert_eq!(stops, [("a0".into(), None), ("a1".into(), None), ("a1".into(), Some("c0".into())), ("a1".into(), Some("c1".into()))]);
        let picked: BTreeSet<NoteId> = ["n5", "n0", "gone"].map(NoteId::from).into();
        assert_eq!(picked_in_order(&board, &picked), [NoteId::from("n0"), NoteId::from("n5")]);
    }
}
