//! The one write path: every change the user makes is a [`Command`], applied to
//! the workspace with the current time and an id source. Validation and the
//! `updated_at` stamps live here and nowhere else.

use std::fmt;

use super::approval_edit::{edit_review, ReviewEdit};
use super::board::edit::edit_board;
use super::board::{BoardEdit, Template};
use super::document::{Board, DocRef, Document, DocumentKind, StakeholderMap};
use super::example::example_plan;
use super::env::Env;
use super::log_edit::{apply_log_edit, LogEdit};
use super::palette::Colour;
use super::plan::{Department, Plan, PlanStatus};
use super::promote::{promote, Promotion};
use super::review::{merge_response, Response, ResponseError};
use super::structure_edit::{apply_structure, StructureEdit};
use super::structure_removal::{detach_department, reattach_department, DepartmentLinks};
use super::time::{Day, Timestamp};
use super::values::{self, ValueError};
use super::workspace::Workspace;

/// A change the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// A new, empty document; `title` defaults to "Untitled …".
    Create { kind: DocumentKind, title: Option<String>, plan_id: Option<String> },
    /// A new board laid out from a template (department lanes need a plan
    /// with departments); `title` defaults to "Untitled board".
    CreateBoard { title: Option<String>, template: Template, plan_id: Option<String> },
    /// The example plan offered to first-time visitors.
    CreateExamplePlan,
    Rename { doc: DocRef, title: String },
    Duplicate { doc: DocRef },
    Delete { doc: DocRef },
    /// Puts back a document exactly as it was (undo of a delete or of a removal).
    Restore { document: Document },
    EditPlan { plan_id: String, edit: PlanEdit },
    EditBoard { board_id: String, edit: BoardEdit },
    /// Merges department response files into their plans: all or nothing.
    MergeResponses { responses: Vec<Response> },
    /// A board's note or group becomes an item of a plan (see [`super::promote`]).
    Promote(Promotion),
}

/// A change to one plan's own fields.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanEdit {
    Vision(String),
    HorizonStart(Option<Day>),
    HorizonEnd(Option<Day>),
    Status(PlanStatus),
    AddDepartment { name: String },
    EditDepartment { department_id: String, edit: DepartmentEdit },
    RemoveDepartment { department_id: String },
    /// Puts a removed department back at its place (undo of a removal); the
    /// rest of the plan keeps any edits made since.
    RestoreDepartment { department: Department, at: usize, links: Box<DepartmentLinks> },
    /// Approval rounds, sign-offs, comments and objections.
    Review(ReviewEdit),
    /// Decisions, updates and lessons (see [`super::log_edit`]).
    Log(LogEdit),
    /// Objectives, initiatives, roles, department objectives, information needs.
    Structure(StructureEdit),
}

/// A change to one department of a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum DepartmentEdit {
    Name(String),
    Head(String),
    Representative(String),
    Colour(String),
}

/// What a command did, so the caller can save, navigate and offer undo.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    /// Documents created or changed: these need saving.
    pub changed: Vec<DocRef>,
    /// A document that was created (to open it).
    pub created: Option<DocRef>,
    /// The command that takes this one back, for commands the UI offers to
    /// undo (deleting a document, removing a department).
    pub undo: Option<Box<Command>>,
    /// What the command did, in sentences for the user, when that is not
    /// plain from the screen (merging responses).
    pub report: Vec<String>,
}

