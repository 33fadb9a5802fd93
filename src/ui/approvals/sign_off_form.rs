//! Recording a department's decision on the plan as it stands: by the
//! department's reviewer in their own browser, or by the liaison who was told.

use leptos::prelude::*;

use super::plan_view::{department_options, reviewing_department};
use super::round::RoundHandle;
use crate::model::approval::{HowGiven, SignOffState};
use crate::model::{ApprovalEdit, Keyed};
use crate::ui::common::chosen::chosen;
use crate::ui::common::draft::DraftField;
use crate::ui::select::memo;

/// "in a meeting" → "In a meeting".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Department, how it was given (when the liaison records it), decision,
/// name and comment, then "Record".
#[component]
pub fn SignOffForm(round: RoundHandle) -> impl IntoView {
    let plan = round.plan();
    let reviewing = reviewing_department(plan);
    let picked = RwSignal::new(String::new());
    // A reviewer speaks for their department; the liaison picks one.
    let department = memo(move || reviewing.get().or_else(|| chosen(picked.get())));
    // Nothing chosen until the user chooses: a decision is never recorded by default.
    let decision = RwSignal::new(None::<SignOffState>);
    // The liaison says how the department gave its decision.
    let how = RwSignal::new(None::<HowGiven>);
    let by = RwSignal::new(String::new());
    let comment = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // The representative signs by default.
    Effect::new(move |_| {
        let who = department.get().and_then(|id| plan.with_untracked(|p| p.department(&id).map(|d| d.representative.clone())).flatten());
        by.set(who.unwrap_or_default());
    });
    let departments = plan.read(department_options);
    let record = move |_| {
        let Some(department_id) = department.get_untracked() else {
            error.set(Some("Choose the department whose decision this is.".into()));
            return;
        };
        let how = match (reviewing.get_untracked(), how.get_untracked()) {
            (Some(_), _) => None,
            (None, Some(how)) => Some(how),
            (None, None) => {
                error.set(Some("Say how the department gave its decision: in a meeting, by e-mail or by phone.".into()));
                return;
            }
        };
        let Some(state) = decision.get_untracked() else {
            error.set(Some("Choose the decision: approved, changes requested or rejected.".into()));
            return;
        };
        let edit = ApprovalEdit::SignOff {
            round_id: round.id(),
            department_id,
            state,
            by: by.get_untracked(),
            comment: comment.get_untracked(),
            how,
        };
        match plan.run(edit) {
            Ok(_) => {
                error.set(None);
                comment.set(String::new());
                decision.set(None);
                plan.app().toast("The decision was recorded for this version of the plan.", false, None);
            }
            Err(why) => error.set(Some(why.to_string())),
        }
    };
    let choices = [SignOffState::Approved, SignOffState::ChangesRequested, SignOffState::Rejected].map(|s| {
        view! {
            <label class="check">
                <input type="radio" name="decision" value=s.key() data-testid=format!("decision-{}", s.key())
                    prop:checked=move || decision.get() == Some(s) on:change=move |_| decision.set(Some(s)) />
                {s.label()}
            </label>
        }
    });
    view! {
        <section class="sign-off-form" data-testid="sign-off-form">
            <h2>"Record a decision"</h2>
            <div class="sign-off-grid">
                <Show when=move || reviewing.with(Option::is_none)>
                    <label class="field">
                        <span class="field-label">"Department"</span>
                        <select data-testid="sign-off-department" prop:value=picked on:change:target=move |ev| picked.set(ev.target().value())>
                            <option value="">"Choose…"</option>
                            {move || departments.get().into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                        </select>
                    </label>
                    <label class="field">
                        <span class="field-label">"How it was given"</span>
                        <select data-testid="sign-off-how" on:change:target=move |ev| how.set(HowGiven::from_key(&ev.target().value()))
                            prop:value=move || how.get().map(|h| h.key()).unwrap_or_default()>
                            <option value="">"Choose…"</option>
                            {HowGiven::OFFERED.iter().map(|h| view! { <option value=h.key()>{capitalised(h.label())}</option> }).collect_view()}
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
