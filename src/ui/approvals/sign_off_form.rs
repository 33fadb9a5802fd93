//! Recording a department's decision on the plan as it stands: by the
//! department's reviewer in their own browser, or by the liaison who was told.

use leptos::prelude::*;

use super::plan_view::{plan_memo, reviewing_department};
use crate::model::approval::SignOffState;
use crate::model::{ApprovalEdit, Command, Keyed};
use crate::ui::state::use_app;
use crate::ui::common::draft::DraftField;

/// Department, decision, name and comment, then "Record".
#[component]
pub fn SignOffForm(plan_id: String, round_id: String) -> impl IntoView {
    let state = use_app();
    let plan = plan_memo(&plan_id);
    let reviewing = reviewing_department(&plan_id);
    let picked = RwSignal::new(String::new());
    let department = move || reviewing.get().unwrap_or_else(|| picked.get());
    let decision = RwSignal::new(SignOffState::Approved);
    let by = RwSignal::new(String::new());
    let comment = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // The representative signs by default.
    Effect::new(move |_| {
        let id = department();
        let who = plan.with_untracked(|p| {
            p.as_ref().and_then(|p| p.departments.iter().find(|d| d.id == id)).map(|d| d.representative.clone())
        });
        by.set(who.unwrap_or_default());
    });
    let departments = move || {
        plan.with(|p| {
            p.iter()
                .flat_map(|p| p.departments.iter())
                .map(|d| view! { <option value=d.id.clone()>{d.name.clone()}</option> })
                .collect_view()
        })
    };
    let record = move |_| {
        let department_id = department();
        if department_id.is_empty() {
            error.set(Some("Choose the department whose decision this is.".into()));
            return;
        }
        let edit = ApprovalEdit::SignOff {
            round_id: round_id.clone(),
            department_id,
            state: decision.get_untracked(),
            by: by.get_untracked(),
            comment: comment.get_untracked(),
        };
        match state.run(Command::EditApproval { plan_id: plan_id.clone(), edit }) {
            Ok(_) => {
                error.set(None);
                comment.set(String::new());
                state.toast("The decision was recorded for this version of the plan.", false, None);
            }
            Err(why) => error.set(Some(why)),
        }
    };
    let choices = [SignOffState::Approved, SignOffState::ChangesRequested, SignOffState::Rejected].map(|s| {
        view! {
            <label class="check">
                <input type="radio" name="decision" value=s.key() data-testid=format!("decision-{}", s.key())
                    prop:checked=move || decision.get() == s on:change=move |_| decision.set(s) />
                {s.label()}
            </label>
        }
    });
    view! {
        <section class="sign-off-form" data-testid="sign-off-form">
            <h3>"Record a decision"</h3>
            <div class="sign-off-grid">
                <Show when=move || reviewing.get().is_none()>
                    <label class="field">
                        <span class="field-label">"Department"</span>
                        <select data-testid="sign-off-department" prop:value=picked on:change:target=move |ev| picked.set(ev.target().value())>
                            <option value="">"Choose…"</option>
                            {departments}
                        </select>
                    </label>
                </Show>
                <fieldset class="decision-choices"><legend>"Decision"</legend>{choices}</fieldset>
                <DraftField label="Signed by" value=by testid="sign-off-by" />
                <label class="field sign-off-comment">
                    <span class="field-label">"Comment (optional)"</span>
                    <textarea rows="2" data-testid="sign-off-comment" prop:value=comment
                        on:input:target=move |ev| comment.set(ev.target().value())></textarea>
                </label>
            </div>
            <button type="button" class="primary" data-testid="record-sign-off" on:click=record>"Record decision"</button>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        </section>
    }
}