/// Why a command was refused. The workspace is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandError {
    DocumentNotFound(DocRef),
    DepartmentNotFound(String),
    /// A typed value broke its rule (see [`super::values`]).
    Value(ValueError),
    EmptyDepartmentName,
    DuplicateDepartmentName(String),
    HorizonEndsBeforeStart { start: Day, end: Day },
    UnknownColour(String),
    NoDepartmentToSignOff,
    RoundNotFound,
    CommentNotFound,
    EmptyComment,
    EmptyResolution,
    Response(ResponseError),
    AreaNotFound,
    NoteNotFound,
    ClusterNotFound,
    EmptyNote,
    AreaHasNotes { title: String, notes: usize },
    NothingToGroup,
    TemplateNeedsDepartments,
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
    /// An objective, initiative, department objective or information need (named) that is gone.
    ItemNotFound(&'static str),
    DueBeforeStart { start: Day, due: Day },
    DependsOnItself,
    UnknownDependency(String),
    /// The titles around the loop, first and last the same.
    DependencyCycle(Vec<String>),
    EmptyInformationNeed,
    NeedsFromItself,
    /// A decision, action, update or lesson that is no longer there.
    LogEntryNotFound,
    SupersedesItself,
    /// The decision titles along the loop, back to the first.
    SupersedingLoop(Vec<String>),
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DocumentNotFound(doc) => write!(f, "This {} no longer exists.", doc.kind.label().to_ascii_lowercase()),
            Self::DepartmentNotFound(_) => write!(f, "This department is no longer in the plan."),
            Self::Value(why) => write!(f, "{why}"),
            Self::EmptyDepartmentName => write!(f, "A department needs a name."),
            Self::DuplicateDepartmentName(name) => write!(f, "The plan already has a department called “{name}”."),
            Self::HorizonEndsBeforeStart { start, end } => {
                write!(f, "The horizon cannot end ({end}) before it starts ({start}).")
            }
            Self::UnknownColour(name) => write!(f, "“{name}” is not one of the department colours."),
            Self::NoDepartmentToSignOff => write!(
                f,
                "Choose at least one department to sign off (by default those Responsible or Accountable for an initiative)."
            ),
            Self::RoundNotFound => write!(f, "This approval round is no longer in the plan."),
            Self::CommentNotFound => write!(f, "This comment is no longer in the plan."),
            Self::EmptyComment => write!(f, "A comment cannot be empty."),
            Self::EmptyResolution => write!(f, "Say how the objection was resolved, or link the decision that settled it."),
            Self::Response(why) => write!(f, "{why}"),
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
            Self::ItemNotFound(what) => write!(f, "This {what} is no longer in the plan."),
            Self::DueBeforeStart { start, due } => write!(f, "An initiative cannot be due ({due}) before it starts ({start})."),
            Self::DependsOnItself => write!(f, "An initiative cannot depend on itself."),
            Self::UnknownDependency(id) => write!(f, "There is no initiative “{id}” in this plan to depend on."),
            Self::DependencyCycle(titles) => write!(f, "This would close a loop: {}.", titles.join(" → ")),
            Self::EmptyInformationNeed => write!(f, "Say what information is needed."),
            Self::NeedsFromItself => write!(f, "A department cannot need information from itself: choose two different departments."),
            Self::LogEntryNotFound => write!(f, "This entry is no longer in the plan."),
            Self::SupersedesItself => write!(f, "A decision cannot be superseded by itself."),
            Self::SupersedingLoop(titles) => {
                write!(f, "That would make decisions supersede each other in a loop: {}.", titles.join(" → "))
            }
        }
    }
}

impl std::error::Error for CommandError {}

impl From<ValueError> for CommandError {
    fn from(why: ValueError) -> Self {
        CommandError::Value(why)
    }
}

