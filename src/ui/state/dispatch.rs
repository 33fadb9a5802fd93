//! The one write path: a command, applied to the workspace with the current
//! time, the user's day and fresh ids, then the documents it changed marked
//! for saving. A command that would change a document in conflict with
//! another tab's save is refused (`store::conflicts`).

use leptos::prelude::*;

use super::saving::Saving;
use super::toasts::Toasts;
use crate::model::{Command, CommandError, DocRef, Env, Outcome, Workspace};
use crate::store::apply_unless_in_conflict;
use crate::ui::system::with_env;

/// Applies changes to the workspace. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Dispatch {
    workspace: RwSignal<Workspace>,
    saving: Saving,
    toasts: Toasts,
}

impl Dispatch {
    /// Changes `workspace`, saving through `saving` and reporting refusals
    /// through `toasts`.
    pub fn new(workspace: RwSignal<Workspace>, saving: Saving, toasts: Toasts) -> Dispatch {
        Dispatch { workspace, saving, toasts }
    }

    /// The workspace it changes.
    pub fn workspace(self) -> RwSignal<Workspace> {
        self.workspace
    }

    /// Applies a command and schedules the save. When it is refused the
    /// workspace is unchanged and the error names the rule it broke, or the
    /// document in conflict with another tab that it would have changed.
    pub fn run(self, command: Command) -> Result<Outcome, CommandError> {
        let in_conflict = self.saving.in_conflict();
        let mut result = None;
        // A refused command changed nothing, so nothing needs to re-render.
        self.workspace.maybe_update(|ws| {
            let applied = with_env(|env| apply_unless_in_conflict(ws, command, env, &in_conflict));
            let changed = applied.is_ok();
            result = Some(applied);
            changed
        });
        let result = result.expect("the workspace update runs its closure");
        if let Ok(outcome) = &result {
            self.saving.mark(outcome.changed.clone());
        }
        result
    }

    /// Runs a command and shows why it was refused as a toast, with the next
    /// step when there is one.
    pub fn run_or_toast(self, command: Command) -> Option<Outcome> {
        self.run(command).map_err(|why| self.toasts.refused(&why)).ok()
    }

    /// Changes the workspace by a rule that is not a command (an import the
    /// user agreed to), with the same time and ids a command gets, and
    /// schedules the save of the documents `change` says it changed.
    pub fn change(self, change: impl FnOnce(&mut Workspace, &mut Env) -> Vec<DocRef>) -> Vec<DocRef> {
        let mut changed = Vec::new();
        self.workspace.update(|ws| changed = with_env(|env| change(ws, env)));
        self.saving.mark(changed.clone());
        changed
    }
}
