//! Whose turn it is in tally mode: the participant on screen scores the
//! session's stakeholders in order; "Next participant" passes to the next one
//! with something left to score, going round; a reload resumes at the first
//! participant with something left, worked out from the scores.

use super::Assessment;
use crate::model::ids::{ParticipantId, StakeholderId};

impl Assessment {
    /// The first stakeholder `participant` has yet to score, in the session's order.
    pub fn left_to_score(&self, participant: &ParticipantId) -> Option<&StakeholderId> {
        self.stakeholder_ids.iter().find(|s| self.score(participant, s).is_none())
    }

    /// How many of the session's stakeholders `participant` has scored.
    pub fn scored_by(&self, participant: &ParticipantId) -> usize {
        self.stakeholder_ids.iter().filter(|s| self.score(participant, s).is_some()).count()
    }

    /// Whose turn follows `after`'s: the next participant in order with
    /// something left to score, going round (`after` last); `None` once
    /// everyone has scored everyone.
    pub fn next_turn(&self, after: &ParticipantId) -> Option<&ParticipantId> {
        let at = self.participants.iter().position(|p| p.id == *after).map_or(0, |i| i + 1);
        let n = self.participants.len();
        (0..n).map(|k| &self.participants[(at + k) % n].id).find(|p| self.left_to_score(p).is_some())
    }

    /// Whose turn it is when the screen opens on the session (after a reload).
    pub fn resumed_turn(&self) -> Option<&ParticipantId> {
        self.next_to_score().map(|(p, _)| p)
    }
}
