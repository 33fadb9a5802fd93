//! The app's shared state, handed to components through context as one `Copy`
//! handle made of small handles with one job each: [`Dispatch`] (the one write
//! path), [`Saving`] (autosave and how it goes), [`Toasts`], [`ImportFlow`]
//! (opening files) and [`Exports`] (files out).

mod dispatch;
mod exports;
mod import_flow;
mod response_check;
mod reviewers;
mod saving;
mod toasts;

use leptos::prelude::*;

pub use dispatch::Dispatch;
pub use exports::Exports;
pub use import_flow::{ImportFlow, MergeReport, PendingImport};
pub use response_check::remember as remember_key;
pub use reviewers::Reviewers;
pub use saving::{SaveState, Saving};
pub use toasts::{Toast, ToastAction, Toasts};

use super::route::Route;
use crate::model::{Command, CommandError, DocRef, Outcome, Workspace};

/// Everything components share. Cheap to copy.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The documents. Change them through [`AppState::run`].
    pub workspace: RwSignal<Workspace>,
    pub route: RwSignal<Route>,
    /// The department this browser reviews each plan as, kept across reloads.
    pub reviewers: Reviewers,
    pub saving: Saving,
    pub toasts: Toasts,
    pub imports: ImportFlow,
    pub exports: Exports,
    dispatch: Dispatch,
}

/// The state provided by [`AppState::provide`].
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// Loads storage and makes the state available to every component.
    pub fn provide() -> AppState {
        let toasts = Toasts::new();
        let (saving, workspace) = Saving::start();
        let dispatch = Dispatch::new(workspace, saving, toasts);
        let reviewers = Reviewers::load();
        let state = AppState {
            workspace,
            route: RwSignal::new(Route::current()),
            reviewers,
            saving,
            toasts,
            imports: ImportFlow::new(dispatch, toasts, reviewers),
            exports: Exports::new(workspace, saving, toasts),
            dispatch,
        };
        provide_context(state);
        window_event_listener(leptos::ev::hashchange, move |_| state.route.set(Route::current()));
        state
    }

    /// Applies a command and schedules the save (see [`Dispatch::run`]).
    pub fn run(self, command: Command) -> Result<Outcome, CommandError> {
        self.dispatch.run(command)
    }

    /// Runs a command and shows its error as a toast, with the next step
    /// when there is an obvious one.
    pub fn run_or_toast(self, command: Command) -> Option<Outcome> {
        self.dispatch.run_or_toast(command)
    }

    /// Shows a toast (see [`Toasts::push`]); kept here because most
    /// components say something after a change.
    pub fn toast(self, text: impl Into<String>, is_error: bool, undo: Option<Command>) {
        self.toasts.push(text, is_error, undo);
    }

    /// Resolves a conflict with another tab by taking that tab's version;
    /// with `keep_mine`, this tab's version (every edit made here, also
    /// those made before the conflict was noticed) is first kept as a new
    /// document. If the copy cannot be made, nothing is dropped: the
    /// conflict stays, with its banner.
    pub fn resolve_conflict(self, doc: DocRef, keep_mine: bool) {
        if keep_mine {
            let Some(outcome) = self.run_or_toast(Command::Duplicate { doc: doc.clone() }) else { return };
            let title = outcome.created.and_then(|c| self.workspace.with_untracked(|ws| ws.title(&c)));
            self.toast(format!("Your version is kept as “{}”.", title.unwrap_or_default()), false, None);
        }
        self.saving.use_stored(&doc);
    }
}
