//! What the parts of one board page share: the board's handle (memoised
//! parts of it and a way to run its edits) and the view choices of this
//! screen, never saved.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use crate::model::board::filter::{shown_notes, NoteFilter};
use crate::model::board::Note;
use crate::model::board::queries::{area_clusters, group_notes, participant_votes, revealed_votes};
use crate::model::ids::{AreaId, BoardId, ClusterId, DepartmentId, NoteId, ParticipantId};
use crate::model::promote::{promoted_from, Promoted};
use crate::model::provenance::BoardItem;
use crate::model::{Board, BoardEdit, Command, CommandError, Department, Outcome, Plan, VotingEdit};
use crate::ui::select::memo;
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

/// Votes per note, as the board's memos hold them.
pub type Votes = BTreeMap<NoteId, u32>;

/// The handle of one board page. Cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct BoardCtx {
    pub state: AppState,
    id: StoredValue<BoardId>,
    /// Notes ticked for grouping.
    pub selected: RwSignal<BTreeSet<NoteId>>,
    /// The department new notes take outside a department's lane (kept with
    /// the board); without a plan, a free label with a colour.
    pub department: Memo<Option<DepartmentId>>,
    pub label: RwSignal<String>,
    pub colour: RwSignal<String>,
    pub author: RwSignal<String>,
    /// Whose turn it is in tally voting.
    pub participant: RwSignal<Option<ParticipantId>>,
    pub sort_by_votes: RwSignal<bool>,
    /// What the screen-reader live region says after a keyboard move.
    pub announce: RwSignal<String>,
    pub departments: Memo<Vec<Department>>,
    pub hidden: Memo<bool>,
    /// Votes per note once the results are revealed; `None` before.
    pub results: Memo<Option<Votes>>,
    /// The votes the screen sorts by: the results, while "Sort by votes" is on.
    pub ranking: Memo<Option<Votes>>,
    /// The note or group whose "To plan…" dialog is open.
    pub promoting: RwSignal<Option<(BoardItem, String)>>,
    /// The plan items made from this board's notes and groups.
    pub promoted: Memo<Vec<Promoted>>,
    /// While a round is under way and someone's turn is chosen: that
    /// participant's votes per note. One memo for the board, so a note reads a
    /// map instead of subscribing to the whole workspace.
    pub my_votes: Memo<Option<Votes>>,
    /// Whether notes show their vote buttons: a round is under way and it is someone's turn.
    pub voting_now: Memo<bool>,
    /// Which notes the editor shows (search and filters; never saved).
    pub filter: RwSignal<NoteFilter>,
    /// The notes the filter leaves, worked out once per change for the whole
    /// board; `None` while it shows them all.
    pub shown: Memo<Option<BTreeSet<NoteId>>>,
}

/// The board page's handle, provided by the page.
pub fn use_board() -> BoardCtx {
    expect_context::<BoardCtx>()
}

impl BoardCtx {
    /// Makes the handle for board `id` and provides it to the page's children.
    pub fn provide(id: BoardId) -> BoardCtx {
        let state = use_app();
        let id = StoredValue::new(id);
        let results = board_part(state, id, revealed_votes);
        let sort_by_votes = RwSignal::new(false);
        let ranking = memo(move || if sort_by_votes.get() { results.get() } else { None });
        let participant = RwSignal::new(None::<ParticipantId>);
        let my_votes = memo(move || {
            let who = participant.get()?;
            id.with_value(|id| state.workspace.with(|ws| participant_votes(ws.board(id)?, &who)))
        });
        let filter = RwSignal::new(NoteFilter::default());
        // Its plan's departments, then those the board remembers: a board whose
        // plan is elsewhere, or unlinked, still shows its notes' departments.
        let departments = memo(move || {
            id.with_value(|id| state.workspace.with(|ws| ws.board(id).map(|b| b.known_departments(b.plan_id.as_ref().and_then(|p| ws.plan(p)).map(|p| p.departments.as_slice())))))
                .unwrap_or_default()
        });
        // Without a filter nothing is read, so typing on a big board costs nothing here.
        let shown = memo(move || {
            if filter.with(NoteFilter::is_empty) {
                return None;
            }
            let mut shown = None;
            visit_board(state, id, &mut |b| shown = filter.with(|f| departments.with(|d| shown_notes(b, f, d))));
            shown
        });
        let ctx = BoardCtx {
            state,
            id,
            selected: RwSignal::new(BTreeSet::new()),
            department: board_part(state, id, |b| b.note_department.clone()),
            label: RwSignal::new(String::new()),
            colour: RwSignal::new("sky-blue".to_string()),
            author: RwSignal::new(String::new()),
            participant,
            sort_by_votes,
            announce: RwSignal::new(String::new()),
            departments,
            hidden: board_part(state, id, |b| b.texts_hidden),
            results,
            ranking,
            promoting: RwSignal::new(None),
            promoted: memo(move || id.with_value(|id| state.workspace.with(|ws| promoted_from(ws, id)))),
            my_votes,
            voting_now: memo(move || my_votes.with(Option::is_some)),
            filter,
            shown,
        };
        provide_context(ctx);
        ctx
    }

