//! Plan ties: key players of an initiative whose department is not asked
//! in the round under way, or who are outside parties; blockers and critics
//! of initiatives as risks.

use super::*;
use crate::model::testing::{approval_round, map, plan_with_roles, stakeholder};

fn linked(id: &str, name: &str, power: u8, interest: u8) -> Stakeholder {
    let mut s = stakeholder(id, name, power, interest);
    s.initiative_ids = vec!["i1".into()];
    s
}

#[test]
fn key_players_nobody_asks_are_warned_about_once_a_round_is_open() {
    let mut plan = plan_with_roles();
    let (cs, finance, it) = (plan.departments[0].id.clone(), plan.departments[1].id.clone(), plan.departments[2].id.clone());
    let mut m = map(Some(plan.id.as_str()));
    let mut asked = linked("asked", "Asked", 5, 5);
    asked.department_id = Some(cs.clone());
    let mut not_asked = linked("it", "Ines", 4, 4);
    not_asked.department_id = Some(it.clone());
    let mut outside = linked("reg", "Regulator", 5, 4);
    outside.organisation = "Agency".into();
    let mut not_key = linked("low", "Low", 3, 5);
    not_key.department_id = Some(it.clone());
    let unlinked = stakeholder("free", "Free", 5, 5);
    let mut gone = stakeholder("gone", "Gone", 5, 5);
    gone.initiative_ids = vec!["i-removed".into()];
    m.stakeholders = vec![asked, not_asked, outside, not_key, unlinked, gone];
    let maps = [m, map(None)];
    assert!(unasked_key_players(&maps, &plan).is_empty(), "no round, nothing to ask");

    plan.approval_rounds.push(approval_round("r1", "h", &[cs.as_str(), finance.as_str()]));
    let warned = unasked_key_players(&maps, &plan);
    let seen: Vec<(&str, &Unasked)> = warned.iter().map(|w| (w.stakeholder_id.as_str(), &w.why)).collect();
    assert_eq!(seen, [("it", &Unasked::Department(it.clone())), ("reg", &Unasked::Outside { organisation: "Agency".into() })]);
    assert_eq!(warned[0].initiative_ids, ["i1".into()] as [InitiativeId; 1]);
    assert_eq!(warned[0].sentence(&plan), "Ines is a key player for “Shared inbox”, but IT is not asked to sign off this round.");
    assert!(warned[1].sentence(&plan).starts_with("Regulator (Agency) is a key player for “Shared inbox” from outside the plan"));
}

#[test]
fn blockers_then_critics_of_initiatives_are_risks() {
    let plan = plan_with_roles();
    let mut m = map(Some(plan.id.as_str()));
    let with = |id: &str, attitude| Stakeholder { attitude, ..linked(id, id, 2, 2) };
    let mut not_linked = stakeholder("x", "x", 1, 1);
    not_linked.attitude = Attitude::Blocker;
    m.stakeholders = vec![with("critic", Attitude::Critic), with("fan", Attitude::Champion), with("blocker", Attitude::Blocker), not_linked];
    let mut elsewhere = map(Some("other-plan"));
    elsewhere.stakeholders = vec![with("other", Attitude::Blocker)];
    let risks = stakeholder_risks(&[m, elsewhere], &plan);
    let seen: Vec<(&str, Attitude)> = risks.iter().map(|r| (r.stakeholder_id.as_str(), r.attitude)).collect();
    assert_eq!(seen, [("blocker", Attitude::Blocker), ("critic", Attitude::Critic)]);
}
