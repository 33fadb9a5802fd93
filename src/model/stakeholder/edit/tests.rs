//! Editing a map: adding (one, or a paste in one step), names refused when
//! empty and warned about when repeated, fields in place with their undo,
//! links to the plan's departments and initiatives, dated moves, contacts.

use super::*;
use crate::model::stakeholder::Communication;
use crate::model::testing::{day, map, plan_with_roles, position, stakeholder, TestEnv};

fn run(m: &mut StakeholderMap, edit: MapEdit, plan: Option<&Plan>, t: &mut TestEnv) -> Result<MapDone, MapError> {
    edit_map(m, edit, plan, &mut t.env())
}

#[test]
fn adding_places_a_stakeholder_with_a_dated_first_placement() {
    let (mut m, mut t) = (map(None), TestEnv::default());
    let new = NewStakeholder { position: Some(position(4, 5)), tags: vec![" Union ".into(), "union".into(), "".into()], ..NewStakeholder::named(" Works council ") };
    let done = run(&mut m, MapEdit::AddStakeholder(new), None, &mut t).unwrap();
    let s = &m.stakeholders[0];
    assert_eq!((s.name.as_str(), s.position(), s.tags.clone()), ("Works council", position(4, 5), vec!["Union".to_string()]));
    assert_eq!((s.placements.len(), s.placements[0].how, s.placements[0].day), (1, PlacementHow::Added, day("2026-11-22")));
    assert_eq!(done.undo, Some(MapEdit::RemoveStakeholders { stakeholder_ids: vec![s.id.clone()] }));
    run(&mut m, done.undo.unwrap(), None, &mut t).unwrap();
    assert!(m.stakeholders.is_empty());
}

#[test]
fn an_empty_name_is_refused_and_a_repeated_one_warned_about() {
    let (mut m, mut t) = (map(None), TestEnv::default());
    m.stakeholders.push(stakeholder("s", "Anna Berg", 3, 3));
    assert_eq!(run(&mut m, MapEdit::AddStakeholder(NewStakeholder::named("  ")), None, &mut t), Err(MapError::EmptyName));
    let paste = vec![NewStakeholder::named("anna berg"), NewStakeholder::named("Omar"), NewStakeholder::named("OMAR")];
    let done = run(&mut m, MapEdit::AddStakeholders(paste), None, &mut t).unwrap();
    assert_eq!(done.warnings, [MapWarning::DuplicateName { name: "anna berg".into() }, MapWarning::DuplicateName { name: "OMAR".into() }]);
    assert_eq!(m.stakeholders.len(), 4, "duplicates are added");
    assert!(m.stakeholders[1..].iter().all(|s| s.placements[0].how == PlacementHow::Pasted));
    let bad = vec![NewStakeholder::named("Fine"), NewStakeholder::named("")];
    assert_eq!(run(&mut m, MapEdit::AddStakeholders(bad), None, &mut t), Err(MapError::EmptyName));
    assert_eq!(m.stakeholders.len(), 4, "all or none");
    let renamed = run(&mut m, MapEdit::Set { stakeholder_id: "s".into(), field: Field::Name("Omar".into()) }, None, &mut t).unwrap();
    assert_eq!(renamed.warnings.len(), 1);
    assert_eq!(run(&mut m, MapEdit::Set { stakeholder_id: "s".into(), field: Field::Name(" ".into()) }, None, &mut t), Err(MapError::EmptyName));
}

#[test]
fn each_field_is_set_in_place_and_its_undo_puts_the_old_value_back() {
    let (mut m, mut t) = (map(None), TestEnv::default());
    m.stakeholders.push(stakeholder("s", "Anna", 3, 3));
    let before = m.stakeholders[0].clone();
    let fields = [
        Field::Role("CFO".into()),
        Field::Kind(StakeholderKind::Group),
        Field::Affiliation(Affiliation::Outside("Regulator".into())),
        Field::Contact("anna@example.org".into()),
        Field::Attitude(Attitude::Blocker),
        Field::Notes("Cautious".into()),
        Field::Tags(vec!["budget".into()]),
        Field::StrategyOverride(Some(Strategy::ManageClosely)),
        Field::NeedsToHear("Costs".into()),
        Field::Channel(Some(Channel::Other), "Signal".into()),
        Field::Frequency(Some(Frequency::Weekly)),
        Field::LastContact(Some(day("2026-11-20"))),
    ];
    let mut undos = Vec::new();
    t.at("2026-11-23T09:00:00Z");
    for field in fields {
        let done = run(&mut m, MapEdit::Set { stakeholder_id: "s".into(), field }, None, &mut t).unwrap();
        undos.push(done.undo.unwrap());
    }
    let s = &m.stakeholders[0];
    assert_eq!((s.organisation.as_str(), s.attitude, s.channel_label()), ("Regulator", Attitude::Blocker, "Signal".to_string()));
    assert_eq!(s.updated_at, t.now);
    for undo in undos.into_iter().rev() {
        run(&mut m, undo, None, &mut t).unwrap();
    }
    assert_eq!(m.stakeholders[0], Stakeholder { updated_at: t.now, ..before });
    let missing = MapEdit::Set { stakeholder_id: "x".into(), field: Field::Role("x".into()) };
    assert_eq!(run(&mut m, missing, None, &mut t), Err(MapError::StakeholderNotFound));
}

