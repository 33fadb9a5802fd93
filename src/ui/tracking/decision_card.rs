//! One decision of the log, edited in place: what was decided and why, the
//! options considered, who took part, the follow-up actions, and whether a
//! later decision replaced it.

use leptos::prelude::*;

use super::department_picks::{department_names, DepartmentPicks};
use super::follow_ups::FollowUpList;
use super::options::OptionList;
use super::run::{decision_field, read_plan, remove_with_undo, run_log, today};
use crate::model::tracking::{DecisionEdit, LogEdit};
use crate::model::tracking::Decision;
use crate::model::Day;
use crate::ui::common::day_field::DayField;
use crate::ui::common::field::TextField;
use crate::ui::common::origin::OriginLine;
use crate::ui::state::use_app;

/// A decision: a header always shown, and its editor when opened.
#[component]
pub fn DecisionCard(plan_id: String, decision_id: String) -> impl IntoView {
    let state = use_app();
    let decision = {
        let decision_id = decision_id.clone();
        read_plan(&plan_id, move |p| p.decisions.iter().find(|d| d.id == decision_id).cloned().map(Some))
    };
    let read = move |f: fn(&Decision) -> String| Signal::derive(move || decision.with(|d| d.as_ref().map(f).unwrap_or_default()));
    // Who replaced it: (id, title), shown as a link to that decision.
    let replaced_by = {
        let decision_id = decision_id.clone();
        read_plan(&plan_id, move |p| {
            let by = p.decisions.iter().find(|d| d.id == decision_id)?.superseded_by.clone()?;
            p.decisions.iter().find(|d| d.id == by).map(|d| Some((d.id.clone(), d.title.clone())))
        })
    };
    let open = RwSignal::new(decision.with_untracked(|d| d.as_ref().is_some_and(|d| d.superseded_by.is_none())));
    let participants = {
        let decision_id = decision_id.clone();
        read_plan(&plan_id, move |p| {
            let d = p.decisions.iter().find(|d| d.id == decision_id)?;
            Some(department_names(p, &d.departments, "No department named yet"))
        })
    };
    let today = today();
    let late = Memo::new(move |_| decision.with(|d| d.as_ref().map_or(0, |d| d.actions.iter().filter(|a| a.is_overdue(today)).count())));
    let anchor = format!("decision-{decision_id}");
    let others = {
        let decision_id = decision_id.clone();
        read_plan(&plan_id, move |p| {
            Some(p.decisions.iter().filter(|d| d.id != decision_id).map(|d| (d.id.clone(), format!("{} ({})", d.title, d.date))).collect::<Vec<_>>())
        })
    };
    let supersede = {
        let (plan_id, decision_id) = (plan_id.clone(), decision_id.clone());
        move |select: web_sys::HtmlSelectElement, current: String| {
            let edit = DecisionEdit::SupersededBy(Some(select.value()).filter(|b| !b.is_empty()));
            if let Err(why) = run_log(state, &plan_id, LogEdit::EditDecision { decision_id: decision_id.clone(), edit }) {
                // The model is unchanged, so nothing re-renders: put the choice back by hand.
                select.set_value(&current);
                state.toast(why, true, None);
            }
        }
    };
    let toggle_department = {
        let (plan_id, decision_id) = (plan_id.clone(), decision_id.clone());
        Callback::new(move |(department_id, takes_part): (String, bool)| {
            let edit = DecisionEdit::Department { department_id, takes_part };
            let _ = run_log(state, &plan_id, LogEdit::EditDecision { decision_id: decision_id.clone(), edit });
        })
    };
    let remove = {
        let (plan_id, decision_id) = (plan_id.clone(), decision_id.clone());
        move |_| {
            let title = read(|d| d.title.clone()).get_untracked();
            remove_with_undo(&plan_id, LogEdit::RemoveDecision { decision_id: decision_id.clone() }, format!("Decision “{title}” was deleted."));
        }
    };
    let field = |make| decision_field(&plan_id, &decision_id, make);
    let (on_title, on_context) = (field(DecisionEdit::Title), field(DecisionEdit::Context));
    let on_date = {
        let (plan_id, decision_id) = (plan_id.clone(), decision_id.clone());
        Callback::new(move |day: Option<Day>| {
            let Some(day) = day else { return Ok(()) };
            run_log(state, &plan_id, LogEdit::EditDecision { decision_id: decision_id.clone(), edit: DecisionEdit::Date(day) })
        })
    };
    let (on_decision, on_rationale) = (field(DecisionEdit::Decision), field(DecisionEdit::Rationale));
    let superseded_value = read(|d| d.superseded_by.clone().unwrap_or_default());
    view! {
        <article class="decision-card" class:superseded=move || replaced_by.with(Option::is_some)
            id=anchor data-testid="decision">
            <header class="decision-head">
                <span class="decision-date" data-testid="decision-date">{read(|d| d.date.text())}</span>
                <h3 data-testid="decision-title">{read(|d| d.title.clone())}</h3>
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
            <OriginLine origin=Signal::derive(move || decision.with(|d| d.as_ref().and_then(|d| d.origin.clone()))) />
            <Show when=move || open.get()>
                <div class="decision-body">
                    <div class="decision-grid">
                        <DayField label="Date" required=true value=Signal::derive(move || decision.with(|d| d.as_ref().map(|d| d.date)))
                            on_edit=on_date testid="decision-date-field" />
                        <TextField label="Title" value=read(|d| d.title.clone()) on_edit=on_title testid="decision-title-field" />
                    </div>
                    <TextField label="Context" multiline=true value=read(|d| d.context.clone()) on_edit=on_context testid="decision-context" />
                    <OptionList plan_id=plan_id.clone() decision_id=decision_id.clone() />
                    <TextField label="Decision" multiline=true value=read(|d| d.decision.clone()) on_edit=on_decision testid="decision-text" />
                    <TextField label="Rationale" multiline=true value=read(|d| d.rationale.clone()) on_edit=on_rationale testid="decision-rationale" />
                    <DepartmentPicks plan_id=plan_id.clone() label="Departments taking part" testid="decision-departments"
                        selected=Signal::derive(move || decision.with(|d| d.as_ref().map(|d| d.departments.clone()).unwrap_or_default()))
                        on_toggle=toggle_department />
                    <FollowUpList plan_id=plan_id.clone() decision_id=decision_id.clone() />
                    <div class="decision-foot">
                        <label class="field">
                            <span class="field-label">"Superseded by"</span>
                            <select data-testid="decision-superseded-by" prop:value=superseded_value
                                on:change:target={let supersede = supersede.clone(); move |ev| supersede(ev.target(), superseded_value.get_untracked())}>
                                <option value="">"Still in force"</option>
                                {move || others.get().into_iter().map(|(id, label)| {
                                    let selected = superseded_value.get_untracked() == id;
                                    view! { <option value=id selected=selected>{label}</option> }
                                }).collect_view()}
                            </select>
                        </label>
                        <button type="button" class="danger" data-testid="decision-delete" on:click=remove.clone()>"Delete decision"</button>
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
