//! The log rules through `edit_log`: decisions with options and actions,
//! superseding, updates, lessons, and undo.

use super::edit::*;
use super::LessonCategory;
use crate::model::ids::DecisionId;
use crate::model::plan::Plan;
use crate::model::values::ValueError;
use crate::model::testing::{day, now, Editing};

/// An empty plan whose logs are edited as the command does it.
fn empty() -> Editing<Plan> {
    Editing::new(Plan::new("p".into(), "Plan".into(), now()))
}

/// Records a decision dated 2026-11-20; its id.
fn decide(f: &mut Editing<Plan>, title: &str) -> DecisionId {
    f.run(LogEdit::AddDecision { date: "2026-11-20".into(), title: title.into() }).unwrap();
    f.doc.decisions.last().unwrap().id.clone()
}

fn edit(f: &mut Editing<Plan>, decision_id: &DecisionId, edit: DecisionEdit) -> Result<Option<LogEdit>, LogError> {
    f.run(LogEdit::EditDecision { decision_id: decision_id.clone(), edit })
}

#[test]
fn records_a_decision_with_options_and_actions() {
    let mut f = empty();
    let id = decide(&mut f, "  Use one shared inbox ");
    edit(&mut f, &id, DecisionEdit::AddOption("Shared inbox".into())).unwrap();
    edit(&mut f, &id, DecisionEdit::AddOption("Ticket tool".into())).unwrap();
    edit(&mut f, &id, DecisionEdit::AddAction { text: "Order licences".into() }).unwrap();
    let action_id = f.doc.decisions[0].actions[0].id.clone();
    let due = ActionEdit::Due(Some("2026-12-01".into()));
    edit(&mut f, &id, DecisionEdit::EditAction { action_id: action_id.clone(), edit: due }).unwrap();
    let decision = &f.doc.decisions[0];
    assert_eq!(decision.title, "Use one shared inbox");
    assert_eq!(decision.options, ["Shared inbox", "Ticket tool"]);
    assert!(decision.actions[0].is_overdue(day("2026-12-02")));
    assert!(!decision.actions[0].is_overdue(day("2026-12-01")));

    let undo = edit(&mut f, &id, DecisionEdit::RemoveOption { index: 0 }).unwrap().unwrap();
    assert_eq!(f.doc.decisions[0].options, ["Ticket tool"]);
    f.run(undo).unwrap();
    assert_eq!(f.doc.decisions[0].options, ["Shared inbox", "Ticket tool"]);
    let undo = edit(&mut f, &id, DecisionEdit::RemoveAction { action_id }).unwrap().unwrap();
    assert!(f.doc.decisions[0].actions.is_empty());
    f.run(undo).unwrap();
    assert_eq!(f.doc.decisions[0].actions[0].text, "Order licences");
}

#[test]
fn refuses_empty_titles_and_bad_dates_without_a_trace() {
    let mut f = empty();
    let before = f.doc.clone();
    assert_eq!(f.run(LogEdit::AddDecision { date: "2026-11-20".into(), title: " ".into() }), Err(LogError::Value(ValueError::EmptyTitle)));
    // An impossible day never becomes a `Day`: the value rule refuses it as typed.
    let bad = crate::model::values::day("2026-02-30").map_err(LogError::from);
    assert_eq!(bad, Err(LogError::Value(ValueError::InvalidDate("2026-02-30".into()))));
    assert_eq!(f.run(LogEdit::AddLesson { what_happened: "".into(), category: LessonCategory::Process }), Err(LogError::Value(ValueError::EmptyText("What happened"))));
    assert_eq!(f.doc, before);
    decide(&mut f, "Budget");
    assert!(crate::model::values::day("yesterday").is_err());
    assert_eq!(f.doc.decisions[0].date.text(), "2026-11-20");
}

#[test]
fn superseding_refuses_itself_and_loops() {
    let mut f = empty();
    let (a, b, c) = (decide(&mut f, "A"), decide(&mut f, "B"), decide(&mut f, "C"));
    assert_eq!(edit(&mut f, &a, DecisionEdit::SupersededBy(Some(a.clone()))), Err(LogError::SupersedesItself));
    edit(&mut f, &a, DecisionEdit::SupersededBy(Some(b.clone()))).unwrap();
    edit(&mut f, &b, DecisionEdit::SupersededBy(Some(c.clone()))).unwrap();
    let err = edit(&mut f, &c, DecisionEdit::SupersededBy(Some(a.clone())));
    assert_eq!(err, Err(LogError::SupersedingLoop(vec!["C".into(), "A".into(), "B".into(), "C".into()])));
    assert!(err.unwrap_err().to_string().contains("C → A → B → C"));
    assert_eq!(f.doc.decisions[2].superseded_by, None);
    assert_eq!(edit(&mut f, &c, DecisionEdit::SupersededBy(Some("nope".into()))), Err(LogError::EntryNotFound));
}