/// Applies one command. On error the workspace is left exactly as it was.
pub fn apply(ws: &mut Workspace, command: Command, cx: &mut Env<'_>) -> Result<Outcome, CommandError> {
    let now = cx.now;
    match command {
        Command::Create { kind, title, plan_id } => {
            let title = values::title(title.as_deref().unwrap_or(kind.untitled()))?;
            let id = cx.ids.next_id();
            ws.put(new_document(kind, id.clone(), title, plan_id, now));
            Ok(created(DocRef::new(kind, id)))
        }
        Command::CreateBoard { title, template, plan_id } => {
            let title = values::title(title.as_deref().unwrap_or(DocumentKind::Board.untitled()))?;
            let departments = plan_id.as_deref().and_then(|id| ws.plan(id)).map(|p| p.departments.as_slice()).unwrap_or(&[]);
            if template.needs_departments() && departments.is_empty() {
                return Err(CommandError::TemplateNeedsDepartments);
            }
            let mut board = Board::new(cx.ids.next_id(), title, plan_id, now);
            (board.columns, board.areas) = template.areas(departments, cx.ids, now);
            let doc = DocRef::new(DocumentKind::Board, &board.id);
            ws.put(Document::Board(board));
            Ok(created(doc))
        }
        Command::CreateExamplePlan => {
            let plan = example_plan(cx.ids, now);
            let doc = DocRef::new(DocumentKind::Plan, &plan.id);
            ws.put(Document::Plan(plan));
            Ok(created(doc))
        }
        Command::Rename { doc, title } => {
            let title = values::title(&title)?;
            let mut document = ws.get(&doc).ok_or_else(|| CommandError::DocumentNotFound(doc.clone()))?;
            set_common(&mut document, |t, at| {
                *t = title;
                *at = now;
            });
            ws.put(document);
            Ok(Outcome { changed: vec![doc], ..Outcome::default() })
        }
        Command::Duplicate { doc } => {
            let original = ws.get(&doc).ok_or_else(|| CommandError::DocumentNotFound(doc.clone()))?;
            let copy = duplicate(original, cx);
            let copy_ref = copy.doc_ref();
            ws.put(copy);
            Ok(created(copy_ref))
        }
        Command::Delete { doc } => {
            let deleted = ws.remove(&doc).ok_or_else(|| CommandError::DocumentNotFound(doc.clone()))?;
            let undo = Some(Box::new(Command::Restore { document: deleted }));
            Ok(Outcome { changed: vec![doc], undo, ..Outcome::default() })
        }
        Command::Restore { document } => {
            let doc = document.doc_ref();
            ws.put(document);
            Ok(Outcome { changed: vec![doc], ..Outcome::default() })
        }
        Command::EditPlan { plan_id, edit } => {
            let doc = DocRef::new(DocumentKind::Plan, &plan_id);
            let plan = ws.plan_mut(&plan_id).ok_or_else(|| CommandError::DocumentNotFound(doc.clone()))?;
            // Edit a copy so a refused edit leaves no trace.
            let mut edited = plan.clone();
            let undo = edit_plan(&mut edited, edit, cx)?
                .map(|edit| Box::new(Command::EditPlan { plan_id: plan_id.clone(), edit }));
            edited.updated_at = now;
            *plan = edited;
            Ok(Outcome { changed: vec![doc], undo, ..Outcome::default() })
        }
        Command::EditBoard { board_id, edit } => {
            let doc = DocRef::new(DocumentKind::Board, &board_id);
            let plan_id = ws.boards.iter().find(|b| b.id == board_id).ok_or_else(|| CommandError::DocumentNotFound(doc.clone()))?.plan_id.clone();
            let departments = plan_id.and_then(|id| ws.plan(&id).map(|p| p.departments.clone())).unwrap_or_default();
            let board = ws.boards.iter_mut().find(|b| b.id == board_id).expect("found above");
            // Edit a copy so a refused edit leaves no trace.
            let mut edited = board.clone();
            let undo = edit_board(&mut edited, edit, &departments, cx)?
                .map(|edit| Box::new(Command::EditBoard { board_id: board_id.clone(), edit }));
            edited.updated_at = now;
            *board = edited;
            Ok(Outcome { changed: vec![doc], undo, ..Outcome::default() })
        }
        Command::MergeResponses { responses } => merge_responses(ws, &responses, now),
        Command::Promote(promotion) => promote(ws, promotion, cx),
    }
}

fn merge_responses(ws: &mut Workspace, responses: &[Response], now: Timestamp) -> Result<Outcome, CommandError> {
    // Merge into copies, so one refused response leaves every plan as it was.
    let mut plans: Vec<Plan> = Vec::new();
    let mut outcome = Outcome::default();
    for response in responses {
        if !plans.iter().any(|p| p.id == response.plan_id) {
            let plan = ws.plan(&response.plan_id).ok_or_else(|| {
                CommandError::Response(ResponseError::UnknownPlan { title: response.plan_title.clone() })
            })?;
            plans.push(plan.clone());
        }
        let plan = plans.iter_mut().find(|p| p.id == response.plan_id).expect("just added");
        if let Some(said) = merge_response(plan, response).map_err(CommandError::Response)? {
            outcome.report.push(said);
            let doc = DocRef::new(DocumentKind::Plan, &plan.id);
            if !outcome.changed.contains(&doc) {
                outcome.changed.push(doc);
            }
        }
    }
    for mut plan in plans {
        if outcome.changed.iter().any(|d| d.id == plan.id) {
            plan.updated_at = now;
            ws.put(Document::Plan(plan));
        }
    }
    Ok(outcome)
}

fn created(doc: DocRef) -> Outcome {
    Outcome { changed: vec![doc.clone()], created: Some(doc), ..Outcome::default() }
}

fn new_document(kind: DocumentKind, id: String, title: String, plan_id: Option<String>, now: Timestamp) -> Document {
    let (created_at, updated_at, extra) = (now, now, Default::default());
    match kind {
        DocumentKind::Plan => Document::Plan(Plan::new(id, title, now)),
        DocumentKind::Board => Document::Board(Board::new(id, title, plan_id, now)),
        DocumentKind::StakeholderMap => {
            Document::StakeholderMap(StakeholderMap { id, title, plan_id, created_at, updated_at, extra })
        }
    }
}

