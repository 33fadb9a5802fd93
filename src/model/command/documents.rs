//! Commands on whole documents: create (empty, from a template, the example),
//! rename, duplicate with fresh ids, delete with undo, restore, and taking
//! an import back.

use super::{CommandError, Outcome};
use crate::model::board::{Board, BoardError, BoardTemplate, Template};
use crate::model::document::{DocRef, Document, DocumentKind, StakeholderMap};
use crate::model::env::Env;
use crate::model::example::example_plan;
use crate::model::ids::PlanId;
use crate::model::plan::Plan;
use crate::model::time::Timestamp;
use crate::model::values;
use crate::model::workspace::Workspace;
use super::Command;

fn created(doc: DocRef) -> Outcome {
    Outcome { changed: vec![doc.clone()], created: Some(doc), ..Outcome::default() }
}

fn not_found(doc: &DocRef) -> CommandError {
    CommandError::DocumentNotFound(doc.clone())
}

pub(super) fn create(ws: &mut Workspace, kind: DocumentKind, title: Option<String>, plan_id: Option<PlanId>, env: &mut Env<'_>) -> Result<Outcome, CommandError> {
    let title = values::title(title.as_deref().unwrap_or(kind.untitled()))?;
    let (id, now) = (env.ids.next_id(), env.now);
    let document = match kind {
        DocumentKind::Plan => Document::Plan(Plan::new(id.into(), title, now)),
        DocumentKind::Board => Document::Board(Board::new(id.into(), title, plan_id, now)),
        DocumentKind::StakeholderMap => Document::StakeholderMap(StakeholderMap::new(id.into(), title, plan_id, now)),
        // An empty template makes a board without areas; saving a board's layout is `SaveAsTemplate`.
        DocumentKind::BoardTemplate => Document::BoardTemplate(BoardTemplate {
            id: id.into(), title, columns: 0, areas: Vec::new(), created_at: now, updated_at: now, extra: Default::default(),
        }),
    };
    let doc = document.doc_ref();
    ws.put(document);
    Ok(created(doc))
}

pub(super) fn create_board(ws: &mut Workspace, title: Option<String>, template: Template, plan_id: Option<PlanId>, env: &mut Env<'_>) -> Result<Outcome, CommandError> {
    let plan = plan_id.as_ref().and_then(|id| ws.plan(id));
    let title = values::title(&title.unwrap_or_else(|| template.board_title(plan.map(|p| p.title.as_str()))))?;
    let departments = plan.map(|p| p.departments.as_slice()).unwrap_or(&[]);
    if template.needs_departments() && departments.is_empty() {
        return Err(BoardError::TemplateNeedsDepartments.into());
    }
    let mut board = Board::new(env.new_id(), title, plan_id, env.now);
    (board.columns, board.areas) = template.areas(departments, env.ids, env.now);
    board.remember_departments(departments);
    let doc = DocRef::board(&board.id);
    ws.put(Document::Board(board));
    Ok(created(doc))
}

pub(super) fn create_example(ws: &mut Workspace, env: &mut Env<'_>) -> Result<Outcome, CommandError> {
    let plan = example_plan(env.ids, env.now);
    let doc = DocRef::plan(&plan.id);
    ws.put(Document::Plan(plan));
    Ok(created(doc))
}

pub(super) fn rename(ws: &mut Workspace, doc: DocRef, title: &str, env: &mut Env<'_>) -> Result<Outcome, CommandError> {
    let title = values::title(title)?;
    let mut document = ws.get(&doc).ok_or_else(|| not_found(&doc))?;
    set_common(&mut document, |t, at| {
        *t = title;
        *at = env.now;
    });
    ws.put(document);
    Ok(Outcome { changed: vec![doc], ..Outcome::default() })
}

/// A copy with fresh ids throughout, titled "… (copy)".
pub(super) fn duplicate(ws: &mut Workspace, doc: &DocRef, env: &mut Env<'_>) -> Result<Outcome, CommandError> {
    let mut document = ws.get(doc).ok_or_else(|| not_found(doc))?;
    let (new_id, now) = (env.ids.next_id(), env.now);
    match &mut document {
        Document::Plan(p) => {
            (p.id, p.created_at) = (new_id.into(), now);
            p.renew_ids(env.ids);
        }
        Document::Board(b) => {
            (b.id, b.created_at) = (new_id.into(), now);
            b.renew_ids(env.ids);
        }
        Document::StakeholderMap(m) => (m.id, m.created_at) = (new_id.into(), now),
        Document::BoardTemplate(t) => (t.id, t.created_at) = (new_id.into(), now),
    }
    set_common(&mut document, |title, at| {
        *title = format!("{title} (copy)");
        *at = now;
    });
    let copy = document.doc_ref();
    ws.put(document);
    Ok(created(copy))
}

pub(super) fn delete(ws: &mut Workspace, doc: DocRef) -> Result<Outcome, CommandError> {
    let deleted = ws.remove(&doc).ok_or_else(|| not_found(&doc))?;
    let undo = Some(Box::new(Command::Restore { document: deleted }));
    Ok(Outcome { changed: vec![doc], undo, ..Outcome::default() })
}

pub(super) fn restore(ws: &mut Workspace, document: Document) -> Result<Outcome, CommandError> {
    let doc = document.doc_ref();
    ws.put(document);
    Ok(Outcome { changed: vec![doc], ..Outcome::default() })
}

/// Puts back what an import replaced, exactly as it was, and removes what it
/// added (one deleted since is simply gone). Every document it touches is
/// changed, so the store writes or deletes each one's entry.
pub(super) fn undo_import(
    ws: &mut Workspace,
    restore: Vec<Document>,
    remove: Vec<DocRef>,
    written: &[(DocRef, Timestamp)],
) -> Result<Outcome, CommandError> {
    for (doc, as_written) in written {
        if ws.updated_at(doc).is_some_and(|now| now != *as_written) {
            return Err(CommandError::ChangedSinceImport { title: ws.title(doc).unwrap_or_default() });
        }
    }
    let mut changed = Vec::with_capacity(restore.len() + remove.len());
    for doc in remove {
        ws.remove(&doc);
        changed.push(doc);
    }
    for document in restore {
        changed.push(document.doc_ref());
        ws.put(document);
    }
    Ok(Outcome { changed, ..Outcome::default() })
}

/// Calls `f` with the title and `updated_at` of any kind of document.
fn set_common(document: &mut Document, f: impl FnOnce(&mut String, &mut Timestamp)) {
    match document {
        Document::Plan(d) => f(&mut d.title, &mut d.updated_at),
        Document::Board(d) => f(&mut d.title, &mut d.updated_at),
        Document::StakeholderMap(d) => f(&mut d.title, &mut d.updated_at),
        Document::BoardTemplate(d) => f(&mut d.title, &mut d.updated_at),
    }
}
