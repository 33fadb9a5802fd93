//! Dot voting: a round with participants (people or departments) and a vote
//! budget each, recorded one vote at a time (tally mode on one screen), with
//! results hidden until revealed. The derived views (counts, what is left,
//! whose turn, the ranking) are computed here for the board screen.

mod round;
mod turn;

pub use round::RoundSetup;
pub use turn::Turn;

use std::borrow::Borrow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Serialize;
use serde_json::{Map, Value};

use super::queries::most_votes_first;
use super::{Board, Cluster, Note};
use crate::model::env::Env;
use crate::model::ids::{ClusterId, DepartmentId, NoteId, ParticipantId};
use crate::model::plan::Department;
use crate::model::time::Timestamp;

/// One voting round.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Voting {
    pub participants: Vec<Participant>,
    pub votes_per_person: u32,
    /// Whether one person may put several of their votes on the same note.
    #[serde(skip_serializing_if = "is_false")]
    pub allow_multiple_per_note: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<Vote>,
    #[serde(skip_serializing_if = "is_false")]
    pub results_revealed: bool,
    pub started_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Someone who votes: a person by name, or a department of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Participant {
    pub id: ParticipantId,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department_id: Option<DepartmentId>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One dot.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Vote {
    pub participant_id: ParticipantId,
    pub note_id: NoteId,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Vote {
    pub fn new(participant_id: ParticipantId, note_id: NoteId) -> Self {
        Vote { participant_id, note_id, extra: Map::new() }
    }
}

/// A participant as the facilitator enters them: a name, or a department
/// (whose name is used when the name is left empty).
#[derive(Debug, Clone, PartialEq)]
pub struct NewParticipant {
    pub name: String,
    pub department_id: Option<DepartmentId>,
}

/// A change to the board's voting.
#[derive(Debug, Clone, PartialEq)]
pub enum VotingEdit {
    /// Starts the first round; refused while a round exists (use `NewRound`).
    Start { participants: Vec<NewParticipant>, votes_per_person: u32, allow_multiple_per_note: bool },
    /// Replaces the round, its votes cleared; [`Voting::setup`] gives the set-up
    /// of the round under way, to start the next one like it.
    NewRound { participants: Vec<NewParticipant>, votes_per_person: u32, allow_multiple_per_note: bool },
    Cast { participant_id: ParticipantId, note_id: NoteId },
    /// Takes back one of the participant's votes on the note.
    Remove { participant_id: ParticipantId, note_id: NoteId },
    Reveal(bool),
    /// Clears every vote and hides the results; the participants stay.
    Clear,
    /// Ends voting on this board.
    End,
    /// Puts the voting back as it was (undo).
    Restore(Option<Voting>),
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Participant {
    pub fn named(id: ParticipantId, name: String) -> Self {
        Participant { id, name, department_id: None, extra: Map::new() }
    }
}

impl Voting {
    pub fn new(participants: Vec<Participant>, votes_per_person: u32, allow_multiple_per_note: bool, now: Timestamp) -> Self {
        Voting {
            participants,
            votes_per_person,
            allow_multiple_per_note,
            votes: Vec::new(),
            results_revealed: false,
            started_at: now,
            extra: Map::new(),
        }
    }

    pub fn participant(&self, id: &ParticipantId) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == *id)
    }

    /// How many votes a participant has cast.
    pub fn used(&self, participant_id: &ParticipantId) -> u32 {
        self.votes.iter().filter(|v| v.participant_id == *participant_id).count() as u32
    }

    /// How many votes a participant has left.
    pub fn remaining(&self, participant_id: &ParticipantId) -> u32 {
        self.votes_per_person.saturating_sub(self.used(participant_id))
    }

    /// How many votes a participant put on one note.
    pub fn votes_by(&self, participant_id: &ParticipantId, note_id: &NoteId) -> u32 {
        self.votes.iter().filter(|v| v.participant_id == *participant_id && v.note_id == *note_id).count() as u32
    }

    /// The participant after `current` in order, the first after the last
    /// (the board screen follows [`Voting::next_turn`], which stops after the last).
    pub fn next_participant(&self, current: Option<&ParticipantId>) -> Option<&Participant> {
        let at = current.and_then(|id| self.participants.iter().position(|p| p.id == *id));
        let next = at.map_or(0, |n| (n + 1) % self.participants.len().max(1));
        self.participants.get(next)
    }

    /// Votes per note.
    pub fn per_note(&self) -> BTreeMap<&NoteId, u32> {
        let mut counts = BTreeMap::new();
        for vote in &self.votes {
            *counts.entry(&vote.note_id).or_insert(0) += 1;
        }
        counts
    }
}

/// Votes per cluster: the sum of its notes' votes.
pub fn per_cluster<'a, K: Borrow<NoteId> + Ord>(board: &'a Board, per_note: &BTreeMap<K, u32>) -> BTreeMap<&'a ClusterId, u32> {
    let mut counts = BTreeMap::new();
    for note in &board.notes {
        if let Some(cluster) = &note.cluster_id {
            *counts.entry(cluster).or_insert(0) += per_note.get(&note.id).copied().unwrap_or(0);
        }
    }
    counts
}

