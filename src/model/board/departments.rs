//! What a board knows of the departments its notes, lanes and voters use: a
//! copy of each one's name and colour, taken from its plan whenever the board
//! is edited while the plan is here (and on export). A board file opened where
//! its plan is absent, or a board unlinked from its plan, still shows each
//! note's department; where the plan is here, its live departments win.

use std::collections::BTreeSet;

use serde::Serialize;

use super::Board;
use crate::model::ids::DepartmentId;
use crate::model::plan::Department;

/// A department as the board last saw it in its plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KnownDepartment {
    pub id: DepartmentId,
    pub name: String,
    /// A palette colour name (see [`crate::model::palette`]).
    pub colour: String,
}

impl KnownDepartment {
    /// The board's copy of a plan department.
    pub fn of(department: &Department) -> Self {
        KnownDepartment { id: department.id.clone(), name: department.name.clone(), colour: department.colour.clone() }
    }
}

impl Board {
    /// Every department id the board uses, in the order met: lanes, the
    /// department for new notes, notes, then voters.
    pub fn departments_used(&self) -> Vec<&DepartmentId> {
        let lanes = self.areas.iter().filter_map(|a| a.department_id.as_ref());
        let notes = self.notes.iter().filter_map(|n| n.department_id.as_ref());
        let voters = self.voting.iter().flat_map(|v| v.participants.iter().filter_map(|p| p.department_id.as_ref()));
        let mut seen = BTreeSet::new();
        lanes.chain(self.note_department.as_ref()).chain(notes).chain(voters).filter(|id| seen.insert(*id)).collect()
    }

    /// Takes a fresh copy of the departments the board uses from `live` (its
    /// plan's): a department the plan no longer has keeps its last copy, and
    /// one the board no longer uses is forgotten.
    pub fn remember_departments(&mut self, live: &[Department]) {
        let remembered: Vec<KnownDepartment> = self
            .departments_used()
            .into_iter()
            .filter_map(|id| match live.iter().find(|d| d.id == *id) {
                Some(department) => Some(KnownDepartment::of(department)),
                None => self.departments.iter().find(|d| d.id == *id).cloned(),
            })
            .collect();
        self.departments = remembered;
    }

    /// The departments this board can show and tag notes with: its plan's
    /// (`live`, when the plan is here) in the plan's order, then those the
    /// board remembers that the plan does not have.
    pub fn known_departments(&self, live: Option<&[Department]>) -> Vec<Department> {
        let live = live.unwrap_or_default();
        let remembered = self.not_in(live).map(|d| Department::new(d.id.clone(), d.name.clone(), &d.colour, self.updated_at));
        live.iter().cloned().chain(remembered).collect()
    }

    /// The departments the board remembers that `live` (a plan's) does not
    /// have: their notes keep showing them from the board's copy.
    pub fn departments_not_in<'a>(&'a self, live: &'a [Department]) -> Vec<&'a KnownDepartment> {
        self.not_in(live).collect()
    }

    fn not_in<'a>(&'a self, live: &'a [Department]) -> impl Iterator<Item = &'a KnownDepartment> + 'a {
        self.departments.iter().filter(move |d| !live.iter().any(|l| l.id == d.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::board::{Note, Participant, Voting};
    use crate::model::testing::{self, area, note, now};

    fn department(id: &str, name: &str, colour: &str) -> Department {
        Department::new(id.into(), name.into(), colour, now())
    }

    /// A lane of Finance, a note of IT, a note of Legal, a voter for HR.
    fn board() -> Board {
        let mut board = testing::board("b", "Lanes");
        board.areas = vec![crate::model::board::Area { department_id: Some("fin".into()), ..area("a", "Finance") }];
        board.notes = vec![
            Note { department_id: Some("it".into()), ..note("n1", "a", None, "Laptops") },
            Note { department_id: Some("legal".into()), ..note("n2", "a", None, "Contracts") },
            note("n3", "a", None, "Untagged"),
        ];
        let hr = Participant { department_id: Some("hr".into()), ..Participant::named("p".into(), "HR".into()) };
        board.voting = Some(Voting::new(vec![hr], 3, false, now()));
        board
    }

    fn names(departments: &[Department]) -> Vec<&str> {
        departments.iter().map(|d| d.name.as_str()).collect()
    }

    #[test]
    fn the_board_remembers_the_departments_it_uses_as_its_plan_has_them() {
        let mut board = board();
        let plan = [department("fin", "Finance", "orange"), department("it", "IT", "blue"), department("hr", "HR", "yellow"), department("ops", "Ops", "grey")];
        board.remember_departments(&plan);
        let ids: Vec<&str> = board.departments.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["fin", "it", "hr"], "Legal is in no plan and was never seen; Ops is not used");
        assert_eq!(board.departments[1], KnownDepartment { id: "it".into(), name: "IT".into(), colour: "blue".into() });
    }

    #[test]
    fn without_its_plan_the_board_shows_what_it_remembers() {
        let mut board = board();
        board.remember_departments(&[department("fin", "Finance", "orange"), department("it", "IT", "blue")]);
        let shown = board.known_departments(None);
        assert_eq!(names(&shown), ["Finance", "IT"]);
        let it = board.notes[0].clone();
        assert_eq!(Board::note_tag(&it, &shown).map(|(name, colour)| (name, colour.name)), Some(("IT".into(), "blue")));
    }

    #[test]
    fn the_plans_live_departments_win_and_the_rest_keep_their_copy() {
        let mut board = board();
        board.remember_departments(&[department("fin", "Finance", "orange"), department("it", "IT", "blue")]);
        // IT renamed in the plan; Finance removed from it.
        let plan = [department("it", "Technology", "sky-blue"), department("ops", "Ops", "grey")];
        assert_eq!(names(&board.known_departments(Some(&plan))), ["Technology", "Ops", "Finance"]);
        let missing: Vec<&str> = board.departments_not_in(&plan).iter().map(|d| d.name.as_str()).collect();
        assert_eq!(missing, ["Finance"]);
        board.remember_departments(&plan);
        let kept: Vec<(&str, &str)> = board.departments.iter().map(|d| (d.name.as_str(), d.colour.as_str())).collect();
        assert_eq!(kept, [("Finance", "orange"), ("Technology", "sky-blue")], "a lost department keeps its last copy");
    }

    #[test]
    fn a_department_no_longer_used_is_forgotten() {
        let mut board = board();
        let plan = [department("fin", "Finance", "orange"), department("it", "IT", "blue")];
        board.remember_departments(&plan);
        board.notes[0].department_id = None;
        board.areas[0].department_id = None;
        board.remember_departments(&plan);
        assert!(board.departments.is_empty(), "{:?}", board.departments);
    }
}
