//! The text twin of a board: areas → clusters → notes with their votes, as a
//! structure a screen-reader list can render and as Markdown to copy. Votes
//! appear only once revealed, and with them a closing "Ranking" section (the
//! top notes and groups board-wide); hidden texts read "(hidden)".

use std::collections::BTreeMap;

use super::queries::ranking::{ranking, RankedItem, TOP};
use super::voting::per_cluster;
use super::{Board, Note};
use crate::model::ids::{AreaId, ClusterId, NoteId};
use crate::model::plan::Department;

/// What hidden note texts read as.
pub const HIDDEN: &str = "(hidden)";

/// One area of the outline.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineArea {
    pub title: String,
    pub clusters: Vec<OutlineCluster>,
    /// Notes in no cluster.
    pub notes: Vec<OutlineNote>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OutlineCluster {
    pub title: String,
    /// Sum of its notes' votes, when results are revealed.
    pub votes: Option<u32>,
    pub notes: Vec<OutlineNote>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OutlineNote {
    pub text: String,
    /// The department name or free label, and the author.
    pub by: Vec<String>,
    pub votes: Option<u32>,
}

/// The board as an outline; `departments` name the notes' departments.
pub fn outline(board: &Board, departments: &[Department]) -> Vec<OutlineArea> {
    let revealed = board.voting.as_ref().filter(|v| v.results_revealed);
    let per_note = revealed.map(|v| v.per_note()).unwrap_or_default();
    let per_cluster = per_cluster(board, &per_note);
    let note_votes = |id: &NoteId| revealed.map(|_| per_note.get(id).copied().unwrap_or(0));
    let cluster_votes = |id: &ClusterId| revealed.map(|_| per_cluster.get(id).copied().unwrap_or(0));
    let note = |n: &Note| OutlineNote {
        text: if board.texts_hidden { HIDDEN.to_string() } else { n.text.clone() },
        by: [
            n.department_id.as_ref().and_then(|id| departments.iter().find(|d| &d.id == id)).map(|d| d.name.clone()),
            n.label.clone(),
            n.author.clone(),
        ]
        .into_iter()
        .flatten()
        .collect(),
        votes: note_votes(&n.id),
    };
    // Group notes once, so the outline is one pass over the notes.
    let mut by_group: BTreeMap<(&AreaId, Option<&ClusterId>), Vec<OutlineNote>> = BTreeMap::new();
    for n in &board.notes {
        by_group.entry((&n.area_id, n.cluster_id.as_ref())).or_default().push(note(n));
    }
    board
        .areas
        .iter()
        .map(|area| OutlineArea {
            title: area.title.clone(),
            clusters: board
                .clusters_in_area(&area.id)
                .map(|c| OutlineCluster {
                    title: c.title.clone(),
                    votes: cluster_votes(&c.id),
                    notes: by_group.remove(&(&area.id, Some(&c.id))).unwrap_or_default(),
                })
                .collect(),
            notes: by_group.remove(&(&area.id, None)).unwrap_or_default(),
        })
        .collect()
}

/// The outline as Markdown, headed by the board's title.
pub fn markdown(board: &Board, departments: &[Department]) -> String {
    let mut out = format!("# {}\n", one_line(&board.title));
    let line = |out: &mut String, indent: &str, n: &OutlineNote| {
        out.push_str(&format!("{indent}- {}", one_line(&n.text)));
        if !n.by.is_empty() {
            out.push_str(&format!(" — {}", n.by.join(", ")));
        }
        out.push_str(&votes_suffix(n.votes));
        out.push('\n');
    };
    for area in outline(board, departments) {
        out.push_str(&format!("\n## {}\n\n", one_line(&area.title)));
        if area.clusters.is_empty() && area.notes.is_empty() {
            out.push_str("_No notes._\n");
        }
        for cluster in &area.clusters {
            out.push_str(&format!("- **{}**{}\n", one_line(&cluster.title), votes_suffix(cluster.votes)));
            cluster.notes.iter().for_each(|n| line(&mut out, "  ", n));
        }
        area.notes.iter().for_each(|n| line(&mut out, "", n));
    }
    if let Some(ranking) = ranking(board, TOP) {
        out.push_str("\n## Ranking\n\n");
        if ranking.is_empty() {
            out.push_str("_No votes._\n");
        } else {
            ranked_list(&mut out, "Notes", &ranking.notes, ranking.notes_with_votes, ("note", "notes"));
            ranked_list(&mut out, "Groups", &ranking.groups, ranking.groups_with_votes, ("group", "groups"));
        }
    }
    out
}

/// One list of the ranking section, numbered, with how many more have votes.
fn ranked_list(out: &mut String, heading: &str, items: &[RankedItem], with_votes: usize, (one, many): (&str, &str)) {
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("### {heading}\n\n"));
    for (at, item) in items.iter().enumerate() {
        out.push_str(&format!("{}. {} — {}{}\n", at + 1, one_line(&item.text), one_line(&item.area), votes_suffix(Some(item.votes))));
    }
    match with_votes - items.len() {
        0 => {}
        1 => out.push_str(&format!("\n_1 more {one} has votes._\n")),
        more => out.push_str(&format!("\n_{more} more {many} have votes._\n")),
    }
    out.push('\n');
}

