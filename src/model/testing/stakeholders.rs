//! Stakeholder maps and stakeholders with only what identifies them; a test
//! sets the fields it is about.

use super::{day, now};
use crate::model::stakeholder::{Placement, PlacementHow, Position, Score, Stakeholder, StakeholderMap};

/// An empty map `m` linked to `plan_id`, if given.
pub fn map(plan_id: Option<&str>) -> StakeholderMap {
    StakeholderMap::new("m".into(), "Who cares".into(), plan_id.map(Into::into), now())
}

/// A stakeholder `id` called `name`, at (`power`, `interest`), placed there on 2026-11-01.
pub fn stakeholder(id: &str, name: &str, power: u8, interest: u8) -> Stakeholder {
    let at = position(power, interest);
    Stakeholder {
        id: id.into(),
        name: name.into(),
        kind: Default::default(),
        role: String::new(),
        department_id: None,
        organisation: String::new(),
        contact: String::new(),
        power: at.power,
        interest: at.interest,
        attitude: Default::default(),
        notes: String::new(),
        tags: Vec::new(),
        initiative_ids: Vec::new(),
        owner_department_id: None,
        strategy_override: None,
        placements: vec![placement("2026-11-01", power, interest)],
        communication: Default::default(),
        created_at: now(),
        updated_at: now(),
        extra: Default::default(),
    }
}

/// A position; a test gives scores from 1 to 5.
pub fn position(power: u8, interest: u8) -> Position {
    let score = |n| Score::new(n).unwrap_or_else(|| panic!("a test gave {n} as a score"));
    Position::new(score(power), score(interest))
}

/// A placement at (`power`, `interest`) on `on`, at noon UTC.
pub fn placement(on: &str, power: u8, interest: u8) -> Placement {
    let at = position(power, interest);
    Placement {
        day: day(on),
        at: super::at(&format!("{on}T12:00:00Z")),
        power: at.power,
        interest: at.interest,
        how: PlacementHow::Dragged,
        by: String::new(),
        assessment_id: None,
    }
}