/// Calls `f` with the title and `updated_at` of any kind of document.
fn set_common(document: &mut Document, f: impl FnOnce(&mut String, &mut Timestamp)) {
    match document {
        Document::Plan(d) => f(&mut d.title, &mut d.updated_at),
        Document::Board(d) => f(&mut d.title, &mut d.updated_at),
        Document::StakeholderMap(d) => f(&mut d.title, &mut d.updated_at),
    }
}

/// A copy with fresh ids throughout, titled "… (copy)".
fn duplicate(mut document: Document, cx: &mut Env<'_>) -> Document {
    let new_id = cx.ids.next_id();
    let now = cx.now;
    match &mut document {
        Document::Plan(p) => {
            p.id = new_id;
            p.created_at = now;
            p.renew_ids(cx.ids);
        }
        Document::Board(b) => {
            (b.id, b.created_at) = (new_id, now);
            b.renew_ids(cx.ids);
        }
        Document::StakeholderMap(m) => (m.id, m.created_at) = (new_id, now),
    }
    set_common(&mut document, |title, at| {
        *title = format!("{title} (copy)");
        *at = now;
    });
    document
}

/// Applies `edit`; returns the edit that takes it back, where undo is offered.
fn edit_plan(plan: &mut Plan, edit: PlanEdit, cx: &mut Env<'_>) -> Result<Option<PlanEdit>, CommandError> {
    let mut undo = None;
    match edit {
        PlanEdit::Vision(vision) => plan.vision = vision,
        PlanEdit::HorizonStart(start) => plan.horizon.start = start,
        PlanEdit::HorizonEnd(end) => plan.horizon.end = end,
        PlanEdit::Status(status) => plan.status = status,
        PlanEdit::AddDepartment { name } => {
            let name = department_name(plan, None, &name)?;
            let colour = Colour::nth(plan.departments.len()).name;
            plan.departments.push(Department::new(cx.ids.next_id(), name, colour, cx.now));
        }
        PlanEdit::EditDepartment { department_id, edit } => {
            let name = match &edit {
                DepartmentEdit::Name(name) => Some(department_name(plan, Some(&department_id), name)?),
                _ => None,
            };
            let department = plan
                .department_mut(&department_id)
                .ok_or(CommandError::DepartmentNotFound(department_id))?;
            match edit {
                DepartmentEdit::Name(_) => department.name = name.unwrap_or_default(),
                DepartmentEdit::Head(head) => department.head = head,
                DepartmentEdit::Representative(who) => department.representative = who,
                DepartmentEdit::Colour(colour) => {
                    Colour::from_name(&colour).ok_or_else(|| CommandError::UnknownColour(colour.clone()))?;
                    department.colour = colour;
                }
            }
            department.updated_at = cx.now;
        }
        PlanEdit::RestoreDepartment { department, at, links } => {
            if plan.department_mut(&department.id).is_none() {
                department_name(plan, None, &department.name)?;
                let at = at.min(plan.departments.len());
                let id = department.id.clone();
                plan.departments.insert(at, department);
                reattach_department(plan, &id, *links);
            }
        }
        PlanEdit::RemoveDepartment { department_id } => {
            let at = plan
                .departments
                .iter()
                .position(|d| d.id == department_id)
                .ok_or(CommandError::DepartmentNotFound(department_id))?;
            let department = plan.departments.remove(at);
            // Its roles, leads and links go with it (and come back with an undo), so nothing dangles.
            let links = Box::new(detach_department(plan, &department.id));
            undo = Some(PlanEdit::RestoreDepartment { department, at, links });
        }
        PlanEdit::Review(edit) => undo = edit_review(plan, edit, cx)?,
        PlanEdit::Structure(edit) => undo = apply_structure(plan, edit, cx)?.map(PlanEdit::Structure),
        PlanEdit::Log(edit) => undo = apply_log_edit(plan, edit, cx)?.map(PlanEdit::Log),
    }
    if let (Some(start), Some(end)) = (plan.horizon.start, plan.horizon.end) {
        if end < start {
            return Err(CommandError::HorizonEndsBeforeStart { start, end });
        }
    }
    Ok(undo)
}

