//! One decision of the log, edited in place: what was decided and why, the
//! options considered, who took part, the follow-up actions, and whether a
//! later decision replaced it.

use leptos::prelude::*;

use super::department_picks::{names_or, DepartmentPicks};
use super::follow_ups::FollowUpList;
use super::options::OptionList;
use super::superseded_by::SupersededByChoice;
use crate::model::Day;
use crate::model::entity::find;
use crate::model::tracking::queries::replacement;
use crate::model::tracking::{Decision, DecisionEdit};
use crate::ui::common::day_field::DayField;
use crate::ui::common::field::TextField;
use crate::ui::common::origin::OriginLine;
use crate::ui::select::Item;
use crate::ui::system::today;

/// A decision: a header always shown, and its editor when opened.
#[component]
pub fn DecisionCard(decision: Item<Decision>) -> impl IntoView {
    let plan = decision.plan();
    // Who replaced it: (id, title), shown as a link to that decision.
    let replaced_by = plan.read(move |p| replacement(p, &decision.id()).map(|d| (d.id.clone(), d.title.clone())));
    let open = RwSignal::new(decision.with_untracked(|d| d.superseded_by.is_none()).unwrap_or(false));
    let participants = plan.read(move |p| {
        let taking_part = find(&p.decisions, &decision.id()).map(|d| p.department_names(&d.departments));
        taking_part.map(|names| names_or(names, "No department named yet")).unwrap_or_default()
    });
    let today = today();
    let late = decision.read(move |d| d.overdue_actions(today));
    let title = decision.read(|d| d.title.clone());
    let remove = move |_| decision.remove_with_undo(format!("Decision “{}” was deleted.", title.get_untracked()));
    let on_date = Callback::new(move |day: Option<Day>| day.map_or(Ok(()), |day| decision.set(DecisionEdit::Date(day))));
    let toggle_department = Callback::new(move |(department_id, takes_part)| {
        // Nothing to say when it is refused: the box shows the model's state again.
        let _ = decision.set(DecisionEdit::Department { department_id, takes_part });
    });
    view! {
        <article class="decision-card" class:superseded=move || replaced_by.with(Option::is_some)
            id=format!("decision-{}", decision.id()) data-testid="decision">
            <header class="decision-head">
                <span class="decision-date" data-testid="decision-date">{decision.read(|d| d.date.text())}</span>
                <h3 data-testid="decision-title">{title}</h3>
                {move || replaced_by.get().map(|(id, title)| view! {
                    <span class="badge badge-superseded" data-testid="decision-superseded">"Superseded by "
                        <a href="" on:click=move |ev| { ev.prevent_default(); jump_to(&id) } data-testid="decision-superseded-link">{title}</a>
                    </span>
                })}
                <Show when=move || { late.get() > 0 }>
                    <span class="badge badge-late" data-testid="decision-late">{move || format!("{} overdue action(s)", late.get())}</span>
                </Show>
                <button type="button" class="small" data-testid="decision-toggle" aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)>{move || if open.get() { "Hide details" } else { "Show details" }}</button>
            </header>
            <p class="decision-participants">"Taking part: " {participants}</p>
            <OriginLine origin=decision.read(|d| d.origin.clone()) />
            <Show when=move || open.get()>
                <div class="decision-body">
                    <div class="decision-grid">
                        <DayField label="Date" required=true value=decision.read(|d| Some(d.date)) on_edit=on_date testid="decision-date-field" />
                        <TextField label="Title" value=title on_edit=decision.edit(DecisionEdit::Title) testid="decision-title-field" />
                    </div>
                    <TextField label="Context" multiline=true value=decision.read(|d| d.context.clone())
                        on_edit=decision.edit(DecisionEdit::Context) testid="decision-context" />
                    <OptionList decision />
                    <TextField label="Decision" multiline=true value=decision.read(|d| d.decision.clone())
                        on_edit=decision.edit(DecisionEdit::Decision) testid="decision-text" />
                    <TextField label="Rationale" multiline=true value=decision.read(|d| d.rationale.clone())
                        on_edit=decision.edit(DecisionEdit::Rationale) testid="decision-rationale" />
                    <DepartmentPicks label="Departments taking part" testid="decision-departments"
                        selected=decision.read(|d| d.departments.clone()) on_toggle=toggle_department />
                    <FollowUpList decision />
                    <div class="decision-foot">
                        <SupersededByChoice decision />
                        <button type="button" class="danger" data-testid="decision-delete" on:click=remove>"Delete decision"</button>
                    </div>
                </div>
            </Show>
        </article>
    }
}

/// Scrolls to a decision of the log and puts the keyboard focus on it.
fn jump_to(decision_id: &str) {
    use leptos::wasm_bindgen::JsCast;
    if let Some(element) = document().get_element_by_id(&format!("decision-{decision_id}")) {
        element.scroll_into_view();
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.set_attribute("tabindex", "-1");
            let _ = element.focus();
        }
    }
}
