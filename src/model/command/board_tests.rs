//! The board rules through the one write path (`apply`), as the UI calls them.

use std::ops::{Deref, DerefMut};

use super::test_workspace::TestWorkspace;
use crate::model::board::edit::NewNote;
use crate::model::board::moves::Nudge;
use crate::model::board::voting::{clusters_by_votes, notes_by_votes, NewParticipant, VotingEdit};
use crate::model::board::{Board, BoardEdit, BoardError, Template, Timer, VotingError};
use crate::model::ids::{AreaId, BoardId, ClusterId, NoteId, PlanId};
use crate::model::{Command, CommandError, DocRef, DocumentKind, Outcome, PlanEdit};

/// A board edit or a voting edit, as the board page runs them.
enum Edit {
    Board(BoardEdit),
    Voting(VotingEdit),
}

impl From<BoardEdit> for Edit {
    fn from(edit: BoardEdit) -> Self {
        Edit::Board(edit)
    }
}

impl From<VotingEdit> for Edit {
    fn from(edit: VotingEdit) -> Self {
        Edit::Voting(edit)
    }
}

/// A workspace with one board, "Retro", edited as the board page edits it;
/// the workspace's own `ws` and `apply` are the room's.
struct Room {
    app: TestWorkspace,
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
    fn new(template: Template) -> Self {
        let mut app = TestWorkspace::default();
        let board = app.create(Command::CreateBoard { title: Some("Retro".into()), template, plan_id: None }).into();
        Room { app, board }
    }

    fn run(&mut self, edit: impl Into<Edit>) -> Result<Outcome, CommandError> {
        let board_id = self.board.clone();
        let command = match edit.into() {
            Edit::Board(edit) => Command::EditBoard { board_id, edit },
            Edit::Voting(edit) => Command::EditVoting { board_id, edit },
        };
        self.app.apply(command)
    }

    fn board(&self) -> &Board {
        self.ws.board(&self.board).unwrap()
    }

    fn area(&self, n: usize) -> AreaId {
        self.board().areas[n].id.clone()
    }

    fn add(&mut self, area: usize, text: &str) -> NoteId {
        let area_id = self.area(area);
        self.run(BoardEdit::AddNote(NewNote { area_id, text: text.into(), ..NewNote::default() })).unwrap();
        self.board().notes.last().unwrap().id.clone()
    }

    /// Note texts of one area's loose notes, in order.
    fn texts(&self, area: usize) -> Vec<String> {
        let id = self.area(area);
        self.board().loose_notes(&id).map(|n| n.text.clone()).collect()
    }

    fn cluster_texts(&self, cluster: &ClusterId) -> Vec<String> {
        self.board().notes_in_cluster(cluster).map(|n| n.text.clone()).collect()
    }
}

#[test]
fn creates_a_board_from_a_template_and_keeps_plain_create_working() {
    let room = Room::new(Template::Swot);
    assert_eq!(room.board().columns, 2);
    assert_eq!(room.board().areas.len(), 4);
    let mut app = TestWorkspace::default();
    let plain = Command::Create { kind: DocumentKind::Board, title: None, plan_id: None };
    let id = app.create(plain);
    assert!(app.ws.boards[0].areas.is_empty() && app.ws.boards[0].id.as_str() == id);
    let lanes = Command::CreateBoard { title: None, template: Template::DepartmentLanes, plan_id: None };
    assert_eq!(app.apply(lanes), Err(CommandError::Board(BoardError::TemplateNeedsDepartments)));
    let plan_id = PlanId::from(app.create(Command::Create { kind: DocumentKind::Plan, title: None, plan_id: None }));
    for name in ["Finance", "IT"] {
        let add = PlanEdit::AddDepartment { name: name.into() };
        app.apply(Command::EditPlan { plan_id: plan_id.clone(), edit: add }).unwrap();
    }
    let lanes = Command::CreateBoard { title: None, template: Template::DepartmentLanes, plan_id: Some(plan_id) };
    let board = app.create(lanes);
    let board = app.ws.boards.iter().find(|b| b.id.as_str() == board).unwrap();
    assert_eq!(board.title, "One lane per department — Untitled plan", "named after its template and plan");
    assert_eq!(board.areas.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(), ["Finance", "IT"]);
}

