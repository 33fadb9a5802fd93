//! The updates log: dated messages to the departments, newest first.

use leptos::prelude::*;

use super::department_picks::{department_names, DepartmentPicks};
use super::run::{read_plan, remove_with_undo, run_log, today};
use crate::model::tracking::{LogEdit, UpdateEdit};
use crate::model::tracking::PlanUpdate;
use crate::model::Day;
use crate::ui::common::day_field::DayField;
use crate::ui::common::field::TextField;
use crate::ui::state::use_app;
use crate::ui::common::draft::DraftField;

/// Every update of the plan, with a form to write one.
#[component]
pub fn UpdatesLog(plan_id: String) -> impl IntoView {
    let state = use_app();
    let ids = {
        let ids = read_plan(&plan_id, |p| {
            let mut all: Vec<(crate::model::Day, usize, String)> = p.updates.iter().enumerate().map(|(n, u)| (u.date, n, u.id.clone())).collect();
            all.sort_by(|a, b| (&b.0, b.1).cmp(&(&a.0, a.1)));
            Some(all.into_iter().map(|(_, _, id)| id).collect::<Vec<_>>())
        });
        Memo::new(move |_| ids.get())
    };
    let (date, title, text) = (RwSignal::new(today().text()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let error = RwSignal::new(None::<String>);
    let add = {
        let plan_id = plan_id.clone();
        move |_| {
            let date = match crate::model::values::day(&date.get_untracked()) {
                Ok(date) => date,
                Err(why) => return error.set(Some(why.to_string())),
            };
            let edit = LogEdit::AddUpdate { date, title: title.get_untracked(), text: text.get_untracked() };
            match run_log(state, &plan_id, edit) {
                Ok(()) => { title.set(String::new()); text.set(String::new()); error.set(None) }
                Err(why) => error.set(Some(why)),
            }
        }
    };
    view! {
        <section class="updates" data-testid="updates">
            <h2>"Updates"</h2>
            <div class="record-form" data-testid="update-form">
                <DraftField label="Date" value=date testid="update-new-date" kind="date" />
                <label class="field grow">
                    <span class="field-label">"Title"</span>
                    <input type="text" placeholder="e.g. Week 47: inbox live" data-testid="update-new-title"
                        prop:value=title on:input:target=move |ev| title.set(ev.target().value()) />
                </label>
                <DraftField label="What to tell the departments" value=text testid="update-new-text" rows=2 class="full" />
                <button type="button" class="primary" data-testid="update-add" on:click=add>"Add update"</button>
                {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            </div>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty-note">"No update yet. Write one after each meeting or milestone."</p>
            </Show>
            <For each=move || ids.get() key=|id| id.clone() let:update_id>
                <UpdateCard plan_id=plan_id.clone() update_id />
            </For>
        </section>
    }
}

#[component]
fn UpdateCard(plan_id: String, update_id: String) -> impl IntoView {
    let state = use_app();
    let update = {
        let update_id = update_id.clone();
        read_plan(&plan_id, move |p| p.updates.iter().find(|u| u.id == update_id).cloned().map(Some))
    };
    let read = move |f: fn(&PlanUpdate) -> String| Signal::derive(move || update.with(|u| u.as_ref().map(f).unwrap_or_default()));
    let audience = {
        let update_id = update_id.clone();
        read_plan(&plan_id, move |p| p.updates.iter().find(|u| u.id == update_id).map(|u| department_names(p, &u.departments, "Everyone")))
    };
    let edit = {
        let (plan_id, update_id) = (plan_id.clone(), update_id.clone());
        move |edit: UpdateEdit| run_log(state, &plan_id, LogEdit::EditUpdate { update_id: update_id.clone(), edit })
    };
    let set_date = edit.clone();
    let day = Signal::derive(move || update.with(|u| u.as_ref().map(|u| u.date)));
    let field = |make: fn(String) -> UpdateEdit| {
        let edit = edit.clone();
        Callback::new(move |text: String| edit(make(text)))
    };
    let toggle = { let edit = edit.clone(); Callback::new(move |(department_id, included)| { let _ = edit(UpdateEdit::Department { department_id, included }); }) };
    let remove = {
        let (plan_id, update_id) = (plan_id.clone(), update_id.clone());
        move |_| {
            let title = read(|u| u.title.clone()).get_untracked();
            remove_with_undo(&plan_id, LogEdit::RemoveUpdate { update_id: update_id.clone() }, format!("Update “{title}” was deleted."));
        }
    };
    view! {
        <article class="log-card" data-testid="update">
            <p class="log-meta"><strong data-testid="update-date">{read(|u| u.date.text())}</strong>" · for "<span data-testid="update-audience">{audience}</span></p>
            <div class="decision-grid">
                <DayField label="Date" required=true value=day testid="update-date-field"
                    on_edit=Callback::new(move |day: Option<Day>| day.map_or(Ok(()), |day| set_date(UpdateEdit::Date(day)))) />
                <TextField label="Title" value=read(|u| u.title.clone()) on_edit=field(UpdateEdit::Title) testid="update-title" />
            </div>
            <TextField label="Text" multiline=true value=read(|u| u.text.clone()) on_edit=field(UpdateEdit::Text) testid="update-text" />
            <DepartmentPicks plan_id=plan_id.clone() label="For which departments (none ticked: everyone)" testid="update-departments"
                selected=Signal::derive(move || update.with(|u| u.as_ref().map(|u| u.departments.clone()).unwrap_or_default()))
                on_toggle=toggle />
            <button type="button" class="danger small" data-testid="update-delete" on:click=remove>"Delete update"</button>
        </article>
    }
}
