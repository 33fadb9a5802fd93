//! Promotion through the one write path, as the board's "To plan" dialog runs it.

use std::ops::{Deref, DerefMut};

use super::test_workspace::TestWorkspace;
use super::*;
use crate::model::board::edit::{BoardEdit, NewNote};
use crate::model::board::voting::{NewParticipant, VotingEdit};
use crate::model::ids::{BoardId, ClusterId, DepartmentId, NoteId, PlanId};
use crate::model::promote::{promoted_from, short_title, PromoteError, PromoteInto, TITLE_CHARS};
use crate::model::provenance::BoardItem;
use crate::model::{Plan, PlanEdit};

use crate::model::testing::now;

/// A workspace with a plan and a board of it; the workspace's own `ws` and
/// `apply` are the room's.
struct Room {
    app: TestWorkspace,
    plan: PlanId,
    board: BoardId,
}

impl Deref for Room {
    type Target = TestWorkspace;

    fn deref(&self) -> &TestWorkspace {
        &self.app
    }
}

impl DerefMut for Room {
    fn deref_mut(&mut self) -> &mut TestWorkspace {
        &mut self.app
    }
}

impl Room {
    /// A plan with Finance, IT and one objective; a SWOT board of that plan.
    fn new() -> Self {
        let mut app = TestWorkspace::default();
        let plan = app.create(Command::Create { kind: DocumentKind::Plan, title: Some("Service 2027".into()), plan_id: None }).into();
        let mut room = Room { app, plan, board: BoardId::default() };
        for name in ["Finance", "IT"] {
            room.edit_plan(PlanEdit::AddDepartment { name: name.into() });
        }
        let plan_id = room.plan.clone();
        room.app.apply(Command::EditStructure { plan_id, edit: StructureEdit::AddObjective { title: "Faster replies".into() } }).unwrap();
        let board = Command::CreateBoard { title: Some("Kick-off".into()), template: Template::Swot, plan_id: Some(room.plan.clone()) };
        room.board = room.app.create(board).into();
        room
    }

    fn edit_plan(&mut self, edit: PlanEdit) {
        self.app.apply(Command::EditPlan { plan_id: self.plan.clone(), edit }).unwrap();
    }

    fn edit_board(&mut self, edit: BoardEdit) {
        self.app.apply(Command::EditBoard { board_id: self.board.clone(), edit }).unwrap();
    }

    fn vote(&mut self, edit: VotingEdit) {
        self.app.apply(Command::EditVoting { board_id: self.board.clone(), edit }).unwrap();
    }

    fn plan(&self) -> &Plan {
        self.ws.plan(&self.plan).unwrap()
    }

    fn department(&self, name: &str) -> DepartmentId {
        self.plan().departments.iter().find(|d| d.name == name).unwrap().id.clone()
    }

    fn add(&mut self, text: &str, department: Option<&str>) -> NoteId {
        let area_id = self.ws.boards[0].areas[0].id.clone();
        let department_id = department.map(|d| self.department(d));
        self.edit_board(BoardEdit::AddNote(NewNote { area_id, text: text.into(), department_id, ..NewNote::default() }));
        self.ws.boards[0].notes.last().unwrap().id.clone()
    }

    fn promote(&mut self, item: BoardItem, item_id: &str, into: PromoteInto) -> Result<Outcome, CommandError> {
        let p = Promotion { board_id: self.board.clone(), item, item_id: item_id.into(), plan_id: self.plan.clone(), into };
        self.app.apply(Command::Promote(p))
    }

