//! Resolving an objection: how it was settled, and maybe the decision that
//! settled it.

use leptos::prelude::*;

use crate::model::review::queries::settling_decisions;
use crate::model::review::{Comment, ReviewError};
use crate::model::{CommandError, ReviewEdit};
use crate::ui::common::chosen::chosen;
use crate::ui::common::draft::DraftField;
use crate::ui::select::Item;

/// The resolve form of `comment`, shown while `resolving`; what is typed
/// stays while it is closed and opened again.
#[component]
pub fn ResolveForm(comment: Item<Comment>, resolving: RwSignal<bool>) -> impl IntoView {
    let plan = comment.plan();
    let resolution = RwSignal::new(String::new());
    let decision = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // Offered as they are when the comment is shown: a list that changed
    // under an open picker would lose the choice.
    let decisions = plan.with_untracked(settling_decisions).unwrap_or_default();
    let resolve = move |_| {
        let edit = ReviewEdit::ResolveObjection { comment_id: comment.id(), resolution: resolution.get_untracked(), decision_id: chosen(decision.get_untracked()) };
        match plan.run(edit) {
            Ok(_) => (resolving.set(false), error.set(None)).0,
            // The form's own rule is said beside it; a comment or plan gone
            // meanwhile is a refusal with its next step.
            Err(CommandError::Review(why @ ReviewError::EmptyResolution)) => error.set(Some(why.to_string())),
            Err(why) => {
                error.set(None);
                plan.app().toasts.refused(&why);
            }
        }
    };
    view! {
        <Show when=move || resolving.get()>
            <div class="resolve-form">
                <DraftField label="How was it resolved?" value=resolution testid="resolution" />
                <label class="field">
                    <span class="field-label">"Settled by a decision (optional)"</span>
                    <select data-testid="resolution-decision" prop:value=decision on:change:target=move |ev| decision.set(ev.target().value())>
                        <option value="">"No decision"</option>
                        {decisions.iter().map(|(id, title)| view! { <option value=id.to_string()>{title.clone()}</option> }).collect_view()}
                    </select>
                </label>
                <button type="button" class="primary small" data-testid="confirm-resolve" on:click=resolve>"Mark resolved"</button>
                {move || error.get().map(|e| view! { <span class="field-error" role="alert">{e}</span> })}
            </div>
        </Show>
    }
}
