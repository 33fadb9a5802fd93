//! The room's results: the notes and the groups with the most votes across
//! the whole board, each naming its area, once the results are revealed. The
//! editor's "Top 5", projector mode's ranking and the outline all read it.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use crate::model::board::outline::HIDDEN;
use crate::model::board::voting::per_cluster;
use crate::model::board::Board;
use crate::model::ids::{AreaId, ClusterId, NoteId};

/// How many notes and groups the room sees first.
pub const TOP: usize = 5;

/// What a line of the ranking is about.
#[derive(Debug, Clone, PartialEq)]
pub enum Ranked {
    Note(NoteId),
    Group(ClusterId),
}

/// One line of the ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct RankedItem {
    pub item: Ranked,
    /// The note's text ("(hidden)" while texts are hidden), or the group's title.
    pub text: String,
    /// The title of the area it is in.
    pub area: String,
    pub votes: u32,
}

/// The notes and groups with votes, most votes first; ties in board order
/// (areas in order, within an area its groups in order and then its loose
/// notes, as the board reads).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ranking {
    /// At most the `top` asked for.
    pub notes: Vec<RankedItem>,
    /// At most the `top` asked for; a group counts the votes of its notes.
    pub groups: Vec<RankedItem>,
    /// How many notes have votes in all (more than `notes` holds when cut).
    pub notes_with_votes: usize,
    pub groups_with_votes: usize,
}

impl Ranking {
    /// Whether some notes or groups with votes were left out by the cut.
    pub fn has_more(&self) -> bool {
        self.notes_with_votes > self.notes.len() || self.groups_with_votes > self.groups.len()
    }

    /// Whether nothing got a vote.
    pub fn is_empty(&self) -> bool {
        self.notes_with_votes == 0
    }
}

