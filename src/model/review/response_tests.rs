//! Tests of response files: what a merge brings, says and refuses.

use super::response::*;
use super::Comment;
use crate::model::approval::{SignOff, Source};
use crate::model::hash::{canonical_substance, plan_hash};
use crate::model::ids::RoundId;
use crate::model::plan::Plan;
use crate::model::review::signature::KeyCheck;
use crate::model::approval::SignOffState;
use crate::model::example::example_plan;
use crate::model::ids::{DepartmentId, SequentialIds};
use crate::model::testing::{approval_round, comment, now, sign_off};

/// The liaison's plan with an open round, and Finance's copy of it.
fn plan_and_finance_copy() -> (Plan, Plan, DepartmentId) {
    let mut plan = example_plan(&mut SequentialIds::default(), now());
    let finance = plan.departments[1].id.clone();
    let mut round = approval_round("r1", &plan_hash(&plan), &[finance.as_str()]);
    round.substance = Some(canonical_substance(&plan));
    plan.approval_rounds.push(round);
    (plan.clone(), plan, finance)
}

fn finance_reviews(copy: &mut Plan, finance: &DepartmentId) -> Response {
    let hash = plan_hash(copy);
    copy.comments.push(Comment {
        department_id: Some(finance.clone()),
        by: "Sofia".into(),
        round_id: Some("r1".into()),
        plan_hash: hash.clone(),
        ..comment("c1", "Budget line looks right.")
    });
    let approved = SignOff { by: "Sofia".into(), ..sign_off("s1", finance.as_str(), SignOffState::Approved, &hash) };
    copy.approval_rounds[0].sign_offs.push(approved);
    // As checked before merging: signed with the key Finance used before.
    Response { checked: KeyCheck::Known, ..build_response(copy, &"r1".into(), finance, "Sofia", now()).unwrap() }
}

#[test]
fn a_response_merges_its_sign_off_and_comments_and_nothing_else() {
    let (mut plan, mut copy, finance) = plan_and_finance_copy();
    copy.vision = "Changed by the reviewer, not part of the response".into();
    let hash_before = plan_hash(&plan);
    copy.vision = plan.vision.clone();
    let response = finance_reviews(&mut copy, &finance);
    let said = merge_response(&mut plan, &response, now()).unwrap().unwrap();
    assert!(said.contains("Finance: approved") && said.contains("1 comment"), "{said}");
    assert_eq!(plan.comments.len(), 1);
    assert_eq!(plan_hash(&plan), hash_before);
    assert_eq!(plan.approval_rounds[0].state(&hash_before), crate::model::approval::RoundState::Approved);
}

#[test]
fn merging_the_same_response_twice_changes_nothing() {
    let (mut plan, mut copy, finance) = plan_and_finance_copy();
    let response = finance_reviews(&mut copy, &finance);
    merge_response(&mut plan, &response, now()).unwrap();
    let once = plan.clone();
    assert_eq!(merge_response(&mut plan, &response, now()).unwrap(), None);
    assert_eq!(plan, once);
}

#[test]
fn a_response_for_an_older_version_is_stale() {
    let (mut plan, mut copy, finance) = plan_and_finance_copy();
    let response = finance_reviews(&mut copy, &finance);
    plan.horizon.end = Some("2028-06-30".into());
    let said = merge_response(&mut plan, &response, now()).unwrap().unwrap();
    assert!(said.contains("for an older version of the plan, so it does not count"), "{said}");
    let positions = plan.approval_rounds[0].positions(&plan_hash(&plan), Some(crate::model::testing::day("2026-11-22")));
    assert!(positions[0].stale);
}

#[test]
fn the_message_names_the_department_the_response_applies_to() {
    let (mut plan, mut copy, finance) = plan_and_finance_copy();
    let mut response = finance_reviews(&mut copy, &finance);
    response.department_name = "IT".into();
    let said = merge_response(&mut plan, &response, now()).unwrap().unwrap();
    assert!(said.starts_with("Finance: approved"), "{said}");
    assert_eq!(plan.approval_rounds[0].sign_offs[0].source, Source::Response { key: KeyCheck::Known });
}

#[test]
fn an_approval_of_an_edited_copy_is_of_a_version_never_seen_here() {
    let (mut plan, mut copy, finance) = plan_and_finance_copy();
    copy.vision = "Finance's own wording".into();
    let response = finance_reviews(&mut copy, &finance);
    let said = merge_response(&mut plan, &response, now()).unwrap().unwrap();
    assert!(said.contains("approved a version you have never seen"), "{said}");
    let version = plan.approval_rounds[0].sign_offs[0].substance.as_ref().expect("the response carries the version it approved");
    let differs = crate::model::approval::versions::compare(plan.approval_rounds[0].substance.as_ref().unwrap(), version);
    assert_eq!(differs.len(), 1);
    assert!(differs[0].summary().starts_with("Vision: "), "{differs:?}");
    assert!(plan.approval_rounds[0].positions(&plan_hash(&plan), None)[0].stale);
}

