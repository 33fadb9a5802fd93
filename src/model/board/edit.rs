//! Every change to a board's content but its voting, applied by
//! [`edit_board`] on a copy of the board (the command does that), and the
//! rules it can break. Each edit returns the edit that takes it back, when
//! the UI offers undo (deleting a note, removing an area, ungrouping).

use std::collections::BTreeSet;
use std::fmt;

use serde_json::Map;

use super::departments::KnownDepartment;
use super::link::{link_plan, restore_link};
use super::moves::{move_cluster, move_note, nudge_cluster, nudge_note, Nudge};
use super::voting::Vote;
use super::{Area, Board, Cluster, Note, Timer};
use crate::model::entity::{self, Removed};
use crate::model::env::Env;
use crate::model::ids::{AreaId, ClusterId, DepartmentId, NoteId, PlanId};
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
    RenameArea { area_id: AreaId, title: String },
    MoveArea { area_id: AreaId, index: usize },
    /// Refused while the area holds notes; its empty clusters go with it.
    RemoveArea { area_id: AreaId },
    RestoreArea { removed: Removed<Area>, clusters: Vec<Cluster> },
    AddNote(NewNote),
    /// Several notes at once (a pasted list), all or none; undone by [`BoardEdit::RemoveNotes`].
    AddNotes(Vec<NewNote>),
    /// Takes notes added together back off the board (the undo of `AddNotes`).
    RemoveNotes { note_ids: Vec<NoteId> },
    /// The department new notes take where their area has none of its own.
    NoteDepartment(Option<DepartmentId>),
    EditNoteText { note_id: NoteId, text: String },
    /// The note's department (of the board's plan) or free label and colour.
    TagNote { note_id: NoteId, department_id: Option<DepartmentId>, label: Option<String>, colour: Option<String> },
    NoteAuthor { note_id: NoteId, author: Option<String> },
    DeleteNote { note_id: NoteId },
    /// Puts a deleted note back at its place with its votes (undo).
    RestoreNote { removed: Removed<Note>, votes: Vec<Vote> },
    /// To position `index` among the notes of the cluster (which decides the
    /// area) or, without a cluster, among the area's loose notes; clamped.
    MoveNote { note_id: NoteId, area_id: AreaId, cluster_id: Option<ClusterId>, index: usize },
    /// Keyboard moves: up or down in its group, to the previous or next area.
    NudgeNote { note_id: NoteId, nudge: Nudge },
    /// Groups notes under `title`: one new cluster in each area the notes
    /// are in, so no note changes area.
    Group { note_ids: Vec<NoteId>, title: String },
    /// Takes a grouping back (undo): its groups go, and each note returns to
    /// the group it was in before.
    UndoGroup { cluster_ids: Vec<ClusterId>, before: Vec<(NoteId, Option<ClusterId>)> },
    RenameCluster { cluster_id: ClusterId, title: String },
    CollapseCluster { cluster_id: ClusterId, collapsed: bool },
    /// Removes the cluster; its notes stay where they are, loose.
    Ungroup { cluster_id: ClusterId },
    RestoreCluster { removed: Removed<Cluster>, note_ids: Vec<NoteId> },
    /// To position `index` among the clusters of an area, with its notes.
    MoveCluster { cluster_id: ClusterId, area_id: AreaId, index: usize },
    /// Keyboard moves: up or down among its area's clusters, to the end of
    /// the previous or next area's clusters; its notes go with it.
    NudgeCluster { cluster_id: ClusterId, nudge: Nudge },
    Timer(Option<Timer>),
    /// Links the board to a plan here (`None` unlinks it); notes keep their
    /// departments, remembered by the board (see [`super::link`]).
    LinkPlan { plan_id: Option<PlanId> },
    /// Puts a link back with the departments remembered then (undo).
    RestoreLink { plan_id: Option<PlanId>, departments: Vec<KnownDepartment> },
}

/// Why a change to a board was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BoardError {
    AreaNotFound,
    NoteNotFound,
    ClusterNotFound,
    EmptyNote,
    /// Longer than [`MAX_NOTE_CHARS`].
    NoteTooLong { chars: usize },
    AreaHasNotes { title: String, notes: usize },
    NothingToGroup,
    /// A "lane per department" board needs a plan with departments.
    TemplateNeedsDepartments,
    DepartmentNotFound(DepartmentId),
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
            Self::NoteTooLong { chars } => write!(
                f,
                "A note holds at most {MAX_NOTE_CHARS} characters (this one has {chars}): split it into several notes, or paste a list to get one note per line."
            ),
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

