//! The communication plan: defaults from the strategy (changeable), the next
//! contact per frequency, per milestone, and the overdue and this-week lists.

use super::*;
use crate::model::stakeholder::Stakeholder;
use crate::model::testing::{day, initiative, map, stakeholder};

fn contacted(mut s: Stakeholder, on: &str, frequency: Option<Frequency>) -> Stakeholder {
    s.communication.last_contact = Some(day(on));
    s.communication.frequency = frequency;
    s
}

#[test]
fn defaults_follow_the_strategy_until_chosen() {
    let mut s = stakeholder("s", "Anna", 5, 5);
    assert_eq!((s.channel(), s.frequency()), ((Channel::OneToOne, true), (Frequency::Fortnightly, true)));
    s.strategy_override = Some(Strategy::Monitor);
    assert_eq!((s.channel(), s.frequency()), ((Channel::Newsletter, true), (Frequency::Quarterly, true)));
    s.communication.channel = Some(Channel::SteeringCommittee);
    assert_eq!(s.channel(), (Channel::SteeringCommittee, false));
    assert_eq!(s.channel_label(), "Steering committee");
    assert_eq!(default_for(Strategy::KeepSatisfied), (Channel::Meeting, Frequency::Monthly));
    assert_eq!(default_for(Strategy::KeepInformed), (Channel::Email, Frequency::Monthly));
}

#[test]
fn the_next_contact_is_the_last_plus_the_frequency() {
    let cases = [
        (Frequency::Weekly, "2026-11-27"),
        (Frequency::Fortnightly, "2026-12-04"),
        (Frequency::Monthly, "2026-12-20"),
        (Frequency::Quarterly, "2027-02-20"),
    ];
    for (frequency, due) in cases {
        let s = contacted(stakeholder("s", "A", 1, 1), "2026-11-20", Some(frequency));
        assert_eq!(s.next_contact(&[]), NextContact::Due(day(due)), "{frequency:?}");
    }
    let month_end = contacted(stakeholder("s", "A", 1, 1), "2027-01-31", Some(Frequency::Monthly));
    assert_eq!(month_end.next_contact(&[]), NextContact::Due(day("2027-02-28")));
    assert_eq!(stakeholder("s", "A", 1, 1).next_contact(&[]), NextContact::FirstContact);
    assert_eq!(NextContact::FirstContact.day(day("2026-11-22")), Some(day("2026-11-22")));
}

#[test]
fn per_milestone_is_the_next_due_day_of_a_linked_initiative_not_done() {
    let mut done = initiative("i0", "o", "Done");
    (done.due, done.status) = (Some(day("2026-12-01")), InitiativeStatus::Done);
    let mut early = initiative("i1", "o", "Early");
    early.due = Some(day("2026-11-10"));
    let mut next = initiative("i2", "o", "Next");
    next.due = Some(day("2027-01-15"));
    let mut other = initiative("i3", "o", "Not linked");
    other.due = Some(day("2026-12-10"));
    let initiatives = [done, early, next, other];
    let mut s = contacted(stakeholder("s", "A", 1, 1), "2026-11-20", Some(Frequency::PerMilestone));
    s.initiative_ids = vec!["i0".into(), "i1".into(), "i2".into()];
    assert_eq!(s.next_contact(&initiatives), NextContact::Due(day("2027-01-15")));
    s.communication.last_contact = None;
    assert_eq!(s.next_contact(&initiatives), NextContact::Due(day("2026-11-10")), "never contacted: the first milestone");
    s.initiative_ids = vec!["i3x".into()];
    assert_eq!(s.next_contact(&initiatives), NextContact::NoMilestone);
}

#[test]
fn overdue_and_this_week_say_whom_to_contact_most_pressing_first() {
    let mut m = map(None);
    m.stakeholders = vec![
        contacted(stakeholder("later", "Later", 1, 1), "2026-11-20", Some(Frequency::Monthly)),
        contacted(stakeholder("friday", "Friday", 1, 1), "2026-11-20", Some(Frequency::Weekly)),
        stakeholder("new", "Never contacted", 1, 1),
        contacted(stakeholder("late", "Late", 1, 1), "2026-11-02", Some(Frequency::Weekly)),
        contacted(stakeholder("sunday", "Sunday", 1, 1), "2026-11-15", Some(Frequency::Fortnightly)),
        contacted(stakeholder("monday", "Next Monday", 1, 1), "2026-11-16", Some(Frequency::Fortnightly)),
    ];
    // 2026-11-25 is a Wednesday: the week runs to Sunday the 29th.
    let today = day("2026-11-25");
    let due = due_this_week(&m, &[], today);
    let seen: Vec<(&str, bool)> = due.iter().map(|c| (c.stakeholder_id.as_str(), c.overdue)).collect();
    assert_eq!(seen, [("late", true), ("new", false), ("friday", false), ("sunday", false)]);
    assert_eq!(overdue(&m, &[], today).len(), 1);
    assert_eq!(due_this_week(&m, &[], day("2026-11-29")).len(), 4, "on Sunday the week is that day");
}
