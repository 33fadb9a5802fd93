//! Linking a board to a plan after it was made, or unlinking it: the board
//! first remembers the departments it uses as they are now, so notes keep
//! showing their department whichever plan (or none) it belongs to next.

use super::departments::KnownDepartment;
use super::edit::BoardEdit;
use super::Board;
use crate::model::ids::PlanId;
use crate::model::plan::Department;

/// Links `board` to `plan_id` (`None` unlinks it); `departments` are those it
/// shows now. Returns the edit that puts the link and the copy back. Whether
/// the plan is here is the command's to check: the board does not see plans.
pub fn link_plan(board: &mut Board, plan_id: Option<PlanId>, departments: &[Department]) -> BoardEdit {
    let undo = BoardEdit::RestoreLink { plan_id: board.plan_id.clone(), departments: board.departments.clone() };
    board.remember_departments(departments);
    board.plan_id = plan_id;
    undo
}

/// Puts a link and the departments remembered with it back (undo).
pub fn restore_link(board: &mut Board, plan_id: Option<PlanId>, departments: Vec<KnownDepartment>) {
    board.plan_id = plan_id;
    board.departments = departments;
}

/// What linking to a plan (titled `title`, with `live` departments) leaves
/// showing from the board's own copy, in a sentence; `None` when every
/// department the board uses is in the plan.
pub fn linked_report(board: &Board, title: &str, live: &[Department]) -> Option<String> {
    let missing = board.departments_not_in(live);
    let names: Vec<String> = missing.iter().map(|d| format!("“{}”", d.name)).collect();
    let (last, rest) = names.split_last()?;
    let list = if rest.is_empty() { last.clone() } else { format!("{} and {last}", rest.join(", ")) };
    let (is, keep) = match missing.len() {
        1 => ("is not a department", "its notes keep showing it"),
        _ => ("are not departments", "their notes keep showing them"),
    };
    Some(format!("{list} {is} of “{title}”: {keep} as this board last saw it."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::board::Note;
    use crate::model::testing::{self, area, note, now};

    fn department(id: &str, name: &str) -> Department {
        Department::new(id.into(), name.into(), "blue", now())
    }

    fn board() -> Board {
        let mut board = testing::board("b", "Retro");
        board.plan_id = Some("p1".into());
        board.areas = vec![area("a", "Ideas")];
        board.notes = vec![
            Note { department_id: Some("fin".into()), ..note("n1", "a", None, "Budget") },
            Note { department_id: Some("it".into()), ..note("n2", "a", None, "Laptops") },
        ];
        board
    }

    #[test]
    fn unlinking_remembers_the_departments_and_undo_puts_everything_back() {
        let mut board = board();
        let before = board.clone();
        let undo = link_plan(&mut board, None, &[department("fin", "Finance"), department("it", "IT")]);
        assert_eq!(board.plan_id, None);
        assert_eq!(board.known_departments(None).len(), 2, "notes keep their department");
        assert_eq!(board.notes, before.notes, "notes keep their department ids");
        let BoardEdit::RestoreLink { plan_id, departments } = undo else { panic!("{undo:?}") };
        restore_link(&mut board, plan_id, departments);
        assert_eq!(board, before);
    }

    #[test]
    fn linking_to_a_plan_without_some_departments_says_which_keep_showing() {
        let mut board = board();
        link_plan(&mut board, Some("p2".into()), &[department("fin", "Finance"), department("it", "IT")]);
        assert_eq!(board.plan_id.as_deref(), Some("p2"));
        let other = [department("fin", "Finance")];
        assert_eq!(
            linked_report(&board, "Growth", &other).as_deref(),
            Some("“IT” is not a department of “Growth”: its notes keep showing it as this board last saw it.")
        );
        assert_eq!(
            linked_report(&board, "Growth", &[]).as_deref(),
            Some("“Finance” and “IT” are not departments of “Growth”: their notes keep showing them as this board last saw it.")
        );
        assert_eq!(linked_report(&board, "Growth", &[department("fin", "F"), department("it", "I")]), None);
    }
}
