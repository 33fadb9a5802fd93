//! From workshop to plan: a note or a group of a board becomes an objective,
//! an initiative, a decision or a lesson of a plan. The new item keeps an
//! [`Origin`]: which board and which note or group it came from, and the
//! votes it had, so the plan can always point back to the workshop.

mod choice;

use std::fmt;

use serde_json::Map;

use crate::model::board::voting::{per_cluster, vote_words};
use crate::model::board::Board;
use crate::model::env::Env;
use crate::model::ids::{BoardId, ClusterId, DepartmentId, NoteId, ObjectiveId, PlanId};
use crate::model::provenance::{BoardItem, Origin};
use crate::model::structure::{Initiative, Objective, StructureEdit};
use crate::model::tracking::{Decision, Lesson, LessonCategory, LogEdit};
use crate::model::workspace::Workspace;

pub use choice::{first_plan, objective_for, plans_by_title};

/// Titles longer than this are cut at a word, and the whole text goes in the description.
pub const TITLE_CHARS: usize = 120;

/// Why a note or group could not be taken into a plan. Nothing changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromoteError {
    BoardNotFound,
    PlanNotFound,
    NoteNotFound,
    ClusterNotFound,
    /// The note or group has no text to make an item of.
    NothingToTake,
    ObjectiveNotFound,
}

impl fmt::Display for PromoteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BoardNotFound => write!(f, "This workshop board no longer exists."),
            Self::PlanNotFound => write!(f, "This plan no longer exists."),
            Self::NoteNotFound => write!(f, "This note is no longer on the board."),
            Self::ClusterNotFound => write!(f, "This group is no longer on the board."),
            Self::NothingToTake => write!(f, "A note needs some text."),
            Self::ObjectiveNotFound => write!(f, "This objective is no longer in the plan."),
        }
    }
}

impl std::error::Error for PromoteError {}

/// What a promotion did: the sentence for the user, and the edit of the plan
/// that takes it back (deleting the item it made).
#[derive(Debug, Clone, PartialEq)]
pub struct PromoteOutcome {
    pub report: String,
    pub undo: Unpromote,
}

/// The edit that removes what a promotion added.
#[derive(Debug, Clone, PartialEq)]
pub enum Unpromote {
    Structure(StructureEdit),
    Log(LogEdit),
}

/// What a note or group becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromoteInto {
    Objective,
    Initiative { objective_id: ObjectiveId },
    Decision,
    Lesson,
}

impl PromoteInto {
    pub fn kind(&self) -> ItemKind {
        match self {
            Self::Objective => ItemKind::Objective,
            Self::Initiative { .. } => ItemKind::Initiative,
            Self::Decision => ItemKind::Decision,
            Self::Lesson => ItemKind::Lesson,
        }
    }
}

/// The kinds of plan item a note or group can become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Objective,
    Initiative,
    Decision,
    Lesson,
}

impl ItemKind {
    pub const ALL: [ItemKind; 4] = [Self::Objective, Self::Initiative, Self::Decision, Self::Lesson];

    /// "objective", "initiative", …: for sentences and as a form value.
    pub fn noun(self) -> &'static str {
        match self {
            Self::Objective => "objective",
            Self::Initiative => "initiative",
            Self::Decision => "decision",
            Self::Lesson => "lesson",
        }
    }

    /// "Objective", "Initiative", …
    pub fn label(self) -> &'static str {
        match self {
            Self::Objective => "Objective",
            Self::Initiative => "Initiative",
            Self::Decision => "Decision",
            Self::Lesson => "Lesson",
        }
    }

    /// The plan tab (`#/plan/<id>/<section>`) that shows items of this kind.
    pub fn section(self) -> &'static str {
        match self {
            Self::Objective | Self::Initiative => "objectives",
            Self::Decision => "decisions",
            Self::Lesson => "log",
        }
    }
}

/// Take a board's note or group into a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Promotion {
    pub board_id: BoardId,
    pub item: BoardItem,
    /// The note's or the group's id (which, `item` says).
    pub item_id: String,
    pub plan_id: PlanId,
    pub into: PromoteInto,
}

/// What a note or group says, ready to become a plan item.
struct Content {
    title: String,
    /// The rest of the text (a long note), or the group's notes as a list.
    body: String,
    /// The group's notes with their votes, if revealed (options of a decision, a lesson's line).
    notes: Vec<(String, Option<u32>)>,
    /// Department ids of its notes, in order, once each.
    departments: Vec<DepartmentId>,
    votes: Option<u32>,
}