#[test]
fn areas_are_added_renamed_reordered_and_removed_only_when_empty() {
    let mut room = Room::new(Template::StartStopContinue);
    room.run(BoardEdit::AddArea { title: " Questions ".into() }).unwrap();
    assert_eq!(room.board().areas[3].title, "Questions");
    assert_eq!(room.run(BoardEdit::AddArea { title: " ".into() }), Err(CommandError::Board(BoardError::Value(crate::model::values::ValueError::EmptyTitle))));
    let start = room.area(0);
    room.run(BoardEdit::RenameArea { area_id: start.clone(), title: "Begin".into() }).unwrap();
    room.run(BoardEdit::MoveArea { area_id: start.clone(), index: 99 }).unwrap();
    let titles: Vec<_> = room.board().areas.iter().map(|a| a.title.clone()).collect();
    assert_eq!(titles, ["Stop", "Continue", "Questions", "Begin"]);
    room.add(3, "Pairing");
    let err = room.run(BoardEdit::RemoveArea { area_id: start.clone() }).unwrap_err();
    assert_eq!(err.to_string(), "“Begin” still holds 1 note: move or delete them before removing the area.");
    let empty = room.area(0);
    let undo = room.run(BoardEdit::RemoveArea { area_id: empty }).unwrap().undo.unwrap();
    assert_eq!(room.board().areas.len(), 3);
    room.apply(*undo).unwrap();
    assert_eq!(room.board().areas[0].title, "Stop");
}

#[test]
fn notes_refuse_empty_and_overlong_text_and_delete_with_undo() {
    let mut room = Room::new(Template::Blank);
    let area_id = room.area(0);
    let empty = NewNote { area_id: area_id.clone(), text: "  \n ".into(), ..NewNote::default() };
    assert_eq!(room.run(BoardEdit::AddNote(empty)), Err(CommandError::Board(BoardError::EmptyNote)));
    let long = NewNote { area_id: area_id.clone(), text: "word ".repeat(2000), ..NewNote::default() };
    assert_eq!(room.run(BoardEdit::AddNote(long)), Err(CommandError::Board(BoardError::NoteTooLong { chars: 9999 })));
    let longest = "x".repeat(crate::model::board::edit::MAX_NOTE_CHARS);
    room.add(0, &longest);
    assert_eq!(room.board().notes[0].text, longest);
    let (a, b, c) = (room.add(0, "A"), room.add(0, "B"), room.add(0, "C"));
    room.run(BoardEdit::EditNoteText { note_id: b.clone(), text: "Bee".into() }).unwrap();
    assert_eq!(room.run(BoardEdit::EditNoteText { note_id: b.clone(), text: "".into() }), Err(CommandError::Board(BoardError::EmptyNote)));
    let undo = room.run(BoardEdit::DeleteNote { note_id: b.clone() }).unwrap().undo.unwrap();
    assert!(room.board().note(&b).is_none());
    room.run(BoardEdit::EditNoteText { note_id: c.clone(), text: "Sea".into() }).unwrap();
    room.apply(*undo).unwrap();
    assert_eq!(room.texts(0)[1..], ["A", "Bee", "Sea"], "back at its place, later edits kept");
    // Undo after its area went: it comes back in the first area.
    room.run(BoardEdit::AddArea { title: "Later".into() }).unwrap();
    let later = room.area(1);
    room.run(BoardEdit::MoveNote { note_id: a.clone(), area_id: later.clone(), cluster_id: None, index: 0 }).unwrap();
    let undo = room.run(BoardEdit::DeleteNote { note_id: a.clone() }).unwrap().undo.unwrap();
    room.run(BoardEdit::RemoveArea { area_id: later }).unwrap();
    room.apply(*undo).unwrap();
    assert_eq!(room.board().note(&a).unwrap().area_id, room.area(0));
}