/// "1 vote", "3 votes".
pub fn vote_words(n: u32) -> String {
    if n == 1 { "1 vote".into() } else { format!("{n} votes") }
}

/// Every note with its votes, most votes first; ties keep board order.
pub fn notes_by_votes(board: &Board) -> Vec<(&Note, u32)> {
    let per_note = board.voting.as_ref().map(Voting::per_note).unwrap_or_default();
    let mut ranked: Vec<(&Note, u32)> =
        board.notes.iter().map(|n| (n, per_note.get(&n.id).copied().unwrap_or(0))).collect();
    most_votes_first(&mut ranked, |&(_, votes)| votes);
    ranked
}

/// Every cluster with its votes, most votes first; ties keep board order.
pub fn clusters_by_votes(board: &Board) -> Vec<(&Cluster, u32)> {
    let per_note = board.voting.as_ref().map(Voting::per_note).unwrap_or_default();
    let per_cluster = per_cluster(board, &per_note);
    let mut ranked: Vec<(&Cluster, u32)> =
        board.clusters.iter().map(|c| (c, per_cluster.get(&c.id).copied().unwrap_or(0))).collect();
    most_votes_first(&mut ranked, |&(_, votes)| votes);
    ranked
}

/// Why a voting edit was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VotingError {
    NoVotingRound,
    VotingUnderWay,
    NoParticipants,
    EmptyParticipantName,
    DuplicateParticipant(String),
    ParticipantNotFound,
    NoVotesToCast,
    OverBudget { participant: String, budget: u32 },
    AlreadyVotedForNote { participant: String },
    VoteNotFound,
    NoteNotFound,
    DepartmentNotFound(DepartmentId),
}

impl fmt::Display for VotingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoVotingRound => write!(f, "There is no voting round on this board: start one first."),
            Self::VotingUnderWay => write!(f, "A voting round is under way: start a new round to clear its votes."),
            Self::NoParticipants => write!(f, "A voting round needs at least one participant."),
            Self::EmptyParticipantName => write!(f, "A participant needs a name or a department."),
            Self::DuplicateParticipant(name) => write!(f, "“{name}” is already a participant."),
            Self::ParticipantNotFound => write!(f, "This participant is not in the voting round."),
            Self::NoVotesToCast => write!(f, "Each participant needs at least one vote."),
            Self::OverBudget { participant, budget } => write!(
                f,
                "{participant} has already used all {budget} vote{} of this round.",
                if *budget == 1 { "" } else { "s" }
            ),
            Self::AlreadyVotedForNote { participant } => {
                write!(f, "{participant} has already voted for this note, and this round allows one vote per note.")
            }
            Self::VoteNotFound => write!(f, "There is no such vote to take back."),
            Self::NoteNotFound => write!(f, "This note is no longer on the board."),
            Self::DepartmentNotFound(_) => write!(f, "This department is no longer in the plan."),
        }
    }
}

impl std::error::Error for VotingError {}

