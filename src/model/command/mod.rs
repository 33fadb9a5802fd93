//! The one write path: every change the user makes is a [`Command`], applied
//! to the workspace with the world outside given in an [`Env`]. A command
//! only wraps the edit of one area (plan, structure, approval, review, logs,
//! board, voting, stakeholder map, assessment, promotion), each with its own
//! rules and errors; here the edit runs on a copy of its document, which
//! replaces the original (with `updated_at` stamped) only when the edit is
//! accepted, so a refused command leaves no trace.

mod documents;
mod errors;
mod maps;
mod responses;
mod templates;
#[cfg(test)]
mod board_tests;
#[cfg(test)]
mod link_tests;
#[cfg(test)]
mod map_tests;
#[cfg(test)]
mod promote_tests;
#[cfg(test)]
mod test_workspace;
#[cfg(test)]
mod tests;

use super::approval::{edit_approval, ApprovalEdit};
use super::board::link::linked_report;
use super::board::{edit_board, edit_voting, Board, BoardEdit, Template, VotingEdit};
use super::document::{DocRef, Document, DocumentKind};
use super::env::Env;
use super::ids::{BoardId, MapId, PlanId, TemplateId};
use super::approval::status::follow_round;
use super::plan::{edit_plan, Plan, PlanEdit};
use super::promote::{promote, Promotion, Unpromote};
use super::review::{edit_review, Response, ReviewEdit};
use super::stakeholder::{AssessmentEdit, MapEdit};
use super::structure::{edit_structure, StructureEdit};
use super::time::Timestamp;
use super::tracking::{edit_log, LogEdit};
use super::workspace::Workspace;

pub use errors::CommandError;

/// A change the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// A new, empty document; `title` defaults to "Untitled …".
    Create { kind: DocumentKind, title: Option<String>, plan_id: Option<PlanId> },
    /// A new board laid out from a template (department lanes need a plan
    /// with departments); `title` defaults to "Untitled board".
    CreateBoard { title: Option<String>, template: Template, plan_id: Option<PlanId> },
    /// Saves a board's areas (titles, order) and grid width as a template
    /// of the user's own, called `title`: no notes, groups or votes.
    SaveAsTemplate { board_id: BoardId, title: String },
    /// A new board laid out as a saved template; `title` defaults to the
    /// template's name and the plan's title.
    CreateBoardFromTemplate { template_id: TemplateId, title: Option<String>, plan_id: Option<PlanId> },
    /// The example plan offered to first-time visitors.
    CreateExamplePlan,
    Rename { doc: DocRef, title: String },
    Duplicate { doc: DocRef },
    Delete { doc: DocRef },
    /// Puts back a document exactly as it was (undo of a delete).
    Restore { document: Document },
    /// Takes an import back in one step: the documents it replaced are put
    /// back exactly as they were and the documents it added are removed.
    /// Refused once a document the import wrote has changed since (its
    /// `updated_at` is no longer the one in `written`): undoing would lose
    /// that change.
    UndoImport { restore: Vec<Document>, remove: Vec<DocRef>, written: Vec<(DocRef, Timestamp)> },
    /// A plan's own fields (vision, horizon, status) and its departments.
    EditPlan { plan_id: PlanId, edit: PlanEdit },
    /// Objectives, initiatives, roles, department objectives, information needs.
    EditStructure { plan_id: PlanId, edit: StructureEdit },
    /// Approval rounds and sign-offs.
    EditApproval { plan_id: PlanId, edit: ApprovalEdit },
    /// Comments and objections.
    EditReview { plan_id: PlanId, edit: ReviewEdit },
    /// Decisions and their follow-up actions, updates, lessons.
    EditLog { plan_id: PlanId, edit: LogEdit },
    /// A board's areas, notes, groups and timer.
    EditBoard { board_id: BoardId, edit: BoardEdit },
    /// A board's dot voting.
    EditVoting { board_id: BoardId, edit: VotingEdit },
    /// A stakeholder map's link, stakeholders, positions and communication.
    EditMap { map_id: MapId, edit: MapEdit },
    /// Assessing a map's stakeholders together.
    EditAssessment { map_id: MapId, edit: AssessmentEdit },
    /// Merges department response files into their plans: all or nothing.
    MergeResponses { responses: Vec<Response> },
    /// A board's note or group becomes an item of a plan (see [`super::promote`]).
    Promote(Promotion),
}

