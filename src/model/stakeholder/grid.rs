//! The power/interest grid's rules: scores from 1 to 5, the quadrant a
//! position falls in (4 and 5 are high, 1 to 3 low), the engagement strategy
//! the quadrant gives unless overridden, key players, and the dated history
//! of positions with "changes since a day" (old → new).

use serde::{Serialize, Serializer};

use super::{Stakeholder, StakeholderMap};
use crate::model::ids::{AssessmentId, StakeholderId};
use crate::model::keyed::Keyed;
use crate::model::time::{Day, Timestamp};

/// A power or interest score: a whole number from 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(u8);

impl Score {
    pub const MIN: Score = Score(1);
    pub const MAX: Score = Score(5);
    /// The middle of the scale, where a stakeholder without scores starts.
    pub const MIDDLE: Score = Score(3);
    /// The lowest score that counts as high. The middle (3) is not high: a
    /// stakeholder is "high power" or "high interest" only when rated above
    /// the middle, so a room unsure about someone (3) does not make them a
    /// key player, and a new stakeholder (3, 3) starts in "monitor".
    pub const HIGH_FROM: Score = Score(4);

    /// The score, if `n` is from 1 to 5.
    pub fn new(n: u8) -> Option<Score> {
        (1..=5).contains(&n).then_some(Score(n))
    }

    /// The nearest score to `n` (0 is 1, 9 is 5).
    pub fn clamped(n: i64) -> Score {
        Score(n.clamp(1, 5) as u8)
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// 4 or 5 (see [`Score::HIGH_FROM`]).
    pub fn is_high(self) -> bool {
        self >= Self::HIGH_FROM
    }

    /// One step up or down, stopping at 1 and 5 (arrow keys on the grid).
    pub fn step(self, by: i8) -> Score {
        Score::clamped(i64::from(self.0) + i64::from(by))
    }
}

impl Default for Score {
    fn default() -> Self {
        Score::MIDDLE
    }
}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.0)
    }
}

/// A place on the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub power: Score,
    pub interest: Score,
}

impl Position {
    pub fn new(power: Score, interest: Score) -> Position {
        Position { power, interest }
    }

    pub fn quadrant(self) -> Quadrant {
        match (self.power.is_high(), self.interest.is_high()) {
            (true, true) => Quadrant::KeyPlayers,
            (true, false) => Quadrant::KeepSatisfied,
            (false, true) => Quadrant::KeepInformed,
            (false, false) => Quadrant::Monitor,
        }
    }
}

/// A quarter of the grid, by high (4–5) or low (1–3) power and interest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Quadrant {
    /// High power, high interest.
    KeyPlayers,
    /// High power, low interest.
    KeepSatisfied,
    /// Low power, high interest.
    KeepInformed,
    /// Low power, low interest.
    Monitor,
}

impl Quadrant {
    /// In reading order: top right, top left, bottom right, bottom left.
    pub const ALL: [Quadrant; 4] = [Self::KeyPlayers, Self::KeepSatisfied, Self::KeepInformed, Self::Monitor];

    /// The strategy this quadrant calls for.
    pub fn strategy(self) -> Strategy {
        match self {
            Self::KeyPlayers => Strategy::ManageClosely,
            Self::KeepSatisfied => Strategy::KeepSatisfied,
            Self::KeepInformed => Strategy::KeepInformed,
            Self::Monitor => Strategy::Monitor,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::KeyPlayers => "High power, high interest",
            Self::KeepSatisfied => "High power, low interest",
            Self::KeepInformed => "Low power, high interest",
            Self::Monitor => "Low power, low interest",
        }
    }
}

/// How a stakeholder is engaged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strategy {
    ManageClosely,
    KeepSatisfied,
    KeepInformed,
    Monitor,
}

impl Keyed for Strategy {
    const ALL: &'static [Strategy] = &[Self::ManageClosely, Self::KeepSatisfied, Self::KeepInformed, Self::Monitor];

    fn key(self) -> &'static str {
        match self {
            Self::ManageClosely => "manage_closely",
            Self::KeepSatisfied => "keep_satisfied",
            Self::KeepInformed => "keep_informed",
            Self::Monitor => "monitor",
        }
    }
}

