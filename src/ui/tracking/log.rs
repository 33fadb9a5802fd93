//! The "Updates & lessons" section: the updates log, what changed since a
//! day, and the lessons learned.

use leptos::prelude::*;

use super::changes::ChangesSince;
use super::lessons::LessonsLog;
use super::updates::UpdatesLog;

/// Updates, the brief of what changed, and lessons, one under the other.
#[component]
pub fn LogSection(plan_id: String) -> impl IntoView {
    view! {
        <div class="tracking-log" data-testid="tracking-log">
            <UpdatesLog plan_id=plan_id.clone() />
            <ChangesSince plan_id=plan_id.clone() />
            <LessonsLog plan_id />
        </div>
    }
}