/// What a command did, so the caller can save, navigate and offer undo.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    /// Documents created or changed: these need saving.
    pub changed: Vec<DocRef>,
    /// A document that was created (to open it).
    pub created: Option<DocRef>,
    /// The command that takes this one back, for commands the UI offers to
    /// undo (deleting a document or an item, removing a department).
    pub undo: Option<Box<Command>>,
    /// What the command did, in sentences for the user, when that is not
    /// plain from the screen (merging responses, promoting a note).
    pub report: Vec<String>,
}

/// Applies one command. On error the workspace is left exactly as it was.
pub fn apply(ws: &mut Workspace, command: Command, env: &mut Env<'_>) -> Result<Outcome, CommandError> {
    match command {
        Command::Create { kind, title, plan_id } => documents::create(ws, kind, title, plan_id, env),
        Command::CreateBoard { title, template, plan_id } => documents::create_board(ws, title, template, plan_id, env),
        Command::SaveAsTemplate { board_id, title } => templates::save_as_template(ws, &board_id, &title, env),
        Command::CreateBoardFromTemplate { template_id, title, plan_id } => {
            templates::create_board_from(ws, &template_id, title, plan_id, env)
        }
        Command::CreateExamplePlan => documents::create_example(ws, env),
        Command::Rename { doc, title } => documents::rename(ws, doc, &title, env),
        Command::Duplicate { doc } => documents::duplicate(ws, &doc, env),
        Command::Delete { doc } => documents::delete(ws, doc),
        Command::Restore { document } => documents::restore(ws, document),
        Command::UndoImport { restore, remove, written } => documents::undo_import(ws, restore, remove, &written),
        // The plan's status follows its round: these edits can approve the
        // plan or make its approvals stale.
        Command::EditPlan { plan_id, edit } => {
            let mut outcome = on_plan(ws, &plan_id, env, |plan, env| {
                let undo = edit_plan(plan, edit, env)?;
                follow_round(plan);
                Ok(undo.map(|edit| Command::EditPlan { plan_id: plan_id.clone(), edit }))
            })?;
            outcome.changed.extend(remember_departments(ws, &plan_id));
            Ok(outcome)
        }
        Command::EditStructure { plan_id, edit } => on_plan(ws, &plan_id, env, |plan, env| {
            let undo = edit_structure(plan, edit, env)?;
            follow_round(plan);
            Ok(undo.map(|edit| Command::EditStructure { plan_id: plan_id.clone(), edit }))
        }),
        Command::EditApproval { plan_id, edit } => on_plan(ws, &plan_id, env, |plan, env| {
            edit_approval(plan, edit, env)?;
            Ok(None)
        }),
        Command::EditReview { plan_id, edit } => on_plan(ws, &plan_id, env, |plan, env| {
            let undo = edit_review(plan, edit, env)?;
            Ok(undo.map(|edit| Command::EditReview { plan_id: plan_id.clone(), edit }))
        }),
        Command::EditLog { plan_id, edit } => on_plan(ws, &plan_id, env, |plan, env| {
            let undo = edit_log(plan, edit, env)?;
            Ok(undo.map(|edit| Command::EditLog { plan_id: plan_id.clone(), edit }))
        }),
        Command::EditBoard { board_id, edit } => {
            let linking = link_target(ws, &edit)?;
            let mut outcome = on_board(ws, &board_id, env, |board, departments, env| {
                let undo = edit_board(board, edit, departments, env)?;
                Ok(undo.map(|edit| Command::EditBoard { board_id: board_id.clone(), edit }))
            })?;
            outcome.report.extend(linking.and_then(|plan_id| link_report(ws, &board_id, &plan_id)));
            Ok(outcome)
        }
        Command::EditVoting { board_id, edit } => on_board(ws, &board_id, env, |board, departments, env| {
            let undo = edit_voting(board, edit, departments, env)?;
            Ok(undo.map(|edit| Command::EditVoting { board_id: board_id.clone(), edit }))
        }),
        Command::EditMap { map_id, edit } => maps::edit(ws, map_id, edit, env),
        Command::EditAssessment { map_id, edit } => maps::assess(ws, map_id, edit, env),
        Command::MergeResponses { responses } => responses::merge(ws, &responses, env.now),
        Command::Promote(promotion) => {
            let done = promote(ws, &promotion, env)?;
            let plan_id = promotion.plan_id;
            let undo = match done.undo {
                Unpromote::Structure(edit) => Command::EditStructure { plan_id: plan_id.clone(), edit },
                Unpromote::Log(edit) => Command::EditLog { plan_id: plan_id.clone(), edit },
            };
            let changed = vec![DocRef::plan(&plan_id)];
            Ok(Outcome { changed, undo: Some(Box::new(undo)), report: vec![done.report], ..Outcome::default() })
        }
    }
}