fn votes_suffix(votes: Option<u32>) -> String {
    votes.map(|n| format!(" ({})", super::voting::vote_words(n))).unwrap_or_default()
}

/// Line breaks inside a note would break the list: they become spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::board::{Cluster, Participant, Vote, Voting};
    use crate::model::testing::{self, area, cluster, now};

    fn board() -> Board {
        let mut board = testing::board("b", "Retro");
        board.plan_id = Some("p".into());
        board.areas = vec![area("a1", "Start"), area("a2", "Stop")];
        board.clusters.push(Cluster { collapsed: true, ..cluster("c", "a1", "Tools") });
        let note = |id: &str, cluster: Option<&str>, text: &str, department: Option<&str>| Note {
            department_id: department.map(Into::into),
            author: Some("Ana".into()),
            ..testing::note(id, "a1", cluster, text)
        };
        board.notes.push(note("n1", Some("c"), "Shared\ninbox", Some("d-it")));
        board.notes.push(note("n2", None, "Pairing", None));
        board.notes.push(note("n3", Some("c"), "Wiki", None));
        let mut voting = Voting::new(vec![Participant::named("p1".into(), "Ana".into())], 3, true, now());
        voting.votes = vec![Vote::new("p1".into(), "n1".into()), Vote::new("p1".into(), "n1".into()), Vote::new("p1".into(), "n2".into())];
        board.voting = Some(voting);
        board
    }

    fn departments() -> Vec<Department> {
        vec![Department::new("d-it".into(), "IT".into(), "blue", now())]
    }

    #[test]
    fn outlines_areas_clusters_and_notes_without_votes_until_revealed() {
        let md = markdown(&board(), &departments());
        assert_eq!(
            md,
            "# Retro\n\n## Start\n\n- **Tools**\n  - Shared inbox — IT, Ana\n  - Wiki — Ana\n- Pairing — Ana\n\n## Stop\n\n_No notes._\n"
        );
    }

    #[test]
    fn shows_votes_once_revealed_and_hides_hidden_texts() {
        let mut board = board();
        board.voting.as_mut().unwrap().results_revealed = true;
        board.texts_hidden = true;
        let outline = outline(&board, &departments());
        assert_eq!(outline[0].clusters[0].votes, Some(2));
        assert_eq!(outline[0].notes[0].votes, Some(1));
        let md = markdown(&board, &departments());
        assert!(md.contains("- **Tools** (2 votes)\n  - (hidden) — IT, Ana (2 votes)\n  - (hidden) — Ana (0 votes)\n"), "{md}");
        assert!(md.contains("- (hidden) — Ana (1 vote)\n"), "{md}");
    }

    #[test]
    fn ends_with_the_ranking_once_revealed() {
        let mut board = board();
        assert!(!markdown(&board, &departments()).contains("Ranking"), "nothing before the reveal");
        board.voting.as_mut().unwrap().results_revealed = true;
        let md = markdown(&board, &departments());
        assert!(
            md.ends_with("\n## Stop\n\n_No notes._\n\n## Ranking\n\n### Notes\n\n1. Shared inbox — Start (2 votes)\n2. Pairing — Start (1 vote)\n\n### Groups\n\n1. Tools — Start (2 votes)\n\n"),
            "{md}"
        );
        board.voting.as_mut().unwrap().votes.clear();
        assert!(markdown(&board, &departments()).ends_with("## Ranking\n\n_No votes._\n"));
    }

    #[test]
    fn the_ranking_lists_the_top_and_says_how_many_more_have_votes() {
        let mut board = board();
        for n in 0..7 {
            board.notes.push(Note { text: format!("Idea {n}"), ..testing::note(&format!("m{n}"), "a2", None, "") });
        }
        let voting = board.voting.as_mut().unwrap();
        voting.results_revealed = true;
        voting.votes.extend((0..7).map(|n| Vote::new("p1".into(), format!("m{n}").as_str().into())));
        let md = markdown(&board, &departments());
        assert!(md.contains("5. Idea 2 — Stop (1 vote)\n\n_4 more notes have votes._\n"), "{md}");
    }
}
