//! The options a decision considered: listed, edited in place, added and removed.

use leptos::prelude::*;

use crate::model::tracking::{Decision, DecisionEdit};
use crate::ui::common::add_row::AddRow;
use crate::ui::common::field::TextField;
use crate::ui::select::Item;
use crate::ui::select::memo;

/// The options of one decision.
#[component]
pub fn OptionList(decision: Item<Decision>) -> impl IntoView {
    let options = decision.read(|d| d.options.clone());
    // Rows are rebuilt only when their number changes, so typing in one keeps its focus.
    let count = memo(move || options.with(Vec::len));
    let row = move |index: usize| {
        let value = Signal::derive(move || options.with(|o| o.get(index).cloned().unwrap_or_default()));
        let on_edit = decision.edit(move |text| DecisionEdit::EditOption { index, text });
        let remove = move |_| {
            if let Err(why) = decision.set(DecisionEdit::RemoveOption { index }) {
                decision.plan().app().toasts.refused(&why);
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
                {move || (0..count.get()).map(row).collect_view()}
            </ol>
            <AddRow label="New option" hide_label=true hint="Another option" button="Add option" class="inline-add"
                input_testid="decision-option-new" button_testid="decision-option-add" on_add=decision.edit(DecisionEdit::AddOption) />
        </div>
    }
}
