//! Who holds a round up and since when, overdue first, each with a
//! ready-to-send reminder: a `mailto:` link to the department's head and the
//! text to copy.

use leptos::prelude::*;

use super::plan_view::{day, reviewing_department, speaker_chip, Speaker};
use super::round::RoundHandle;
use crate::model::approval::Holdup;
use crate::model::plan::reminder::{reminder, Reminder};
use crate::ui::common::clipboard::copy_then;
use crate::ui::state::AppState;
use crate::ui::system::today;

/// The departments holding the plan version `hash` up, with why, since
/// when and a reminder; nothing while nobody does.
#[component]
pub fn Holdups(round: RoundHandle, hash: Memo<String>) -> impl IntoView {
    let items = round.read(move |p, r| {
        let hash = hash.get();
        r.holdups(&hash, today())
            .into_iter()
            .map(|h| (Speaker::of(p, Some(&h.position.department_id)), h.reason(p), reminder(p, r, &h, &hash), h))
            .collect::<Vec<_>>()
    });
    let app = round.plan().app();
    // Chasing is the liaison's job: a reviewing department sees who holds the plan up, not reminders.
    let reviewing = reviewing_department(round.plan());
    let view_item = move |(department, reason, reminder, h): (Speaker, &'static str, Reminder, Holdup)| {
        view! {
            <li class:overdue=h.position.overdue data-testid="holdup">
                {speaker_chip(department)}
                {format!(" {}, since {}", reason, day(h.since))}
                {h.position.overdue.then(|| view! { <strong class="badge badge-overdue">"Overdue"</strong> })}
                <Show when=move || reviewing.with(Option::is_none)>
                    <ReminderActions reminder=reminder.clone() app />
                </Show>
            </li>
        }
    };
    view! {
        <Show when=move || !items.with(Vec::is_empty)>
            <section class="holdups" data-testid="holdups">
                <h2>"Holding the plan up"</h2>
                <ol>{move || items.get().into_iter().map(view_item).collect::<Vec<_>>()}</ol>
            </section>
        </Show>
    }
}

/// "E-mail a reminder" (opens the user's mail program) and "Copy text";
/// when the browser refuses the clipboard, the text shows selected in a
/// field to copy by hand.
#[component]
fn ReminderActions(reminder: Reminder, app: AppState) -> impl IntoView {
    let fallback = RwSignal::new(None::<String>);
    let field = NodeRef::<leptos::html::Textarea>::new();
    let (href, addressed, body) = (reminder.mailto(), reminder.to.is_some(), reminder.body);
    let copy = move |_| {
        copy_then(body.clone(), move |copied, text| {
            if copied {
                fallback.set(None);
                app.toast("The reminder is on the clipboard: paste it into your message.", false, None);
            } else {
                fallback.set(Some(text));
                // Once the field is on screen: selected, ready for Ctrl+C.
                request_animation_frame(move || {
                    if let Some(field) = field.get_untracked() {
                        let _ = field.focus();
                        field.select();
                    }
                });
            }
        });
    };
    view! {
        <span class="reminder-actions">
            <a class="button small" data-testid="reminder-mailto" href=href>"E-mail a reminder"</a>
            <button type="button" class="small" data-testid="reminder-copy" on:click=copy>"Copy text"</button>
            {(!addressed).then(|| view! { <span class="muted">" No e-mail address for the head yet: add it to the department in the Overview tab."</span> })}
        </span>
        {move || fallback.get().map(|text| view! {
            <label class="field reminder-text">
                <span class="field-label">"Copying was not allowed: the text is selected, copy it by hand."</span>
                <textarea readonly rows="8" node_ref=field data-testid="reminder-text" prop:value=text></textarea>
            </label>
        })}
    }
}