impl Strategy {
    pub fn label(self) -> &'static str {
        match self {
            Self::ManageClosely => "Manage closely",
            Self::KeepSatisfied => "Keep satisfied",
            Self::KeepInformed => "Keep informed",
            Self::Monitor => "Monitor",
        }
    }
}

/// The strategy to show for a stakeholder, and whether it is the
/// quadrant's or chosen by hand (shown as an override, with the quadrant's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StrategyShown {
    pub strategy: Strategy,
    /// What the quadrant gives.
    pub from_quadrant: Strategy,
    pub overridden: bool,
}

impl Stakeholder {
    pub fn quadrant(&self) -> Quadrant {
        self.position().quadrant()
    }

    /// High power and high interest.
    pub fn is_key_player(&self) -> bool {
        self.quadrant() == Quadrant::KeyPlayers
    }

    /// The override when there is one, else the quadrant's strategy. An
    /// override equal to the quadrant's strategy is not shown as one.
    pub fn strategy(&self) -> StrategyShown {
        let from_quadrant = self.quadrant().strategy();
        let strategy = self.strategy_override.unwrap_or(from_quadrant);
        StrategyShown { strategy, from_quadrant, overridden: strategy != from_quadrant }
    }

    /// Where they stood before `day` (their last placement dated earlier),
    /// or `None` when they were first placed on `day` or later.
    pub fn position_before(&self, day: Day) -> Option<Position> {
        self.placements.iter().rev().find(|p| p.day < day).map(Placement::position)
    }

    /// The day they last moved.
    pub fn last_moved(&self) -> Option<Day> {
        self.placements.last().map(|p| p.day)
    }
}

/// One dated position in a stakeholder's history.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Placement {
    /// The user's day it was placed on; "changes since" compares these.
    pub day: Day,
    /// The instant, to order placements of one day.
    pub at: Timestamp,
    pub power: Score,
    pub interest: Score,
    pub how: PlacementHow,
    /// Who placed it (a person or a department), when the screen knows.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub by: String,
    /// The session that settled it, for [`PlacementHow::Assessed`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessment_id: Option<AssessmentId>,
}

impl Placement {
    pub fn position(&self) -> Position {
        Position::new(self.power, self.interest)
    }
}

/// How a position was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlacementHow {
    /// When the stakeholder was added.
    #[default]
    Added,
    /// Dragged on the grid (mouse, pen or touch).
    Dragged,
    /// Moved with the arrow keys.
    Keyboard,
    /// Scores typed in the register.
    Typed,
    /// Settled after assessing together.
    Assessed,
    /// Read from a pasted list or a CSV file.
    Pasted,
}

impl Keyed for PlacementHow {
    const ALL: &'static [PlacementHow] = &[Self::Added, Self::Dragged, Self::Keyboard, Self::Typed, Self::Assessed, Self::Pasted];

    fn key(self) -> &'static str {
        match self {
            Self::Added => "added",
            Self::Dragged => "dragged",
            Self::Keyboard => "keyboard",
            Self::Typed => "typed",
            Self::Assessed => "assessed",
            Self::Pasted => "pasted",
        }
    }
}

/// A stakeholder who moved: from where they stood before the day asked
/// about (`None`: placed first since then) to where they stand now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PositionChange {
    pub stakeholder_id: StakeholderId,
    pub from: Option<Position>,
    pub to: Position,
}

impl PositionChange {
    /// Whether the move crossed into another quadrant (or is new).
    pub fn changed_quadrant(&self) -> bool {
        self.from.is_none_or(|from| from.quadrant() != self.to.quadrant())
    }
}

/// Every stakeholder whose position differs from where they stood before
/// `since` (moves on `since` itself count), in map order; those moved away
/// and back are left out. The grid draws an arrow for each.
pub fn changes_since(map: &StakeholderMap, since: Day) -> Vec<PositionChange> {
    map.stakeholders
        .iter()
        .filter_map(|s| {
            let from = s.position_before(since);
            let to = s.position();
            let moved = from != Some(to) && s.placements.iter().any(|p| p.day >= since);
            moved.then(|| PositionChange { stakeholder_id: s.id.clone(), from, to })
        })
        .collect()
}

/// The key players of a map (high power and high interest), in map order.
pub fn key_players(map: &StakeholderMap) -> impl Iterator<Item = &Stakeholder> {
    map.stakeholders.iter().filter(|s| s.is_key_player())
}

#[cfg(test)]
mod tests;
