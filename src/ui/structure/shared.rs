//! Helpers the structure sections share: running a structure edit, reading
//! parts of a plan, and showing numbers without float formatting.

use leptos::prelude::*;

use crate::model::structure::Initiative;
use crate::model::{Command, Outcome, Plan, StructureEdit};
use crate::ui::state::{use_app, AppState};

/// Runs one structure edit on a plan; the error is in words for the user.
pub fn run(state: AppState, plan_id: &str, edit: StructureEdit) -> Result<Outcome, String> {
    state.run(Command::EditStructure { plan_id: plan_id.to_string(), edit })
}

/// Runs a delete and offers its undo in a toast saying `what` was deleted.
pub fn delete_with_undo(state: AppState, plan_id: &str, edit: StructureEdit, what: String) {
    let command = Command::EditStructure { plan_id: plan_id.to_string(), edit };
    if let Some(outcome) = state.run_or_toast(command) {
        state.toast(format!("{what} was deleted."), false, outcome.undo.map(|undo| *undo));
    }
}

/// A part of the plan that re-renders only when it changes.
pub fn plan_part<T>(plan_id: &str, f: impl Fn(&Plan) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Clone + Default + Send + Sync + 'static,
{
    let state = use_app();
    let plan_id = plan_id.to_string();
    Memo::new(move |_| state.workspace.with(|ws| ws.plan(&plan_id).map(&f).unwrap_or_default()))
}

/// `(id, name)` of every department, in plan order.
pub fn departments(plan: &Plan) -> Vec<(String, String)> {
    plan.departments.iter().map(|d| (d.id.clone(), d.name.clone())).collect()
}

/// One initiative of the plan, if it is still there.
pub fn initiative<'a>(plan: &'a Plan, id: &str) -> Option<&'a Initiative> {
    plan.initiatives.iter().find(|i| i.id == id)
}

/// Initiatives whose objective is not in the plan (e.g. after a repair).
pub fn orphan_ids(plan: &Plan) -> Vec<String> {
    plan.initiatives
        .iter()
        .filter(|i| !plan.objectives.iter().any(|o| o.id == i.objective_id))
        .map(|i| i.id.clone())
        .collect()
}

/// `12`, `12.5`: whole numbers without decimals, others with one.
pub fn number_text(x: Option<f64>) -> String {
    match x {
        None => String::new(),
        Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => (x as i64).to_string(),
        Some(x) => crate::model::text::one_decimal(x),
    }
}
