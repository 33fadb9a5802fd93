//! The structure rules through `edit_structure`: objectives, initiatives,
//! roles, dependencies, department objectives, information needs, and undo.

use super::edit::*;
use super::objective::Raci;
use crate::model::ids::{DepartmentId, InitiativeId};
use crate::model::plan::Plan;
use crate::model::values::ValueError;
use crate::model::testing::{at, Editing};

/// The example plan, edited the day after it was made.
fn example() -> Editing<Plan> {
    let mut fx = Editing::example();
    fx.env.at("2026-11-23T08:00:00.000Z");
    fx
}

/// The id of the initiative with this title.
fn id_of(fx: &Editing<Plan>, title: &str) -> InitiativeId {
    fx.doc.initiatives.iter().find(|i| i.title == title).unwrap().id.clone()
}

/// Edits the initiative with this title.
fn edit_titled(fx: &mut Editing<Plan>, title: &str, edit: InitiativeField) -> Result<Option<StructureEdit>, StructureError> {
    let initiative_id = id_of(fx, title);
    fx.run(StructureEdit::EditInitiative { initiative_id, edit })
}

#[test]
fn adds_edits_and_moves_objectives() {
    let mut fx = example();
    fx.run(StructureEdit::AddObjective { title: "  Fewer complaints ".into() }).unwrap();
    let id = fx.doc.objectives[2].id.clone();
    assert_eq!(fx.doc.objectives[2].title, "Fewer complaints");
    let edit = |edit| StructureEdit::EditObjective { objective_id: id.clone(), edit };
    fx.run(edit(ObjectiveField::Target("12,5".into()))).unwrap();
    assert_eq!(fx.doc.objectives[2].measure.target, Some(12.5));
    assert_eq!(fx.doc.objectives[2].updated_at, at("2026-11-23T08:00:00.000Z"));
    assert_eq!(fx.run(edit(ObjectiveField::Current("lots".into()))), Err(StructureError::Value(ValueError::NotANumber("lots".into()))));
    assert_eq!(fx.run(edit(ObjectiveField::Title(" ".into()))), Err(StructureError::Value(ValueError::EmptyTitle)));
    assert!(matches!(fx.run(edit(ObjectiveField::Owner(Some("nope".into())))), Err(StructureError::DepartmentNotFound(_))));
    fx.run(StructureEdit::MoveObjective { objective_id: id.clone(), up: true }).unwrap();
    assert_eq!(fx.doc.objectives[1].id, id);
    fx.run(StructureEdit::MoveObjective { objective_id: id.clone(), up: false }).unwrap();
    fx.run(StructureEdit::MoveObjective { objective_id: id.clone(), up: false }).unwrap();
    assert_eq!(fx.doc.objectives[2].id, id, "the last one stays last");
}

#[test]
fn deleting_an_objective_takes_its_initiatives_and_undo_puts_everything_back() {
    let mut fx = example();
    let before = fx.doc.clone();
    let objective_id = before.objectives[0].id.clone();
    // "Weekly reply report" goes with it; nothing outside depends on them, so add a link to check.
    let pages = id_of(&fx, "New price pages");
    let inbox = id_of(&fx, "Shared inbox");
    fx.run(StructureEdit::EditInitiative { initiative_id: pages.clone(), edit: InitiativeField::DependsOn(inbox.clone(), true) }).unwrap();
    let linked = fx.doc.clone();
    let undo = fx.run(StructureEdit::DeleteObjective { objective_id }).unwrap().unwrap();
    let plan = &fx.doc;
    assert_eq!((plan.objectives.len(), plan.initiatives.len()), (1, 2));
    assert!(!plan.initiatives.iter().any(|i| i.depends_on.contains(&inbox)), "no dependency on a deleted initiative");
    assert_eq!(plan.department_objectives.iter().filter(|d| d.aligned_to.is_some()).count(), 1);
    fx.run(undo).unwrap();
    let back = &fx.doc;
    assert_eq!(back.objectives, linked.objectives);
    assert_eq!(back.initiatives.iter().map(|i| (&i.id, &i.depends_on)).collect::<Vec<_>>(),
        linked.initiatives.iter().map(|i| (&i.id, &i.depends_on)).collect::<Vec<_>>());
    assert_eq!(back.department_objectives, before.department_objectives);
}

#[test]
fn deleting_an_initiative_drops_dependencies_on_it_and_undo_restores_both() {
    let mut fx = example();
    let before = fx.doc.initiatives.clone();
    let initiative_id = id_of(&fx, "Shared inbox");
    let undo = fx.run(StructureEdit::DeleteInitiative { initiative_id }).unwrap().unwrap();
    assert!(fx.doc.initiatives.iter().all(|i| i.depends_on.is_empty() || i.title == "New price pages"));
    fx.run(undo).unwrap();
    assert_eq!(fx.doc.initiatives, before);
}