#[test]
fn notes_take_a_plan_department_or_a_free_label_with_a_palette_colour() {
    let mut room = Room::new(Template::Blank);
    let area_id = room.area(0);
    let tagged = NewNote {
        area_id: area_id.clone(),
        text: "Faster invoices".into(),
        label: Some(" Ops ".into()),
        colour: Some("orange".into()),
        author: Some("  ".into()),
        ..NewNote::default()
    };
    room.run(BoardEdit::AddNote(tagged)).unwrap();
    let note = &room.board().notes[0];
    assert_eq!((note.label.as_deref(), note.colour.as_deref(), note.author.as_deref()), (Some("Ops"), Some("orange"), None));
    let bad = NewNote { area_id: area_id.clone(), text: "x".into(), colour: Some("pink".into()), ..NewNote::default() };
    assert_eq!(room.run(BoardEdit::AddNote(bad)), Err(CommandError::Board(BoardError::UnknownColour("pink".into()))));
    let no_plan = NewNote { area_id, text: "x".into(), department_id: Some("d-1".into()), ..NewNote::default() };
    assert_eq!(room.run(BoardEdit::AddNote(no_plan)), Err(CommandError::Board(BoardError::DepartmentNotFound("d-1".into()))));
}

#[test]
fn moves_notes_within_and_between_areas_with_clamped_indices() {
    let mut room = Room::new(Template::NowNextLater);
    let [a, b, c] = ["A", "B", "C"].map(|t| room.add(0, t));
    room.add(1, "X");
    let now_area = room.area(0);
    let next_area = room.area(1);
    let move_to = |note: &NoteId, area: &str, index| BoardEdit::MoveNote {
        note_id: note.clone(), area_id: area.into(), cluster_id: None, index,
    };
    room.run(move_to(&c, now_area.as_str(), 0)).unwrap();
    assert_eq!(room.texts(0), ["C", "A", "B"]);
    room.run(move_to(&c, now_area.as_str(), 1)).unwrap();
    assert_eq!(room.texts(0), ["A", "C", "B"]);
    room.run(move_to(&a, now_area.as_str(), 500)).unwrap();
    assert_eq!(room.texts(0), ["C", "B", "A"]);
    room.run(move_to(&b, next_area.as_str(), 0)).unwrap();
    assert_eq!((room.texts(0), room.texts(1)), (vec!["C".to_string(), "A".into()], vec!["B".to_string(), "X".into()]));
    room.run(move_to(&b, room.area(2).as_str(), 7)).unwrap();
    assert_eq!(room.texts(2), ["B"]);
    assert!(room.run(move_to(&b, "nowhere", 0)).is_err());
}

#[test]
fn keyboard_moves_step_within_the_area_and_across_areas() {
    let mut room = Room::new(Template::NowNextLater);
    let [a, b] = ["A", "B"].map(|t| room.add(0, t));
    room.add(1, "X");
    let nudge = |note: &NoteId, nudge| BoardEdit::NudgeNote { note_id: note.clone(), nudge };
    room.run(nudge(&b, Nudge::Up)).unwrap();
    assert_eq!(room.texts(0), ["B", "A"]);
    room.run(nudge(&b, Nudge::Up)).unwrap();
    assert_eq!(room.texts(0), ["B", "A"], "the top stays the top");
    room.run(nudge(&b, Nudge::Down)).unwrap();
    assert_eq!(room.texts(0), ["A", "B"]);
    room.run(nudge(&a, Nudge::NextArea)).unwrap();
    assert_eq!(room.texts(1), ["X", "A"]);
    room.run(nudge(&a, Nudge::PreviousArea)).unwrap();
    room.run(nudge(&a, Nudge::PreviousArea)).unwrap();
    assert_eq!(room.texts(0), ["B", "A"]);
}