#[test]
fn departments_and_initiatives_must_be_the_linked_plans() {
    let plan = plan_with_roles();
    let (mut m, mut t) = (map(Some(plan.id.as_str())), TestEnv::default());
    m.stakeholders.push(stakeholder("s", "Anna", 3, 3));
    let finance = plan.departments[1].id.clone();
    let set = |field| MapEdit::Set { stakeholder_id: "s".into(), field };
    run(&mut m, set(Field::Affiliation(Affiliation::Department(finance.clone()))), Some(&plan), &mut t).unwrap();
    run(&mut m, set(Field::Owner(Some(finance.clone()))), Some(&plan), &mut t).unwrap();
    run(&mut m, set(Field::Initiatives(vec!["i1".into(), "i1".into()])), Some(&plan), &mut t).unwrap();
    assert_eq!(m.stakeholders[0].initiative_ids, ["i1".into()] as [InitiativeId; 1]);
    assert_eq!(m.stakeholders[0].affiliation(), Affiliation::Department(finance.clone()));
    let gone = set(Field::Affiliation(Affiliation::Department("gone".into())));
    assert_eq!(run(&mut m, gone, Some(&plan), &mut t), Err(MapError::DepartmentNotFound("gone".into())));
    assert_eq!(run(&mut m, set(Field::Initiatives(vec!["i9".into()])), Some(&plan), &mut t), Err(MapError::InitiativeNotFound("i9".into())));
    // The plan in another browser: what the stakeholder has is kept, nothing new is taken.
    run(&mut m, set(Field::Initiatives(vec!["i1".into()])), None, &mut t).unwrap();
    run(&mut m, set(Field::Owner(Some(finance))), None, &mut t).unwrap();
    assert!(run(&mut m, set(Field::Owner(Some("d-x".into()))), None, &mut t).is_err());
    let new = NewStakeholder { affiliation: Affiliation::Department("d-x".into()), ..NewStakeholder::named("Bo") };
    assert_eq!(run(&mut m, MapEdit::AddStakeholder(new), Some(&plan), &mut t), Err(MapError::DepartmentNotFound("d-x".into())));
}

#[test]
fn moving_records_a_dated_placement_with_who_and_how_and_undo_takes_it_back() {
    let (mut m, mut t) = (map(None), TestEnv::default());
    m.stakeholders.push(stakeholder("s", "Anna", 2, 2));
    let place = |power, interest, how| MapEdit::Place { stakeholder_id: "s".into(), position: position(power, interest), how, by: " Lea ".into() };
    assert_eq!(run(&mut m, place(2, 2, PlacementHow::Dragged), None, &mut t).unwrap(), MapDone::default(), "no move, nothing recorded");
    t.at("2026-11-24T15:00:00Z");
    let done = run(&mut m, place(4, 5, PlacementHow::Keyboard), None, &mut t).unwrap();
    let s = &m.stakeholders[0];
    let last = s.placements.last().unwrap();
    assert_eq!((s.position(), last.day, last.how, last.by.as_str()), (position(4, 5), day("2026-11-24"), PlacementHow::Keyboard, "Lea"));
    assert!(s.is_key_player());
    run(&mut m, done.undo.unwrap(), None, &mut t).unwrap();
    assert_eq!((m.stakeholders[0].position(), m.stakeholders[0].placements.len()), (position(2, 2), 1));
}

#[test]
fn logging_a_contact_moves_the_last_contact_and_its_undo_moves_it_back() {
    let (mut m, mut t) = (map(None), TestEnv::default());
    m.stakeholders.push(stakeholder("s", "Anna", 4, 4));
    m.stakeholders[0].communication = Communication { last_contact: Some(day("2026-11-01")), ..Communication::default() };
    let log = |on: &str| MapEdit::LogContact { stakeholder_id: "s".into(), day: day(on), note: " Spoke about costs ".into() };
    assert_eq!(run(&mut m, log("2026-11-23"), None, &mut t), Err(MapError::ContactInFuture { day: day("2026-11-23") }));
    let done = run(&mut m, log("2026-11-22"), None, &mut t).unwrap();
    let c = &m.stakeholders[0].communication;
    assert_eq!((c.last_contact, c.contacts[0].note.as_str()), (Some(day("2026-11-22")), "Spoke about costs"));
    run(&mut m, log("2026-10-01"), None, &mut t).unwrap();
    assert_eq!(m.stakeholders[0].communication.last_contact, Some(day("2026-11-22")), "an older contact logged late does not move it back");
    run(&mut m, done.undo.unwrap(), None, &mut t).unwrap();
    let c = &m.stakeholders[0].communication;
    assert_eq!((c.last_contact, c.contacts.len()), (Some(day("2026-11-01")), 1));
    let id = c.contacts[0].id.clone();
    let deleted = run(&mut m, MapEdit::DeleteContact { stakeholder_id: "s".into(), contact_id: id.clone() }, None, &mut t).unwrap();
    assert!(m.stakeholders[0].communication.contacts.is_empty());
    run(&mut m, deleted.undo.unwrap(), None, &mut t).unwrap();
    assert_eq!(m.stakeholders[0].communication.contacts[0].id, id);
}

#[test]
fn deleting_a_stakeholder_comes_back_at_its_place_and_linking_is_undone() {
    let (mut m, mut t) = (map(None), TestEnv::default());
    m.stakeholders = vec![stakeholder("a", "A", 1, 1), stakeholder("b", "B", 1, 1), stakeholder("c", "C", 1, 1)];
    let done = run(&mut m, MapEdit::DeleteStakeholder { stakeholder_id: "b".into() }, None, &mut t).unwrap();
    run(&mut m, done.undo.unwrap(), None, &mut t).unwrap();
    assert_eq!(m.stakeholders.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
    let linked = run(&mut m, MapEdit::LinkPlan { plan_id: Some("p".into()) }, None, &mut t).unwrap();
    assert_eq!(m.plan_id.as_deref(), Some("p"));
    run(&mut m, linked.undo.unwrap(), None, &mut t).unwrap();
    assert_eq!(m.plan_id, None);
}
