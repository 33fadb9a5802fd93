//! How the tracking views send their edits: one `LogEdit` through the one
//! write path, and the plan read back by id.

use leptos::prelude::*;

use crate::model::tracking::{DecisionEdit, LogEdit};
use crate::model::{Command, Plan};
use crate::ui::state::{use_app, AppState};

/// Applies a log edit to a plan; the error is in words for the user.
pub fn run_log(state: AppState, plan_id: &str, edit: LogEdit) -> Result<(), String> {
    state.run(Command::EditLog { plan_id: plan_id.to_string(), edit }).map(drop)
}

/// Applies a removal and offers to take it back in a toast saying `what`.
pub fn remove_with_undo(plan_id: &str, edit: LogEdit, what: String) {
    let state = use_app();
    let command = Command::EditLog { plan_id: plan_id.to_string(), edit };
    if let Some(outcome) = state.run_or_toast(command) {
        state.toast(what, false, outcome.undo.map(|undo| *undo));
    }
}

/// A value read from the plan, updated when it changes.
pub fn read_plan<T: Default + Send + Sync + 'static>(plan_id: &str, f: impl Fn(&Plan) -> Option<T> + Send + Sync + 'static) -> Signal<T> {
    let (state, plan_id) = (use_app(), plan_id.to_string());
    Signal::derive(move || state.workspace.with(|ws| ws.plan(&plan_id).and_then(&f).unwrap_or_default()))
}

/// An edit callback for a text field of one decision.
pub fn decision_field(plan_id: &str, decision_id: &str, make: fn(String) -> DecisionEdit) -> Callback<String, Result<(), String>> {
    let (state, plan_id, decision_id) = (use_app(), plan_id.to_string(), decision_id.to_string());
    Callback::new(move |text: String| {
        run_log(state, &plan_id, LogEdit::EditDecision { decision_id: decision_id.clone(), edit: make(text) })
    })
}

pub use crate::ui::system::today;