#[test]
fn groups_notes_into_a_cluster_collapses_moves_and_ungroups_with_undo() {
    let mut room = Room::new(Template::NowNextLater);
    let [a, b] = ["A", "B"].map(|t| room.add(0, t));
    let x = room.add(1, "X");
    assert_eq!(room.run(BoardEdit::Group { note_ids: vec![], title: "T".into() }), Err(CommandError::Board(BoardError::NothingToGroup)));
    assert_eq!(room.run(BoardEdit::Group { note_ids: vec![a.clone()], title: " ".into() }), Err(CommandError::Board(BoardError::Value(crate::model::values::ValueError::EmptyTitle))));
    room.run(BoardEdit::Group { note_ids: vec![a.clone()], title: "Tools".into() }).unwrap();
    let cluster = room.board().clusters[0].clone();
    assert_eq!(cluster.area_id, room.area(0));
    // A note dragged into the group joins its area.
    room.run(BoardEdit::MoveNote { note_id: x.clone(), area_id: AreaId::default(), cluster_id: Some(cluster.id.clone()), index: 1 }).unwrap();
    assert_eq!(room.cluster_texts(&cluster.id), ["A", "X"]);
    assert_eq!(room.texts(0), ["B"]);
    room.run(BoardEdit::CollapseCluster { cluster_id: cluster.id.clone(), collapsed: true }).unwrap();
    room.run(BoardEdit::RenameCluster { cluster_id: cluster.id.clone(), title: "Tooling".into() }).unwrap();
    assert!(room.board().clusters[0].collapsed && room.board().clusters[0].title == "Tooling");
    // Drag a loose note into the cluster, first place.
    let into = BoardEdit::MoveNote { note_id: b.clone(), area_id: AreaId::default(), cluster_id: Some(cluster.id.clone()), index: 0 };
    room.run(into).unwrap();
    assert_eq!(room.cluster_texts(&cluster.id), ["B", "A", "X"]);
    room.run(BoardEdit::NudgeNote { note_id: b.clone(), nudge: Nudge::Down }).unwrap();
    assert_eq!(room.cluster_texts(&cluster.id), ["A", "B", "X"]);
    // The cluster moves with its notes.
    room.run(BoardEdit::MoveCluster { cluster_id: cluster.id.clone(), area_id: room.area(2), index: 0 }).unwrap();
    assert!(room.board().notes_in_area(&room.area(2)).count() == 3);
    let undo = room.run(BoardEdit::Ungroup { cluster_id: cluster.id.clone() }).unwrap().undo.unwrap();
    assert!(room.board().clusters.is_empty());
    assert_eq!(room.texts(2), ["A", "B", "X"]);
    room.apply(*undo).unwrap();
    assert_eq!(room.cluster_texts(&cluster.id), ["A", "B", "X"]);
}

#[test]
fn hides_and_reveals_texts_and_a_refused_edit_leaves_no_trace() {
    let mut room = Room::new(Template::Blank);
    room.run(BoardEdit::TextsHidden(true)).unwrap();
    assert!(room.board().texts_hidden);
    let before = room.ws.clone();
    assert!(room.run(BoardEdit::DeleteNote { note_id: "nope".into() }).is_err());
    assert_eq!(room.ws, before);
    room.run(BoardEdit::TextsHidden(false)).unwrap();
    assert!(!room.board().texts_hidden);
}

fn people(names: &[&str]) -> Vec<NewParticipant> {
    names.iter().map(|n| NewParticipant { name: n.to_string(), department_id: None }).collect()
}

fn start(participants: &[&str], budget: u32, multiple: bool) -> VotingEdit {
    VotingEdit::Start { participants: people(participants), votes_per_person: budget, allow_multiple_per_note: multiple }
}

