//! Every change to a board's content but its voting, applied by
//! [`edit_board`] on a copy of the board (the command does that), and the
//! rules it can break. Each edit returns the edit that takes it back, when
//! the UI offers undo (deleting a note, removing an area, ungrouping).

use std::collections::BTreeSet;
use std::fmt;

use serde_json::Map;

use super::moves::{move_cluster, move_note, nudge_cluster, nudge_note, Nudge};
use super::voting::Vote;
use super::{Area, Board, Cluster, Note, Timer};
use crate::model::env::Env;
use crate::model::palette::Colour;
use crate::model::plan::Department;
use crate::model::values::{self, ValueError};

/// A change to one board.
#[derive(Debug, Clone, PartialEq)]
pub enum BoardEdit {
    /// Private writing on (texts hidden) or off (revealed).
    TextsHidden(bool),
    /// Grid width; 0 lets the screen choose.
    Columns(u32),
    AddArea { title: String },
    RenameArea { area_id: String, title: String },
    MoveArea { area_id: String, index: usize },
    /// Refused while the area holds notes; its empty clusters go with it.
    RemoveArea { area_id: String },
    RestoreArea { area: Area, at: usize, clusters: Vec<Cluster> },
    AddNote(NewNote),
    EditNoteText { note_id: String, text: String },
    /// The note's department (of the board's plan) or free label and colour.
    TagNote { note_id: String, department_id: Option<String>, label: Option<String>, colour: Option<String> },
    NoteAuthor { note_id: String, author: Option<String> },
    DeleteNote { note_id: String },
    /// Puts a deleted note back at its place with its votes (undo).
    RestoreNote { note: Note, at: usize, votes: Vec<Vote> },
    /// To position `index` among the notes of the cluster (which decides the
    /// area) or, without a cluster, among the area's loose notes; clamped.
    MoveNote { note_id: String, area_id: String, cluster_id: Option<String>, index: usize },
    /// Keyboard moves: up or down in its group, to the previous or next area.
    NudgeNote { note_id: String, nudge: Nudge },
    /// Groups notes into a new cluster in the area of the first note; notes
    /// from other areas are moved there.
    Group { note_ids: Vec<String>, title: String },
    RenameCluster { cluster_id: String, title: String },
    CollapseCluster { cluster_id: String, collapsed: bool },
    /// Removes the cluster; its notes stay where they are, loose.
    Ungroup { cluster_id: String },
    RestoreCluster { cluster: Cluster, at: usize, note_ids: Vec<String> },
    /// To position `index` among the clusters of an area, with its notes.
    MoveCluster { cluster_id: String, area_id: String, index: usize },
    /// Keyboard moves: up or down among its area's clusters, to the end of
    /// the previous or next area's clusters; its notes go with it.
    NudgeCluster { cluster_id: String, nudge: Nudge },
    Timer(Option<Timer>),
}

/// Why a change to a board was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BoardError {
    AreaNotFound,
    NoteNotFound,
    ClusterNotFound,
    EmptyNote,
    AreaHasNotes { title: String, notes: usize },
    NothingToGroup,
    /// A "lane per department" board needs a plan with departments.
    TemplateNeedsDepartments,
    DepartmentNotFound(String),
    UnknownColour(String),
    Value(ValueError),
}

impl fmt::Display for BoardError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::AreaNotFound => write!(f, "This area is no longer on the board."),
            Self::NoteNotFound => write!(f, "This note is no longer on the board."),
            Self::ClusterNotFound => write!(f, "This group is no longer on the board."),
            Self::EmptyNote => write!(f, "A note needs some text."),
            Self::AreaHasNotes { title, notes } => write!(
                f,
                "“{title}” still holds {notes} note{}: move or delete them before removing the area.",
                if *notes == 1 { "" } else { "s" }
            ),
            Self::NothingToGroup => write!(f, "Choose at least one note to group."),
            Self::TemplateNeedsDepartments => {
                write!(f, "One lane per department needs a plan with at least one department.")
            }
            Self::DepartmentNotFound(_) => write!(f, "This department is no longer in the plan."),
            Self::UnknownColour(name) => write!(f, "“{name}” is not one of the department colours."),
            Self::Value(why) => write!(f, "{why}"),
        }
    }
}

impl std::error::Error for BoardError {}

impl From<ValueError> for BoardError {
    fn from(why: ValueError) -> Self {
        BoardError::Value(why)
    }
}

/// A note as typed: the chosen department or label go with it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewNote {
    pub area_id: String,
    pub text: String,
    pub department_id: Option<String>,
    pub label: Option<String>,
    pub colour: Option<String>,
    pub author: Option<String>,
}