fn content(board: &Board, item: BoardItem, item_id: &str) -> Result<Content, PromoteError> {
    let per_note = board.voting.as_ref().filter(|v| v.results_revealed).map(|v| v.per_note());
    let (note_id, cluster_id) = (NoteId::from(item_id), ClusterId::from(item_id));
    let notes: Vec<_> = match item {
        BoardItem::Note => vec![board.note(&note_id).ok_or(PromoteError::NoteNotFound)?],
        BoardItem::Cluster => {
            board.cluster(&cluster_id).ok_or(PromoteError::ClusterNotFound)?;
            board.notes_in_cluster(&cluster_id).collect()
        }
    };
    let mut departments: Vec<DepartmentId> = Vec::new();
    for id in notes.iter().filter_map(|n| n.department_id.clone()) {
        if !departments.contains(&id) {
            departments.push(id);
        }
    }
    let (title, body, entries, votes) = match item {
        BoardItem::Note => {
            let text = notes[0].text.trim();
            let title = short_title(text);
            let body = if title == text { String::new() } else { text.to_string() };
            (title, body, Vec::new(), per_note.map(|p| p.get(&note_id).copied().unwrap_or(0)))
        }
        BoardItem::Cluster => {
            let cluster = board.cluster(&cluster_id).expect("checked above");
            let votes = per_note.as_ref().map(|p| per_cluster(board, p).get(&cluster_id).copied().unwrap_or(0));
            let entries: Vec<(String, Option<u32>)> = notes
                .iter()
                .filter(|n| !n.text.trim().is_empty())
                .map(|n| (n.text.trim().to_string(), per_note.as_ref().map(|p| p.get(&n.id).copied().unwrap_or(0))))
                .collect();
            let title = match cluster.title.trim() {
                "" => short_title(entries.first().map_or("", |e| e.0.as_str())),
                named => short_title(named),
            };
            let list = entries.iter().map(|(text, votes)| format!("- {}", with_votes(text, *votes))).collect::<Vec<_>>().join("\n");
            (title, list, entries, votes)
        }
    };
    if title.is_empty() {
        return Err(PromoteError::NothingToTake);
    }
    Ok(Content { title, body, notes: entries, departments, votes })
}

/// "Shared wiki (3 votes)", or the text alone before results are revealed.
fn with_votes(text: &str, votes: Option<u32>) -> String {
    match votes {
        Some(v) => format!("{text} ({})", vote_words(v)),
        None => text.to_string(),
    }
}

/// The title a note or group would get in a plan, and its votes if revealed;
/// `None` when it is gone or has no text.
pub fn preview(board: &Board, item: BoardItem, item_id: &str) -> Option<(String, Option<u32>)> {
    content(board, item, item_id).ok().map(|c| (c.title, c.votes))
}

/// The first line, cut at a word before [`TITLE_CHARS`] with "…".
pub(crate) fn short_title(text: &str) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    if line.chars().count() <= TITLE_CHARS {
        return line.to_string();
    }
    let cut: String = line.chars().take(TITLE_CHARS).collect();
    // Cut at the last space, unless that would drop more than half the characters.
    let at_word = cut.rfind(' ').filter(|&at| cut[..at].chars().count() > TITLE_CHARS / 2).map_or(cut.as_str(), |at| &cut[..at]);
    format!("{}…", at_word.trim_end())
}

