//! The "Updates & lessons" section: the updates log, what changed since a
//! day, and the lessons learned.

use leptos::prelude::*;

use super::changes::ChangesSince;
use super::lessons::LessonsLog;
use super::updates::UpdatesLog;

/// Updates, the brief of what changed, and lessons of the page's plan, one
/// under the other.
#[component]
pub fn LogSection() -> impl IntoView {
    view! {
        <div class="tracking-log" data-testid="tracking-log">
            <UpdatesLog />
            <ChangesSince />
            <LessonsLog />
        </div>
    }
}