    /// Two notes grouped as "Tools", 3 + 1 votes from Ana, revealed.
    fn voted_group(&mut self) -> ClusterId {
        let wiki = self.add("Shared wiki", Some("IT"));
        let chat = self.add("One chat tool", Some("Finance"));
        self.edit_board(BoardEdit::Group { note_ids: vec![wiki.clone(), chat.clone()], title: "Tools".into() });
        let participants = vec![NewParticipant { name: "Ana".into(), department_id: None }];
        self.vote(VotingEdit::Start { participants, votes_per_person: 5, allow_multiple_per_note: true });
        let ana = self.ws.boards[0].voting.as_ref().unwrap().participants[0].id.clone();
        for note in [&wiki, &wiki, &wiki, &chat] {
            self.vote(VotingEdit::Cast { participant_id: ana.clone(), note_id: note.clone() });
        }
        self.vote(VotingEdit::Reveal(true));
        self.ws.boards[0].clusters[0].id.clone()
    }
}

#[test]
fn a_note_becomes_an_objective_that_points_back_to_its_board() {
    let mut room = Room::new();
    let note = room.add("Answer every citizen within a day", Some("IT"));
    let outcome = room.promote(BoardItem::Note, &note, PromoteInto::Objective).unwrap();
    assert_eq!(outcome.report, ["“Answer every citizen within a day” is now an objective of “Service 2027”."]);
    let objective = room.plan().objectives.last().unwrap();
    assert_eq!(objective.title, "Answer every citizen within a day");
    assert_eq!(objective.description, "");
    assert_eq!(objective.owner_department, Some(room.department("IT")));
    let origin = objective.origin.as_ref().unwrap();
    assert_eq!((origin.board_id.as_str(), origin.board_title.as_str()), (room.board.as_str(), "Kick-off"));
    assert_eq!((origin.item, origin.item_id.as_str(), origin.votes), (BoardItem::Note, note.as_str(), None));
    assert_eq!(room.plan().updated_at, now());
    let found = promoted_from(&room.ws, &room.board);
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].item_id.as_str(), found[0].kind.noun(), found[0].kind.section()), (note.as_str(), "objective", "objectives"));
}

#[test]
fn a_voted_group_becomes_an_initiative_with_its_votes_and_departments() {
    let mut room = Room::new();
    let cluster = room.voted_group();
    let objective_id = room.plan().objectives[0].id.clone();
    room.promote(BoardItem::Cluster, &cluster, PromoteInto::Initiative { objective_id: objective_id.clone() }).unwrap();
    let initiative = room.plan().initiatives.last().unwrap().clone();
    assert_eq!(initiative.title, "Tools");
    assert_eq!(initiative.objective_id, objective_id);
    assert_eq!(initiative.description, "- Shared wiki (3 votes)\n- One chat tool (1 vote)");
    assert_eq!(initiative.lead_department, None, "two departments: neither leads");
    assert_eq!(initiative.contributing_departments, [room.department("IT"), room.department("Finance")]);
    assert_eq!(initiative.origin.as_ref().unwrap().votes, Some(4));
    assert_eq!(initiative.origin.as_ref().unwrap().item, BoardItem::Cluster);
}

#[test]
fn a_group_becomes_a_decision_with_its_notes_as_options_or_a_lesson() {
    let mut room = Room::new();
    let cluster = room.voted_group();
    room.promote(BoardItem::Cluster, &cluster, PromoteInto::Decision).unwrap();
    let decision = room.plan().decisions[0].clone();
    assert_eq!((decision.title.as_str(), decision.date.text().as_str()), ("Tools", "2026-11-22"));
    assert_eq!(decision.options, ["Shared wiki", "One chat tool"]);
    assert_eq!(decision.departments.len(), 2);
    room.promote(BoardItem::Cluster, &cluster, PromoteInto::Lesson).unwrap();
    let lesson = &room.plan().lessons[0];
    assert_eq!(lesson.what_happened, "Tools: Shared wiki (3 votes); One chat tool (1 vote)");
    assert_eq!(lesson.origin.as_ref().unwrap().votes, Some(4));
    let kinds: Vec<_> = promoted_from(&room.ws, &room.board).iter().map(|p| (p.kind.noun(), p.title.clone())).collect();
    assert_eq!(kinds, [("decision", "Tools".to_string()), ("lesson", lesson.what_happened.clone())]);
}

