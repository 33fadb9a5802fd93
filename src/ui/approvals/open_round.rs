//! Opening an approval round for the plan as it stands: due date and the
//! departments that must sign off (by default those Responsible or
//! Accountable for something).

use leptos::prelude::*;

use super::plan_view::department_options;
use crate::model::approval::default_required;
use crate::model::approval::queries::current_round;
use crate::ui::system::today;
use crate::model::ids::DepartmentId;
use crate::model::values::optional_day;
use crate::model::ApprovalEdit;
use crate::ui::common::draft::DraftField;
use crate::ui::select::use_plan;

/// The form that opens a round; `first` when the plan has none yet.
#[component]
pub fn OpenRound(first: bool) -> impl IntoView {
    let plan = use_plan();
    // A next round keeps the due day of the one before while it is still ahead.
    let earlier_due = plan.with_untracked(|p| current_round(p).and_then(|r| r.due)).flatten().filter(|d| *d >= today());
    let due = RwSignal::new(earlier_due.map(|d| d.text()).unwrap_or_default());
    let error = RwSignal::new(None::<String>);
    // The departments ticked; starts with the default and follows the user's clicks.
    let chosen = RwSignal::new(plan.with_untracked(default_required).unwrap_or_default());
    let toggle = move |id: DepartmentId, on: bool| {
        chosen.update(|list| {
            list.retain(|d| *d != id);
            if on {
                list.push(id);
            }
        })
    };
    let departments = plan.read(department_options);
    let has_departments = plan.read(|p| !p.departments.is_empty());
    let boxes = move || {
        departments
            .get()
            .into_iter()
            .map(|(id, name)| {
                let id = StoredValue::new(id);
                view! {
                    <label class="check">
                        <input type="checkbox" data-testid="round-department" prop:checked=move || chosen.with(|c| id.with_value(|id| c.contains(id)))
                            on:change:target=move |ev| toggle(id.get_value(), ev.target().checked()) />
                        {name}
                    </label>
                }
            })
            .collect_view()
    };
    let open = move |_| {
        let required = chosen.get_untracked();
        // An empty list would mean "the default" to the model: here it is a
        // mistake, since the user unticked every department.
        if required.is_empty() {
            error.set(Some("Tick at least one department that must sign off.".into()));
            return;
        }
        let due = match optional_day(Some(&due.get_untracked())) {
            Ok(due) => due,
            Err(why) => return error.set(Some(why.to_string())),
        };
        match plan.run(ApprovalEdit::OpenRound { due, required }) {
            Ok(_) => error.set(None),
            Err(why) => error.set(Some(why.to_string())),
        }
    };
    view! {
        <section class="open-round" data-testid="open-round">
            <h2>{if first { "Ask the departments to sign off" } else { "Open a new round for this version" }}</h2>
            <Show when=move || first>
                <p class="muted">
                    "A round asks each department to approve the plan as it stands now. If the plan's substance changes "
                    "afterwards, the approvals already given are marked stale, so everybody knows what they agreed to."
                </p>
            </Show>
            {move || if !has_departments.get() {
                view! { <p>"Add the plan's departments in the Overview first."</p> }.into_any()
            } else {
                view! {
                <fieldset class="round-departments">
                    <legend>"Who must sign off"</legend>
                    {boxes}
                </fieldset>
                <DraftField label="Sign-offs due by" value=due testid="round-due" kind="date" class="round-due" />
                <button type="button" class="primary" data-testid="open-round-button" on:click=open>"Open the approval round"</button>
                {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                }.into_any()
            }}
        </section>
    }
}
