//! "What changed since <day>": the changes grouped by kind, and the same
//! brief for every department, to copy with one button or by hand.

use leptos::prelude::*;

use crate::model::changes::{brief, changes_since};
use crate::model::Day;
use crate::ui::common::clipboard::copy_then;
use crate::ui::select::use_plan;
use crate::ui::system::{local_day, today, zone};

/// A day picker, the changes of the page's plan since that day and the brief.
#[component]
pub fn ChangesSince() -> impl IntoView {
    let plan = use_plan();
    let state = plan.app();
    let since = RwSignal::new(today().plus_days(-7));
    let computed = plan.read(move |p| {
        let since = since.get();
        let groups = changes_since(p, since, zone());
        let text = brief(p, since, &groups, zone());
        (groups, text)
    });
    let text = Signal::derive(move || computed.with(|c| c.1.clone()));
    let copy = move |_| {
        copy_then(text.get_untracked(), move |copied, _| {
            if copied {
                state.toast("The brief is on the clipboard: paste it into your message to every department.", false, None);
            } else {
                state.toast("This browser did not let the page copy. Select the text of the brief and copy it by hand.", true, None);
            }
        });
    };
    view! {
        <section class="changes" data-testid="changes">
            <h2>"What changed since…"</h2>
            <div class="record-form">
                <label class="field">
                    <span class="field-label">"Since the day"</span>
                    <input type="date" data-testid="changes-since" prop:value=move || since.get().text()
                        on:change:target=move |ev| if let Some(day) = Day::parse(&ev.target().value()) { since.set(day) } />
                </label>
                <button type="button" class="primary" data-testid="changes-copy" on:click=copy>"Copy the brief"</button>
            </div>
            <div class="change-groups" data-testid="change-groups">
                {move || computed.with(|(groups, _)| {
                    if groups.is_empty() {
                        return view! { <p class="empty-note">"Nothing has changed since that day."</p> }.into_any();
                    }
                    groups.iter().map(|g| view! {
                        <div class="change-group" data-testid="change-group">
                            <h3>{format!("{} ({})", g.kind.label(), g.changes.len())}</h3>
                            <ul>{g.changes.iter().map(|c| view! {
                                <li data-testid="change">
                                    <span class="change-day">{local_day(c.at).text()}</span>" "<strong>{c.what.clone()}</strong>
                                    {(!c.how.is_empty()).then(|| format!(" — {}", c.how))}
                                    {c.made_stale.then(|| view! { <span class="badge badge-stale" data-testid="made-stale">"Made approvals stale"</span> })}
                                </li>
                            }).collect_view()}</ul>
                        </div>
                    }).collect_view().into_any()
                })}
            </div>
            <label class="field">
                <span class="field-label">"The brief (the same message for every department)"</span>
                <textarea class="brief" readonly rows="10" data-testid="changes-brief" prop:value=text></textarea>
            </label>
        </section>
    }
}
