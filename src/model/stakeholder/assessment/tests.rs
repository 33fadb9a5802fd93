//! Assessing together: set-up with names or departments, tally scoring in
//! turn, the spread (min, median, max, wide from 2 points), settling by
//! median or by choice (a dated placement), and views kept across sessions.

use super::*;
use crate::model::board::voting::NewParticipant;
use crate::model::stakeholder::grid::PlacementHow;
use crate::model::testing::{bare_plan, day, map, position, stakeholder, TestEnv};

fn named(name: &str) -> NewParticipant {
    NewParticipant { name: name.into(), department_id: None }
}

fn started(t: &mut TestEnv) -> StakeholderMap {
    let mut m = map(None);
    m.stakeholders = vec![stakeholder("a", "Anna", 2, 2), stakeholder("b", "Bo", 3, 3)];
    let start = AssessmentEdit::Start { stakeholder_ids: vec!["a".into(), "b".into()], participants: vec![named("Lea"), named("Max"), named("Noor")] };
    edit_assessment(&mut m, start, None, &mut t.env()).unwrap();
    m
}

fn score(m: &mut StakeholderMap, t: &mut TestEnv, who: usize, whom: &str, power: u8, interest: u8) {
    let participant_id = m.assessments[0].participants[who].id.clone();
    let edit = AssessmentEdit::Score { participant_id, stakeholder_id: whom.into(), position: position(power, interest) };
    edit_assessment(m, edit, None, &mut t.env()).unwrap();
}

#[test]
fn stats_give_min_median_max_and_an_even_median_rounds_up() {
    let s = |list: &[u8]| Stats::of(list.iter().map(|n| Score::new(*n).unwrap())).unwrap();
    assert_eq!(s(&[4, 2, 5]), Stats { min: Score::new(2).unwrap(), median: Score::new(4).unwrap(), max: Score::new(5).unwrap() });
    assert_eq!(s(&[2, 3]).median.get(), 3);
    assert_eq!(s(&[1, 2, 4, 5]).median.get(), 3);
    assert_eq!(s(&[3]).range(), 0);
    assert_eq!(Stats::of([]), None);
}

#[test]
fn participants_are_names_or_departments_and_each_only_once() {
    let mut t = TestEnv::default();
    let plan = bare_plan();
    let mut m = map(Some(plan.id.as_str()));
    m.stakeholders.push(stakeholder("a", "Anna", 2, 2));
    let finance = plan.departments[1].clone();
    let start = |participants| AssessmentEdit::Start { stakeholder_ids: vec!["a".into()], participants };
    let by_department = NewParticipant { name: String::new(), department_id: Some(finance.id.clone()) };
    edit_assessment(&mut m, start(vec![by_department, named("Lea")]), Some(&plan), &mut t.env()).unwrap();
    assert_eq!(m.assessments[0].participants[0].name, finance.name);
    let refused = |participants| edit_assessment(&mut m.clone(), start(participants), Some(&plan), &mut t.clone().env()).unwrap_err();
    assert_eq!(refused(vec![named("Lea"), named("lea")]), AssessmentError::DuplicateParticipant("lea".into()));
    assert_eq!(refused(vec![named(" ")]), AssessmentError::EmptyParticipantName);
    assert_eq!(refused(vec![]), AssessmentError::NoParticipants);
    let none = AssessmentEdit::Start { stakeholder_ids: vec![], participants: vec![named("Lea")] };
    assert_eq!(edit_assessment(&mut m, none, None, &mut t.env()), Err(AssessmentError::NoStakeholders));
}

#[test]
fn scores_are_entered_in_turn_then_revealed_as_a_spread() {
    let mut t = TestEnv::default();
    let mut m = started(&mut t);
    let a = &m.assessments[0];
    let (lea, max) = (a.participants[0].id.clone(), a.participants[1].id.clone());
    assert_eq!(a.next_to_score(), Some((&lea, &"a".into())));
    score(&mut m, &mut t, 0, "a", 4, 5);
    score(&mut m, &mut t, 0, "b", 2, 2);
    assert_eq!(m.assessments[0].next_to_score(), Some((&max, &"a".into())));
    score(&mut m, &mut t, 1, "a", 2, 5);
    score(&mut m, &mut t, 2, "a", 5, 4);
    score(&mut m, &mut t, 1, "b", 3, 2);
    assert_eq!(m.assessments[0].progress(), (5, 6));
    // A score given again replaces the first, and its undo puts that back.
    let again = AssessmentEdit::Score { participant_id: max.clone(), stakeholder_id: "b".into(), position: position(3, 3) };
    let undo = edit_assessment(&mut m, again, None, &mut t.env()).unwrap().unwrap();
    assert_eq!(undo, AssessmentEdit::Score { participant_id: max, stakeholder_id: "b".into(), position: position(3, 2) });
    let spread = m.assessments[0].spread(&"a".into()).unwrap();
    assert_eq!((spread.power.min.get(), spread.power.median.get(), spread.power.max.get()), (2, 4, 5));
    assert_eq!(spread.scores.len(), 3);
    assert!(spread.wide(), "power 2 to 5");
    assert!(!m.assessments[0].spread(&"b".into()).unwrap().wide(), "1 point apart");
    assert_eq!(spread.median(), position(4, 5));
    let outsider = AssessmentEdit::Score { participant_id: lea, stakeholder_id: "zz".into(), position: position(1, 1) };
    assert_eq!(edit_assessment(&mut m, outsider, None, &mut t.env()), Err(AssessmentError::NotAssessed));
}