/// The board's ranking, the first `top` notes and groups; `None` before the
/// results are revealed or without a round. Items without votes are not in it.
pub fn ranking(board: &Board, top: usize) -> Option<Ranking> {
    let voting = board.voting.as_ref().filter(|v| v.results_revealed)?;
    let per_note = voting.per_note();
    let areas: BTreeMap<&AreaId, (usize, &str)> =
        board.areas.iter().enumerate().map(|(at, a)| (&a.id, (at, a.title.as_str()))).collect();
    // A cluster's place in the whole list keeps its order within its area.
    let clusters: BTreeMap<&ClusterId, usize> = board.clusters.iter().enumerate().map(|(at, c)| (&c.id, at)).collect();

    let mut notes: Vec<((Reverse<u32>, usize, usize, usize), RankedItem)> = Vec::new();
    for (at, note) in board.notes.iter().enumerate() {
        let votes = per_note.get(&note.id).copied().unwrap_or(0);
        let Some(&(area_at, area)) = areas.get(&note.area_id).filter(|_| votes > 0) else { continue };
        // Loose notes read after the area's groups.
        let cluster_at = note.cluster_id.as_ref().and_then(|c| clusters.get(c).copied()).unwrap_or(usize::MAX);
        let text = if board.texts_hidden { HIDDEN.to_string() } else { note.text.clone() };
        let item = RankedItem { item: Ranked::Note(note.id.clone()), text, area: area.to_string(), votes };
        notes.push(((Reverse(votes), area_at, cluster_at, at), item));
    }

    let totals = per_cluster(board, &per_note);
    let mut groups: Vec<((Reverse<u32>, usize, usize), RankedItem)> = Vec::new();
    for (at, cluster) in board.clusters.iter().enumerate() {
        let votes = totals.get(&cluster.id).copied().unwrap_or(0);
        let Some(&(area_at, area)) = areas.get(&cluster.area_id).filter(|_| votes > 0) else { continue };
        let item = RankedItem { item: Ranked::Group(cluster.id.clone()), text: cluster.title.clone(), area: area.to_string(), votes };
        groups.push(((Reverse(votes), area_at, at), item));
    }

    // The keys are unique (each holds the item's own place), so ties keep board order.
    notes.sort_unstable_by_key(|(key, _)| *key);
    groups.sort_unstable_by_key(|(key, _)| *key);
    Some(Ranking {
        notes_with_votes: notes.len(),
        groups_with_votes: groups.len(),
        notes: notes.into_iter().take(top).map(|(_, item)| item).collect(),
        groups: groups.into_iter().take(top).map(|(_, item)| item).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::board::{Participant, Vote, Voting};
    use crate::model::testing::{self, area, cluster, note, now};

    /// Areas "Keep" (a0) and "Change" (a1); group c0 "Tools" in a1. The notes
    /// are listed out of reading order on purpose: n0 (loose in a1) comes
    /// before n1 (in c0, a1) and n2 (loose in a0). Votes: n0 ×2, n1 ×2, n2 ×2,
    /// n3 (in c0) ×1, n4 none.
    fn board(revealed: bool) -> Board {
        let mut board = testing::board("b", "Retro");
        board.areas = vec![area("a0", "Keep"), area("a1", "Change")];
        board.clusters = vec![cluster("c0", "a1", "Tools")];
        board.notes = [("n0", "a1", None), ("n1", "a1", Some("c0")), ("n2", "a0", None), ("n3", "a1", Some("c0")), ("n4", "a0", None)]
            .map(|(id, area, cluster)| note(id, area, cluster, &format!("Note {id}")))
            .into();
        let mut voting = Voting::new(vec![Participant::named("ana".into(), "Ana".into())], 7, true, now());
        voting.votes = ["n0", "n0", "n1", "n1", "n2", "n2", "n3"].map(|n| Vote::new("ana".into(), n.into())).into();
        voting.results_revealed = revealed;
        board.voting = Some(voting);
        board
    }

    fn lines(items: &[RankedItem]) -> Vec<(String, String, u32)> {
        items.iter().map(|i| (i.text.clone(), i.area.clone(), i.votes)).collect()
    }

    #[test]
    fn nothing_is_ranked_before_the_results_are_revealed() {
        assert_eq!(ranking(&board(false), TOP), None);
        let mut board = board(true);
        board.voting = None;
        assert_eq!(ranking(&board, TOP), None, "no round");
    }

    #[test]
    fn ties_keep_board_order_and_notes_without_votes_are_left_out() {
        let ranking = ranking(&board(true), TOP).unwrap();
        let expected = [("Note n2", "Keep", 2), ("Note n1", "Change", 2), ("Note n0", "Change", 2), ("Note n3", "Change", 1)];
        assert_eq!(lines(&ranking.notes), expected.map(|(t, a, v)| (t.to_string(), a.to_string(), v)));
        assert_eq!(ranking.notes_with_votes, 4, "n4 has no vote");
        assert_eq!(ranking.notes[0].item, Ranked::Note("n2".into()));
    }

    #[test]
    fn a_group_counts_the_votes_of_its_notes_and_an_unvoted_group_is_left_out() {
        let mut board = board(true);
        board.clusters.push(cluster("c1", "a0", "Empty"));
        let ranking = ranking(&board, TOP).unwrap();
        assert_eq!(lines(&ranking.groups), [("Tools".to_string(), "Change".to_string(), 3)]);
        assert_eq!((ranking.groups[0].item.clone(), ranking.groups_with_votes), (Ranked::Group("c0".into()), 1));
    }

    #[test]
    fn the_top_n_are_listed_and_the_rest_counted() {
        let board = board(true);
        let top = ranking(&board, 2).unwrap();
        assert_eq!(top.notes.len(), 2);
        assert_eq!((top.notes_with_votes, top.has_more()), (4, true));
        let all = ranking(&board, usize::MAX).unwrap();
        assert!(!all.has_more());
        let none = ranking(&board, 0).unwrap();
        assert!(none.notes.is_empty() && none.groups.is_empty() && !none.is_empty());
    }

    #[test]
    fn a_round_without_votes_ranks_nothing_and_hidden_texts_stay_hidden() {
        let mut board = board(true);
        board.texts_hidden = true;
        assert_eq!(ranking(&board, TOP).unwrap().notes[0].text, HIDDEN);
        board.voting.as_mut().unwrap().votes.clear();
        let empty = ranking(&board, TOP).unwrap();
        assert!(empty.is_empty() && empty.groups.is_empty());
    }
}
