//! A plan's overview section: vision, horizon, status and departments.

use leptos::prelude::*;

use super::departments::DepartmentList;
use crate::model::{Command, Keyed, Plan, PlanEdit, PlanStatus};
use crate::ui::common::field::TextField;
use crate::ui::state::use_app;

/// An empty date field means "no date".
fn optional(text: String) -> Option<String> {
    Some(text).filter(|t| !t.is_empty())
}

/// Vision, horizon, status and departments of one plan.
#[component]
pub fn PlanOverview(plan_id: String) -> impl IntoView {
    let state = use_app();
    let read = {
        let plan_id = plan_id.clone();
        move |f: fn(&Plan) -> String| {
            let plan_id = plan_id.clone();
            Signal::derive(move || state.workspace.with(|ws| ws.plan(&plan_id).map(f).unwrap_or_default()))
        }
    };
    let edit = {
        let plan_id = plan_id.clone();
        move |make: fn(String) -> PlanEdit| {
            let plan_id = plan_id.clone();
            Callback::new(move |text: String| {
                state.run(Command::EditPlan { plan_id: plan_id.clone(), edit: make(text) }).map(drop)
            })
        }
    };
    let status = read(|p| p.status.key().to_string());
    let set_status = edit(|key| PlanEdit::Status(PlanStatus::from_key(&key).unwrap_or_default()));
    view! {
        <div class="plan-overview" data-testid="plan-overview">
            <div class="plan-grid">
                <div class="plan-vision">
                    <TextField label="Vision" multiline=true testid="plan-vision"
                        hint="Where the departments want to be at the end of the horizon"
                        value=read(|p| p.vision.clone()) on_edit=edit(PlanEdit::Vision) />
                </div>
                <fieldset class="plan-horizon">
                    <legend>"Horizon"</legend>
                    <TextField label="Starts" kind="date" testid="plan-start"
                        value=read(|p| p.horizon.start.clone().unwrap_or_default())
                        on_edit=edit(|t| PlanEdit::HorizonStart(optional(t))) />
                    <TextField label="Ends" kind="date" testid="plan-end"
                        value=read(|p| p.horizon.end.clone().unwrap_or_default())
                        on_edit=edit(|t| PlanEdit::HorizonEnd(optional(t))) />
                </fieldset>
                <label class="field plan-status">
                    <span class="field-label">"Status"</span>
                    <select data-testid="plan-status" prop:value=status
                        on:change:target=move |ev| { let _ = set_status.run(ev.target().value()); }>
                        {PlanStatus::ALL.iter().map(|&s| view! { <option value=s.key()>{s.label()}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <DepartmentList plan_id=plan_id.clone() />
        </div>
    }
}
