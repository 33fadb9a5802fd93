//! What the parts of one board page share: the board's id, the view choices
//! of this screen (never saved) and a way to run board edits.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use crate::model::board::Note;
use crate::model::promote::{promoted_from, Promoted};
use crate::model::provenance::BoardItem;
use crate::model::{Board, BoardEdit, Command, Department, Outcome, VotingEdit};
use crate::ui::state::{use_app, AppState};

/// A change to a board: its content or its voting.
pub enum BoardChange {
    Board(BoardEdit),
    Voting(VotingEdit),
}

impl From<BoardEdit> for BoardChange {
    fn from(edit: BoardEdit) -> Self {
        BoardChange::Board(edit)
    }
}

impl From<VotingEdit> for BoardChange {
    fn from(edit: VotingEdit) -> Self {
        BoardChange::Voting(edit)
    }
}

/// The shared handle of one board page. Cheap to copy.
#[derive(Clone, Copy)]
pub struct BoardCtx {
    pub state: AppState,
    pub id: StoredValue<String>,
    /// Notes ticked for grouping.
    pub selected: RwSignal<BTreeSet<String>>,
    /// What new notes take: a department id of the plan, or a free label with a colour.
    pub department: RwSignal<String>,
    pub label: RwSignal<String>,
    pub colour: RwSignal<String>,
    pub author: RwSignal<String>,
    /// Whose turn it is in tally voting.
    pub participant: RwSignal<Option<String>>,
    pub sort_by_votes: RwSignal<bool>,
    /// What the screen-reader live region says after a keyboard move.
    pub announce: RwSignal<String>,
    pub departments: Memo<Vec<Department>>,
    pub hidden: Memo<bool>,
    /// Votes per note once the results are revealed; `None` before.
    pub results: Memo<Option<BTreeMap<String, u32>>>,
    /// The note or group whose "To plan…" dialog is open.
    pub promoting: RwSignal<Option<(BoardItem, String)>>,
    /// The plan items made from this board's notes and groups.
    pub promoted: Memo<Vec<Promoted>>,
    /// While a round is under way and someone's turn is chosen: that
    /// participant's votes per note. One memo for the board, so a note reads a
    /// map instead of subscribing to the whole workspace.
    pub my_votes: Memo<Option<BTreeMap<String, u32>>>,
    /// Whether notes show their vote buttons: a round is under way and it is someone's turn.
    pub voting_now: Memo<bool>,
}

/// The board page's handle, provided by the page.
pub fn use_board() -> BoardCtx {
    expect_context::<BoardCtx>()
}

impl BoardCtx {
    /// Makes the handle for board `id` and provides it to the page's children.
    pub fn provide(id: String) -> BoardCtx {
        let state = use_app();
        let id = StoredValue::new(id);
        let departments = Memo::new(move |_| {
            state.workspace.with(|ws| {
                let board = ws.boards.iter().find(|b| b.id == id.get_value())?;
                ws.plan(board.plan_id.as_deref()?).map(|p| p.departments.clone())
            })
            .unwrap_or_default()
        });
        let hidden = Memo::new(move |_| state.workspace.with(|ws| ws.boards.iter().any(|b| b.id == id.get_value() && b.texts_hidden)));
        let results = Memo::new(move |_| {
            state.workspace.with(|ws| {
                let voting = ws.boards.iter().find(|b| b.id == id.get_value())?.voting.as_ref()?;
                voting.results_revealed.then(|| voting.per_note().into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            })
        });
        let promoted = Memo::new(move |_| state.workspace.with(|ws| promoted_from(ws, &id.get_value())));
        let participant = RwSignal::new(None::<String>);
        let my_votes = Memo::new(move |_| {
            let p = participant.get()?;
            state.workspace.with(|ws| {
                let voting = ws.boards.iter().find(|b| b.id == id.get_value())?.voting.as_ref()?;
                let mut mine = BTreeMap::new();
                for v in voting.votes.iter().filter(|v| v.participant_id == p) {
                    *mine.entry(v.note_id.clone()).or_insert(0) += 1;
                }
                Some(mine)
            })
        });
        let voting_now = Memo::new(move |_| my_votes.with(Option::is_some));
        let ctx = BoardCtx {
            state,
            id,
            selected: RwSignal::new(BTreeSet::new()),
            department: RwSignal::new(String::new()),
            label: RwSignal::new(String::new()),
            colour: RwSignal::new("sky-blue".to_string()),
            author: RwSignal::new(String::new()),
            participant,
            sort_by_votes: RwSignal::new(false),
            announce: RwSignal::new(String::new()),
            departments,
            hidden,
            results,
            promoting: RwSignal::new(None),
            promoted,
            my_votes,
            voting_now,
        };
        provide_context(ctx);
        ctx
    }

    /// Reads the board (tracked); `None` once it is gone.
    pub fn with<T>(&self, f: impl FnOnce(&Board) -> T) -> Option<T> {
        let id = self.id.get_value();
        self.state.workspace.with(|ws| ws.boards.iter().find(|b| b.id == id).map(f))
    }

    /// Reads the board without tracking.
    pub fn with_untracked<T>(&self, f: impl FnOnce(&Board) -> T) -> Option<T> {
        let id = self.id.get_value();
        self.state.workspace.with_untracked(|ws| ws.boards.iter().find(|b| b.id == id).map(f))
    }

    /// The command that runs a board or voting edit on this board.
    fn command(&self, edit: impl Into<BoardChange>) -> Command {
        let board_id = self.id.get_value();
        match edit.into() {
            BoardChange::Board(edit) => Command::EditBoard { board_id, edit },
            BoardChange::Voting(edit) => Command::EditVoting { board_id, edit },
        }
    }

    /// Runs one edit; the error is in words for the user.
    pub fn run(&self, edit: impl Into<BoardChange>) -> Result<Outcome, String> {
        self.state.run(self.command(edit))
    }

    /// Runs one edit and shows its error as a toast.
    pub fn run_or_toast(&self, edit: impl Into<BoardChange>) -> Option<Outcome> {
        self.state.run_or_toast(self.command(edit))
    }

    /// Runs an edit that can be taken back and offers Undo in a toast.
    pub fn run_with_undo(&self, edit: impl Into<BoardChange>, said: &str) {
        if let Some(outcome) = self.run_or_toast(edit) {
            self.state.toast(said.to_string(), false, outcome.undo.map(|u| *u));
        }
    }

    /// Whether the screen shows notes and groups by votes rather than in
    /// their order: a move would land by the order, not where it looked, so
    /// moving is off meanwhile.
    pub fn sorted_untracked(&self) -> bool {
        self.sort_by_votes.get_untracked() && self.results.with_untracked(Option::is_some)
    }

    /// The notes of one group (a cluster, or an area's loose notes), in
    /// order, most votes first when asked and revealed.
    pub fn group(&self, area_id: &str, cluster_id: Option<&str>) -> Vec<Note> {
        let sort = self.sort_by_votes.get();
        let results = self.results.get();
        let mut notes: Vec<Note> = self
            .with(|b| b.notes.iter().filter(|n| n.area_id == area_id && n.cluster_id.as_deref() == cluster_id).cloned().collect())
            .unwrap_or_default();
        if let (true, Some(votes)) = (sort, results) {
            notes.sort_by_key(|n| std::cmp::Reverse(votes.get(&n.id).copied().unwrap_or(0)));
        }
        notes
    }
}
