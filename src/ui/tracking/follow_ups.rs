//! The follow-up actions of a decision: text, owner department, due day and
//! status, edited in place; an open action past its due day stands out.

use leptos::prelude::*;

use crate::model::entity::find;
use crate::model::ids::{ActionId, DepartmentId};
use crate::model::tracking::{ActionEdit, ActionStatus, Decision, DecisionEdit, LogEdit};
use crate::ui::common::add_row::AddRow;
use crate::ui::common::chosen::chosen;
use crate::ui::common::day_field::DayField;
use crate::ui::common::field::TextField;
use crate::ui::select::Item;
use crate::ui::select::memo;
use crate::ui::system::today;

/// The actions of one decision, with a field to add one.
#[component]
pub fn FollowUpList(decision: Item<Decision>) -> impl IntoView {
    let ids = decision.read(|d| d.actions.iter().map(|a| a.id.clone()).collect::<Vec<_>>());
    view! {
        <div class="follow-ups">
            <h4>"Follow-up actions"</h4>
            <ul class="action-list">
                <For each=move || ids.get() key=|id| id.clone() let:action_id>
                    <ActionRow decision action_id />
                </For>
            </ul>
            <AddRow label="New follow-up action" hide_label=true hint="What has to be done" button="Add action" class="inline-add"
                input_testid="action-new" button_testid="action-add" on_add=decision.edit(|text| DecisionEdit::AddAction { text }) />
        </div>
    }
}

#[component]
fn ActionRow(decision: Item<Decision>, action_id: ActionId) -> impl IntoView {
    let plan = decision.plan();
    let action_id = StoredValue::new(action_id);
    let action = decision.read(move |d| action_id.with_value(|id| find(&d.actions, id).cloned()));
    let departments = plan.read(|p| p.departments.iter().map(|d| (d.id.to_string(), d.name.clone())).collect::<Vec<_>>());
    let today = today();
    let overdue = memo(move || action.with(|a| a.as_ref().is_some_and(|a| a.is_overdue(today))));
    let edit = move |edit: ActionEdit| decision.set(DecisionEdit::EditAction { action_id: action_id.get_value(), edit });
    let text = Signal::derive(move || action.with(|a| a.as_ref().map(|a| a.text.clone()).unwrap_or_default()));
    let owner = Signal::derive(move || {
        action.with(|a| a.as_ref().and_then(|a| a.owner_department.as_ref()).map(ToString::to_string).unwrap_or_default())
    });
    let remove = move |_| {
        let edit = DecisionEdit::RemoveAction { action_id: action_id.get_value() };
        let said = format!("Action “{}” was removed.", text.get_untracked());
        plan.run_with_undo(LogEdit::EditDecision { decision_id: decision.id(), edit }, said);
    };
    view! {
        <li class="action-row" class:overdue=move || overdue.get() data-testid="action">
            <TextField label="Action" value=text testid="action-text" on_edit=Callback::new(move |t| edit(ActionEdit::Text(t))) />
            <label class="field">
                <span class="field-label">"Owner"</span>
                <select data-testid="action-owner" prop:value=owner
                    on:change:target=move |ev| {
                        // The empty option is "No owner yet"; a refusal leaves the model's owner shown.
                        let chosen = chosen::<DepartmentId>(ev.target().value());
                        let _ = edit(ActionEdit::Owner(chosen));
                    }>
                    <option value="">"No owner yet"</option>
                    {move || departments.get().into_iter().map(|(id, name)| {
                        let selected = owner.get_untracked() == id;
                        view! { <option value=id selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
            </label>
            <DayField label="Due" value=Signal::derive(move || action.with(|a| a.as_ref().and_then(|a| a.due))) testid="action-due"
                on_edit=Callback::new(move |day| edit(ActionEdit::Due(day))) />
            <label class="pick done-pick">
                <input type="checkbox" data-testid="action-done"
                    prop:checked=move || action.with(|a| a.as_ref().is_some_and(|a| a.status == ActionStatus::Done))
                    on:change:target=move |ev| {
                        let status = if ev.target().checked() { ActionStatus::Done } else { ActionStatus::Open };
                        if let Err(why) = edit(ActionEdit::Status(status)) { plan.app().toasts.refused(&why) }
                    } />
                "Done"
            </label>
            <Show when=move || overdue.get()>
                <span class="badge badge-late" data-testid="action-overdue">"Overdue"</span>
            </Show>
            <button type="button" class="danger small" data-testid="action-remove" on:click=remove>"Remove"</button>
        </li>
    }
}