#[test]
fn voting_enforces_the_budget_and_one_vote_per_note_in_tally_mode() {
    let mut room = Room::new(Template::Blank);
    let [a, b, c] = ["A", "B", "C"].map(|t| room.add(0, t));
    assert_eq!(room.run(start(&[], 2, false)), Err(CommandError::Voting(VotingError::NoParticipants)));
    assert_eq!(room.run(start(&["Ana", "ana"], 2, false)), Err(CommandError::Voting(VotingError::DuplicateParticipant("ana".into()))));
    assert_eq!(room.run(start(&["Ana"], 0, false)), Err(CommandError::Voting(VotingError::NoVotesToCast)));
    room.run(start(&["Ana", "Ben", "Cy"], 2, false)).unwrap();
    assert_eq!(room.run(start(&["Ana"], 2, false)), Err(CommandError::Voting(VotingError::VotingUnderWay)));
    let voting = room.board().voting.clone().unwrap();
    let ana = voting.next_participant(None).unwrap().id.clone();
    let ben = voting.next_participant(Some(&ana)).unwrap().id.clone();
    let cast = |p: &str, n: &str| VotingEdit::Cast { participant_id: p.into(), note_id: n.into() };
    room.run(cast(ana.as_str(), a.as_str())).unwrap();
    let err = room.run(cast(ana.as_str(), a.as_str())).unwrap_err();
    assert_eq!(err.to_string(), "Ana has already voted for this note, and this round allows one vote per note.");
    room.run(cast(ana.as_str(), b.as_str())).unwrap();
    let err = room.run(cast(ana.as_str(), c.as_str())).unwrap_err();
    assert_eq!(err.to_string(), "Ana has already used all 2 votes of this round.");
    room.run(cast(ben.as_str(), b.as_str())).unwrap();
    let voting = room.board().voting.clone().unwrap();
    assert_eq!((voting.remaining(&ana), voting.remaining(&ben)), (0, 1));
    let last = voting.participants[2].id.clone();
    assert_eq!(voting.next_participant(Some(&last)).unwrap().id, ana, "tally order wraps round");
    room.run(VotingEdit::Remove { participant_id: ana.clone(), note_id: a.clone() }).unwrap();
    room.run(cast(ana.as_str(), c.as_str())).unwrap();
    assert_eq!(room.run(cast("ghost", c.as_str())), Err(CommandError::Voting(VotingError::ParticipantNotFound)));
    assert_eq!(room.run(cast(ben.as_str(), "gone")), Err(CommandError::Voting(VotingError::NoteNotFound)));
    let ranked: Vec<_> = notes_by_votes(room.board()).into_iter().map(|(n, v)| (n.text.clone(), v)).collect();
    assert_eq!(ranked, [("B".to_string(), 2), ("C".into(), 1), ("A".into(), 0)]);
}

#[test]
fn multiple_votes_per_note_reveal_clear_and_new_round() {
    let mut room = Room::new(Template::Blank);
    let [a, b, c] = ["A", "B", "C"].map(|t| room.add(0, t));
    room.run(BoardEdit::Group { note_ids: vec![b.clone(), c.clone()], title: "BC".into() }).unwrap();
    room.run(start(&["Ana"], 3, true)).unwrap();
    let ana = room.board().voting.as_ref().unwrap().participants[0].id.clone();
    for note in [&a, &b, &c] {
        room.run(VotingEdit::Cast { participant_id: ana.clone(), note_id: note.clone() }).unwrap();
    }
    room.run(VotingEdit::Remove { participant_id: ana.clone(), note_id: a.clone() }).unwrap();
    room.run(VotingEdit::Cast { participant_id: ana.clone(), note_id: c.clone() }).unwrap();
    assert_eq!(room.board().voting.as_ref().unwrap().votes_by(&ana, &c), 2);
    let clusters = clusters_by_votes(room.board());
    assert_eq!((clusters[0].0.title.as_str(), clusters[0].1), ("BC", 3));
    assert!(!room.board().voting.as_ref().unwrap().results_revealed);
    assert_eq!(room.run(VotingEdit::Reveal(true)).unwrap().undo, None);
    assert!(room.board().voting.as_ref().unwrap().results_revealed);
    // Deleting a voted note takes its votes; undo brings them back.
    let undo = room.run(BoardEdit::DeleteNote { note_id: c.clone() }).unwrap().undo.unwrap();
    assert_eq!(room.board().voting.as_ref().unwrap().votes.len(), 1);
    room.apply(*undo).unwrap();
    assert_eq!(room.board().voting.as_ref().unwrap().votes.len(), 3);
    let undo = room.run(VotingEdit::Clear).unwrap().undo.unwrap();
    let voting = room.board().voting.clone().unwrap();
    assert!(voting.votes.is_empty() && !voting.results_revealed && voting.participants.len() == 1);
    room.run(BoardEdit::DeleteNote { note_id: b.clone() }).unwrap();
    room.apply(*undo).unwrap();
    assert_eq!(room.board().voting.as_ref().unwrap().votes.len(), 2, "votes for a note deleted since stay gone");
    let round = VotingEdit::NewRound { participants: people(&["Ben", "Cy"]), votes_per_person: 1, allow_multiple_per_note: false };
    room.run(round).unwrap();
    let voting = room.board().voting.clone().unwrap();
    assert_eq!((voting.votes.len(), voting.participants.len(), voting.votes_per_person), (0, 2, 1));
}

