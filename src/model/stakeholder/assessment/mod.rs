//! Assessing together: the facilitator picks stakeholders and participants
//! (names or departments, as in board voting); each participant's power and
//! interest scores are entered in turn on one screen (tally mode), hidden
//! until revealed; the spread per stakeholder (each score, min, median, max;
//! 2 points or more apart is flagged) is what the room talks about; the
//! facilitator settles each position (the median unless chosen). Sessions
//! are kept with their scores, who gave them and the day, so the next one
//! sees how views moved.

mod edit;
#[cfg(test)]
mod tests;
mod turn;

pub use edit::{edit_assessment, AssessmentEdit, AssessmentError};

use serde::Serialize;
use serde_json::{Map, Value};

use super::grid::{Position, Score};
use super::StakeholderMap;
use crate::model::board::Participant;
use crate::model::ids::{AssessmentId, ParticipantId, StakeholderId};
use crate::model::time::{Day, Timestamp};

/// One session of assessing stakeholders together.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub id: AssessmentId,
    /// The user's day it was held on.
    pub day: Day,
    /// Who is assessed, in the order they are scored.
    pub stakeholder_ids: Vec<StakeholderId>,
    /// Who scores: people by name, or departments of the linked plan.
    pub participants: Vec<Participant>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<AssessmentScore>,
    /// Scores are hidden on screen until revealed.
    #[serde(skip_serializing_if = "is_false")]
    pub revealed: bool,
    /// The positions the facilitator settled on.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub settled: Vec<Settled>,
    pub started_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One participant's scores for one stakeholder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssessmentScore {
    pub participant_id: ParticipantId,
    pub stakeholder_id: StakeholderId,
    pub power: Score,
    pub interest: Score,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The position settled for a stakeholder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Settled {
    pub stakeholder_id: StakeholderId,
    pub power: Score,
    pub interest: Score,
    /// The medians of the scores, rather than a position chosen by the room.
    #[serde(skip_serializing_if = "is_false")]
    pub median: bool,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl AssessmentScore {
    pub fn position(&self) -> Position {
        Position::new(self.power, self.interest)
    }
}

impl Settled {
    pub fn position(&self) -> Position {
        Position::new(self.power, self.interest)
    }
}

/// Lowest, middle and highest of some scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    pub min: Score,
    /// The middle score; of an even number of scores, the mean of the two
    /// middle ones rounded up (2 and 3 give 3).
    pub median: Score,
    pub max: Score,
}

impl Stats {
    /// The stats of some scores, `None` when there are none.
    pub fn of(scores: impl IntoIterator<Item = Score>) -> Option<Stats> {
        let mut sorted: Vec<u8> = scores.into_iter().map(Score::get).collect();
        sorted.sort_unstable();
        let (min, max) = (*sorted.first()?, *sorted.last()?);
        let n = sorted.len();
        let median = if n % 2 == 1 { sorted[n / 2] } else { (sorted[n / 2 - 1] + sorted[n / 2]).div_ceil(2) };
        Some(Stats { min: Score::clamped(min.into()), median: Score::clamped(median.into()), max: Score::clamped(max.into()) })
    }

    /// How many points apart the lowest and the highest are.
    pub fn range(self) -> u8 {
        self.max.get() - self.min.get()
    }
}

/// How far apart scores must be for the room to talk it through.
pub const WIDE_SPREAD: u8 = 2;

/// What a session's participants said about one stakeholder.
#[derive(Debug, Clone, PartialEq)]
pub struct Spread {
    pub stakeholder_id: StakeholderId,
    /// Each participant's scores, in participant order (one dot each on the grid).
    pub scores: Vec<(ParticipantId, Position)>,
    pub power: Stats,
    pub interest: Stats,
}

impl Spread {
    /// Power or interest 2 points or more apart: a conversation to have.
    pub fn wide(&self) -> bool {
        self.power.range() >= WIDE_SPREAD || self.interest.range() >= WIDE_SPREAD
    }

    /// Where the medians put them: the position settled by default.
    pub fn median(&self) -> Position {
        Position::new(self.power.median, self.interest.median)
    }
}

impl Assessment {
    pub fn participant(&self, id: &ParticipantId) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == *id)
    }

    /// A participant's scores for a stakeholder.
    pub fn score(&self, participant_id: &ParticipantId, stakeholder_id: &StakeholderId) -> Option<&AssessmentScore> {
        self.scores.iter().find(|s| s.participant_id == *participant_id && s.stakeholder_id == *stakeholder_id)
    }

    /// The spread of one stakeholder's scores, `None` before anyone scored them.
    pub fn spread(&self, stakeholder_id: &StakeholderId) -> Option<Spread> {
        let scores: Vec<(ParticipantId, Position)> = self
            .participants
            .iter()
            .filter_map(|p| self.score(&p.id, stakeholder_id).map(|s| (p.id.clone(), s.position())))
            .collect();
        let power = Stats::of(scores.iter().map(|(_, p)| p.power))?;
        let interest = Stats::of(scores.iter().map(|(_, p)| p.interest))?;
        Some(Spread { stakeholder_id: stakeholder_id.clone(), scores, power, interest })
    }

    /// Every scored stakeholder's spread, in the session's order. The screen
    /// shows them only once [`Assessment::revealed`].
    pub fn spreads(&self) -> Vec<Spread> {
        self.stakeholder_ids.iter().filter_map(|id| self.spread(id)).collect()
    }

    /// Whose turn it is in tally mode, and for whom: the first participant
    /// with a stakeholder left to score, and that stakeholder.
    pub fn next_to_score(&self) -> Option<(&ParticipantId, &StakeholderId)> {
        self.participants
            .iter()
            .flat_map(|p| self.stakeholder_ids.iter().map(move |s| (&p.id, s)))
            .find(|(p, s)| self.score(p, s).is_none())
    }

    /// Scores entered, of how many there will be.
    pub fn progress(&self) -> (usize, usize) {
        (self.scores.len(), self.participants.len() * self.stakeholder_ids.len())
    }

    pub fn settled_for(&self, stakeholder_id: &StakeholderId) -> Option<&Settled> {
        self.settled.iter().find(|s| s.stakeholder_id == *stakeholder_id)
    }
}

/// One session's view of a stakeholder, for "how views moved".
#[derive(Debug, Clone, PartialEq)]
pub struct PastView {
    pub assessment_id: AssessmentId,
    pub day: Day,
    pub spread: Spread,
    pub settled: Option<Position>,
}

/// What each session that scored a stakeholder said, oldest first.
pub fn views_over_time(map: &StakeholderMap, stakeholder_id: &StakeholderId) -> Vec<PastView> {
    map.assessments
        .iter()
        .filter_map(|a| {
            let spread = a.spread(stakeholder_id)?;
            let settled = a.settled_for(stakeholder_id).map(Settled::position);
            Some(PastView { assessment_id: a.id.clone(), day: a.day, spread, settled })
        })
        .collect()
}
