//! Whose turn it is in tally mode (one participant after another on one
//! screen). The turn is not stored: a page opening on a round under way works
//! it out from the votes already cast, so a reload carries on where the room
//! was instead of going back to the first participant.

use super::{Participant, Voting};
use crate::model::ids::ParticipantId;

/// What the voting bar says about the turn.
#[derive(Debug, Clone, PartialEq)]
pub enum Turn<'a> {
    /// This participant votes now; `left` is what remains of their budget.
    Of { participant: &'a Participant, left: u32 },
    /// Every participant has used all their votes: the results can be revealed.
    EveryoneHasVoted,
    /// Each participant has had their turn, but some kept votes unused.
    EveryoneHasHadATurn { unused: Vec<(&'a Participant, u32)> },
}

impl Voting {
    /// Whether every participant has used their whole budget.
    pub fn everyone_has_voted(&self) -> bool {
        self.participants.iter().all(|p| self.remaining(&p.id) == 0)
    }

    /// Whose turn it is when a page opens on this round: the participant who
    /// cast the last vote while they have votes left, else the next one after
    /// them, in order, who still has votes; nobody once the last participant
    /// is done. A participant the facilitator skipped (someone who left, or
    /// kept a vote) is not called back: the room goes on from where it was.
    pub fn resumed_turn(&self) -> Option<&Participant> {
        let from = match self.votes.last() {
            Some(last) => self.participants.iter().position(|p| p.id == last.participant_id).unwrap_or(0),
            None => 0,
        };
        self.first_with_votes_from(from)
    }

    /// Whose turn follows `current`: the next participant, in order, who still
    /// has votes (someone whose votes were corrected out of turn is passed
    /// over); `None` after the last one.
    pub fn next_turn(&self, current: &ParticipantId) -> Option<&Participant> {
        let at = self.participants.iter().position(|p| p.id == *current)?;
        self.first_with_votes_from(at + 1)
    }

    /// The turn as the screen shows it, `chosen` being whose turn the
    /// facilitator is on (`None` once the last participant is done).
    pub fn turn(&self, chosen: Option<&ParticipantId>) -> Turn<'_> {
        if self.everyone_has_voted() {
            return Turn::EveryoneHasVoted;
        }
        match chosen.and_then(|id| self.participant(id)) {
            Some(participant) => Turn::Of { participant, left: self.remaining(&participant.id) },
            None => Turn::EveryoneHasHadATurn {
                unused: self.participants.iter().map(|p| (p, self.remaining(&p.id))).filter(|&(_, left)| left > 0).collect(),
            },
        }
    }

    fn first_with_votes_from(&self, from: usize) -> Option<&Participant> {
        self.participants.iter().skip(from).find(|p| self.remaining(&p.id) > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::board::Vote;
    use crate::model::testing::now;

    /// Ana, Bo and Cy with `budget` votes each, and the votes cast so far.
    fn round(budget: u32, votes: &[(&str, &str)]) -> Voting {
        let people = ["Ana", "Bo", "Cy"].map(|n| Participant::named(n.to_lowercase().as_str().into(), n.into()));
        let mut voting = Voting::new(people.to_vec(), budget, true, now());
        voting.votes = votes.iter().map(|&(p, n)| Vote::new(p.into(), n.into())).collect();
        voting
    }

    fn name(p: Option<&Participant>) -> Option<&str> {
        p.map(|p| p.name.as_str())
    }

    #[test]
    fn a_reload_resumes_the_turn_from_the_stored_votes() {
        assert_eq!(name(round(2, &[]).resumed_turn()), Some("Ana"), "a fresh round starts with the first");
        assert_eq!(name(round(2, &[("ana", "n1")]).resumed_turn()), Some("Ana"), "mid-turn stays with her");
        assert_eq!(name(round(2, &[("ana", "n1"), ("ana", "n2")]).resumed_turn()), Some("Bo"), "her budget used: the next one");
        // Ana kept a vote and the facilitator moved on: Bo voted last, so the
        // room carries on after Bo rather than going back to Ana.
        let skipped = round(2, &[("ana", "n1"), ("bo", "n1"), ("bo", "n2")]);
        assert_eq!(name(skipped.resumed_turn()), Some("Cy"));
        assert_eq!(name(round(2, &[("ana", "n1"), ("bo", "n1"), ("cy", "n2")]).resumed_turn()), Some("Cy"));
    }

    #[test]
    fn after_the_last_participant_everyone_has_voted() {
        let all = [("ana", "n1"), ("bo", "n1"), ("cy", "n2")];
        let done = round(1, &all);
        assert!(done.everyone_has_voted());
        assert_eq!(done.resumed_turn(), None, "nobody's turn after a reload");
        assert_eq!(done.next_turn(&"cy".into()), None);
        assert_eq!(done.turn(Some(&"cy".into())), Turn::EveryoneHasVoted, "not Cy's turn with nothing left");
        assert_eq!(done.turn(None), Turn::EveryoneHasVoted);
        // The last participant kept a vote: their turn is over, and the screen says who kept what.
        let kept = round(2, &[("ana", "n1"), ("ana", "n2"), ("bo", "n1"), ("bo", "n2"), ("cy", "n3")]);
        assert!(!kept.everyone_has_voted());
        assert_eq!(kept.next_turn(&"cy".into()), None, "no turn for nobody after the last");
        let cy = kept.participant(&"cy".into()).unwrap();
        assert_eq!(kept.turn(None), Turn::EveryoneHasHadATurn { unused: vec![(cy, 1)] });
        assert_eq!(kept.turn(Some(&"cy".into())), Turn::Of { participant: cy, left: 1 });
    }

    #[test]
    fn the_next_turn_passes_over_whoever_has_already_voted() {
        // Bo voted early (a correction out of turn): after Ana comes Cy.
        let voting = round(1, &[("bo", "n1")]);
        assert_eq!(name(voting.next_turn(&"ana".into())), Some("Cy"));
        assert_eq!(voting.next_turn(&"ghost".into()), None);
    }
}
