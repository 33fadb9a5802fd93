//! Commands on whole documents and on a plan's own fields, through the one write path.

use super::test_workspace::TestWorkspace;
use super::*;
use crate::model::plan::{DepartmentEdit, PlanError};
use crate::model::testing::{self, now};

/// A new plan, "Growth"; its id.
fn new_plan(app: &mut TestWorkspace) -> String {
    app.create(Command::Create { kind: DocumentKind::Plan, title: Some("Growth".into()), plan_id: None })
}

fn edit(plan_id: &str, edit: PlanEdit) -> Command {
    Command::EditPlan { plan_id: plan_id.into(), edit }
}

#[test]
fn creates_renames_duplicates_and_deletes_with_undo() {
    let mut app = TestWorkspace::default();
    let id = new_plan(&mut app);
    let doc = DocRef::new(DocumentKind::Plan, &id);
    app.apply(Command::Rename { doc: doc.clone(), title: "  Growth 2027 ".into() }).unwrap();
    assert_eq!(app.ws.plans[0].title, "Growth 2027");

    let copy = app.apply(Command::Duplicate { doc: doc.clone() }).unwrap().created.unwrap();
    assert_ne!(copy.id, id);
    assert_eq!(app.ws.title(&copy).as_deref(), Some("Growth 2027 (copy)"));

    let undo = app.apply(Command::Delete { doc: doc.clone() }).unwrap().undo.unwrap();
    assert!(!app.ws.contains(&doc));
    app.apply(*undo).unwrap();
    assert_eq!(app.ws.title(&doc).as_deref(), Some("Growth 2027"));
}

#[test]
fn duplicating_a_plan_gives_its_departments_new_ids() {
    let mut app = TestWorkspace::default();
    let id = new_plan(&mut app);
    app.apply(edit(&id, PlanEdit::AddDepartment { name: "Finance".into() })).unwrap();
    let copy = app.apply(Command::Duplicate { doc: DocRef::new(DocumentKind::Plan, &id) }).unwrap();
    let copy = app.ws.plan(&copy.created.unwrap().id.into()).unwrap().clone();
    assert_eq!(copy.departments[0].name, "Finance");
    assert_ne!(copy.departments[0].id, app.ws.plans[0].departments[0].id);
}

#[test]
fn a_duplicated_plan_keeps_its_references_consistent() {
    use crate::model::structure::{Initiative, Objective, Raci};
    use crate::model::testing::{initiative, objective};
    let mut app = TestWorkspace::default();
    let id = new_plan(&mut app);
    app.apply(edit(&id, PlanEdit::AddDepartment { name: "Finance".into() })).unwrap();
    let plan = app.ws.plan_mut(&id.as_str().into()).unwrap();
    let finance = plan.departments[0].id.clone();
    plan.objectives.push(Objective { owner_department: Some(finance.clone()), ..objective("o1", "Faster replies") });
    plan.initiatives.push(Initiative {
        lead_department: Some(finance.clone()),
        raci: [(finance.clone(), Raci::Accountable)].into(),
        ..initiative("i1", "o1", "Shared inbox")
    });
    let copy = app.apply(Command::Duplicate { doc: DocRef::new(DocumentKind::Plan, &id) }).unwrap();
    let copy = app.ws.plan(&copy.created.unwrap().id.into()).unwrap();
    let (department, objective, initiative) = (&copy.departments[0].id, &copy.objectives[0], &copy.initiatives[0]);
    assert_ne!(department, &finance);
    assert_eq!(objective.owner_department.as_ref(), Some(department));
    assert_eq!(initiative.objective_id, objective.id);
    assert_eq!(initiative.lead_department.as_ref(), Some(department));
    assert_eq!(initiative.raci.keys().collect::<Vec<_>>(), vec![department]);
}

#[test]
fn refuses_empty_titles_and_leaves_the_workspace_unchanged() {
    let mut app = TestWorkspace::default();
    let id = new_plan(&mut app);
    let before = app.ws.clone();
    let err = app.apply(Command::Rename { doc: DocRef::new(DocumentKind::Plan, &id), title: " ".into() });
    assert_eq!(err, Err(CommandError::Value(crate::model::values::ValueError::EmptyTitle)));
    assert_eq!(app.ws, before);
}

#[test]
fn validates_the_horizon() {
    let mut app = TestWorkspace::default();
    let id = new_plan(&mut app);
    app.apply(edit(&id, PlanEdit::HorizonStart(Some("2027-01-01".into())))).unwrap();
    let before = app.ws.clone();
    let err = app.apply(edit(&id, PlanEdit::HorizonEnd(Some("2026-12-31".into()))));
    assert!(matches!(err, Err(CommandError::Plan(PlanError::HorizonEndsBeforeStart { .. }))));
    // An impossible day never becomes a `Day`: the value rule refuses it as typed.
    let err = crate::model::values::optional_day(Some("2027-02-30")).map_err(CommandError::from);
    assert_eq!(err, Err(CommandError::Value(crate::model::values::ValueError::InvalidDate("2027-02-30".into()))));
    assert_eq!(app.ws, before);
    app.apply(edit(&id, PlanEdit::HorizonEnd(Some("2027-12-31".into())))).unwrap();
    app.apply(edit(&id, PlanEdit::HorizonStart(None))).unwrap();
    assert_eq!(app.ws.plans[0].horizon.start, None);
}