#[test]
fn departments_of_the_plan_vote_under_their_names() {
    let mut app = TestWorkspace::default();
    let plan_id = PlanId::from(app.create(Command::Create { kind: DocumentKind::Plan, title: None, plan_id: None }));
    app.apply(Command::EditPlan { plan_id: plan_id.clone(), edit: PlanEdit::AddDepartment { name: "Finance".into() } }).unwrap();
    let finance = app.ws.plans[0].departments[0].id.clone();
    let create = Command::CreateBoard { title: None, template: Template::Blank, plan_id: Some(plan_id) };
    let board_id = BoardId::from(app.create(create));
    let participants = vec![NewParticipant { name: String::new(), department_id: Some(finance.clone()) }];
    let edit = VotingEdit::Start { participants, votes_per_person: 3, allow_multiple_per_note: false };
    app.apply(Command::EditVoting { board_id: board_id.clone(), edit }).unwrap();
    let board = app.ws.board(&board_id).unwrap();
    let participant = &board.voting.as_ref().unwrap().participants[0];
    assert_eq!((participant.name.as_str(), participant.department_id.as_ref()), ("Finance", Some(&finance)));
    // A note tagged with the department.
    let note = NewNote { area_id: board.areas[0].id.clone(), text: "Budget".into(), department_id: Some(finance), ..NewNote::default() };
    app.apply(Command::EditBoard { board_id, edit: BoardEdit::AddNote(note) }).unwrap();
}

#[test]
fn duplicating_a_board_renews_its_ids() {
    let mut room = Room::new(Template::Swot);
    let a = room.add(0, "A");
    room.run(BoardEdit::Group { note_ids: vec![a], title: "G".into() }).unwrap();
    let doc = DocRef::board(&room.board);
    let copy = room.apply(Command::Duplicate { doc }).unwrap();
    let copy = room.ws.boards.iter().find(|b| b.id.as_str() == copy.created.as_ref().unwrap().id).unwrap();
    let original = room.board();
    assert_eq!(copy.title, "Retro (copy)");
    assert_ne!(copy.areas[0].id, original.areas[0].id);
    assert_ne!(copy.notes[0].id, original.notes[0].id);
    assert_eq!(copy.notes[0].area_id, copy.areas[0].id);
    assert_eq!(copy.notes[0].cluster_id.as_ref(), Some(&copy.clusters[0].id));
}

#[test]
fn the_timer_is_kept_on_the_board() {
    let mut room = Room::new(Template::Blank);
    let timer = Timer::set(300_000).start(1_000);
    room.run(BoardEdit::Timer(Some(timer))).unwrap();
    assert_eq!(room.board().timer.unwrap().remaining(61_000), 240_000);
}

#[test]
fn grouping_notes_of_several_areas_makes_a_group_in_each_and_moves_none() {
    let mut room = Room::new(Template::Swot);
    let strength = room.add(0, "Loyal customers");
    let threat = room.add(3, "Loyal customers of the competitor");
    let other = room.add(0, "Good brand");
    assert_eq!(crate::model::board::edit::areas_of(room.board(), &[strength.clone(), threat.clone(), other.clone()]), 2);
    room.run(BoardEdit::Group { note_ids: vec![strength.clone(), threat.clone(), other.clone()], title: "Loyalty".into() }).unwrap();
    let clusters = room.board().clusters.clone();
    assert_eq!(clusters.iter().map(|c| (c.area_id.clone(), c.title.as_str())).collect::<Vec<_>>(), [(room.area(0), "Loyalty"), (room.area(3), "Loyalty")]);
    assert_eq!(room.board().note(&threat).unwrap().area_id, room.area(3), "no note changed area");
    assert_eq!(room.cluster_texts(&clusters[0].id), ["Loyal customers", "Good brand"]);
}