#[test]
fn comments_written_here_under_someone_else_are_named_before_export() {
    let (_, mut copy, finance) = plan_and_finance_copy();
    let response = finance_reviews(&mut copy, &finance);
    assert_eq!(response.comments.len(), 1);
    let round_id = RoundId::from("r1");
    assert!(left_out(&copy, &round_id, &finance, now()).is_empty());
    copy.comments.push(Comment { round_id: Some(round_id.clone()), objection: true, ..comment("c2", "Too early") });
    let missed: Vec<&str> = left_out(&copy, &round_id, &finance, now()).iter().map(|c| c.text.as_str()).collect();
    assert_eq!(missed, vec!["Too early"]);
    // Written before the review file was opened here: not this reviewer's.
    assert!(left_out(&copy, &round_id, &finance, "2026-12-01T00:00:00Z".into()).is_empty());
}

#[test]
fn an_unsigned_response_or_a_new_key_is_said_and_does_not_count() {
    for (check, said_part) in [(KeyCheck::Unsigned, "unsigned response"), (KeyCheck::Changed, "new key")] {
        let (mut plan, mut copy, finance) = plan_and_finance_copy();
        let response = Response { checked: check, ..finance_reviews(&mut copy, &finance) };
        let said = merge_response(&mut plan, &response, now()).unwrap().unwrap();
        assert!(said.contains(said_part) && said.contains("does not count"), "{said}");
        let hash = plan_hash(&plan);
        assert_ne!(plan.approval_rounds[0].state(&hash), crate::model::approval::RoundState::Approved);
    }
}

#[test]
fn a_decision_reusing_an_id_with_other_content_is_ignored_and_said() {
    let (mut plan, mut copy, finance) = plan_and_finance_copy();
    let response = finance_reviews(&mut copy, &finance);
    merge_response(&mut plan, &response, now()).unwrap();
    let mut reused = response;
    reused.sign_off.as_mut().unwrap().state = SignOffState::Rejected;
    let said = merge_response(&mut plan, &reused, now()).unwrap().unwrap();
    assert!(said.contains("says something else, so it was ignored"), "{said}");
    assert_eq!(plan.approval_rounds[0].sign_offs.len(), 1);
}

#[test]
fn a_response_speaks_only_for_its_department() {
    let (mut plan, mut copy, finance) = plan_and_finance_copy();
    let mut response = finance_reviews(&mut copy, &finance);
    let it = plan.departments[2].id.clone();
    response.sign_off.as_mut().unwrap().department_id = it.clone();
    response.comments[0].department_id = Some(it);
    merge_response(&mut plan, &response, now()).unwrap();
    assert_eq!(plan.approval_rounds[0].sign_offs[0].department_id, finance);
    assert_eq!(plan.comments[0].department_id.as_deref(), Some(finance.as_str()));
}

#[test]
fn unknown_rounds_and_departments_are_refused() {
    let (mut plan, mut copy, finance) = plan_and_finance_copy();
    let response = finance_reviews(&mut copy, &finance);
    let before = plan.clone();
    let mut wrong_round = response.clone();
    wrong_round.round_id = "elsewhere".into();
    assert!(matches!(merge_response(&mut plan, &wrong_round, now()), Err(ResponseError::UnknownRound { .. })));
    let mut stranger = response;
    stranger.department_id = "nobody".into();
    assert!(matches!(merge_response(&mut plan, &stranger, now()), Err(ResponseError::UnknownDepartment { .. })));
    assert_eq!(plan, before);
}

#[test]
fn responses_merged_out_of_order_keep_the_latest_decision() {
    let (mut plan, mut copy, finance) = plan_and_finance_copy();
    let approved = finance_reviews(&mut copy, &finance);
    let mut earlier = approved.clone();
    let sign_off = earlier.sign_off.as_mut().unwrap();
    (sign_off.id, sign_off.state, sign_off.at) = ("s0".into(), SignOffState::ChangesRequested, "2026-11-21T09:00:00.000Z".into());
    merge_response(&mut plan, &approved, now()).unwrap();
    let said = merge_response(&mut plan, &earlier, now()).unwrap().unwrap();
    assert_eq!(said, "Finance's earlier “changes requested” was added to the round's history; their later “approved” stands");
    let hash = plan_hash(&plan);
    assert_eq!(plan.approval_rounds[0].state(&hash), crate::model::approval::RoundState::Approved);
}

#[test]
fn a_department_editing_its_comment_keeps_the_liaisons_resolution() {
    let (mut plan, mut copy, finance) = plan_and_finance_copy();
    let response = finance_reviews(&mut copy, &finance);
    merge_response(&mut plan, &response, now()).unwrap();
    plan.comments[0].objection = true;
    plan.comments[0].resolved_at = Some("2026-11-23T09:00:00.000Z".into());
    plan.comments[0].resolution = "Moved to Q2".into();
    let mut edited = response;
    edited.comments[0].text = "Budget line looks right, mostly.".into();
    edited.comments[0].updated_at = "2026-11-24T09:00:00.000Z".into();
    merge_response(&mut plan, &edited, now()).unwrap();
    assert_eq!(plan.comments[0].text, "Budget line looks right, mostly.");
    assert_eq!(plan.comments[0].resolution, "Moved to Q2");
}
