//! A stakeholder's contact log, newest first; each entry can be deleted,
//! with Undo in the toast. The last contact day is a field of its own and
//! stays when an entry goes.

use leptos::prelude::*;

use crate::model::ids::{ContactId, StakeholderId};
use crate::model::stakeholder::MapEdit;
use crate::ui::maps::ctx::use_map;

/// The log of stakeholder `id`.
#[component]
pub fn ContactLog(id: StakeholderId) -> impl IntoView {
    let ctx = use_map();
    let sid = StoredValue::new(id);
    let entries = ctx.read(move |m| {
        sid.with_value(|id| {
            let mut list: Vec<_> = m.stakeholder(id).map(|s| s.communication.contacts.clone()).unwrap_or_default();
            // Newest first: by day, then by when it was logged.
            list.sort_by(|a, b| (b.day, b.updated_at).cmp(&(a.day, a.updated_at)));
            list
        })
    });
    let delete = move |contact_id: ContactId| {
        ctx.run_with_undo(MapEdit::DeleteContact { stakeholder_id: sid.get_value(), contact_id }, "Contact deleted from the log.");
    };
    view! {
        <Show when=move || entries.with(|e| !e.is_empty())>
            <details class="comms-log" open=move || entries.with(|e| e.len() <= 3)>
                <summary data-testid="comms-log-summary">{move || match entries.with(Vec::len) {
                    1 => "Contact log (1)".to_string(),
                    n => format!("Contact log ({n})"),
                }}</summary>
                <ol class="comms-log-list">
                    <For each=move || entries.get() key=|c| (c.id.clone(), c.updated_at) let:c>
                        {
                            let contact_id = c.id.clone();
                            let label = format!("Delete the contact of {}", c.day.text());
                            view! {
                                <li class="comms-log-entry" data-testid="comms-log-entry">
                                    <span class="comms-log-date">{c.day.text()}</span>
                                    <span class="comms-log-text">{if c.note.is_empty() { "(no note)".to_string() } else { c.note.clone() }}</span>
                                    <button type="button" class="small danger" data-testid="comms-log-delete" aria-label=label
                                        on:click=move |_| delete(contact_id.clone())>"Delete"</button>
                                </li>
                            }
                        }
                    </For>
                </ol>
            </details>
        </Show>
    }
}