    /// The board's id.
    pub fn id(self) -> BoardId {
        self.id.get_value()
    }

    /// A part of the board that re-renders only when it changes; its default
    /// once the board is gone.
    pub fn read<T>(self, part: impl Fn(&Board) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Clone + Default + Send + Sync + 'static,
    {
        board_part(self.state, self.id, part)
    }

    /// A part of the plan the board belongs to; its default without one.
    pub fn read_plan<T>(self, part: impl Fn(&Plan) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Clone + Default + Send + Sync + 'static,
    {
        plan_part(self.state, self.id, part)
    }

    /// Reads the board (tracked); `None` once it is gone.
    pub fn with<T>(self, read: impl FnOnce(&Board) -> T) -> Option<T> {
        let (mut read, mut value) = (Some(read), None);
        visit_board(self.state, self.id, &mut |board| value = read.take().map(|read| read(board)));
        value
    }

    /// Reads the board without tracking (in event handlers).
    pub fn with_untracked<T>(self, read: impl FnOnce(&Board) -> T) -> Option<T> {
        self.id.with_value(|id| self.state.workspace.with_untracked(|ws| ws.board(id).map(read)))
    }

    /// The command that runs a board or voting edit on this board.
    fn command(self, edit: impl Into<BoardChange>) -> Command {
        let board_id = self.id();
        match edit.into() {
            BoardChange::Board(edit) => Command::EditBoard { board_id, edit },
            BoardChange::Voting(edit) => Command::EditVoting { board_id, edit },
        }
    }

    /// Runs one edit; the error names the rule it broke.
    pub fn run(self, edit: impl Into<BoardChange>) -> Result<Outcome, CommandError> {
        self.state.run(self.command(edit))
    }

    /// Runs one edit and shows why it was refused as a toast.
    pub fn run_or_toast(self, edit: impl Into<BoardChange>) -> Option<Outcome> {
        self.state.run_or_toast(self.command(edit))
    }

    /// Runs an edit that can be taken back and offers Undo in a toast.
    pub fn run_with_undo(self, edit: impl Into<BoardChange>, said: &str) {
        if let Some(outcome) = self.run_or_toast(edit) {
            self.state.toast(said, false, outcome.undo.map(|u| *u));
        }
    }

    /// Whether the screen shows notes and groups by votes rather than in
    /// their order: a move would land by the order, not where it looked, so
    /// moving is off meanwhile.
    pub fn sorted_untracked(self) -> bool {
        self.ranking.with_untracked(Option::is_some)
    }

    /// The notes of one group (a cluster, or an area's loose notes) that the
    /// filter leaves, in order, most votes first when asked and revealed.
    pub fn group(self, area_id: &AreaId, cluster_id: Option<&ClusterId>) -> Vec<Note> {
        self.shown.with(|shown| {
            let shown = |n: &&Note| shown.as_ref().is_none_or(|s| s.contains(&n.id));
            self.ranking
                .with(|votes| self.with(|b| group_notes(b, area_id, cluster_id, votes.as_ref()).into_iter().filter(shown).cloned().collect()))
                .unwrap_or_default()
        })
    }

    /// The clusters of an area, in order, most votes first when asked and revealed.
    pub fn clusters(self, area_id: &AreaId) -> Vec<ClusterId> {
        self.ranking.with(|votes| self.with(|b| area_clusters(b, area_id, votes.as_ref()))).unwrap_or_default()
    }
}

fn board_part<T>(state: AppState, id: StoredValue<BoardId>, part: impl Fn(&Board) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Clone + Default + Send + Sync + 'static,
{
    memo(move || {
        let mut value = None;
        visit_board(state, id, &mut |board| value = Some(part(board)));
        value.unwrap_or_default()
    })
}

/// Calls `read` with the board, tracked, if it is here. Not generic, so the
/// lookup is compiled once rather than into every part read.
#[inline(never)]
fn visit_board(state: AppState, id: StoredValue<BoardId>, read: &mut dyn FnMut(&Board)) {
    id.with_value(|id| state.workspace.with(|ws| ws.board(id).map(read)));
}

fn plan_part<T>(state: AppState, id: StoredValue<BoardId>, part: impl Fn(&Plan) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Clone + Default + Send + Sync + 'static,
{
    memo(move || id.with_value(|id| state.workspace.with(|ws| ws.plan(ws.board(id)?.plan_id.as_ref()?).map(&part))).unwrap_or_default())
}
