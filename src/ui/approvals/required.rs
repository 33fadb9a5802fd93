//! Changing which departments must sign off a round that is under way.

use leptos::prelude::*;

use super::round::RoundHandle;
use crate::model::ids::DepartmentId;
use crate::model::ApprovalEdit;

/// A tick box per department; unticking the last one is refused.
#[component]
pub fn RequiredDepartments(round: RoundHandle) -> impl IntoView {
    let plan = round.plan();
    let boxes = round.read(|p, r| {
        p.departments.iter().map(|d| (d.id.clone(), d.name.clone(), r.required_departments.contains(&d.id))).collect::<Vec<_>>()
    });
    // Says whether the change was taken; a refused one is undone on screen.
    let set = move |department_id: DepartmentId, required: bool| {
        plan.run_or_toast(ApprovalEdit::SetRequired { round_id: round.id(), department_id, required }).is_some()
    };
    let view_box = move |(id, name, checked): (DepartmentId, String, bool)| {
        view! {
            <label class="check">
                <input type="checkbox" data-testid="required-department" prop:checked=checked
                    on:change:target=move |ev| if !set(id.clone(), ev.target().checked()) { ev.target().set_checked(!ev.target().checked()) } />
                {name}
            </label>
        }
    };
    view! {
        <details class="required-departments">
            <summary>"Change who must sign off"</summary>
            <div class="round-departments">{move || boxes.get().into_iter().map(view_box).collect::<Vec<_>>()}</div>
        </details>
    }
}