/// Runs `edit` on a copy of the plan, which replaces the plan (stamped with
/// the time) only if the edit is accepted; `edit` returns the undo command.
fn on_plan(
    ws: &mut Workspace,
    plan_id: &PlanId,
    env: &mut Env<'_>,
    edit: impl FnOnce(&mut Plan, &mut Env<'_>) -> Result<Option<Command>, CommandError>,
) -> Result<Outcome, CommandError> {
    let doc = DocRef::plan(plan_id);
    let plan = ws.plan_mut(plan_id).ok_or_else(|| CommandError::DocumentNotFound(doc.clone()))?;
    let mut edited = plan.clone();
    let undo = edit(&mut edited, env)?;
    edited.updated_at = env.now;
    *plan = edited;
    Ok(Outcome { changed: vec![doc], undo: undo.map(Box::new), ..Outcome::default() })
}

/// Runs `edit` on a copy of the board, with the departments it knows (its
/// plan's, then those it remembers; for tagging notes), as [`on_plan`] does
/// for plans.
fn on_board(
    ws: &mut Workspace,
    board_id: &BoardId,
    env: &mut Env<'_>,
    edit: impl FnOnce(&mut super::board::Board, &[super::plan::Department], &mut Env<'_>) -> Result<Option<Command>, CommandError>,
) -> Result<Outcome, CommandError> {
    let doc = DocRef::board(board_id);
    let board = ws.board(board_id).ok_or_else(|| CommandError::DocumentNotFound(doc.clone()))?;
    let departments = board.known_departments(live_departments(ws, board));
    let mut edited = board.clone();
    let undo = edit(&mut edited, &departments, env)?;
    // The board's copy of its departments follows the plan while it is here,
    // so the board still shows them where the plan is not.
    if let Some(live) = live_departments(ws, &edited) {
        edited.remember_departments(live);
    }
    edited.updated_at = env.now;
    ws.put(Document::Board(edited));
    Ok(Outcome { changed: vec![doc], undo: undo.map(Box::new), ..Outcome::default() })
}

/// The departments of the board's plan, when the plan is here.
fn live_departments<'a>(ws: &'a Workspace, board: &Board) -> Option<&'a [super::plan::Department]> {
    board.plan_id.as_ref().and_then(|id| ws.plan(id)).map(|p| p.departments.as_slice())
}

/// The plan a board is being linked to, which must be here.
fn link_target(ws: &Workspace, edit: &BoardEdit) -> Result<Option<PlanId>, CommandError> {
    match edit {
        BoardEdit::LinkPlan { plan_id: Some(id) } if ws.plan(id).is_none() => Err(CommandError::DocumentNotFound(DocRef::plan(id))),
        BoardEdit::LinkPlan { plan_id } => Ok(plan_id.clone()),
        _ => Ok(None),
    }
}

/// Which of the board's departments the plan it was just linked to lacks.
fn link_report(ws: &Workspace, board_id: &BoardId, plan_id: &PlanId) -> Option<String> {
    let plan = ws.plan(plan_id)?;
    linked_report(ws.board(board_id)?, &plan.title, &plan.departments)
}

/// The boards of a plan take a fresh copy of its departments (a department
/// renamed, recoloured or removed), so a board file shows them as they are;
/// the boards whose copy changed. Not a user's edit of the board: its
/// `updated_at` stays.
fn remember_departments(ws: &mut Workspace, plan_id: &PlanId) -> Vec<DocRef> {
    let Some(live) = ws.plan(plan_id).map(|p| p.departments.clone()) else { return Vec::new() };
    let mut changed = Vec::new();
    for board in ws.boards.iter_mut().filter(|b| b.plan_id.as_ref() == Some(plan_id)) {
        let before = board.departments.clone();
        board.remember_departments(&live);
        if board.departments != before {
            changed.push(DocRef::board(&board.id));
        }
    }
    changed
}
