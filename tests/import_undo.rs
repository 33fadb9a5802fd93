//! Taking an import back: the Undo the import's toast offers puts every
//! document the file replaced back exactly as it was and removes every
//! document it added, in one command through the one write path.

use liaison::format::{apply_import, preview_import, restore, ConflictChoice, Imported};
use liaison::model::ids::SequentialIds;
use liaison::model::{apply, Command, DocRef, Document, DocumentKind, Env, PlanEdit, Timestamp, Workspace};

/// When the test runs: 2026-11-22T12:00:00.000Z.
const NOW: Timestamp = Timestamp::from_millis(1_795_348_800_000);

fn env(ids: &mut SequentialIds) -> Env<'_> {
    Env { now: NOW, today: NOW.day_utc(), ids }
}

/// The full fixture: a plan, its board and map, and a standalone board.
fn full() -> Workspace {
    let text = std::fs::read_to_string(format!("{}/tests/fixtures/full-v1.liaison.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    restore(&text).unwrap().workspace
}

/// Opens the full fixture in `local` with `choice`; returns what the import did.
fn import(local: &mut Workspace, choice: ConflictChoice, ids: &mut SequentialIds) -> Imported {
    let preview = preview_import(local, full());
    apply_import(local, preview, choice, &mut env(ids))
}

/// Runs the import's undo; returns the documents it marked for saving, sorted.
fn undo(local: &mut Workspace, imported: &Imported, ids: &mut SequentialIds) -> Vec<DocRef> {
    let mut changed = apply(local, imported.undo().expect("an import that changed something can be undone"), &mut env(ids)).unwrap().changed;
    changed.sort();
    changed
}

fn sorted(mut docs: Vec<DocRef>) -> Vec<DocRef> {
    docs.sort();
    docs
}

fn board(id: &str) -> DocRef {
    DocRef::new(DocumentKind::Board, id)
}

#[test]
fn replace_then_undo_gives_back_the_original_workspace_exactly() {
    let mut ids = SequentialIds::default();
    let mut local = full();
    let plan_id = local.plans[0].id.clone();
    apply(&mut local, Command::EditPlan { plan_id, edit: PlanEdit::Vision("Mine, not the file's.".into()) }, &mut env(&mut ids)).unwrap();
    local.boards.retain(|b| b.id != "b-loose");
    let before = local.clone();

    let imported = import(&mut local, ConflictChoice::Replace, &mut ids);
    assert_eq!(local, full(), "the file's plan replaced mine and its loose board was added");
    assert_eq!(imported.replaced, vec![Document::Plan(before.plans[0].clone())], "what was replaced, as it was");
    assert_eq!(imported.added, vec![board("b-loose")]);

    let saved = undo(&mut local, &imported, &mut ids);
    assert_eq!(local, before, "exactly as before the import, order included");
    assert_eq!(saved, sorted(imported.changed), "every document the import touched is saved again");
}

#[test]
fn keep_both_then_undo_removes_the_added_copies() {
    let mut ids = SequentialIds::default();
    let mut local = full();
    local.plans[0].title = "Mine".into();
    local.boards[0].title = "My kick-off".into();
    local.boards.retain(|b| b.id != "b-loose");
    let before = local.clone();

    let imported = import(&mut local, ConflictChoice::KeepBoth, &mut ids);
    assert_eq!((local.plans.len(), local.boards.len()), (2, 3), "the file's plan and board are copies beside mine");
    assert!(imported.replaced.is_empty(), "keeping both replaces nothing");
    assert_eq!(imported.added.len(), 3);

    let saved = undo(&mut local, &imported, &mut ids);
    assert_eq!(local, before);
    assert_eq!(saved, sorted(imported.added));
}

#[test]
fn an_import_into_an_empty_workspace_is_undone_by_removing_all_it_added() {
    let mut ids = SequentialIds::default();
    let mut local = Workspace::default();
    let imported = import(&mut local, ConflictChoice::KeepBoth, &mut ids);
    assert_eq!(imported.added.len(), 4);
    undo(&mut local, &imported, &mut ids);
    assert!(local.is_empty());
}

#[test]
fn an_added_document_deleted_before_the_undo_stays_deleted_and_the_rest_is_undone() {
    let mut ids = SequentialIds::default();
    let mut local = full();
    local.boards.retain(|b| b.id != "b-loose");
    local.plans[0].vision = "Mine.".into();
    let before = local.clone();
    let imported = import(&mut local, ConflictChoice::Replace, &mut ids);
    apply(&mut local, Command::Delete { doc: board("b-loose") }, &mut env(&mut ids)).unwrap();
    undo(&mut local, &imported, &mut ids);
    assert_eq!(local, before);
}

#[test]
fn an_import_that_changed_nothing_offers_no_undo() {
    let mut ids = SequentialIds::default();
    let mut local = full();
    let imported = import(&mut local, ConflictChoice::Replace, &mut ids);
    assert!(imported.changed.is_empty());
    assert_eq!(imported.undo(), None);
}