/// Applies one edit; `departments` are those of the board's plan.
pub fn edit_board(
    board: &mut Board,
    edit: BoardEdit,
    departments: &[Department],
    cx: &mut Env<'_>,
) -> Result<Option<BoardEdit>, BoardError> {
    let now = cx.now;
    match edit {
        BoardEdit::TextsHidden(hidden) => board.texts_hidden = hidden,
        BoardEdit::Columns(columns) => board.columns = columns,
        BoardEdit::AddArea { title } => {
            let title = values::title(&title)?;
            board.areas.push(Area { id: cx.ids.next_id(), title, updated_at: now, extra: Map::new() });
        }
        BoardEdit::RenameArea { area_id, title } => {
            let title = values::title(&title)?;
            let area = board.areas.iter_mut().find(|a| a.id == area_id).ok_or(BoardError::AreaNotFound)?;
            (area.title, area.updated_at) = (title, now);
        }
        BoardEdit::MoveArea { area_id, index } => {
            let at = area_position(board, &area_id)?;
            let area = board.areas.remove(at);
            board.areas.insert(index.min(board.areas.len()), area);
        }
        BoardEdit::RemoveArea { area_id } => {
            let at = area_position(board, &area_id)?;
            let notes = board.notes_in_area(&area_id).count();
            if notes > 0 {
                return Err(BoardError::AreaHasNotes { title: board.areas[at].title.clone(), notes });
            }
            let area = board.areas.remove(at);
            let (clusters, kept) = std::mem::take(&mut board.clusters).into_iter().partition(|c| c.area_id == area.id);
            board.clusters = kept;
            return Ok(Some(BoardEdit::RestoreArea { area, at, clusters }));
        }
        BoardEdit::RestoreArea { area, at, clusters } => {
            if board.area(&area.id).is_none() {
                board.areas.insert(at.min(board.areas.len()), area);
                board.clusters.extend(clusters);
            }
        }
        BoardEdit::AddNote(new) => {
            area_position(board, &new.area_id)?;
            let text = non_empty(&new.text, BoardError::EmptyNote)?;
            let (department_id, label, colour) = tag(new.department_id, new.label, new.colour, departments)?;
            board.notes.push(Note {
                id: cx.ids.next_id(),
                area_id: new.area_id,
                text,
                department_id,
                label,
                colour,
                author: optional(new.author),
                cluster_id: None,
                created_at: now,
                updated_at: now,
                extra: Map::new(),
            });
        }
        BoardEdit::EditNoteText { note_id, text } => {
            let text = non_empty(&text, BoardError::EmptyNote)?;
            let note = note_mut(board, &note_id)?;
            (note.text, note.updated_at) = (text, now);
        }
        BoardEdit::TagNote { note_id, department_id, label, colour } => {
            let tagged = tag(department_id, label, colour, departments)?;
            let note = note_mut(board, &note_id)?;
            (note.department_id, note.label, note.colour) = tagged;
            note.updated_at = now;
        }
        BoardEdit::NoteAuthor { note_id, author } => {
            let note = note_mut(board, &note_id)?;
            (note.author, note.updated_at) = (optional(author), now);
        }
        BoardEdit::DeleteNote { note_id } => {
            let at = board.notes.iter().position(|n| n.id == note_id).ok_or(BoardError::NoteNotFound)?;
            let note = board.notes.remove(at);
            let mut votes = Vec::new();
            if let Some(voting) = &mut board.voting {
                let (theirs, kept) = std::mem::take(&mut voting.votes).into_iter().partition(|v| v.note_id == note.id);
                (votes, voting.votes) = (theirs, kept);
            }
            return Ok(Some(BoardEdit::RestoreNote { note, at, votes }));
        }
        BoardEdit::RestoreNote { mut note, at, votes } => {
            if board.note(&note.id).is_none() {
                // Its area removed meanwhile: the note comes back in the first area.
                if area_position(board, &note.area_id).is_err() {
                    note.area_id = board.areas.first().ok_or(BoardError::AreaNotFound)?.id.clone();
                }
                if note.cluster_id.as_deref().is_some_and(|c| board.cluster(c).is_none_or(|c| c.area_id != note.area_id)) {
                    note.cluster_id = None;
                }
                board.notes.insert(at.min(board.notes.len()), note);
                if let Some(voting) = &mut board.voting {
                    let known: Vec<Vote> = votes.into_iter().filter(|v| voting.participant(&v.participant_id).is_some()).collect();
                    voting.votes.extend(known);
                }
            }
        }
        BoardEdit::MoveNote { note_id, area_id, cluster_id, index } => {
            move_note(board, &note_id, &area_id, cluster_id.as_deref(), index, now)?
        }
        BoardEdit::NudgeNote { note_id, nudge } => nudge_note(board, &note_id, nudge, now)?,
        BoardEdit::Group { note_ids, title } => group(board, note_ids, title, cx)?,
        BoardEdit::RenameCluster { cluster_id, title } => {
            let title = values::title(&title)?;
            let cluster = cluster_mut(board, &cluster_id)?;
            (cluster.title, cluster.updated_at) = (title, now);
        }
        BoardEdit::CollapseCluster { cluster_id, collapsed } => {
            let cluster = cluster_mut(board, &cluster_id)?;
            (cluster.collapsed, cluster.updated_at) = (collapsed, now);
        }
        BoardEdit::Ungroup { cluster_id } => {
            let at = board.clusters.iter().position(|c| c.id == cluster_id).ok_or(BoardError::ClusterNotFound)?;
            let cluster = board.clusters.remove(at);
            let mut note_ids = Vec::new();
            for note in board.notes.iter_mut().filter(|n| n.cluster_id.as_deref() == Some(&cluster.id)) {
                note.cluster_id = None;
                note_ids.push(note.id.clone());
            }
            return Ok(Some(BoardEdit::RestoreCluster { cluster, at, note_ids }));
        }
        BoardEdit::RestoreCluster { cluster, at, note_ids } => {
            if board.cluster(&cluster.id).is_none() {
                area_position(board, &cluster.area_id)?;
                let ids: BTreeSet<&str> = note_ids.iter().map(String::as_str).collect();
                for note in board.notes.iter_mut().filter(|n| ids.contains(n.id.as_str()) && n.area_id == cluster.area_id) {
                    note.cluster_id = Some(cluster.id.clone());
                }
                board.clusters.insert(at.min(board.clusters.len()), cluster);
            }
        }
        BoardEdit::MoveCluster { cluster_id, area_id, index } => move_cluster(board, &cluster_id, &area_id, index, now)?,
        BoardEdit::NudgeCluster { cluster_id, nudge } => nudge_cluster(board, &cluster_id, nudge, now)?,
        BoardEdit::Timer(timer) => board.timer = timer,
    }
    Ok(None)
}

