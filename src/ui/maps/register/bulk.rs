//! Adding many stakeholders at once: lines, cells copied from a spreadsheet
//! (tabs) or CSV (commas, quotes) pasted here or read from a file, read by
//! `format::stakeholder_csv` into a preview; "Add N stakeholders" adds the
//! good rows in one step that Undo takes back.

use leptos::prelude::*;

use super::preview::BulkPreview;
use super::use_register;
use crate::format::stakeholder_csv::{read_stakeholders, StakeholderRows};
use crate::ui::maps::ctx::use_map;

/// The paste box and its preview, while open.
#[component]
pub fn BulkAdd() -> impl IntoView {
    let register = use_register();
    view! {
        <Show when=move || register.bulk.with(Option::is_some)>
            <BulkPanel />
        </Show>
    }
}

#[component]
fn BulkPanel() -> impl IntoView {
    let ctx = use_map();
    let register = use_register();
    let text = move || register.bulk.with(|b| b.clone().unwrap_or_default());
    // Read against the map as it is when the text changes: a 1,000-line
    // paste is read once, not again at every save.
    let read = Memo::new(move |_| {
        register.bulk.with(|b| {
            let text = b.as_deref().unwrap_or_default();
            if text.trim().is_empty() {
                return StakeholderRows::default();
            }
            ctx.with_plan_untracked(|map, plan| read_stakeholders(text, map, plan)).unwrap_or_default()
        })
    });
    let error = RwSignal::new(None::<String>);
    let count = move || read.with(|r| r.rows.len());
    let close = move || {
        register.bulk.set(None);
        register.bulk_source.set(None);
        error.set(None);
    };
    let add = move |_| {
        let Some(edit) = read.with_untracked(StakeholderRows::edit) else { return };
        let n = count();
        match ctx.run(edit) {
            Ok(outcome) => {
                close();
                let said = if n == 1 { "1 stakeholder added.".to_string() } else { format!("{n} stakeholders added.") };
                ctx.state.toast(said, false, outcome.undo.map(|u| *u));
            }
            Err(why) => error.set(Some(why.to_string())),
        }
    };
    let textarea = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if let Some(area) = textarea.get() {
            let _ = area.focus();
        }
    });
    view! {
        <section class="register-bulk" data-testid="register-bulk" aria-labelledby="register-bulk-title"
            on:keydown=move |ev| if ev.key() == "Escape" { close() }>
            <h2 id="register-bulk-title">"Add many at once"</h2>
            <p class="muted small" id="register-bulk-help">
                "Paste names, one per line, or cells copied from a spreadsheet in this order: name, role, department or organisation, power (1–5), interest (1–5), attitude, contact, tags, notes. A first row naming the columns is read too, as is CSV."
            </p>
            {move || register.bulk_source.get().map(|name| view! { <p class="register-bulk-source" data-testid="register-bulk-source">{format!("Read from “{name}”.")}</p> })}
            <label class="field">
                <span class="field-label">"Stakeholders to add"</span>
                <textarea node_ref=textarea data-testid="register-paste" rows="6" spellcheck="false" aria-describedby="register-bulk-help"
                    prop:value=text on:input:target=move |ev| register.bulk.set(Some(ev.target().value()))></textarea>
            </label>
            <BulkPreview read />
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            <div class="register-bulk-actions">
                <button type="button" class="primary" data-testid="register-paste-add" disabled=move || count() == 0 on:click=add>
                    {move || match count() { 0 => "Nothing to add yet".to_string(), 1 => "Add 1 stakeholder".to_string(), n => format!("Add {n} stakeholders") }}
                </button>
                <button type="button" data-testid="register-paste-cancel" on:click=move |_| close()>"Cancel"</button>
            </div>
        </section>
    }
}