#[test]
fn departments_need_unique_names_and_palette_colours() {
    let mut app = TestWorkspace::default();
    let id = new_plan(&mut app);
    app.apply(edit(&id, PlanEdit::AddDepartment { name: "Finance".into() })).unwrap();
    app.apply(edit(&id, PlanEdit::AddDepartment { name: "HR".into() })).unwrap();
    assert_ne!(app.ws.plans[0].departments[0].colour, app.ws.plans[0].departments[1].colour);
    let err = app.apply(edit(&id, PlanEdit::AddDepartment { name: "finance".into() }));
    assert_eq!(err, Err(CommandError::Plan(PlanError::DuplicateDepartmentName("finance".into()))));
    assert_eq!(
        app.apply(edit(&id, PlanEdit::AddDepartment { name: "".into() })),
        Err(CommandError::Plan(PlanError::EmptyDepartmentName))
    );
    let hr = app.ws.plans[0].departments[1].id.clone();
    let recolour = |c: &str| edit(&id, PlanEdit::EditDepartment { department_id: hr.clone(), edit: DepartmentEdit::Colour(c.into()) });
    assert!(app.apply(recolour("pink")).is_err());
    app.apply(recolour("yellow")).unwrap();
    assert_eq!(app.ws.plans[0].departments[1].colour, "yellow");
    let removed = app.ws.plans[0].departments[1].clone();
    let undo = app.apply(edit(&id, PlanEdit::RemoveDepartment { department_id: hr })).unwrap().undo.unwrap();
    assert_eq!(app.ws.plans[0].departments.len(), 1);
    // Undo puts it back in its place and keeps what changed meanwhile.
    app.apply(edit(&id, PlanEdit::Vision("Changed after the removal".into()))).unwrap();
    app.apply(*undo).unwrap();
    assert_eq!(app.ws.plans[0].departments[1], removed);
    assert_eq!(app.ws.plans[0].vision, "Changed after the removal");
}

#[test]
fn edits_stamp_the_time() {
    let mut app = TestWorkspace::default();
    let id = new_plan(&mut app);
    app.apply_at("2026-11-23T08:00:00.000Z", edit(&id, PlanEdit::Vision("One team".into()))).unwrap();
    assert_eq!(app.ws.plans[0].updated_at, testing::at("2026-11-23T08:00:00.000Z"));
    assert_eq!(app.ws.plans[0].created_at, now());
}

#[test]
fn undoing_an_import_puts_back_what_it_replaced_and_removes_what_it_added() {
    let mut app = TestWorkspace::default();
    let id = new_plan(&mut app);
    let before = app.ws.clone();
    // What an import of a file with another version of the plan and a new board leaves.
    app.ws.plans[0].vision = "The file's vision".into();
    app.ws.put(Document::Board(testing::board("b-new", "From the file")));
    let plan = DocRef::new(DocumentKind::Plan, &id);
    let added = DocRef::new(DocumentKind::Board, "b-new");
    let written = vec![(plan.clone(), app.ws.plans[0].updated_at), (added.clone(), now())];
    let undo = Command::UndoImport { restore: vec![Document::Plan(before.plans[0].clone())], remove: vec![added.clone()], written };
    let outcome = app.apply(undo).unwrap();
    assert_eq!(app.ws, before);
    assert_eq!(outcome.changed, [added, plan], "both are saved: the board's entry is deleted, the plan's rewritten");
    assert_eq!(outcome.undo, None);
}

#[test]
fn an_import_is_not_undone_over_an_edit_made_since() {
    let mut app = TestWorkspace::default();
    let id = new_plan(&mut app);
    let before = app.ws.clone();
    app.ws.plans[0].vision = "The file's vision".into();
    let plan = DocRef::new(DocumentKind::Plan, &id);
    let undo = Command::UndoImport {
        restore: vec![Document::Plan(before.plans[0].clone())],
        remove: vec![],
        written: vec![(plan.clone(), app.ws.plans[0].updated_at)],
    };
    // The user edits the replaced plan while the toast still offers Undo.
    app.apply_at("2026-11-22T10:00:05Z", edit(&id, PlanEdit::Vision("Mine, typed after".into()))).unwrap();
    let edited = app.ws.clone();
    let refused = app.apply(undo).unwrap_err();
    assert_eq!(refused, CommandError::ChangedSinceImport { title: edited.plans[0].title.clone() });
    assert!(refused.to_string().contains("was changed after the file was opened"), "{refused}");
    assert_eq!(app.ws, edited, "the edit is kept");
}