/// Adds the new item to the plan (stamping the plan); what it returns says so
/// and holds the edit that removes the item again.
pub fn promote(ws: &mut Workspace, p: &Promotion, cx: &mut Env<'_>) -> Result<PromoteOutcome, PromoteError> {
    let board = ws.board(&p.board_id).ok_or(PromoteError::BoardNotFound)?;
    let mut c = content(board, p.item, &p.item_id)?;
    let origin = Some(Origin {
        board_id: board.id.clone(),
        board_title: board.title.clone(),
        item: p.item,
        item_id: p.item_id.clone(),
        votes: c.votes,
        at: cx.now,
        extra: Map::new(),
    });
    let plan = ws.plan_mut(&p.plan_id).ok_or(PromoteError::PlanNotFound)?;
    let now = cx.now;
    let id = cx.ids.next_id();
    // Only departments of this plan: a board of another plan tags notes with that plan's ids.
    let departments: Vec<DepartmentId> = std::mem::take(&mut c.departments).into_iter().filter(|d| plan.department(d).is_some()).collect();
    let sole = if departments.len() == 1 { departments.first().cloned() } else { None };
    let undo = match &p.into {
        PromoteInto::Objective => {
            let objective = Objective::new(id.as_str().into(), c.title.clone(), now);
            plan.objectives.push(Objective { description: c.body, owner_department: sole, origin, ..objective });
            Unpromote::Structure(StructureEdit::DeleteObjective { objective_id: id.into() })
        }
        PromoteInto::Initiative { objective_id } => {
            if !plan.objectives.iter().any(|o| &o.id == objective_id) {
                return Err(PromoteError::ObjectiveNotFound);
            }
            let contributing = if sole.is_some() { Vec::new() } else { departments };
            let initiative = Initiative::new(id.as_str().into(), objective_id.clone(), c.title.clone(), now);
            plan.initiatives.push(Initiative {
                description: c.body,
                lead_department: sole,
                contributing_departments: contributing,
                origin,
                ..initiative
            });
            Unpromote::Structure(StructureEdit::DeleteInitiative { initiative_id: id.into() })
        }
        PromoteInto::Decision => {
            let decision = Decision::new(id.as_str().into(), cx.today, c.title.clone(), now);
            let options = c.notes.iter().map(|(text, _)| text.clone()).collect();
            plan.decisions.push(Decision { context: c.body, options, departments, origin, ..decision });
            Unpromote::Log(LogEdit::RemoveDecision { decision_id: id.into() })
        }
        PromoteInto::Lesson => {
            let what_happened = lesson_text(&c, p.item);
            let lesson = Lesson::new(id.as_str().into(), what_happened, LessonCategory::default(), now);
            plan.lessons.push(Lesson { origin, ..lesson });
            Unpromote::Log(LogEdit::RemoveLesson { lesson_id: id.into() })
        }
    };
    plan.updated_at = now;
    let noun = p.into.kind().noun();
    let report = format!("“{}” is now {} {noun} of “{}”.", c.title, article(noun), plan.title);
    Ok(PromoteOutcome { report, undo })
}

/// A lesson is one line (its field is a single line): a note's whole text,
/// or a group's title and its notes, "Tools: Shared wiki (3 votes); One chat tool".
fn lesson_text(c: &Content, item: BoardItem) -> String {
    let one_line = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    match item {
        BoardItem::Note if c.body.is_empty() => c.title.clone(),
        BoardItem::Note => one_line(&c.body),
        BoardItem::Cluster if c.notes.is_empty() => c.title.clone(),
        BoardItem::Cluster => {
            let notes: Vec<String> = c.notes.iter().map(|(text, votes)| with_votes(&one_line(text), *votes)).collect();
            format!("{}: {}", c.title, notes.join("; "))
        }
    }
}

fn article(noun: &str) -> &'static str {
    if noun.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" }
}

/// One plan item that came from a board.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Promoted {
    pub item_id: String,
    pub plan_id: PlanId,
    pub plan_title: String,
    pub kind: ItemKind,
    pub title: String,
}

/// Every plan item taken from `board_id`, in plan order, so the board can
/// show where each note or group went.
pub fn promoted_from(ws: &Workspace, board_id: &BoardId) -> Vec<Promoted> {
    let mut found = Vec::new();
    for plan in &ws.plans {
        let mut add = |origin: &Option<Origin>, kind, title: &str| {
            if let Some(o) = origin.as_ref().filter(|o| o.board_id == *board_id) {
                found.push(Promoted {
                    item_id: o.item_id.clone(), plan_id: plan.id.clone(), plan_title: plan.title.clone(),
                    kind, title: title.to_string(),
                });
            }
        };
        plan.objectives.iter().for_each(|o| add(&o.origin, ItemKind::Objective, &o.title));
        plan.initiatives.iter().for_each(|i| add(&i.origin, ItemKind::Initiative, &i.title));
        plan.decisions.iter().for_each(|d| add(&d.origin, ItemKind::Decision, &d.title));
        plan.lessons.iter().for_each(|l| add(&l.origin, ItemKind::Lesson, &short_title(&l.what_happened)));
    }
    found
}
