//! A round's set-up (who votes, how many votes each, one or several per
//! note), and a new round set up like the last one: a facilitator running a
//! second round means the same room, so "New round" starts from the same
//! set-up, editable before it starts.

use super::{NewParticipant, Voting, VotingEdit};

/// What a round is started with.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundSetup {
    pub participants: Vec<NewParticipant>,
    pub votes_per_person: u32,
    pub allow_multiple_per_note: bool,
}

impl RoundSetup {
    /// Whether every participant is a department of the plan (the set-up
    /// form's "The plan's departments vote").
    pub fn departments_vote(&self) -> bool {
        !self.participants.is_empty() && self.participants.iter().all(|p| p.department_id.is_some())
    }

    /// The participants' names, one per line, as the set-up form lists them
    /// (a department, which goes by its current name, is not listed).
    pub fn names(&self) -> String {
        self.participants.iter().map(|p| p.name.as_str()).filter(|n| !n.is_empty()).collect::<Vec<_>>().join("\n")
    }

    /// The edit replacing the current round with a new one set up like this.
    pub fn new_round(self) -> VotingEdit {
        let RoundSetup { participants, votes_per_person, allow_multiple_per_note } = self;
        VotingEdit::NewRound { participants, votes_per_person, allow_multiple_per_note }
    }
}

impl Voting {
    /// The set-up of the next round: the same participants (a department by
    /// its current name), budget and settings.
    pub fn setup(&self) -> RoundSetup {
        let participants = self
            .participants
            .iter()
            .map(|p| NewParticipant {
                // An empty name takes the department's name as it is now.
                name: if p.department_id.is_some() { String::new() } else { p.name.clone() },
                department_id: p.department_id.clone(),
            })
            .collect();
        RoundSetup { participants, votes_per_person: self.votes_per_person, allow_multiple_per_note: self.allow_multiple_per_note }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::board::voting::edit_voting;
    use crate::model::board::{Board, Vote};
    use crate::model::plan::Department;
    use crate::model::testing::{self, note, TestEnv};

    fn names(voting: &Voting) -> Vec<&str> {
        voting.participants.iter().map(|p| p.name.as_str()).collect()
    }

    /// A board with two notes and a round of Ana, Bo and Cy, two votes each,
    /// several per note, revealed, four votes cast.
    fn voted_board(env: &mut TestEnv) -> Board {
        let mut board = testing::board("b", "Retro");
        board.notes = vec![note("n1", "a", None, "Wiki"), note("n2", "a", None, "Chat")];
        let people = ["Ana", "Bo", "Cy"].map(|name| NewParticipant { name: name.into(), department_id: None });
        let start = VotingEdit::Start { participants: people.to_vec(), votes_per_person: 2, allow_multiple_per_note: true };
        edit_voting(&mut board, start, &[], &mut env.env()).unwrap();
        let voting = board.voting.as_mut().unwrap();
        let [ana, bo] = [0, 1].map(|n| voting.participants[n].id.clone());
        voting.votes = [(&ana, "n1"), (&ana, "n1"), (&bo, "n2"), (&bo, "n1")].map(|(p, n)| Vote::new(p.clone(), n.into())).to_vec();
        voting.results_revealed = true;
        board
    }

    #[test]
    fn a_new_round_keeps_the_participants_budget_and_settings_and_can_be_undone() {
        let mut env = TestEnv::default();
        let mut board = voted_board(&mut env);
        let before = board.voting.clone().unwrap();
        let setup = before.setup();
        assert_eq!((setup.names().as_str(), setup.votes_per_person, setup.allow_multiple_per_note), ("Ana\nBo\nCy", 2, true));
        assert!(!setup.departments_vote());

        let undo = edit_voting(&mut board, setup.new_round(), &[], &mut env.env()).unwrap();
        let after = board.voting.clone().unwrap();
        assert_eq!(names(&after), ["Ana", "Bo", "Cy"]);
        assert_eq!((after.votes_per_person, after.allow_multiple_per_note), (2, true));
        assert!(after.votes.is_empty() && !after.results_revealed, "a new round starts with no votes, hidden");
        assert_eq!(after.resumed_turn().map(|p| p.name.as_str()), Some("Ana"), "and with the first participant");

        assert_eq!(undo, Some(VotingEdit::Restore(Some(before.clone()))));
        edit_voting(&mut board, undo.unwrap(), &[], &mut env.env()).unwrap();
        assert_eq!(board.voting, Some(before), "undo brings the last round's votes back");
    }

    #[test]
    fn departments_come_back_under_their_current_names() {
        let mut departments = vec![Department::new("d1".into(), "Finance".into(), "blue", testing::now())];
        let mut env = TestEnv::default();
        let mut board = testing::board("b", "Retro");
        let finance = NewParticipant { name: String::new(), department_id: Some("d1".into()) };
        let start = VotingEdit::Start { participants: vec![finance], votes_per_person: 3, allow_multiple_per_note: false };
        edit_voting(&mut board, start, &departments, &mut env.env()).unwrap();
        departments[0].name = "Finance & Control".into();
        let setup = board.voting.as_ref().unwrap().setup();
        assert!(setup.departments_vote());
        assert_eq!(setup.names(), "", "a department is listed under the plan's departments, not as a name");
        edit_voting(&mut board, setup.new_round(), &departments, &mut env.env()).unwrap();
        assert_eq!(names(board.voting.as_ref().unwrap()), ["Finance & Control"]);
    }
}