/// The longest note text: a sticky note is read from across the room.
pub const MAX_NOTE_CHARS: usize = 280;

/// A note as typed: the chosen department or label go with it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewNote {
    pub area_id: AreaId,
    pub text: String,
    pub department_id: Option<DepartmentId>,
    pub label: Option<String>,
    pub colour: Option<String>,
    pub author: Option<String>,
}

/// Applies one edit; `departments` are those the board knows: its plan's,
/// then those it remembers (see [`Board::known_departments`]).
pub fn edit_board(
    board: &mut Board,
    edit: BoardEdit,
    departments: &[Department],
    env: &mut Env<'_>,
) -> Result<Option<BoardEdit>, BoardError> {
    let now = env.now;
    match edit {
        BoardEdit::TextsHidden(hidden) => board.texts_hidden = hidden,
        BoardEdit::Columns(columns) => board.columns = columns,
        BoardEdit::AddArea { title } => {
            let title = values::title(&title)?;
            board.areas.push(Area { id: env.new_id(), title, department_id: None, updated_at: now, extra: Map::new() });
        }
        BoardEdit::RenameArea { area_id, title } => {
            let title = values::title(&title)?;
            entity::edit(&mut board.areas, &area_id, now, BoardError::AreaNotFound, |area| Ok(area.title = title))?;
        }
        BoardEdit::MoveArea { area_id, index } => {
            let removed = entity::remove(&mut board.areas, &area_id).ok_or(BoardError::AreaNotFound)?;
            entity::restore(&mut board.areas, Removed { at: index, ..removed });
        }
        BoardEdit::RemoveArea { area_id } => {
            let at = area_position(board, &area_id)?;
            let notes = board.notes_in_area(&area_id).count();
            if notes > 0 {
                return Err(BoardError::AreaHasNotes { title: board.areas[at].title.clone(), notes });
            }
            let removed = Removed { item: board.areas.remove(at), at };
            let (clusters, kept) = std::mem::take(&mut board.clusters).into_iter().partition(|c| c.area_id == area_id);
            board.clusters = kept;
            return Ok(Some(BoardEdit::RestoreArea { removed, clusters }));
        }
        BoardEdit::RestoreArea { removed, clusters } => {
            if entity::restore(&mut board.areas, removed) {
                board.clusters.extend(clusters);
            }
        }
        BoardEdit::AddNote(new) => {
            let note = new_note(board, new, departments, env)?;
            board.notes.push(note);
        }
        BoardEdit::AddNotes(list) => {
            let notes = list.into_iter().map(|new| new_note(board, new, departments, env)).collect::<Result<Vec<_>, _>>()?;
            let note_ids = notes.iter().map(|n| n.id.clone()).collect();
            board.notes.extend(notes);
            return Ok(Some(BoardEdit::RemoveNotes { note_ids }));
        }
        BoardEdit::RemoveNotes { note_ids } => {
            let ids: BTreeSet<&NoteId> = note_ids.iter().collect();
            board.notes.retain(|n| !ids.contains(&n.id));
            if let Some(voting) = &mut board.voting {
                voting.votes.retain(|v| !ids.contains(&v.note_id));
            }
        }
        BoardEdit::NoteDepartment(department_id) => {
            if let Some(id) = department_id.as_ref().filter(|id| !entity::contains(departments, id)) {
                return Err(BoardError::DepartmentNotFound(id.clone()));
            }
            board.note_department = department_id;
        }
        BoardEdit::EditNoteText { note_id, text } => {
            let text = note_text(&text)?;
            entity::edit(&mut board.notes, &note_id, now, BoardError::NoteNotFound, |note| Ok(note.text = text))?;
        }
        BoardEdit::TagNote { note_id, department_id, label, colour } => {
            let tagged = tag(department_id, label, colour, departments)?;
            entity::edit(&mut board.notes, &note_id, now, BoardError::NoteNotFound, |note| {
                Ok((note.department_id, note.label, note.colour) = tagged)
            })?;
        }
        BoardEdit::NoteAuthor { note_id, author } => {
            entity::edit(&mut board.notes, &note_id, now, BoardError::NoteNotFound, |note| {
                Ok(note.author = values::optional_text(author))
            })?;
        }
        BoardEdit::DeleteNote { note_id } => {
            let removed = entity::remove(&mut board.notes, &note_id).ok_or(BoardError::NoteNotFound)?;
            let mut votes = Vec::new();
            if let Some(voting) = &mut board.voting {
                let (theirs, kept) = std::mem::take(&mut voting.votes).into_iter().partition(|v| v.note_id == note_id);
                (votes, voting.votes) = (theirs, kept);
            }
            return Ok(Some(BoardEdit::RestoreNote { removed, votes }));
        }
        BoardEdit::RestoreNote { mut removed, votes } => {
            if !entity::contains(&board.notes, &removed.item.id) {
                let note = &mut removed.item;
                // Its area removed meanwhile: the note comes back in the first area.
                if area_position(board, &note.area_id).is_err() {
                    note.area_id = board.areas.first().ok_or(BoardError::AreaNotFound)?.id.clone();
                }
                if note.cluster_id.as_ref().is_some_and(|c| board.cluster(c).is_none_or(|c| c.area_id != note.area_id)) {
                    note.cluster_id = None;
                }
                entity::restore(&mut board.notes, removed);
                if let Some(voting) = &mut board.voting {
                    let known: Vec<Vote> = votes.into_iter().filter(|v| voting.participant(&v.participant_id).is_some()).collect();
                    voting.votes.extend(known);
                }
            }
        }
        BoardEdit::MoveNote { note_id, area_id, cluster_id, index } => {
            move_note(board, &note_id, &area_id, cluster_id.as_ref(), index, now)?
        }
        BoardEdit::NudgeNote { note_id, nudge } => nudge_note(board, &note_id, nudge, now)?,
        BoardEdit::Group { note_ids, title } => return group(board, note_ids, title, env).map(Some),
        BoardEdit::UndoGroup { cluster_ids, before } => {
            board.clusters.retain(|c| !cluster_ids.contains(&c.id));
            for (note_id, cluster_id) in before {
                let known = cluster_id.filter(|c| board.cluster(c).is_some());
                if let Some(note) = board.notes.iter_mut().find(|n| n.id == note_id) {
                    (note.cluster_id, note.updated_at) = (known, now);
                }
            }
        }
        BoardEdit::RenameCluster { cluster_id, title } => {
            let title = values::title(&title)?;
            entity::edit(&mut board.clusters, &cluster_id, now, BoardError::ClusterNotFound, |c| Ok(c.title = title))?;
        }
        BoardEdit::CollapseCluster { cluster_id, collapsed } => {
            entity::edit(&mut board.clusters, &cluster_id, now, BoardError::ClusterNotFound, |c| Ok(c.collapsed = collapsed))?;
        }
        BoardEdit::Ungroup { cluster_id } => {
            let removed = entity::remove(&mut board.clusters, &cluster_id).ok_or(BoardError::ClusterNotFound)?;
            let mut note_ids = Vec::new();
            for note in board.notes.iter_mut().filter(|n| n.cluster_id.as_ref() == Some(&cluster_id)) {
                note.cluster_id = None;
                note_ids.push(note.id.clone());
            }
            return Ok(Some(BoardEdit::RestoreCluster { removed, note_ids }));
        }
        BoardEdit::RestoreCluster { removed, note_ids } => {
            if !entity::contains(&board.clusters, &removed.item.id) {
                let cluster = &removed.item;
                area_position(board, &cluster.area_id)?;
                let ids: BTreeSet<&NoteId> = note_ids.iter().collect();
                for note in board.notes.iter_mut().filter(|n| ids.contains(&n.id) && n.area_id == cluster.area_id) {
                    note.cluster_id = Some(cluster.id.clone());
                }
                entity::restore(&mut board.clusters, removed);
            }
        }
        BoardEdit::MoveCluster { cluster_id, area_id, index } => move_cluster(board, &cluster_id, &area_id, index, now)?,
        BoardEdit::NudgeCluster { cluster_id, nudge } => nudge_cluster(board, &cluster_id, nudge, now)?,
        BoardEdit::Timer(timer) => board.timer = timer,
        BoardEdit::LinkPlan { plan_id } => return Ok(Some(link_plan(board, plan_id, departments))),
        BoardEdit::RestoreLink { plan_id, departments: kept } => restore_link(board, plan_id, kept),
    }
    Ok(None)
}

