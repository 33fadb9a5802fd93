//! The updates log: dated messages to the departments, newest first.

use leptos::prelude::*;

use super::department_picks::{names_or, DepartmentPicks};
use crate::model::entity::find;
use crate::model::tracking::queries::updates_newest_first;
use crate::model::tracking::{LogEdit, PlanUpdate, UpdateEdit};
use crate::model::values::day;
use crate::model::{CommandError, Day};
use crate::ui::common::day_field::DayField;
use crate::ui::common::draft::DraftField;
use crate::ui::common::field::TextField;
use crate::ui::select::{use_plan, Item};
use crate::ui::system::today;

/// Every update of the page's plan, with a form to write one.
#[component]
pub fn UpdatesLog() -> impl IntoView {
    let plan = use_plan();
    let ids = plan.read(|p| updates_newest_first(p).into_iter().map(|u| u.id.clone()).collect::<Vec<_>>());
    let (date, title, text) = (RwSignal::new(today().text()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let error = RwSignal::new(None::<String>);
    let add = move |_| {
        let written = day(&date.get_untracked()).map_err(CommandError::from).and_then(|date| {
            plan.run(LogEdit::AddUpdate { date, title: title.get_untracked(), text: text.get_untracked() })
        });
        match written {
            Ok(_) => {
                title.set(String::new());
                text.set(String::new());
                error.set(None)
            }
            Err(why) => error.set(Some(why.to_string())),
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
                <UpdateCard update=plan.item(update_id) />
            </For>
        </section>
    }
}

#[component]
fn UpdateCard(update: Item<PlanUpdate>) -> impl IntoView {
    let audience = update.plan().read(move |p| {
        let named = find(&p.updates, &update.id()).map(|u| p.department_names(&u.departments));
        named.map(|names| names_or(names, "Everyone")).unwrap_or_default()
    });
    let title = update.read(|u| u.title.clone());
    let on_date = Callback::new(move |day: Option<Day>| day.map_or(Ok(()), |day| update.set(UpdateEdit::Date(day))));
    let toggle = Callback::new(move |(department_id, included)| {
        // Nothing to say when it is refused: the box shows the model's state again.
        let _ = update.set(UpdateEdit::Department { department_id, included });
    });
    let remove = move |_| update.remove_with_undo(format!("Update “{}” was deleted.", title.get_untracked()));
    view! {
        <article class="log-card" data-testid="update">
            <p class="log-meta"><strong data-testid="update-date">{update.read(|u| u.date.text())}</strong>" · for "<span data-testid="update-audience">{audience}</span></p>
            <div class="decision-grid">
                <DayField label="Date" required=true value=update.read(|u| Some(u.date)) testid="update-date-field" on_edit=on_date />
                <TextField label="Title" value=title on_edit=update.edit(UpdateEdit::Title) testid="update-title" />
            </div>
            <TextField label="Text" multiline=true value=update.read(|u| u.text.clone()) on_edit=update.edit(UpdateEdit::Text) testid="update-text" />
            <DepartmentPicks label="For which departments (none ticked: everyone)" testid="update-departments"
                selected=update.read(|u| u.departments.clone()) on_toggle=toggle />
            <button type="button" class="danger small" data-testid="update-delete" on:click=remove>"Delete update"</button>
        </article>
    }
}