#[test]
fn a_grouping_is_undone_whole_and_notes_go_back_to_their_groups() {
    let mut room = Room::new(Template::Swot);
    let (a, b, c) = (room.add(0, "Loyal customers"), room.add(0, "Good brand"), room.add(3, "Rivals"));
    room.run(BoardEdit::Group { note_ids: vec![a.clone()], title: "Before".into() }).unwrap();
    let first = room.board().clusters[0].id.clone();
    let undo = room.run(BoardEdit::Group { note_ids: vec![a.clone(), b.clone(), c.clone()], title: "Loyalty".into() }).unwrap().undo.expect("an undo");
    assert_eq!(room.board().clusters.len(), 3, "two new groups beside the first");
    room.apply(*undo).unwrap();
    assert_eq!(room.board().clusters.iter().map(|c| c.title.as_str()).collect::<Vec<_>>(), ["Before"]);
    assert_eq!(room.board().note(&a).unwrap().cluster_id, Some(first), "back in its earlier group");
    assert_eq!((room.board().note(&b).unwrap().cluster_id.clone(), room.board().note(&c).unwrap().cluster_id.clone()), (None, None));
}

#[test]
fn a_pasted_list_adds_one_note_per_line_in_one_undoable_step() {
    let mut room = Room::new(Template::Blank);
    let area_id = room.area(0);
    let lines = crate::model::board::paste::note_lines("- Faster replies\n* Fewer tickets\n\n3. One inbox\n");
    assert_eq!(lines, ["Faster replies", "Fewer tickets", "One inbox"]);
    let notes = lines.into_iter().map(|text| NewNote { area_id: area_id.clone(), text, ..NewNote::default() }).collect();
    let undo = room.run(BoardEdit::AddNotes(notes)).unwrap().undo.unwrap();
    assert_eq!(room.texts(0), ["Faster replies", "Fewer tickets", "One inbox"]);
    room.apply(*undo).unwrap();
    assert!(room.board().notes.is_empty());
    let too_long = vec![NewNote { area_id: area_id.clone(), text: "y".repeat(300), ..NewNote::default() }, NewNote { area_id, text: "ok".into(), ..NewNote::default() }];
    assert!(room.run(BoardEdit::AddNotes(too_long)).is_err());
    assert!(room.board().notes.is_empty(), "all or none");
}

#[test]
fn each_lane_of_a_department_board_gives_new_notes_its_department_and_the_choice_is_kept() {
    let mut app = TestWorkspace::default();
    let plan_id = PlanId::from(app.create(Command::Create { kind: DocumentKind::Plan, title: Some("Growth".into()), plan_id: None }));
    for name in ["Finance", "IT"] {
        app.apply(Command::EditPlan { plan_id: plan_id.clone(), edit: PlanEdit::AddDepartment { name: name.into() } }).unwrap();
    }
    let create = Command::CreateBoard { title: None, template: Template::DepartmentLanes, plan_id: Some(plan_id.clone()) };
    let board_id = BoardId::from(app.create(create));
    let departments = app.ws.plan(&plan_id).unwrap().departments.clone();
    let board = app.ws.board(&board_id).unwrap().clone();
    assert_eq!(board.title, "One lane per department — Growth", "named after its template and plan");
    let lanes: Vec<_> = board.areas.iter().map(|a| board.department_for_new_note(&a.id, &departments)).collect();
    assert_eq!(lanes, [Some(departments[0].id.clone()), Some(departments[1].id.clone())]);
    // Elsewhere, the board's own choice, kept with the board.
    app.apply(Command::EditBoard { board_id: board_id.clone(), edit: BoardEdit::AddArea { title: "Parking lot".into() } }).unwrap();
    app.apply(Command::EditBoard { board_id: board_id.clone(), edit: BoardEdit::NoteDepartment(Some(departments[1].id.clone())) }).unwrap();
    let board = app.ws.board(&board_id).unwrap();
    assert_eq!(board.department_for_new_note(&board.areas[2].id, &departments), Some(departments[1].id.clone()));
    assert_eq!(board.department_for_new_note(&board.areas[0].id, &departments), Some(departments[0].id.clone()));
    // Without a plan, a new board is named after its template.
    let plain = BoardId::from(app.create(Command::CreateBoard { title: None, template: Template::Swot, plan_id: None }));
    assert_eq!(app.ws.board(&plain).unwrap().title, "SWOT");
}
