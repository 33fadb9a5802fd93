//! The words an import shows for each part of a document that differs: one
//! test per part of a plan, a board and a stakeholder map, each changed alone.

use serde_json::json;

use super::differences;
use crate::format::restore;
use crate::model::board::Vote;
use crate::model::testing::at;
use crate::model::{Board, Document, Plan, PlanStatus, StakeholderMap, Timestamp, Workspace};

fn fixture(text: &str) -> Workspace {
    restore(text).unwrap().workspace
}

/// A plan with something in every part: the tracking fixture's logs, the
/// comments fixture's comments and the alignment fixture's department
/// objectives and information needs.
fn rich_plan() -> Plan {
    let mut plan = fixture(include_str!("../../../tests/fixtures/plan-tracking-v1.liaison.json")).plans.remove(0);
    let commented = fixture(include_str!("../../../tests/fixtures/comments-v1.liaison.json")).plans.remove(0);
    let aligned = fixture(include_str!("../../../tests/fixtures/plan-alignment-v1.liaison.json")).plans.remove(0);
    plan.comments = commented.comments;
    (plan.department_objectives, plan.information_needs) = (aligned.department_objectives, aligned.information_needs);
    plan
}

/// A board with areas, groups, notes, voting and a timer.
fn rich_board() -> Board {
    fixture(include_str!("../../../tests/fixtures/board-v1.liaison.json")).boards.remove(0)
}

fn stakeholder_map() -> StakeholderMap {
    fixture(include_str!("../../../tests/fixtures/full-v1.liaison.json")).stakeholder_maps.remove(0)
}

/// A later time, as an edit would leave.
fn later() -> Timestamp {
    at("2026-12-01T09:00:00.000Z")
}

/// What the import would say about the rich plan changed by `change`.
fn plan_after(change: impl FnOnce(&mut Plan)) -> Vec<String> {
    let mine = rich_plan();
    let mut theirs = mine.clone();
    change(&mut theirs);
    differences(&Document::Plan(mine), &Document::Plan(theirs))
}

fn board_after(change: impl FnOnce(&mut Board)) -> Vec<String> {
    let mine = rich_board();
    let mut theirs = mine.clone();
    change(&mut theirs);
    differences(&Document::Board(mine), &Document::Board(theirs))
}

fn map_after(change: impl FnOnce(&mut StakeholderMap)) -> Vec<String> {
    let mine = stakeholder_map();
    let mut theirs = mine.clone();
    change(&mut theirs);
    differences(&Document::StakeholderMap(mine), &Document::StakeholderMap(theirs))
}

#[test]
fn a_plan_differing_only_in_one_decision_says_1_decision() {
    let said = plan_after(|p| {
        p.decisions[1].rationale = "Cheaper, and ready this week.".into();
        p.updated_at = later();
    });
    assert_eq!(said, ["1 decision"]);
}

#[test]
fn each_log_of_a_plan_is_named_with_how_many_entries_differ() {
    assert_eq!(plan_after(|p| p.comments.clear()), ["2 comments"]);
    assert_eq!(plan_after(|p| p.updates[0].text = "Live in IT.".into()), ["1 update"]);
    assert_eq!(plan_after(|p| p.lessons.truncate(0)), ["2 lessons learned"]);
    assert_eq!(plan_after(|p| p.lessons[1].applied = false), ["1 lesson learned"]);
}

#[test]
fn department_objectives_and_information_needs_are_named() {
    assert_eq!(plan_after(|p| p.department_objectives[0].title = "Fewer refunds".into()), ["1 department objective"]);
    assert_eq!(plan_after(|p| p.information_needs[0].agreed = !p.information_needs[0].agreed), ["1 information need"]);
}

#[test]
fn the_plan_s_own_fields_and_structure_are_named() {
    assert_eq!(plan_after(|p| p.title = "Service 2028".into()), ["title"]);
    assert_eq!(plan_after(|p| p.vision.clear()), ["vision"]);
    assert_eq!(plan_after(|p| p.horizon.end = None), ["horizon"]);
    assert_eq!(plan_after(|p| p.status = PlanStatus::Closed), ["status"]);
    assert_eq!(plan_after(|p| p.departments[2].name = "Sales".into()), ["1 department"]);
    assert_eq!(plan_after(|p| drop(p.objectives.remove(2))), ["1 objective"]);
    assert_eq!(plan_after(|p| p.initiatives[0].progress = 50), ["1 initiative"]);
    assert_eq!(plan_after(|p| p.approval_rounds.clear()), ["1 approval round"]);
    assert_eq!(plan_after(|p| drop(p.extra.insert("sponsor".into(), json!("Board")))), ["other content"]);
}

