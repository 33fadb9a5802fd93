//! The grid's rules: quadrant boundaries (3 is low, 4 is high), the default
//! strategy and its override, key players, history and "changes since".

use super::*;
use crate::model::testing::{day, map, placement, position, stakeholder};

#[test]
fn four_and_five_are_high_and_three_is_low() {
    assert_eq!(Score::new(0), None);
    assert_eq!(Score::new(6), None);
    assert!(!Score::new(3).unwrap().is_high());
    assert!(Score::new(4).unwrap().is_high());
    assert_eq!((Score::clamped(-2).get(), Score::clamped(9).get()), (1, 5));
    assert_eq!((Score::MAX.step(1).get(), Score::MIN.step(-1).get(), Score::MIDDLE.step(1).get()), (5, 1, 4));
}

#[test]
fn each_quadrant_at_its_boundaries_gives_its_strategy() {
    let cases = [
        ((4, 4), Quadrant::KeyPlayers, Strategy::ManageClosely),
        ((5, 5), Quadrant::KeyPlayers, Strategy::ManageClosely),
        ((4, 3), Quadrant::KeepSatisfied, Strategy::KeepSatisfied),
        ((5, 1), Quadrant::KeepSatisfied, Strategy::KeepSatisfied),
        ((3, 4), Quadrant::KeepInformed, Strategy::KeepInformed),
        ((1, 5), Quadrant::KeepInformed, Strategy::KeepInformed),
        ((3, 3), Quadrant::Monitor, Strategy::Monitor),
        ((1, 1), Quadrant::Monitor, Strategy::Monitor),
    ];
    for ((power, interest), quadrant, strategy) in cases {
        let at = position(power, interest);
        assert_eq!(at.quadrant(), quadrant, "{power}/{interest}");
        assert_eq!(at.quadrant().strategy(), strategy, "{power}/{interest}");
    }
    assert_eq!(Position::default().quadrant(), Quadrant::Monitor, "a new stakeholder starts in the middle, which is not high");
}

#[test]
fn an_override_shows_as_one_unless_it_is_the_quadrants_own() {
    let mut s = stakeholder("s", "Anna", 5, 2);
    assert_eq!(s.strategy(), StrategyShown { strategy: Strategy::KeepSatisfied, from_quadrant: Strategy::KeepSatisfied, overridden: false });
    s.strategy_override = Some(Strategy::ManageClosely);
    assert_eq!(s.strategy(), StrategyShown { strategy: Strategy::ManageClosely, from_quadrant: Strategy::KeepSatisfied, overridden: true });
    s.strategy_override = Some(Strategy::KeepSatisfied);
    assert!(!s.strategy().overridden);
    assert!(!s.is_key_player(), "an override does not move anyone on the grid");
}

#[test]
fn key_players_are_high_on_both_axes() {
    let mut m = map(None);
    m.stakeholders = vec![stakeholder("a", "A", 4, 4), stakeholder("b", "B", 5, 3), stakeholder("c", "C", 3, 5), stakeholder("d", "D", 5, 5)];
    assert_eq!(grid_key_players(&m), ["a", "d"]);
}

fn grid_key_players(m: &StakeholderMap) -> Vec<&str> {
    key_players(m).map(|s| s.id.as_str()).collect()
}

#[test]
fn changes_since_a_day_go_from_the_position_before_it_to_the_current_one() {
    let mut m = map(None);
    // Moved twice after the day: one arrow from before to now.
    let mut moved = stakeholder("moved", "Moved", 2, 2);
    moved.placements.extend([placement("2026-11-10", 3, 4), placement("2026-11-12", 5, 4)]);
    (moved.power, moved.interest) = (Score::new(5).unwrap(), Score::new(4).unwrap());
    // Moved on the day itself: counts.
    let mut on_the_day = stakeholder("on", "On the day", 1, 1);
    on_the_day.placements.push(placement("2026-11-10", 1, 2));
    on_the_day.interest = Score::new(2).unwrap();
    // Moved away and back: no arrow.
    let mut back = stakeholder("back", "Back", 3, 3);
    back.placements.extend([placement("2026-11-11", 5, 5), placement("2026-11-12", 3, 3)]);
    // Moved before the day only: no arrow.
    let mut before = stakeholder("before", "Before", 1, 1);
    before.placements.push(placement("2026-11-05", 4, 4));
    (before.power, before.interest) = (Score::new(4).unwrap(), Score::new(4).unwrap());
    // Added after the day: new, from nowhere.
    let mut new = stakeholder("new", "New", 2, 5);
    new.placements = vec![placement("2026-11-15", 2, 5)];
    m.stakeholders = vec![moved, on_the_day, back, before, new];

    let changes = changes_since(&m, day("2026-11-10"));
    let seen: Vec<(&str, Option<Position>, Position)> = changes.iter().map(|c| (c.stakeholder_id.as_str(), c.from, c.to)).collect();
    assert_eq!(seen, [
        ("moved", Some(position(2, 2)), position(5, 4)),
        ("on", Some(position(1, 1)), position(1, 2)),
        ("new", None, position(2, 5)),
    ]);
    assert!(changes[0].changed_quadrant() && !changes[1].changed_quadrant() && changes[2].changed_quadrant());
    assert_eq!(m.stakeholders[0].last_moved(), Some(day("2026-11-12")));
    assert!(changes_since(&m, day("2026-11-16")).is_empty());
}