/// A trimmed, non-empty name no other department of the plan has.
fn department_name(plan: &Plan, renaming: Option<&str>, name: &str) -> Result<String, CommandError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(CommandError::EmptyDepartmentName);
    }
    let taken = plan
        .departments
        .iter()
        .any(|d| Some(d.id.as_str()) != renaming && d.name.eq_ignore_ascii_case(name));
    if taken {
        return Err(CommandError::DuplicateDepartmentName(name.to_string()));
    }
    Ok(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::SequentialIds;

    use crate::model::testing::now;

    fn run(ws: &mut Workspace, ids: &mut SequentialIds, command: Command) -> Result<Outcome, CommandError> {
        apply(ws, command, &mut Env { now: now(), today: now().day_utc(), ids })
    }

    fn new_plan(ws: &mut Workspace, ids: &mut SequentialIds) -> String {
        let create = Command::Create { kind: DocumentKind::Plan, title: Some("Growth".into()), plan_id: None };
        run(ws, ids, create).unwrap().created.unwrap().id
    }

    fn edit(plan_id: &str, edit: PlanEdit) -> Command {
        Command::EditPlan { plan_id: plan_id.into(), edit }
    }

    #[test]
    fn creates_renames_duplicates_and_deletes_with_undo() {
        let (mut ws, mut ids) = (Workspace::default(), SequentialIds::default());
        let id = new_plan(&mut ws, &mut ids);
        let doc = DocRef::new(DocumentKind::Plan, &id);
        run(&mut ws, &mut ids, Command::Rename { doc: doc.clone(), title: "  Growth 2027 ".into() }).unwrap();
        assert_eq!(ws.plans[0].title, "Growth 2027");

        let copy = run(&mut ws, &mut ids, Command::Duplicate { doc: doc.clone() }).unwrap().created.unwrap();
        assert_ne!(copy.id, id);
        assert_eq!(ws.title(&copy).as_deref(), Some("Growth 2027 (copy)"));

        let undo = run(&mut ws, &mut ids, Command::Delete { doc: doc.clone() }).unwrap().undo.unwrap();
        assert!(!ws.contains(&doc));
        run(&mut ws, &mut ids, *undo).unwrap();
        assert_eq!(ws.title(&doc).as_deref(), Some("Growth 2027"));
    }

    #[test]
    fn duplicating_a_plan_gives_its_departments_new_ids() {
        let (mut ws, mut ids) = (Workspace::default(), SequentialIds::default());
        let id = new_plan(&mut ws, &mut ids);
        run(&mut ws, &mut ids, edit(&id, PlanEdit::AddDepartment { name: "Finance".into() })).unwrap();
        let copy = run(&mut ws, &mut ids, Command::Duplicate { doc: DocRef::new(DocumentKind::Plan, &id) }).unwrap();
        let copy = ws.plan(&copy.created.unwrap().id).unwrap().clone();
        assert_eq!(copy.departments[0].name, "Finance");
        assert_ne!(copy.departments[0].id, ws.plans[0].departments[0].id);
    }

    #[test]
    fn a_duplicated_plan_keeps_its_references_consistent() {
        use crate::model::objective::{Initiative, Objective, Raci};
        let (mut ws, mut ids) = (Workspace::default(), SequentialIds::default());
        let id = new_plan(&mut ws, &mut ids);
        run(&mut ws, &mut ids, edit(&id, PlanEdit::AddDepartment { name: "Finance".into() })).unwrap();
        let plan = ws.plan_mut(&id).unwrap();
        let finance = plan.departments[0].id.clone();
        plan.objectives.push(Objective {
            id: "o1".into(), title: "Faster replies".into(), description: String::new(), measure: Default::default(),
            owner_department: Some(finance.clone()), origin: None, updated_at: now(), extra: Default::default(),
        });
        plan.initiatives.push(Initiative {
            id: "i1".into(), objective_id: "o1".into(), title: "Shared inbox".into(), description: String::new(),
            lead_department: Some(finance.clone()), contributing_departments: vec![], start: None, due: None,
            status: Default::default(), progress: 0, depends_on: vec![], raci: [(finance.clone(), Raci::Accountable)].into(),
            origin: None, updated_at: now(), extra: Default::default(),
        });
        let copy = run(&mut ws, &mut ids, Command::Duplicate { doc: DocRef::new(DocumentKind::Plan, &id) }).unwrap();
        let copy = ws.plan(&copy.created.unwrap().id).unwrap();
        let (department, objective, initiative) = (&copy.departments[0].id, &copy.objectives[0], &copy.initiatives[0]);
        assert_ne!(department, &finance);
        assert_eq!(objective.owner_department.as_ref(), Some(department));
        assert_eq!(initiative.objective_id, objective.id);
        assert_eq!(initiative.lead_department.as_ref(), Some(department));
        assert_eq!(initiative.raci.keys().collect::<Vec<_>>(), vec![department]);
    }

    #[test]
    fn refuses_empty_titles_and_leaves_the_workspace_unchanged() {
        let (mut ws, mut ids) = (Workspace::default(), SequentialIds::default());
        let id = new_plan(&mut ws, &mut ids);
        let before = ws.clone();
        let err = run(&mut ws, &mut ids, Command::Rename { doc: DocRef::new(DocumentKind::Plan, &id), title: " ".into() });
        assert_eq!(err, Err(CommandError::Value(crate::model::values::ValueError::EmptyTitle)));
        assert_eq!(ws, before);
    }

    #[test]
    fn validates_the_horizon() {
        let (mut ws, mut ids) = (Workspace::default(), SequentialIds::default());
        let id = new_plan(&mut ws, &mut ids);
        run(&mut ws, &mut ids, edit(&id, PlanEdit::HorizonStart(Some("2027-01-01".into())))).unwrap();
        let before = ws.clone();
        let err = run(&mut ws, &mut ids, edit(&id, PlanEdit::HorizonEnd(Some("2026-12-31".into()))));
        assert!(matches!(err, Err(CommandError::HorizonEndsBeforeStart { .. })));
        // An impossible day never becomes a `Day`: the value rule refuses it as typed.
        let err = crate::model::values::optional_day(Some("2027-02-30")).map_err(CommandError::from);
        assert_eq!(err, Err(CommandError::Value(crate::model::values::ValueError::InvalidDate("2027-02-30".into()))));
        assert_eq!(ws, before);
        run(&mut ws, &mut ids, edit(&id, PlanEdit::HorizonEnd(Some("2027-12-31".into())))).unwrap();
        run(&mut ws, &mut ids, edit(&id, PlanEdit::HorizonStart(None))).unwrap();
        assert_eq!(ws.plans[0].horizon.start, None);
    }

    #[test]
    fn departments_need_unique_names_and_palette_colours() {
        let (mut ws, mut ids) = (Workspace::default(), SequentialIds::default());
        let id = new_plan(&mut ws, &mut ids);
        run(&mut ws, &mut ids, edit(&id, PlanEdit::AddDepartment { name: "Finance".into() })).unwrap();
        run(&mut ws, &mut ids, edit(&id, PlanEdit::AddDepartment { name: "HR".into() })).unwrap();
        assert_ne!(ws.plans[0].departments[0].colour, ws.plans[0].departments[1].colour);
        let err = run(&mut ws, &mut ids, edit(&id, PlanEdit::AddDepartment { name: "finance".into() }));
        assert_eq!(err, Err(CommandError::DuplicateDepartmentName("finance".into())));
        assert_eq!(
            run(&mut ws, &mut ids, edit(&id, PlanEdit::AddDepartment { name: "".into() })),
            Err(CommandError::EmptyDepartmentName)
        );
        let hr = ws.plans[0].departments[1].id.clone();
        let recolour = |c: &str| edit(&id, PlanEdit::EditDepartment { department_id: hr.clone(), edit: DepartmentEdit::Colour(c.into()) });
        assert!(run(&mut ws, &mut ids, recolour("pink")).is_err());
        run(&mut ws, &mut ids, recolour("yellow")).unwrap();
        assert_eq!(ws.plans[0].departments[1].colour, "yellow");
        let removed = ws.plans[0].departments[1].clone();
        let undo = run(&mut ws, &mut ids, edit(&id, PlanEdit::RemoveDepartment { department_id: hr })).unwrap().undo.unwrap();
        assert_eq!(ws.plans[0].departments.len(), 1);
        // Undo puts it back in its place and keeps what changed meanwhile.
        run(&mut ws, &mut ids, edit(&id, PlanEdit::Vision("Changed after the removal".into()))).unwrap();
        run(&mut ws, &mut ids, *undo).unwrap();
        assert_eq!(ws.plans[0].departments[1], removed);
        assert_eq!(ws.plans[0].vision, "Changed after the removal");
    }

    #[test]
    fn edits_stamp_the_time() {
        let (mut ws, mut ids) = (Workspace::default(), SequentialIds::default());
        let id = new_plan(&mut ws, &mut ids);
        let later = crate::model::testing::at("2026-11-23T08:00:00.000Z");
        apply(&mut ws, edit(&id, PlanEdit::Vision("One team".into())), &mut Env { now: later, today: later.day_utc(), ids: &mut ids }).unwrap();
        assert_eq!(ws.plans[0].updated_at, later);
        assert_eq!(ws.plans[0].created_at, now());
    }
}