#[test]
fn settling_takes_the_median_or_a_chosen_position_once_revealed() {
    let mut t = TestEnv::default();
    let mut m = started(&mut t);
    score(&mut m, &mut t, 0, "a", 4, 5);
    score(&mut m, &mut t, 1, "a", 2, 5);
    score(&mut m, &mut t, 2, "a", 5, 4);
    let settle = |position| AssessmentEdit::Settle { stakeholder_id: "a".into(), position, by: "Facilitator".into() };
    assert_eq!(edit_assessment(&mut m, settle(None), None, &mut t.env()), Err(AssessmentError::NotRevealed));
    edit_assessment(&mut m, AssessmentEdit::Reveal(true), None, &mut t.env()).unwrap();
    let undo = edit_assessment(&mut m, settle(None), None, &mut t.env()).unwrap().unwrap();
    let anna = m.stakeholder(&"a".into()).unwrap();
    let placed = anna.placements.last().unwrap();
    assert_eq!((anna.position(), placed.how, placed.day), (position(4, 5), PlacementHow::Assessed, day("2026-11-22")));
    assert_eq!(placed.assessment_id.as_ref(), Some(&m.assessments[0].id));
    assert!(m.assessments[0].settled[0].median);
    edit_assessment(&mut m, settle(Some(position(3, 5))), None, &mut t.env()).unwrap();
    assert_eq!((m.assessments[0].settled.len(), m.assessments[0].settled[0].median), (1, false));
    assert_eq!(m.stakeholder(&"a".into()).unwrap().position(), position(3, 5));
    let nobody = AssessmentEdit::Settle { stakeholder_id: "b".into(), position: None, by: String::new() };
    assert_eq!(edit_assessment(&mut m, nobody, None, &mut t.env()), Err(AssessmentError::NothingToSettle));
    edit_assessment(&mut m, undo, None, &mut t.env()).unwrap();
    assert_eq!(m.stakeholder(&"a".into()).unwrap().position(), position(2, 2), "undo puts the stakeholder back");
    assert!(m.assessments[0].settled.is_empty());
}

#[test]
fn the_next_session_sees_how_views_moved() {
    let mut t = TestEnv::default();
    let mut m = started(&mut t);
    score(&mut m, &mut t, 0, "a", 2, 2);
    score(&mut m, &mut t, 1, "a", 2, 3);
    t.at("2026-12-15T10:00:00Z");
    let again = AssessmentEdit::Start { stakeholder_ids: vec!["a".into()], participants: vec![named("Lea")] };
    let undo = edit_assessment(&mut m, again, None, &mut t.env()).unwrap().unwrap();
    let lea = m.assessments[1].participants[0].id.clone();
    let edit = AssessmentEdit::Score { participant_id: lea, stakeholder_id: "a".into(), position: position(5, 5) };
    edit_assessment(&mut m, edit, None, &mut t.env()).unwrap();
    let views = views_over_time(&m, &"a".into());
    let seen: Vec<(Day, Position)> = views.iter().map(|v| (v.day, v.spread.median())).collect();
    assert_eq!(seen, [(day("2026-11-22"), position(2, 3)), (day("2026-12-15"), position(5, 5))]);
    assert_eq!(m.current_assessment().unwrap().id, m.assessments[1].id);
    edit_assessment(&mut m, undo, None, &mut t.env()).unwrap();
    assert_eq!(m.assessments.len(), 1, "discarded");
}

#[test]
fn the_turn_passes_to_whoever_has_something_left_and_a_reload_resumes_there() {
    let mut t = TestEnv::default();
    let mut m = started(&mut t);
    let ids: Vec<ParticipantId> = m.assessments[0].participants.iter().map(|p| p.id.clone()).collect();
    score(&mut m, &mut t, 0, "a", 4, 4);
    let a = &m.assessments[0];
    assert_eq!((a.left_to_score(&ids[0]), a.scored_by(&ids[0])), (Some(&"b".into()), 1));
    assert_eq!(a.resumed_turn(), Some(&ids[0]));
    // Lea passes before scoring Bo; Noor's turn goes round to Lea.
    assert_eq!(a.next_turn(&ids[0]), Some(&ids[1]));
    assert_eq!(a.next_turn(&ids[2]), Some(&ids[0]));
    for (who, whom) in [(0, "b"), (1, "a"), (1, "b")] {
        score(&mut m, &mut t, who, whom, 3, 3);
    }
    let a = &m.assessments[0];
    assert_eq!((a.resumed_turn(), a.next_turn(&ids[2])), (Some(&ids[2]), Some(&ids[2])));
    score(&mut m, &mut t, 2, "a", 1, 1);
    score(&mut m, &mut t, 2, "b", 1, 1);
    let a = &m.assessments[0];
    assert_eq!((a.resumed_turn(), a.next_turn(&ids[0]), a.left_to_score(&ids[2])), (None, None, None));
}
