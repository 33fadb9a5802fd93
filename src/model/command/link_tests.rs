//! A board that travels without its plan, and linking it to a plan (or
//! unlinking it) after it was made, through the one write path.

use super::test_workspace::TestWorkspace;
use crate::model::board::edit::NewNote;
use crate::model::board::{Board, BoardEdit, Template};
use crate::model::ids::{BoardId, DepartmentId, PlanId};
use crate::model::plan::DepartmentEdit;
use crate::model::{Command, CommandError, DocRef, DocumentKind, PlanEdit};

/// A plan titled `title` with these departments.
fn plan(app: &mut TestWorkspace, title: &str, departments: &[&str]) -> PlanId {
    let plan_id = PlanId::from(app.create(Command::Create { kind: DocumentKind::Plan, title: Some(title.into()), plan_id: None }));
    for name in departments {
        app.apply(Command::EditPlan { plan_id: plan_id.clone(), edit: PlanEdit::AddDepartment { name: (*name).into() } }).unwrap();
    }
    plan_id
}

fn department(app: &TestWorkspace, plan_id: &PlanId, name: &str) -> DepartmentId {
    app.ws.plan(plan_id).unwrap().departments.iter().find(|d| d.name == name).unwrap().id.clone()
}

fn board(app: &TestWorkspace, id: &BoardId) -> Board {
    app.ws.board(id).unwrap().clone()
}

fn edit(app: &mut TestWorkspace, board_id: &BoardId, edit: BoardEdit) -> Result<crate::model::Outcome, CommandError> {
    app.apply(Command::EditBoard { board_id: board_id.clone(), edit })
}

/// "Growth" (Finance, IT) and a lane board of it with a note of IT in
/// Finance's lane.
fn lanes() -> (TestWorkspace, PlanId, BoardId) {
    let mut app = TestWorkspace::default();
    let growth = plan(&mut app, "Growth", &["Finance", "IT"]);
    let create = Command::CreateBoard { title: None, template: Template::DepartmentLanes, plan_id: Some(growth.clone()) };
    let board_id = BoardId::from(app.create(create));
    let area_id = board(&app, &board_id).areas[0].id.clone();
    let it = department(&app, &growth, "IT");
    edit(&mut app, &board_id, BoardEdit::AddNote(NewNote { area_id, text: "Laptops".into(), department_id: Some(it), ..NewNote::default() })).unwrap();
    (app, growth, board_id)
}

fn names(board: &Board) -> Vec<String> {
    board.known_departments(None).into_iter().map(|d| d.name).collect()
}

#[test]
fn a_board_keeps_a_copy_of_its_plans_departments_as_they_change() {
    let (mut app, growth, board_id) = lanes();
    assert_eq!(names(&board(&app, &board_id)), ["Finance", "IT"], "from its lanes and notes");
    let before = board(&app, &board_id);
    let it = department(&app, &growth, "IT");
    let rename = PlanEdit::EditDepartment { department_id: it, edit: DepartmentEdit::Name("Technology".into()) };
    let outcome = app.apply_at("2026-11-22T11:00:00Z", Command::EditPlan { plan_id: growth.clone(), edit: rename }).unwrap();
    assert!(outcome.changed.contains(&DocRef::board(&board_id)), "saved with the plan");
    let after = board(&app, &board_id);
    assert_eq!(names(&after), ["Finance", "Technology"]);
    assert_eq!(after.updated_at, before.updated_at, "not an edit of the board");
    let vision = app.apply(Command::EditPlan { plan_id: growth, edit: PlanEdit::Vision("More".into()) }).unwrap();
    assert!(!vision.changed.contains(&DocRef::board(&board_id)), "nothing to copy");
}

#[test]
fn without_its_plan_the_board_still_tags_notes_with_what_it_remembers() {
    let (mut app, growth, board_id) = lanes();
    let it = department(&app, &growth, "IT");
    app.apply(Command::Delete { doc: DocRef::plan(&growth) }).unwrap();
    let lane = board(&app, &board_id).areas[0].id.clone();
    // Typed in Finance's lane: it takes Finance, which only the board knows now.
    let typed = NewNote { area_id: lane.clone(), text: "Budget".into(), ..NewNote::default() };
    let finance = board(&app, &board_id).department_for_new_note(&lane, &board(&app, &board_id).known_departments(None));
    edit(&mut app, &board_id, BoardEdit::AddNote(NewNote { department_id: finance.clone(), ..typed })).unwrap();
    let note_id = board(&app, &board_id).notes[1].id.clone();
    edit(&mut app, &board_id, BoardEdit::TagNote { note_id, department_id: Some(it), label: None, colour: None }).unwrap();
    assert_eq!(names(&board(&app, &board_id)), ["Finance", "IT"], "kept: the plan is not here to refresh them");
    assert!(finance.is_some());
}

#[test]
fn unlinking_and_linking_keep_each_notes_department_and_undo() {
    let (mut app, growth, board_id) = lanes();
    let before = board(&app, &board_id);
    let unlinked = edit(&mut app, &board_id, BoardEdit::LinkPlan { plan_id: None }).unwrap();
    let after = board(&app, &board_id);
    assert_eq!((after.plan_id.as_ref(), &after.notes), (None, &before.notes));
    assert_eq!(names(&after), ["Finance", "IT"]);
    assert!(unlinked.report.is_empty());

    let other = plan(&mut app, "Budget 2028", &["Finance"]);
    let linked = edit(&mut app, &board_id, BoardEdit::LinkPlan { plan_id: Some(other.clone()) }).unwrap();
    assert_eq!(
        linked.report,
        ["“Finance” and “IT” are not departments of “Budget 2028”: their notes keep showing them as this board last saw it."],
        "its Finance is another department, with another id"
    );
    let linked_board = board(&app, &board_id);
    assert_eq!(linked_board.plan_id.as_ref(), Some(&other));
    let shown = linked_board.known_departments(Some(&app.ws.plan(&other).unwrap().departments));
    let shown: Vec<&str> = shown.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(shown, ["Finance", "Finance", "IT"], "the other plan's Finance is another department; the board's stay");

    let undo = *linked.undo.unwrap();
    app.apply(undo).unwrap();
    assert_eq!(board(&app, &board_id).plan_id, None);
    let undo = *unlinked.undo.unwrap();
    app.apply(undo).unwrap();
    assert_eq!(board(&app, &board_id).plan_id.as_ref(), Some(&growth));
}

#[test]
fn a_board_cannot_be_linked_to_a_plan_that_is_not_here() {
    let (mut app, _, board_id) = lanes();
    let gone = PlanId::from("gone");
    let refused = edit(&mut app, &board_id, BoardEdit::LinkPlan { plan_id: Some(gone.clone()) });
    assert_eq!(refused.unwrap_err(), CommandError::DocumentNotFound(DocRef::plan(&gone)));
}