#[test]
fn items_in_another_order_are_named_without_a_count() {
    assert_eq!(plan_after(|p| p.objectives.reverse()), ["the order of objectives"]);
}

#[test]
fn several_parts_are_named_in_the_order_of_the_plan() {
    let said = plan_after(|p| {
        p.lessons.pop();
        p.vision = "Answer within the hour.".into();
        p.decisions.clear();
        p.comments[0].text = "Agreed.".into();
    });
    assert_eq!(said, ["vision", "1 comment", "2 decisions", "1 lesson learned"]);
}

#[test]
fn the_times_are_named_only_when_nothing_else_differs() {
    assert_eq!(plan_after(|p| p.updated_at = later()), ["only when it was last saved"]);
    assert_eq!(plan_after(|p| p.created_at = later()), ["only when it was created"]);
    assert_eq!(plan_after(|p| (p.created_at, p.updated_at) = (later(), later())), ["only when it was created and last saved"]);
    assert_eq!(board_after(|b| b.updated_at = later()), ["only when it was last saved"]);
    assert_eq!(map_after(|m| m.updated_at = later()), ["only when it was last saved"]);
}

#[test]
fn identical_documents_have_no_differences() {
    assert!(plan_after(|_| {}).is_empty());
    assert!(board_after(|_| {}).is_empty());
}

#[test]
fn a_board_differing_only_in_a_vote_says_1_vote() {
    assert_eq!(board_after(|b| b.voting.as_mut().unwrap().votes.push(Vote::new("v-it".into(), "n-2".into()))), ["1 vote"]);
    // Moving a dot takes it off one note and puts it on another.
    assert_eq!(board_after(|b| b.voting.as_mut().unwrap().votes[2].note_id = "n-1".into()), ["2 votes"]);
    // The order dots were cast in is not a difference a user sees, but it is one.
    assert_eq!(board_after(|b| b.voting.as_mut().unwrap().votes.reverse()), ["the order of votes"]);
}

#[test]
fn every_part_of_a_voting_round_is_named() {
    let voting = |change: fn(&mut crate::model::board::Voting)| board_after(|b| change(b.voting.as_mut().unwrap()));
    assert_eq!(voting(|v| v.participants[0].name = "María".into()), ["1 voter"]);
    assert_eq!(voting(|v| v.votes_per_person = 5), ["voting rules"]);
    assert_eq!(voting(|v| v.allow_multiple_per_note = false), ["voting rules"]);
    assert_eq!(voting(|v| v.results_revealed = false), ["whether the results are revealed"]);
    assert_eq!(voting(|v| v.started_at = at("2026-11-22T11:00:00.000Z")), ["when voting started"]);
    assert_eq!(voting(|v| drop(v.extra.insert("round".into(), json!(2)))), ["other voting content"]);
    assert_eq!(board_after(|b| b.voting = None), ["voting"]);
}

#[test]
fn every_other_part_of_a_board_is_named() {
    assert_eq!(board_after(|b| b.title = "SWOT, again".into()), ["title"]);
    assert_eq!(board_after(|b| b.plan_id = None), ["which plan it belongs to"]);
    assert_eq!(board_after(|b| b.columns = 4), ["number of columns"]);
    assert_eq!(board_after(|b| b.texts_hidden = false), ["whether note texts are hidden"]);
    assert_eq!(board_after(|b| b.areas[3].title = "Risks".into()), ["1 area"]);
    assert_eq!(board_after(|b| b.clusters[0].collapsed = !b.clusters[0].collapsed), ["1 group"]);
    assert_eq!(board_after(|b| b.notes[0].text = "Cheaper hosting".into()), ["1 note"]);
    assert_eq!(board_after(|b| b.timer = None), ["timer"]);
    assert_eq!(board_after(|b| drop(b.extra.insert("theme".into(), json!("dark")))), ["other content"]);
}

#[test]
fn every_part_of_a_stakeholder_map_is_named() {
    assert_eq!(map_after(|m| m.title = "Who cares".into()), ["title"]);
    assert_eq!(map_after(|m| m.plan_id = None), ["which plan it belongs to"]);
    assert_eq!(map_after(|m| drop(m.extra.insert("stakeholders".into(), json!([{ "name": "CFO" }])))), ["other content"]);
}
