//! The options a decision considered: listed, edited in place, added and removed.

use leptos::prelude::*;

use super::run::{read_plan, run_log};
use crate::model::tracking::{DecisionEdit, LogEdit};
use crate::ui::common::field::TextField;
use crate::ui::state::use_app;
use crate::ui::common::add_row::AddRow;

/// The options of one decision.
#[component]
pub fn OptionList(plan_id: String, decision_id: String) -> impl IntoView {
    let state = use_app();
    let options = {
        let decision_id = decision_id.clone();
        read_plan(&plan_id, move |p| p.decisions.iter().find(|d| d.id == decision_id).map(|d| d.options.clone()))
    };
    // Rows are rebuilt only when their number changes, so typing in one keeps its focus.
    let count = Memo::new(move |_| options.with(Vec::len));
    let edit = {
        let (plan_id, decision_id) = (plan_id.clone(), decision_id.clone());
        move |edit: DecisionEdit| run_log(state, &plan_id, LogEdit::EditDecision { decision_id: decision_id.clone(), edit })
    };
    let add = {
        let edit = edit.clone();
        Callback::new(move |text: String| edit(DecisionEdit::AddOption(text)))
    };
    let row = move |index: usize| {
        let (edit_text, edit_remove) = (edit.clone(), edit.clone());
        let value = Signal::derive(move || options.with(|o| o.get(index).cloned().unwrap_or_default()));
        let on_edit = Callback::new(move |text: String| edit_text(DecisionEdit::EditOption { index, text }));
        let remove = move |_| {
            if let Err(why) = edit_remove(DecisionEdit::RemoveOption { index }) {
                state.toast(why, true, None);
            }
        };
        view! {
            <li class="option-row" data-testid="decision-option">
                <TextField label="Option" value on_edit testid="decision-option-text" />
                <button type="button" class="danger small" data-testid="decision-option-remove" on:click=remove>"Remove"</button>
            </li>
        }
    };
    view! {
        <div class="options">
            <h4>"Options considered"</h4>
            <ol class="option-list">
                {move || (0..count.get()).map(row.clone()).collect_view()}
            </ol>
            <AddRow label="New option" hide_label=true hint="Another option" button="Add option" class="inline-add"
                input_testid="decision-option-new" button_testid="decision-option-add" on_add=add />
        </div>
    }
}
