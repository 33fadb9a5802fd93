//! Stakeholder maps through the one write path (`apply`), as the map page
//! will call them: an edit runs with the linked plan, a refused one leaves
//! no trace, warnings come back in the report, undo is another command.

use super::test_workspace::TestWorkspace;
use crate::model::board::voting::NewParticipant;
use crate::model::ids::{MapId, PlanId};
use crate::model::stakeholder::{Affiliation, AssessmentEdit, MapEdit, MapError, NewStakeholder};
use crate::model::testing::position;
use crate::model::{Command, CommandError, DocRef, DocumentKind};

/// A workspace with the example plan and a map linked to it.
fn room() -> (TestWorkspace, PlanId, MapId) {
    let mut app = TestWorkspace::default();
    let plan: PlanId = app.create(Command::CreateExamplePlan).into();
    let map: MapId = app.create(Command::Create { kind: DocumentKind::StakeholderMap, title: None, plan_id: Some(plan.clone()) }).into();
    (app, plan, map)
}

#[test]
fn an_edit_runs_with_the_linked_plan_and_reports_a_repeated_name() {
    let (mut app, plan, map) = room();
    let finance = app.ws.plan(&plan).unwrap().departments[1].id.clone();
    let new = NewStakeholder { affiliation: Affiliation::Department(finance.clone()), ..NewStakeholder::named("Anna") };
    let outcome = app.apply(Command::EditMap { map_id: map.clone(), edit: MapEdit::AddStakeholder(new.clone()) }).unwrap();
    assert_eq!(outcome.changed, [DocRef::map(&map)]);
    assert!(outcome.report.is_empty());
    let again = app.apply_at("2026-11-23T10:00:00Z", Command::EditMap { map_id: map.clone(), edit: MapEdit::AddStakeholder(new) }).unwrap();
    assert_eq!(again.report, ["“Anna” was already on the map: check it is not the same stakeholder twice."]);
    let stored = app.ws.stakeholder_maps.iter().find(|m| m.id == map).unwrap();
    assert_eq!(stored.stakeholders.len(), 2);
    assert_eq!(stored.updated_at, crate::model::testing::at("2026-11-23T10:00:00Z"));
    app.apply(*again.undo.unwrap()).unwrap();
    assert_eq!(app.ws.stakeholder_maps[0].stakeholders.len(), 1);
}

#[test]
fn a_refused_edit_leaves_the_map_as_it_was() {
    let (mut app, _, map) = room();
    let before = app.ws.stakeholder_maps[0].clone();
    let bad = NewStakeholder { affiliation: Affiliation::Department("nowhere".into()), ..NewStakeholder::named("Anna") };
    let refused = app.apply(Command::EditMap { map_id: map.clone(), edit: MapEdit::AddStakeholder(bad) }).unwrap_err();
    assert_eq!(refused, CommandError::Map(MapError::DepartmentNotFound("nowhere".into())));
    assert_eq!(app.ws.stakeholder_maps[0], before);
    let link = MapEdit::LinkPlan { plan_id: Some("no-such-plan".into()) };
    assert!(matches!(app.apply(Command::EditMap { map_id: map, edit: link }), Err(CommandError::DocumentNotFound(_))));
    let gone = app.apply(Command::EditMap { map_id: "gone".into(), edit: MapEdit::AddStakeholder(NewStakeholder::named("X")) });
    assert!(matches!(gone, Err(CommandError::DocumentNotFound(_))));
}

#[test]
fn a_room_assesses_with_the_plans_departments_and_settles_on_the_grid() {
    let (mut app, plan, map) = room();
    let it = app.ws.plan(&plan).unwrap().departments[2].clone();
    app.apply(Command::EditMap { map_id: map.clone(), edit: MapEdit::AddStakeholder(NewStakeholder::named("Anna")) }).unwrap();
    let anna = app.ws.stakeholder_maps[0].stakeholders[0].id.clone();
    let participants = vec![NewParticipant { name: String::new(), department_id: Some(it.id.clone()) }];
    let start = AssessmentEdit::Start { stakeholder_ids: vec![anna.clone()], participants };
    app.apply(Command::EditAssessment { map_id: map.clone(), edit: start }).unwrap();
    let voter = app.ws.stakeholder_maps[0].assessments[0].participants[0].clone();
    assert_eq!(voter.name, it.name);
    let score = AssessmentEdit::Score { participant_id: voter.id, stakeholder_id: anna.clone(), position: position(5, 4) };
    app.apply(Command::EditAssessment { map_id: map.clone(), edit: score }).unwrap();
    app.apply(Command::EditAssessment { map_id: map.clone(), edit: AssessmentEdit::Reveal(true) }).unwrap();
    let settle = AssessmentEdit::Settle { stakeholder_id: anna, position: None, by: String::new() };
    let outcome = app.apply(Command::EditAssessment { map_id: map, edit: settle }).unwrap();
    assert!(app.ws.stakeholder_maps[0].stakeholders[0].is_key_player());
    assert!(matches!(outcome.undo.as_deref(), Some(Command::EditAssessment { .. })));
}
