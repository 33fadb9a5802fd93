//! "Log a contact": the day (today unless changed; never a day to come) and
//! a note ("spoke with her today: …"). Logging moves the last contact and so
//! the next due day; the toast offers Undo.

use leptos::html;
use leptos::prelude::*;

use super::Comms;
use crate::model::ids::StakeholderId;
use crate::model::stakeholder::MapEdit;
use crate::model::values::day;
use crate::ui::maps::ctx::use_map;

/// The button that opens the form, and the form.
#[component]
pub fn LogContactForm(id: StakeholderId, #[prop(into)] name: Signal<String>) -> impl IntoView {
    let ctx = use_map();
    let comms = expect_context::<Comms>();
    let sid = StoredValue::new(id);
    let open = Memo::new(move |_| comms.logging.with(|l| sid.with_value(|id| l.as_ref() == Some(id))));
    let day_text = RwSignal::new(comms.today.text());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let note_ref = NodeRef::<html::Textarea>::new();
    Effect::new(move |_| {
        if open.get() {
            day_text.set(comms.today.text());
            if let Some(el) = note_ref.get() {
                let _ = el.focus();
            }
        }
    });
    let close = move || {
        comms.logging.set(None);
        note.set(String::new());
        error.set(None);
    };
    let log = move || {
        let day = match day(&day_text.get_untracked()) {
            Ok(day) => day,
            Err(why) => return error.set(Some(why.to_string())),
        };
        let edit = MapEdit::LogContact { stakeholder_id: sid.get_value(), day, note: note.get_untracked() };
        match ctx.run(edit) {
            Ok(outcome) => {
                let said = format!("Contact with {} on {} logged.", name.get_untracked(), day.text());
                ctx.state.toast(said, false, outcome.undo.map(|u| *u));
                close();
            }
            Err(why) => error.set(Some(why.to_string())),
        }
    };
    view! {
        <div class="comms-log-form">
            <Show when=move || open.get()
                fallback=move || view! {
                    <button type="button" data-testid="comms-log-open"
                        on:click=move |_| comms.logging.set(Some(sid.get_value()))>"Log a contact"</button>
                }>
                <form class="comms-log-fields" data-testid="comms-log-form" novalidate=true
                    on:submit=move |ev| { ev.prevent_default(); log(); }
                    on:keydown=move |ev| if ev.key() == "Escape" { close(); }>
                    <label class="field comms-log-day">
                        <span class="field-label">"Day"</span>
                        <input type="date" data-testid="comms-log-day" max=comms.today.text()
                            prop:value=move || day_text.get() on:input:target=move |ev| day_text.set(ev.target().value()) />
                    </label>
                    <label class="field comms-log-note">
                        <span class="field-label">"What was said"</span>
                        <textarea rows="2" data-testid="comms-log-note" node_ref=note_ref placeholder="Spoke with her today: …"
                            prop:value=move || note.get() on:input:target=move |ev| note.set(ev.target().value())></textarea>
                    </label>
                    <div class="comms-log-actions">
                        <button type="submit" class="primary" data-testid="comms-log-save">"Log contact"</button>
                        <button type="button" on:click=move |_| close()>"Cancel"</button>
                    </div>
                    {move || error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="comms-log-error">{e}</p> })}
                </form>
            </Show>
        </div>
    }
}