#[test]
fn deleting_a_decision_and_undoing_puts_back_its_place_and_links() {
    let mut f = empty();
    let (a, b) = (decide(&mut f, "A"), decide(&mut f, "B"));
    edit(&mut f, &a, DecisionEdit::SupersededBy(Some(b.clone()))).unwrap();
    let before = f.doc.decisions.clone();
    let undo = f.run(LogEdit::RemoveDecision { decision_id: b.clone() }).unwrap().unwrap();
    assert_eq!(f.doc.decisions.len(), 1);
    assert_eq!(f.doc.decisions[0].superseded_by, None);
    f.run(undo).unwrap();
    assert_eq!(f.doc.decisions.iter().map(|d| (&d.id, &d.superseded_by)).collect::<Vec<_>>(),
               before.iter().map(|d| (&d.id, &d.superseded_by)).collect::<Vec<_>>());
}

#[test]
fn a_duplicated_plan_gets_fresh_log_ids_with_its_links_kept() {
    use crate::model::plan::Department;
    let mut f = empty();
    f.doc.departments.push(Department::new("d-fin".into(), "Finance".into(), "orange", now()));
    let finance = f.doc.departments[0].id.clone();
    let (a, b) = (decide(&mut f, "A"), decide(&mut f, "B"));
    edit(&mut f, &a, DecisionEdit::SupersededBy(Some(b.clone()))).unwrap();
    edit(&mut f, &a, DecisionEdit::Department { department_id: finance.clone(), takes_part: true }).unwrap();
    edit(&mut f, &a, DecisionEdit::AddAction { text: "Call".into() }).unwrap();
    let action = f.doc.decisions[0].actions[0].id.clone();
    let owner = ActionEdit::Owner(Some(finance.clone()));
    edit(&mut f, &a, DecisionEdit::EditAction { action_id: action.clone(), edit: owner }).unwrap();
    f.run(LogEdit::AddUpdate { date: "2026-11-21".into(), title: "W".into(), text: String::new() }).unwrap();
    let update = f.doc.updates[0].id.clone();
    f.run(LogEdit::EditUpdate { update_id: update.clone(), edit: UpdateEdit::Department { department_id: finance.clone(), included: true } }).unwrap();

    let mut copy = f.doc.clone();
    copy.renew_ids(&mut f.env.ids);
    let new_finance = &copy.departments[0].id;
    let (ca, cb) = (&copy.decisions[0], &copy.decisions[1]);
    assert!(ca.id != a && cb.id != b && ca.actions[0].id != action && copy.updates[0].id != update);
    assert_eq!(ca.superseded_by.as_ref(), Some(&cb.id));
    assert_eq!(ca.departments, [new_finance.clone()]);
    assert_eq!(ca.actions[0].owner_department.as_ref(), Some(new_finance));
    assert_eq!(copy.updates[0].departments, [new_finance.clone()]);
}

#[test]
fn updates_and_lessons_are_added_edited_and_removed_with_undo() {
    let mut f = empty();
    f.run(LogEdit::AddUpdate { date: "2026-11-21".into(), title: "Week 47".into(), text: "On track".into() }).unwrap();
    let update_id = f.doc.updates[0].id.clone();
    let finance = UpdateEdit::Department { department_id: "d-fin".into(), included: true };
    f.run(LogEdit::EditUpdate { update_id: update_id.clone(), edit: finance }).unwrap();
    assert_eq!(f.doc.updates[0].departments, ["d-fin"]);
    let undo = f.run(LogEdit::RemoveUpdate { update_id }).unwrap().unwrap();
    f.run(undo).unwrap();
    assert_eq!(f.doc.updates[0].title, "Week 47");

    f.run(LogEdit::AddLesson { what_happened: "Kick-off too late".into(), category: LessonCategory::Planning }).unwrap();
    let lesson_id = f.doc.lessons[0].id.clone();
    f.run(LogEdit::EditLesson { lesson_id: lesson_id.clone(), edit: LessonEdit::Applied(true) }).unwrap();
    let undo = f.run(LogEdit::RemoveLesson { lesson_id }).unwrap().unwrap();
    assert!(f.doc.lessons.is_empty());
    f.run(undo).unwrap();
    assert!(f.doc.lessons[0].applied);
}
