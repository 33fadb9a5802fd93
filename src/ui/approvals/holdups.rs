//! Who holds a round up and since when, overdue first.

use leptos::prelude::*;

use super::plan_view::{day, speaker_chip, Speaker};
use super::round::RoundHandle;
use crate::model::approval::Holdup;
use crate::ui::system::today;

/// The departments holding the plan version `hash` up, with why and since
/// when; nothing while nobody does.
#[component]
pub fn Holdups(round: RoundHandle, hash: Memo<String>) -> impl IntoView {
    let items = round.read(move |p, r| {
        r.holdups(&hash.get(), today())
            .into_iter()
            .map(|h| (Speaker::of(p, Some(&h.position.department_id)), h.reason(p), h))
            .collect::<Vec<_>>()
    });
    let view_item = |(department, reason, h): (Speaker, &'static str, Holdup)| {
        view! {
            <li class:overdue=h.position.overdue data-testid="holdup">
                {speaker_chip(department)}
                {format!(" {}, since {}", reason, day(h.since))}
                {h.position.overdue.then(|| view! { <strong class="badge badge-overdue">"Overdue"</strong> })}
            </li>
        }
    };
    view! {
        <Show when=move || !items.with(Vec::is_empty)>
            <section class="holdups" data-testid="holdups">
                <h3>"Holding the plan up"</h3>
                <ol>{move || items.get().into_iter().map(view_item).collect::<Vec<_>>()}</ol>
            </section>
        </Show>
    }
}
