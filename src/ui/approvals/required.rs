//! Changing which departments must sign off a round that is under way.

use leptos::prelude::*;

use crate::model::approval::ApprovalRound;
use crate::model::{ApprovalEdit, Command, Plan};
use crate::ui::state::use_app;

/// A tick box per department; unticking the last one is refused.
#[component]
pub fn RequiredDepartments(plan: Memo<Option<Plan>>, round: Memo<Option<ApprovalRound>>) -> impl IntoView {
    let state = use_app();
    let boxes = move || {
        let (Some(p), Some(r)) = (plan.get(), round.get()) else { return Vec::new() };
        p.departments
            .iter()
            .map(|d| {
                let (plan_id, round_id, department_id) = (p.id.clone(), r.id.clone(), d.id.clone());
                let checked = r.required_departments.contains(&d.id);
                // Says whether the change was taken; a refused one is undone on screen.
                let set = move |required: bool| {
                    let edit = ApprovalEdit::SetRequired { round_id: round_id.clone(), department_id: department_id.clone(), required };
                    state.run_or_toast(Command::EditApproval { plan_id: plan_id.clone(), edit }).is_some()
                };
                view! {
                    <label class="check">
                        <input type="checkbox" data-testid="required-department" prop:checked=checked
                            on:change:target=move |ev| if !set(ev.target().checked()) { ev.target().set_checked(!ev.target().checked()) } />
                        {d.name.clone()}
                    </label>
                }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <details class="required-departments">
            <summary>"Change who must sign off"</summary>
            <div class="round-departments">{boxes}</div>
        </details>
    }
}
