//! A plan's overview section: vision, horizon, status and departments.

use leptos::prelude::*;

use super::departments::DepartmentList;
use crate::model::{Command, Day, Keyed, Plan, PlanEdit, PlanStatus};
use crate::ui::common::day_field::DayField;
use crate::ui::common::field::TextField;
use crate::ui::state::use_app;

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
    let day_of = |f: fn(&Plan) -> Option<Day>| {
        let plan_id = plan_id.clone();
        Signal::derive(move || state.workspace.with(|ws| ws.plan(&plan_id).and_then(f)))
    };
    let set_day = |make: fn(Option<Day>) -> PlanEdit| {
        let plan_id = plan_id.clone();
        Callback::new(move |day| state.run(Command::EditPlan { plan_id: plan_id.clone(), edit: make(day) }).map(drop))
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
                    <DayField label="Starts" testid="plan-start"
                        value=day_of(|p| p.horizon.start) on_edit=set_day(PlanEdit::HorizonStart) />
                    <DayField label="Ends" testid="plan-end"
                        value=day_of(|p| p.horizon.end) on_edit=set_day(PlanEdit::HorizonEnd) />
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