fn group(board: &mut Board, note_ids: Vec<NoteId>, title: String, env: &mut Env<'_>) -> Result<BoardEdit, BoardError> {
    let title = values::title(&title)?;
    if note_ids.is_empty() {
        return Err(BoardError::NothingToGroup);
    }
    let ids: BTreeSet<&NoteId> = note_ids.iter().collect();
    if board.notes.iter().filter(|n| ids.contains(&n.id)).count() != ids.len() {
        return Err(BoardError::NoteNotFound);
    }
    // One group per area, in the order the notes were chosen: moving notes
    // between areas ("Strengths" to "Threats") would change what they say.
    let mut areas: Vec<AreaId> = Vec::new();
    for id in &note_ids {
        let area = board.note(id).map(|n| n.area_id.clone()).ok_or(BoardError::NoteNotFound)?;
        if !areas.contains(&area) {
            areas.push(area);
        }
    }
    let before = board.notes.iter().filter(|n| ids.contains(&n.id)).map(|n| (n.id.clone(), n.cluster_id.clone())).collect();
    let mut cluster_ids = Vec::new();
    for area_id in areas {
        let cluster = Cluster { id: env.new_id(), area_id: area_id.clone(), title: title.clone(), collapsed: false, updated_at: env.now, extra: Map::new() };
        for note in board.notes.iter_mut().filter(|n| ids.contains(&n.id) && n.area_id == area_id) {
            (note.cluster_id, note.updated_at) = (Some(cluster.id.clone()), env.now);
        }
        cluster_ids.push(cluster.id.clone());
        board.clusters.push(cluster);
    }
    Ok(BoardEdit::UndoGroup { cluster_ids, before })
}

