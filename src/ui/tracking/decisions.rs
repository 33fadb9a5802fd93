//! The decision log of a plan: newest first, a form to record a decision.

use leptos::prelude::*;

use super::decision_card::DecisionCard;
use crate::model::tracking::queries::decisions_newest_first;
use crate::model::tracking::LogEdit;
use crate::model::values::day;
use crate::model::CommandError;
use crate::ui::common::draft::DraftField;
use crate::ui::select::use_plan;
use crate::ui::system::today;

/// Every decision of the page's plan, with a form to add one.
#[component]
pub fn DecisionsSection() -> impl IntoView {
    let plan = use_plan();
    let ids = plan.read(|p| decisions_newest_first(p).into_iter().map(|d| d.id.clone()).collect::<Vec<_>>());
    let (date, title, error) = (RwSignal::new(today().text()), RwSignal::new(String::new()), RwSignal::new(None::<String>));
    let add = move || {
        let recorded = day(&date.get_untracked())
            .map_err(CommandError::from)
            .and_then(|date| plan.run(LogEdit::AddDecision { date, title: title.get_untracked() }));
        match recorded {
            Ok(_) => {
                title.set(String::new());
                error.set(None)
            }
            Err(why) => error.set(Some(why.to_string())),
        }
    };
    view! {
        <section class="decisions" data-testid="decisions">
            <h2>"Decision log"</h2>
            <p class="muted">"What was decided, why, with which departments, and what follows from it."</p>
            <div class="record-form" data-testid="decision-form">
                <DraftField label="Date" value=date testid="decision-new-date" kind="date" />
                <label class="field grow">
                    <span class="field-label">"Title of the decision"</span>
                    <input type="text" placeholder="e.g. Use one shared inbox" data-testid="decision-new-title"
                        prop:value=title on:input:target=move |ev| title.set(ev.target().value())
                        on:keydown=move |ev| if ev.key() == "Enter" { add() } />
                </label>
                <button type="button" class="primary" data-testid="decision-add" on:click=move |_| add()>"Record decision"</button>
                {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            </div>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty-note" data-testid="decisions-empty">"No decision recorded yet. Record the first one above."</p>
            </Show>
            <div class="decision-list">
                <For each=move || ids.get() key=|id| id.clone() let:decision_id>
                    <DecisionCard decision=plan.item(decision_id) />
                </For>
            </div>
        </section>
    }
}
