//! Commands on whole documents and on a plan's own fields, through the one write path.

use super::*;
use crate::model::ids::SequentialIds;
use crate::model::plan::{DepartmentEdit, PlanError};
use crate::model::testing::{at, now};

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
    let copy = ws.plan(&copy.created.unwrap().id.into()).unwrap().clone();
    assert_eq!(copy.departments[0].name, "Finance");
    assert_ne!(copy.departments[0].id, ws.plans[0].departments[0].id);
}

#[test]
fn a_duplicated_plan_keeps_its_references_consistent() {
    use crate::model::structure::{Initiative, Objective, Raci};
    let (mut ws, mut ids) = (Workspace::default(), SequentialIds::default());
    let id = new_plan(&mut ws, &mut ids);
    run(&mut ws, &mut ids, edit(&id, PlanEdit::AddDepartment { name: "Finance".into() })).unwrap();
    let plan = ws.plan_mut(&id.as_str().into()).unwrap();
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
    let copy = ws.plan(&copy.created.unwrap().id.into()).unwrap();
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
    assert!(matches!(err, Err(CommandError::Plan(PlanError::HorizonEndsBeforeStart { .. }))));
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
    assert_eq!(err, Err(CommandError::Plan(PlanError::DuplicateDepartmentName("finance".into()))));
    assert_eq!(
        run(&mut ws, &mut ids, edit(&id, PlanEdit::AddDepartment { name: "".into() })),
        Err(CommandError::Plan(PlanError::EmptyDepartmentName))
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

#[test]
fn undoing_an_import_puts_back_what_it_replaced_and_removes_what_it_added() {
    let (mut ws, mut ids) = (Workspace::default(), SequentialIds::default());
    let id = new_plan(&mut ws, &mut ids);
    let before = ws.clone();
    // What an import of a file with another version of the plan and a new board leaves.
    ws.plans[0].vision = "The file's vision".into();
    ws.put(Document::Board(crate::model::board::Board::new("b-new".into(), "From the file".into(), None, now())));
    let plan = DocRef::new(DocumentKind::Plan, &id);
    let added = DocRef::new(DocumentKind::Board, "b-new");
    let written = vec![(plan.clone(), ws.plans[0].updated_at), (added.clone(), now())];
    let undo = Command::UndoImport { restore: vec![Document::Plan(before.plans[0].clone())], remove: vec![added.clone()], written };
    let outcome = run(&mut ws, &mut ids, undo).unwrap();
    assert_eq!(ws, before);
    assert_eq!(outcome.changed, [added, plan], "both are saved: the board's entry is deleted, the plan's rewritten");
    assert_eq!(outcome.undo, None);
}

#[test]
fn an_import_is_not_undone_over_an_edit_made_since() {
    let (mut ws, mut ids) = (Workspace::default(), SequentialIds::default());
    let id = new_plan(&mut ws, &mut ids);
    let before = ws.clone();
    ws.plans[0].vision = "The file's vision".into();
    let plan = DocRef::new(DocumentKind::Plan, &id);
    let undo = Command::UndoImport {
        restore: vec![Document::Plan(before.plans[0].clone())],
        remove: vec![],
        written: vec![(plan.clone(), ws.plans[0].updated_at)],
    };
    // The user edits the replaced plan while the toast still offers Undo.
    let later = Env { now: at("2026-11-22T10:00:05Z"), today: now().day_utc(), ids: &mut ids };
    apply(&mut ws, edit(&id, PlanEdit::Vision("Mine, typed after".into())), &mut { later }).unwrap();
    let edited = ws.clone();
    let refused = run(&mut ws, &mut ids, undo).unwrap_err();
    assert_eq!(refused, CommandError::ChangedSinceImport { title: edited.plans[0].title.clone() });
    assert!(refused.to_string().contains("was changed after the file was opened"), "{refused}");
    assert_eq!(ws, edited, "the edit is kept");
}
