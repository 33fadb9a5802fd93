//! The "superseded by" choice of a decision: still in force, or replaced by
//! another decision of the log. A choice that would make decisions supersede
//! each other in a loop is refused right under it, naming the loop.

use leptos::prelude::*;

use crate::model::CommandError;
use crate::model::ids::DecisionId;
use crate::model::tracking::queries::superseding_choices;
use crate::model::tracking::{Decision, DecisionEdit, LogError};
use crate::ui::common::chosen::chosen;
use crate::ui::select::Item;

/// Which decision replaced `decision`, chosen among the others.
#[component]
pub fn SupersededByChoice(decision: Item<Decision>) -> impl IntoView {
    let plan = decision.plan();
    let value = decision.read(|d| d.superseded_by.as_ref().map(ToString::to_string).unwrap_or_default());
    let others = plan.read(move |p| {
        let id = decision.id();
        superseding_choices(p, &id).map(|d| (d.id.to_string(), format!("{} ({})", d.title, d.date))).collect::<Vec<_>>()
    });
    // The loop a refused choice would have closed, until the next choice.
    let refused = RwSignal::new(None::<String>);
    let choose = move |select: web_sys::HtmlSelectElement| {
        let by = chosen::<DecisionId>(select.value());
        let Err(why) = decision.set(DecisionEdit::SupersededBy(by)) else { return refused.set(None) };
        // The model is unchanged, so nothing re-renders: put the choice back by hand.
        select.set_value(&value.get_untracked());
        match why {
            // The loop is about this choice: say it here, where the user looks.
            CommandError::Log(LogError::SupersedingLoop(_)) => refused.set(Some(why.to_string())),
            _ => {
                refused.set(None);
                plan.app().toasts.refused(&why);
            }
        }
    };
    view! {
        <label class="field">
            <span class="field-label">"Superseded by"</span>
            <select data-testid="decision-superseded-by" prop:value=value on:change:target=move |ev| choose(ev.target())>
                <option value="">"Still in force"</option>
                {move || others.get().into_iter().map(|(id, label)| {
                    let selected = value.get_untracked() == id;
                    view! { <option value=id selected=selected>{label}</option> }
                }).collect_view()}
            </select>
            {move || refused.get().map(|why| view! { <span class="field-error" role="alert" data-testid="decision-superseded-error">{why}</span> })}
        </label>
    }
}