#[test]
fn hidden_results_are_not_copied_and_a_long_note_keeps_its_whole_text() {
    let mut room = Room::new();
    let cluster = room.voted_group();
    room.vote(VotingEdit::Reveal(false));
    room.promote(BoardItem::Cluster, &cluster, PromoteInto::Objective).unwrap();
    let objective = room.plan().objectives.last().unwrap();
    assert_eq!(objective.origin.as_ref().unwrap().votes, None, "votes stay hidden until revealed");
    assert_eq!(objective.description, "- Shared wiki\n- One chat tool");
    let long = format!("{} end\nsecond line", "word ".repeat(40));
    let note = room.add(&long, None);
    room.promote(BoardItem::Note, &note, PromoteInto::Lesson).unwrap();
    room.promote(BoardItem::Note, &note, PromoteInto::Objective).unwrap();
    let objective = room.plan().objectives.last().unwrap();
    assert!(objective.title.ends_with('…') && objective.title.chars().count() <= TITLE_CHARS + 1, "{}", objective.title);
    assert_eq!(objective.description, long.trim());
    assert_eq!(room.plan().lessons[0].what_happened, format!("{} end second line", "word ".repeat(40).trim()), "a lesson is one line");
}

#[test]
fn refuses_what_is_gone_and_undo_takes_the_new_item_out_again() {
    let mut room = Room::new();
    let note = room.add("Weekly report", None);
    let before = room.plan().clone();
    let into = PromoteInto::Initiative { objective_id: "gone".into() };
    assert_eq!(room.promote(BoardItem::Note, &note, into), Err(CommandError::Promote(PromoteError::ObjectiveNotFound)));
    assert_eq!(room.promote(BoardItem::Note, "gone", PromoteInto::Lesson), Err(CommandError::Promote(PromoteError::NoteNotFound)));
    assert_eq!(room.promote(BoardItem::Cluster, "gone", PromoteInto::Lesson), Err(CommandError::Promote(PromoteError::ClusterNotFound)));
    let mut wrong_plan = Promotion { board_id: room.board.clone(), item: BoardItem::Note, item_id: note.to_string(), plan_id: "gone".into(), into: PromoteInto::Decision };
    assert_eq!(room.apply(Command::Promote(wrong_plan.clone())), Err(CommandError::Promote(PromoteError::PlanNotFound)));
    wrong_plan.board_id = "gone".into();
    wrong_plan.plan_id = room.plan.clone();
    assert_eq!(room.apply(Command::Promote(wrong_plan)), Err(CommandError::Promote(PromoteError::BoardNotFound)));
    assert_eq!(room.plan(), &before, "a refused promotion leaves the plan as it was");
    for into in [PromoteInto::Objective, PromoteInto::Decision, PromoteInto::Lesson] {
        let undo = room.promote(BoardItem::Note, &note, into).unwrap().undo.unwrap();
        room.apply(*undo).unwrap();
        let plan = room.plan();
        assert_eq!((plan.objectives.len(), plan.decisions.len(), plan.lessons.len()), (1, 0, 0));
    }
    assert_eq!(room.ws.boards[0].notes.len(), 1, "the board keeps its note");
}

#[test]
fn a_group_lesson_is_one_line_that_keeps_each_note_whole() {
    let mut room = Room::new();
    let a = room.add("- dashes stay\nand lines join", None);
    let b = room.add("Второй пункт", None);
    room.edit_board(BoardEdit::Group { note_ids: vec![a, b], title: "Уроки".into() });
    let cluster = room.ws.boards[0].clusters[0].id.clone();
    room.promote(BoardItem::Cluster, &cluster, PromoteInto::Lesson).unwrap();
    assert_eq!(room.plan().lessons[0].what_happened, "Уроки: - dashes stay and lines join; Второй пункт");
    let cyrillic = format!("{} конец", "слово ".repeat(30));
    assert_eq!(short_title(&cyrillic).chars().count(), "слово ".repeat(20).trim_end().chars().count() + 1, "cut at a word, counted in characters");
}