/// Applies a voting edit; returns the edit that undoes it for starting,
/// replacing, clearing and ending a round (casting and revealing are undone
/// by their own opposite).
pub fn edit_voting(
    board: &mut Board,
    edit: VotingEdit,
    departments: &[Department],
    cx: &mut Env<'_>,
) -> Result<Option<VotingEdit>, VotingError> {
    let before = board.voting.clone();
    let undo = Some(VotingEdit::Restore(before.clone()));
    match edit {
        VotingEdit::Start { .. } if before.is_some() => return Err(VotingError::VotingUnderWay),
        VotingEdit::Start { participants, votes_per_person, allow_multiple_per_note }
        | VotingEdit::NewRound { participants, votes_per_person, allow_multiple_per_note } => {
            let participants = new_participants(participants, departments, cx)?;
            if votes_per_person == 0 {
                return Err(VotingError::NoVotesToCast);
            }
            board.voting = Some(Voting::new(participants, votes_per_person, allow_multiple_per_note, cx.now));
            return Ok(undo);
        }
        VotingEdit::Cast { participant_id, note_id } => {
            let voting = board.voting.as_mut().ok_or(VotingError::NoVotingRound)?;
            let participant = voting.participant(&participant_id).ok_or(VotingError::ParticipantNotFound)?;
            if !board.notes.iter().any(|n| n.id == note_id) {
                return Err(VotingError::NoteNotFound);
            }
            if voting.remaining(&participant_id) == 0 {
                return Err(VotingError::OverBudget { participant: participant.name.clone(), budget: voting.votes_per_person });
            }
            if !voting.allow_multiple_per_note && voting.votes_by(&participant_id, &note_id) > 0 {
                return Err(VotingError::AlreadyVotedForNote { participant: participant.name.clone() });
            }
            voting.votes.push(Vote::new(participant_id, note_id));
            return Ok(None);
        }
        VotingEdit::Remove { participant_id, note_id } => {
            let voting = board.voting.as_mut().ok_or(VotingError::NoVotingRound)?;
            let at = voting
                .votes
                .iter()
                .rposition(|v| v.participant_id == participant_id && v.note_id == note_id)
                .ok_or(VotingError::VoteNotFound)?;
            voting.votes.remove(at);
            return Ok(None);
        }
        VotingEdit::Reveal(revealed) => {
            board.voting.as_mut().ok_or(VotingError::NoVotingRound)?.results_revealed = revealed;
            return Ok(None);
        }
        VotingEdit::Clear => {
            let voting = board.voting.as_mut().ok_or(VotingError::NoVotingRound)?;
            voting.votes.clear();
            voting.results_revealed = false;
        }
        VotingEdit::End => board.voting = None,
        VotingEdit::Restore(mut voting) => {
            // Votes for notes deleted since are not brought back.
            if let Some(voting) = &mut voting {
                let notes: BTreeSet<&NoteId> = board.notes.iter().map(|n| &n.id).collect();
                voting.votes.retain(|v| notes.contains(&v.note_id));
            }
            board.voting = voting;
            return Ok(None);
        }
    }
    Ok(undo)
}

/// Checks and names the participants of a new round.
fn new_participants(
    wanted: Vec<NewParticipant>,
    departments: &[Department],
    cx: &mut Env<'_>,
) -> Result<Vec<Participant>, VotingError> {
    let mut participants: Vec<Participant> = Vec::with_capacity(wanted.len());
    for NewParticipant { name, department_id } in wanted {
        let department = match &department_id {
            Some(id) => Some(
                departments.iter().find(|d| &d.id == id).ok_or_else(|| VotingError::DepartmentNotFound(id.clone()))?,
            ),
            None => None,
        };
        let name = match (name.trim(), department) {
            ("", Some(department)) => department.name.clone(),
            ("", None) => return Err(VotingError::EmptyParticipantName),
            (name, _) => name.to_string(),
        };
        if participants.iter().any(|p| p.name.eq_ignore_ascii_case(&name)) {
            return Err(VotingError::DuplicateParticipant(name));
        }
        participants.push(Participant { id: cx.new_id(), name, department_id, extra: Map::new() });
    }
    if participants.is_empty() {
        return Err(VotingError::NoParticipants);
    }
    Ok(participants)
}
