//! A workshop board: areas laid out in a grid, sticky notes in them, clusters
//! that group notes, an optional dot-voting round and a timer. Order is the
//! order of each list (areas, clusters within an area, notes within their area
//! and cluster): there are no order numbers to keep consistent.

pub mod departments;
pub mod edit;
pub mod filter;
pub mod link;
pub mod moves;
pub mod outline;
pub mod paste;
pub mod queries;
pub mod saved_template;
pub mod template;
pub mod timer;
pub mod voting;



use serde::Serialize;
use serde_json::{Map, Value};

use crate::model::entity::{entities, find};
use crate::model::ids::{follow, renew, AreaId, BoardId, ClusterId, DepartmentId, IdSource, NoteId, PlanId};
use crate::model::palette::Colour;
use crate::model::plan::Department;
use crate::model::time::Timestamp;

pub use departments::KnownDepartment;
pub use edit::{edit_board, BoardEdit, BoardError};
pub use saved_template::{BoardTemplate, TemplateArea};
pub use template::Template;
pub use timer::Timer;
pub use voting::{edit_voting, Participant, Vote, Voting, VotingEdit, VotingError};

/// A workshop board.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Board {
    pub id: BoardId,
    pub title: String,
    /// The plan this board belongs to, if any: its departments tag notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_id: Option<PlanId>,
    /// How many columns the areas are laid out in; 0 lets the screen choose.
    #[serde(skip_serializing_if = "is_zero")]
    pub columns: u32,
    /// Private writing: note texts are hidden until the facilitator reveals them.
    #[serde(skip_serializing_if = "is_false")]
    pub texts_hidden: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<Area>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub clusters: Vec<Cluster>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voting: Option<Voting>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timer: Option<Timer>,
    /// The department new notes take where their area has none of its own
    /// (kept with the board, so a reload keeps the choice).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note_department: Option<DepartmentId>,
    /// The departments its lanes, notes and voters use, as last seen in its
    /// plan (see [`departments`]): shown where the plan is not.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub departments: Vec<KnownDepartment>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One area of the grid ("Strengths", "Now", a department's lane).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Area {
    pub id: AreaId,
    pub title: String,
    /// A department's lane: new notes typed in it take this department.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department_id: Option<DepartmentId>,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A sticky note.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Note {
    pub id: NoteId,
    pub area_id: AreaId,
    pub text: String,
    /// A department of the board's plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department_id: Option<DepartmentId>,
    /// A free label (a team, a role) when there is no plan department.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// A palette colour name for the free label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub colour: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The cluster it is grouped in (a cluster of the same area).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<ClusterId>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A titled group of notes inside one area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cluster {
    pub id: ClusterId,
    pub area_id: AreaId,
    pub title: String,
    #[serde(skip_serializing_if = "is_false")]
    pub collapsed: bool,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