/// How many areas the notes are in: grouping makes one group in each.
pub fn areas_of(board: &Board, note_ids: &[NoteId]) -> usize {
    let mut areas: Vec<&AreaId> = note_ids.iter().filter_map(|id| board.note(id)).map(|n| &n.area_id).collect();
    areas.sort();
    areas.dedup();
    areas.len()
}

/// A new note from what was typed, checked.
fn new_note(board: &Board, new: NewNote, departments: &[Department], env: &mut Env<'_>) -> Result<Note, BoardError> {
    area_position(board, &new.area_id)?;
    let text = note_text(&new.text)?;
    let (department_id, label, colour) = tag(new.department_id, new.label, new.colour, departments)?;
    let now = env.now;
    Ok(Note {
        id: env.new_id(),
        area_id: new.area_id,
        text,
        department_id,
        label,
        colour,
        author: values::optional_text(new.author),
        cluster_id: None,
        created_at: now,
        updated_at: now,
        extra: Map::new(),
    })
}

/// A note's text: not empty, not longer than [`MAX_NOTE_CHARS`].
fn note_text(text: &str) -> Result<String, BoardError> {
    let text = non_empty(text, BoardError::EmptyNote)?;
    match text.chars().count() {
        chars if chars > MAX_NOTE_CHARS => Err(BoardError::NoteTooLong { chars }),
        _ => Ok(text),
    }
}

/// The checked department or label and colour of a note.
type Tag = (Option<DepartmentId>, Option<String>, Option<String>);

fn tag(department_id: Option<DepartmentId>, label: Option<String>, colour: Option<String>, departments: &[Department]) -> Result<Tag, BoardError> {
    if let Some(id) = department_id.as_ref().filter(|id| !entity::contains(departments, id)) {
        return Err(BoardError::DepartmentNotFound(id.clone()));
    }
    let colour = values::optional_text(colour);
    if let Some(name) = &colour {
        Colour::from_name(name).ok_or_else(|| BoardError::UnknownColour(name.clone()))?;
    }
    Ok((department_id, values::optional_text(label), colour))
}

fn non_empty(text: &str, error: BoardError) -> Result<String, BoardError> {
    let text = text.trim();
    if text.is_empty() { Err(error) } else { Ok(text.to_string()) }
}

pub(super) fn area_position(board: &Board, area_id: &AreaId) -> Result<usize, BoardError> {
    entity::position(&board.areas, area_id).ok_or(BoardError::AreaNotFound)
}
