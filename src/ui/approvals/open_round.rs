//! Opening an approval round for the plan as it stands: due date and the
//! departments that must sign off (by default those Responsible or
//! Accountable for something).

use leptos::prelude::*;

use super::plan_view::plan_memo;
use crate::model::approval::default_required;
use crate::model::{ApprovalEdit, Command};
use crate::ui::state::use_app;
use crate::ui::common::draft::DraftField;

/// The form that opens a round; `first` when the plan has none yet.
#[component]
pub fn OpenRound(plan_id: String, first: bool) -> impl IntoView {
    let state = use_app();
    let plan = plan_memo(&plan_id);
    let due = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // The departments ticked; starts with the default and follows the user's clicks.
    let chosen = RwSignal::new(plan.with_untracked(|p| p.as_ref().map(default_required).unwrap_or_default()));
    let toggle = move |id: String, on: bool| {
        chosen.update(|list| {
            list.retain(|d| *d != id);
            if on {
                list.push(id);
            }
        })
    };
    let departments = move || {
        plan.with(|p| {
            p.iter()
                .flat_map(|p| p.departments.iter())
                .map(|d| {
                    let id = d.id.clone();
                    let checked = { let id = id.clone(); move || chosen.with(|c| c.contains(&id)) };
                    view! {
                        <label class="check">
                            <input type="checkbox" data-testid="round-department" prop:checked=checked
                                on:change:target=move |ev| toggle(id.clone(), ev.target().checked()) />
                            {d.name.clone()}
                        </label>
                    }
                })
                .collect_view()
        })
    };
    let open = move |_| {
        let required = chosen.get_untracked();
        if required.is_empty() {
            error.set(Some("Tick at least one department that must sign off.".into()));
            return;
        }
        let due = match crate::model::values::optional_day(Some(&due.get_untracked())) {
            Ok(due) => due,
            Err(why) => return error.set(Some(why.to_string())),
        };
        let edit = ApprovalEdit::OpenRound { due, required };
        match state.run(Command::EditApproval { plan_id: plan_id.clone(), edit }) {
            Ok(_) => error.set(None),
            Err(why) => error.set(Some(why)),
        }
    };
    let no_departments = move || plan.with(|p| p.as_ref().is_none_or(|p| p.departments.is_empty()));
    view! {
        <section class="open-round" data-testid="open-round">
            <h2>{if first { "Ask the departments to sign off" } else { "Open a new round for this version" }}</h2>
            <Show when=move || first>
                <p class="muted">
                    "A round asks each department to approve the plan as it stands now. If the plan's substance changes "
                    "afterwards, the approvals already given are marked stale, so everybody knows what they agreed to."
                </p>
            </Show>
            {move || if no_departments() {
                view! { <p>"Add the plan's departments in the Overview first."</p> }.into_any()
            } else {
                let open = open.clone();
                view! {
                <fieldset class="round-departments">
                    <legend>"Who must sign off"</legend>
                    {departments}
                </fieldset>
                <DraftField label="Sign-offs due by" value=due testid="round-due" kind="date" class="round-due" />
                <button type="button" class="primary" data-testid="open-round-button" on:click=open>"Open the approval round"</button>
                {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                }.into_any()
            }}
        </section>
    }
}