entities!(Area => AreaId, Note => NoteId, Cluster => ClusterId);

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Board {
    /// An empty board with no areas.
    pub fn new(id: BoardId, title: String, plan_id: Option<PlanId>, now: Timestamp) -> Self {
        Board {
            id,
            title,
            plan_id,
            columns: 0,
            texts_hidden: false,
            areas: Vec::new(),
            clusters: Vec::new(),
            notes: Vec::new(),
            voting: None,
            timer: None,
            note_department: None,
            departments: Vec::new(),
            created_at: now,
            updated_at: now,
            extra: Map::new(),
        }
    }

    pub fn area(&self, id: &AreaId) -> Option<&Area> {
        find(&self.areas, id)
    }

    /// The department a note typed in area `id` takes: the area's own (a
    /// department's lane; on older boards, a lane titled with a department's
    /// name), else the board's choice for new notes.
    pub fn department_for_new_note(&self, id: &AreaId, departments: &[Department]) -> Option<DepartmentId> {
        let area = self.area(id)?;
        let lane = area.department_id.clone().filter(|d| departments.iter().any(|x| x.id == *d));
        let named = || departments.iter().find(|d| d.name.trim() == area.title.trim()).map(|d| d.id.clone());
        lane.or_else(named).or_else(|| self.note_department.clone())
    }

    pub fn note(&self, id: &NoteId) -> Option<&Note> {
        find(&self.notes, id)
    }

    pub fn cluster(&self, id: &ClusterId) -> Option<&Cluster> {
        find(&self.clusters, id)
    }

    /// The notes of an area, in order (clustered or not).
    pub fn notes_in_area<'a>(&'a self, area_id: &'a AreaId) -> impl Iterator<Item = &'a Note> + 'a {
        self.notes.iter().filter(move |n| n.area_id == *area_id)
    }

    /// The clusters of an area, in order.
    pub fn clusters_in_area<'a>(&'a self, area_id: &'a AreaId) -> impl Iterator<Item = &'a Cluster> + 'a {
        self.clusters.iter().filter(move |c| c.area_id == *area_id)
    }

    /// The notes of a cluster, in order.
    pub fn notes_in_cluster<'a>(&'a self, cluster_id: &'a ClusterId) -> impl Iterator<Item = &'a Note> + 'a {
        self.notes.iter().filter(move |n| n.cluster_id.as_ref() == Some(cluster_id))
    }

    /// The notes of an area that are in no cluster, in order.
    pub fn loose_notes<'a>(&'a self, area_id: &'a AreaId) -> impl Iterator<Item = &'a Note> + 'a {
        self.notes.iter().filter(move |n| n.area_id == *area_id && n.cluster_id.is_none())
    }

    /// What a note is tagged with, to show as a name with its colour (a
    /// colour is never shown alone): its plan department, else its free
    /// label (grey when it has no palette colour), else nothing.
    pub fn note_tag(note: &Note, departments: &[Department]) -> Option<(String, Colour)> {
        let department = note.department_id.as_ref().and_then(|id| departments.iter().find(|d| &d.id == id));
        match (department, &note.label) {
            (Some(d), _) => Some((d.name.clone(), Colour::from_name(&d.colour).unwrap_or_default())),
            (None, Some(label)) => {
                let colour = note.colour.as_deref().and_then(Colour::from_name).unwrap_or(crate::model::palette::PALETTE[7]);
                Some((label.clone(), colour))
            }
            (None, None) => None,
        }
    }

    /// Gives every area, cluster, note and participant a fresh id and
    /// rewrites every reference, so a copy shares no id with the original.
    pub fn renew_ids(&mut self, ids: &mut dyn IdSource) {
        // One map per kind, so an area and a note sharing an id stay apart.
        let areas = renew(ids, self.areas.iter_mut().map(|a| &mut a.id));
        let clusters = renew(ids, self.clusters.iter_mut().map(|c| &mut c.id));
        let notes = renew(ids, self.notes.iter_mut().map(|n| &mut n.id));
        self.clusters.iter_mut().for_each(|c| follow(&areas, &mut c.area_id));
        for note in &mut self.notes {
            follow(&areas, &mut note.area_id);
            note.cluster_id.iter_mut().for_each(|id| follow(&clusters, id));
        }
        if let Some(voting) = &mut self.voting {
            let participants = renew(ids, voting.participants.iter_mut().map(|p| &mut p.id));
            for vote in &mut voting.votes {
                follow(&participants, &mut vote.participant_id);
                follow(&notes, &mut vote.note_id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::SequentialIds;
    use crate::model::testing::{self, area, cluster, note, now};

    #[test]
    fn renewing_ids_keeps_references_consistent() {
        let mut board = testing::board("b", "Retro");
        board.areas.push(area("a", "Start"));
        board.clusters.push(cluster("c", "a", "Tools"));
        board.notes.push(note("n", "a", Some("c"), "Wiki"));
        let mut voting = Voting::new(vec![Participant::named("p".into(), "Ana".into())], 3, false, now());
        voting.votes.push(Vote::new("p".into(), "n".into()));
        board.voting = Some(voting);
        board.renew_ids(&mut SequentialIds::default());
        let (area, cluster, note) = (&board.areas[0], &board.clusters[0], &board.notes[0]);
        assert_ne!(area.id, "a");
        assert_eq!(cluster.area_id, area.id);
        assert_eq!((note.area_id.as_str(), note.cluster_id.as_deref()), (area.id.as_str(), Some(cluster.id.as_str())));
        let voting = board.voting.unwrap();
        assert_eq!(voting.votes[0].note_id, note.id);
        assert_eq!(voting.votes[0].participant_id, voting.participants[0].id);
        assert_ne!(voting.participants[0].id, "p");
    }

    #[test]
    fn a_note_shows_its_department_or_its_label_with_a_colour() {
        let mut note = Note {
            department_id: Some("d".into()),
            label: Some("Ops".into()),
            colour: Some("yellow".into()),
            ..note("n", "a", None, "x")
        };
        let departments = [Department::new("d".into(), "IT".into(), "blue", now())];
        assert_eq!(Board::note_tag(&note, &departments), Some(("IT".into(), Colour::from_name("blue").unwrap())));
        assert_eq!(Board::note_tag(&note, &[]), Some(("Ops".into(), Colour::from_name("yellow").unwrap())));
        note.colour = None;
        assert_eq!(Board::note_tag(&note, &[]).unwrap().1.name, "grey");
        note.label = None;
        assert_eq!(Board::note_tag(&note, &[]), None);
    }
}

