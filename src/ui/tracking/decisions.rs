//! The decision log of a plan: newest first, a form to record a decision.

use leptos::prelude::*;

use super::decision_card::DecisionCard;
use super::run::{read_plan, run_log, today};
use crate::model::tracking::LogEdit;
use crate::ui::state::use_app;
use crate::ui::common::draft::DraftField;

/// Every decision of the plan, with a form to add one.
#[component]
pub fn DecisionsSection(plan_id: String) -> impl IntoView {
    let state = use_app();
    // Newest first: by date, then by the order they were recorded.
    let ids = {
        let ids = read_plan(&plan_id, |p| {
            let mut all: Vec<(crate::model::Day, usize, String)> =
                p.decisions.iter().enumerate().map(|(n, d)| (d.date, n, d.id.clone())).collect();
            all.sort_by(|a, b| (b.0, b.1).cmp(&(a.0, a.1)));
            Some(all.into_iter().map(|(_, _, id)| id).collect::<Vec<_>>())
        });
        Memo::new(move |_| ids.get())
    };
    let (date, title, error) = (RwSignal::new(today().text()), RwSignal::new(String::new()), RwSignal::new(None::<String>));
    let add = {
        let plan_id = plan_id.clone();
        move || match crate::model::values::day(&date.get_untracked()).map_err(|why| why.to_string()).and_then(|date| {
            run_log(state, &plan_id, LogEdit::AddDecision { date, title: title.get_untracked() })
        }) {
            Ok(()) => { title.set(String::new()); error.set(None) }
            Err(why) => error.set(Some(why)),
        }
    };
    let add_on_enter = add.clone();
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
                        on:keydown=move |ev| if ev.key() == "Enter" { add_on_enter() } />
                </label>
                <button type="button" class="primary" data-testid="decision-add" on:click=move |_| add()>"Record decision"</button>
                {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            </div>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty-note" data-testid="decisions-empty">"No decision recorded yet. Record the first one above."</p>
            </Show>
            <div class="decision-list">
                <For each=move || ids.get() key=|id| id.clone() let:decision_id>
                    <DecisionCard plan_id=plan_id.clone() decision_id />
                </For>
            </div>
        </section>
    }
}