fn group(board: &mut Board, note_ids: Vec<String>, title: String, cx: &mut Env<'_>) -> Result<(), BoardError> {
    let title = values::title(&title)?;
    let first = note_ids.first().ok_or(BoardError::NothingToGroup)?;
    let area_id = board.note(first).ok_or(BoardError::NoteNotFound)?.area_id.clone();
    let ids: BTreeSet<&str> = note_ids.iter().map(String::as_str).collect();
    if board.notes.iter().filter(|n| ids.contains(n.id.as_str())).count() != ids.len() {
        return Err(BoardError::NoteNotFound);
    }
    let cluster = Cluster {
        id: cx.ids.next_id(),
        area_id: area_id.clone(),
        title,
        collapsed: false,
        updated_at: cx.now,
        extra: Map::new(),
    };
    for note in board.notes.iter_mut().filter(|n| ids.contains(n.id.as_str())) {
        (note.area_id, note.cluster_id, note.updated_at) = (area_id.clone(), Some(cluster.id.clone()), cx.now);
    }
    board.clusters.push(cluster);
    Ok(())
}

/// The checked department or label and colour of a note.
type Tag = (Option<String>, Option<String>, Option<String>);

fn tag(department_id: Option<String>, label: Option<String>, colour: Option<String>, departments: &[Department]) -> Result<Tag, BoardError> {
    if let Some(id) = &department_id {
        if !departments.iter().any(|d| &d.id == id) {
            return Err(BoardError::DepartmentNotFound(id.clone()));
        }
    }
    let colour = optional(colour);
    if let Some(name) = &colour {
        Colour::from_name(name).ok_or_else(|| BoardError::UnknownColour(name.clone()))?;
    }
    Ok((department_id, optional(label), colour))
}

/// Trimmed text, or `None` when blank.
fn optional(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

fn non_empty(text: &str, error: BoardError) -> Result<String, BoardError> {
    let text = text.trim();
    if text.is_empty() { Err(error) } else { Ok(text.to_string()) }
}

pub(super) fn area_position(board: &Board, area_id: &str) -> Result<usize, BoardError> {
    board.areas.iter().position(|a| a.id == area_id).ok_or(BoardError::AreaNotFound)
}

fn note_mut<'a>(board: &'a mut Board, id: &str) -> Result<&'a mut Note, BoardError> {
    board.notes.iter_mut().find(|n| n.id == id).ok_or(BoardError::NoteNotFound)
}

fn cluster_mut<'a>(board: &'a mut Board, id: &str) -> Result<&'a mut Cluster, BoardError> {
    board.clusters.iter_mut().find(|c| c.id == id).ok_or(BoardError::ClusterNotFound)
}
