//! The follow-up actions of a decision: text, owner department, due day and
//! status, edited in place; an open action past its due day stands out.

use leptos::prelude::*;

use super::run::{read_plan, remove_with_undo, run_log, today};
use crate::model::tracking::{ActionEdit, DecisionEdit, LogEdit};
use crate::model::tracking::{ActionStatus, FollowUp};
use crate::ui::common::day_field::DayField;
use crate::ui::common::field::TextField;
use crate::ui::state::use_app;
use crate::ui::common::add_row::AddRow;

/// The actions of one decision, with a field to add one.
#[component]
pub fn FollowUpList(plan_id: String, decision_id: String) -> impl IntoView {
    let state = use_app();
    let actions = {
        let decision_id = decision_id.clone();
        read_plan(&plan_id, move |p| p.decisions.iter().find(|d| d.id == decision_id).map(|d| d.actions.clone()))
    };
    let ids = Memo::new(move |_| actions.with(|a| a.iter().map(|a| a.id.clone()).collect::<Vec<_>>()));
    let add = {
        let (plan_id, decision_id) = (plan_id.clone(), decision_id.clone());
        Callback::new(move |text: String| {
            run_log(state, &plan_id, LogEdit::EditDecision { decision_id: decision_id.clone(), edit: DecisionEdit::AddAction { text } })
        })
    };
    view! {
        <div class="follow-ups">
            <h4>"Follow-up actions"</h4>
            <ul class="action-list">
                <For each=move || ids.get() key=|id| id.clone() let:action_id>
                    <ActionRow plan_id=plan_id.clone() decision_id=decision_id.clone() action_id actions />
                </For>
            </ul>
            <AddRow label="New follow-up action" hide_label=true hint="What has to be done" button="Add action" class="inline-add"
                input_testid="action-new" button_testid="action-add" on_add=add />
        </div>
    }
}

#[component]
fn ActionRow(plan_id: String, decision_id: String, action_id: String, actions: Signal<Vec<FollowUp>>) -> impl IntoView {
    let state = use_app();
    let action = {
        let action_id = action_id.clone();
        Memo::new(move |_| actions.with(|a| a.iter().find(|a| a.id == action_id).cloned()))
    };
    let read = move |f: fn(&FollowUp) -> String| Signal::derive(move || action.with(|a| a.as_ref().map(f).unwrap_or_default()));
    let departments = read_plan(&plan_id, |p| Some(p.departments.clone()));
    let today = today();
    let overdue = Memo::new(move |_| action.with(|a| a.as_ref().is_some_and(|a| a.is_overdue(today))));
    let edit = {
        let (plan_id, decision_id, action_id) = (plan_id.clone(), decision_id.clone(), action_id.clone());
        move |edit: ActionEdit| {
            let edit = DecisionEdit::EditAction { action_id: action_id.clone(), edit };
            run_log(state, &plan_id, LogEdit::EditDecision { decision_id: decision_id.clone(), edit })
        }
    };
    let (e1, e2, e3, e4) = (edit.clone(), edit.clone(), edit.clone(), edit);
    let owner = read(|a| a.owner_department.clone().unwrap_or_default());
    let remove = move |_| {
        let text = action.with_untracked(|a| a.as_ref().map(|a| a.text.clone()).unwrap_or_default());
        let edit = DecisionEdit::RemoveAction { action_id: action_id.clone() };
        remove_with_undo(&plan_id, LogEdit::EditDecision { decision_id: decision_id.clone(), edit }, format!("Action “{text}” was removed."));
    };
    view! {
        <li class="action-row" class:overdue=move || overdue.get() data-testid="action">
            <TextField label="Action" value=read(|a| a.text.clone()) testid="action-text"
                on_edit=Callback::new(move |t| e1(ActionEdit::Text(t))) />
            <label class="field">
                <span class="field-label">"Owner"</span>
                <select data-testid="action-owner" prop:value=owner
                    on:change:target=move |ev| { let v = ev.target().value(); let _ = e2(ActionEdit::Owner(Some(v))); }>
                    <option value="">"No owner yet"</option>
                    {move || departments.get().into_iter().map(|d| {
                        let selected = owner.get_untracked() == d.id;
                        view! { <option value=d.id selected=selected>{d.name}</option> }
                    }).collect_view()}
                </select>
            </label>
            <DayField label="Due" value=Signal::derive(move || action.with(|a| a.as_ref().and_then(|a| a.due))) testid="action-due"
                on_edit=Callback::new(move |day| e3(ActionEdit::Due(day))) />
            <label class="pick done-pick">
                <input type="checkbox" data-testid="action-done"
                    prop:checked=move || action.with(|a| a.as_ref().is_some_and(|a| a.status == ActionStatus::Done))
                    on:change:target=move |ev| {
                        let status = if ev.target().checked() { ActionStatus::Done } else { ActionStatus::Open };
                        if let Err(why) = e4(ActionEdit::Status(status)) { state.toast(why, true, None) }
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
