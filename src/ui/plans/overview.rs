//! A plan's overview section: vision, horizon, status and departments.

use leptos::prelude::*;

use super::departments::DepartmentList;
use crate::model::approval::status::contradiction;
use crate::model::{Keyed, PlanEdit, PlanStatus};
use crate::ui::common::day_field::DayField;
use crate::ui::common::field::TextField;
use crate::ui::select::use_plan;

/// Vision, horizon, status and departments of the page's plan.
#[component]
pub fn PlanOverview() -> impl IntoView {
    let plan = use_plan();
    let status = plan.read(|p| p.status.key().to_string());
    let set_status = move |key: String| drop(plan.run_or_toast(PlanEdit::Status(PlanStatus::from_key(&key).unwrap_or_default())));
    // Both read without hashing the plan unless the status was set by hand.
    let follows = plan.read(|p| (!p.status_set_by_hand && !p.approval_rounds.is_empty()).then_some(()));
    let contradicted = plan.read(|p| {
        let flagged = p.status_set_by_hand.then(|| contradiction(p)).flatten();
        flagged.map(|(set, round)| format!("Set by hand to “{}”, but the approval round says “{}”.", set.label(), round.label()))
    });
    view! {
        <div class="plan-overview" data-testid="plan-overview">
            <div class="plan-grid">
                <div class="plan-vision">
                    <TextField label="Vision" multiline=true testid="plan-vision"
                        hint="Where the departments want to be at the end of the horizon"
                        value=plan.read(|p| p.vision.clone()) on_edit=plan.edit(PlanEdit::Vision) />
                </div>
                <fieldset class="plan-horizon">
                    <legend>"Horizon"</legend>
                    <DayField label="Starts" testid="plan-start"
                        value=plan.read(|p| p.horizon.start) on_edit=plan.edit(PlanEdit::HorizonStart) />
                    <DayField label="Ends" testid="plan-end"
                        value=plan.read(|p| p.horizon.end) on_edit=plan.edit(PlanEdit::HorizonEnd) />
                </fieldset>
                <label class="field plan-status">
                    <span class="field-label">"Status"</span>
                    <select data-testid="plan-status" prop:value=status
                        on:change:target=move |ev| set_status(ev.target().value())>
                        {PlanStatus::ALL.iter().map(|&s| view! { <option value=s.key()>{s.label()}</option> }).collect_view()}
                    </select>
                    <Show when=move || follows.get().is_some()>
                        <span class="muted" data-testid="status-follows">"Follows the approval round."</span>
                    </Show>
                    {move || contradicted.get().map(|text| view! {
                        <span class="field-error" role="alert" data-testid="status-contradiction">
                            {text} " "
                            <button type="button" class="small" data-testid="status-follow-round"
                                on:click=move |_| drop(plan.run_or_toast(PlanEdit::FollowRound))>"Follow the round"</button>
                        </span>
                    })}
                </label>
            </div>
            <DepartmentList />
        </div>
    }
}