#[test]
fn refuses_bad_initiative_edits_and_changes_nothing() {
    let mut fx = example();
    let before = fx.doc.clone();
    let field = InitiativeField::Due(Some("2027-01-01".into()));
    assert_eq!(edit_titled(&mut fx, "Shared inbox", field), Err(StructureError::DueBeforeStart { start: "2027-01-11".into(), due: "2027-01-01".into() }));
    // An impossible day never becomes a `Day`: the value rule refuses it as typed.
    let field = crate::model::values::optional_day(Some("2027-02-30")).map_err(StructureError::from);
    assert_eq!(field, Err(StructureError::Value(ValueError::InvalidDate("2027-02-30".into()))));
    assert_eq!(edit_titled(&mut fx, "Shared inbox", InitiativeField::Progress("101".into())), Err(StructureError::Value(ValueError::ProgressOutOfRange("101".into()))));
    assert_eq!(edit_titled(&mut fx, "Shared inbox", InitiativeField::Progress("-1".into())), Err(StructureError::Value(ValueError::ProgressOutOfRange("-1".into()))));
    assert_eq!(edit_titled(&mut fx, "Shared inbox", InitiativeField::Title("".into())), Err(StructureError::Value(ValueError::EmptyTitle)));
    let inbox = id_of(&fx, "Shared inbox");
    assert_eq!(edit_titled(&mut fx, "Shared inbox", InitiativeField::DependsOn(inbox, true)), Err(StructureError::DependsOnItself));
    assert_eq!(edit_titled(&mut fx, "Shared inbox", InitiativeField::DependsOn("ghost".into(), true)), Err(StructureError::UnknownDependency("ghost".into())));
    assert_eq!(fx.doc, before);
    edit_titled(&mut fx, "Shared inbox", InitiativeField::Progress(" 55 ".into())).unwrap();
    assert_eq!(fx.doc.initiatives[0].progress, 55);
}

#[test]
fn a_dependency_cycle_is_refused_with_its_titles() {
    let mut fx = example();
    let report = id_of(&fx, "Weekly reply report");
    let err = edit_titled(&mut fx, "Shared inbox", InitiativeField::DependsOn(report, true)).unwrap_err();
    assert_eq!(err.to_string(), "This would close a loop: Shared inbox → Weekly reply report → Shared inbox.");
}

#[test]
fn roles_contributors_and_moves() {
    let mut fx = example();
    let initiative_id = id_of(&fx, "Shared inbox");
    let (cs, fin) = (fx.doc.departments[0].id.clone(), fx.doc.departments[1].id.clone());
    fx.run(StructureEdit::SetRole { initiative_id: initiative_id.clone(), department_id: fin.clone(), role: Some(Raci::Accountable) }).unwrap();
    assert_eq!(crate::model::structure::rules::raci_problems(&fx.doc, &fx.doc.initiatives[0]).len(), 1);
    fx.run(StructureEdit::SetRole { initiative_id: initiative_id.clone(), department_id: fin.clone(), role: None }).unwrap();
    assert!(!fx.doc.initiatives[0].raci.contains_key(&fin));
    edit_titled(&mut fx, "Shared inbox", InitiativeField::Contributor(cs.clone(), false)).unwrap();
    edit_titled(&mut fx, "Shared inbox", InitiativeField::Contributor(fin.clone(), true)).unwrap();
    assert_eq!(fx.doc.initiatives[0].contributing_departments, vec![fin]);
    let other = fx.doc.objectives[1].id.clone();
    edit_titled(&mut fx, "Shared inbox", InitiativeField::Objective(other.clone())).unwrap();
    assert_eq!(fx.doc.initiatives[0].objective_id, other);
    assert_eq!(edit_titled(&mut fx, "Shared inbox", InitiativeField::Objective("gone".into())), Err(StructureError::NotFound(StructureItem::Objective)));
}

#[test]
fn department_objectives_and_information_needs() {
    let mut fx = example();
    let (cs, fin) = (fx.doc.departments[0].id.clone(), fx.doc.departments[1].id.clone());
    let objective = fx.doc.objectives[0].id.clone();
    fx.run(StructureEdit::AddDepartmentObjective { department_id: fin.clone(), title: "Budget".into(), aligned_to: Some(objective) }).unwrap();
    assert_eq!(fx.doc.department_objectives.len(), 5);
    let id = fx.doc.department_objectives[4].id.clone();
    let undo = fx.run(StructureEdit::DeleteDepartmentObjective { id }).unwrap().unwrap();
    fx.run(undo).unwrap();
    assert_eq!(fx.doc.department_objectives[4].title, "Budget");

    let add = |what: &str, to: &str| StructureEdit::AddInformationNeed { from_department: cs.clone(), to_department: to.into(), what: what.into() };
    assert_eq!(fx.run(add(" ", &fin)), Err(StructureError::EmptyInformationNeed));
    assert_eq!(fx.run(add("Budget", &cs)), Err(StructureError::NeedsFromItself));
    fx.run(add("Budget figures", &fin)).unwrap();
    let id = fx.doc.information_needs[2].id.clone();
    fx.run(StructureEdit::EditInformationNeed { id: id.clone(), edit: InformationNeedField::Agreed(true) }).unwrap();
    assert!(fx.doc.information_needs[2].agreed);
    let bad = crate::model::values::optional_day(Some("soon")).map_err(StructureError::from);
    assert_eq!(bad, Err(StructureError::Value(ValueError::InvalidDate("soon".into()))));
    let undo = fx.run(StructureEdit::DeleteInformationNeed { id }).unwrap().unwrap();
    assert_eq!(fx.doc.information_needs.len(), 2);
    fx.run(undo).unwrap();
    assert_eq!(fx.doc.information_needs[2].what, "Budget figures");
}

#[test]
fn a_duplicated_plan_keeps_department_objectives_and_needs_pointing_inside_it() {
    let mut fx = example();
    let mut copy = fx.doc.clone();
    copy.renew_ids(&mut fx.env.ids);
    let departments: Vec<&DepartmentId> = copy.departments.iter().map(|d| &d.id).collect();
    assert!(copy.department_objectives.iter().all(|d| departments.contains(&&d.department_id)));
    assert!(copy.department_objectives.iter().filter_map(|d| d.aligned_to.as_ref()).all(|o| copy.objectives.iter().any(|x| &x.id == o)));
    assert!(copy.information_needs.iter().all(|n| departments.contains(&&n.from_department) && departments.contains(&&n.to_department)));
    assert_ne!(copy.information_needs[0].id, fx.doc.information_needs[0].id);
}
