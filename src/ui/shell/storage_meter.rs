//! How much of the browser's storage Liaison uses, and whether all is saved.

use leptos::prelude::*;

use crate::store::entry::QUOTA_CHARS;
use crate::ui::state::use_app;

/// "Saved · 3% of storage", with a bar.
#[component]
pub fn StorageMeter() -> impl IntoView {
    let state = use_app();
    let percent = move || (state.chars_used.get() as f64 / QUOTA_CHARS as f64 * 100.0).min(100.0);
    let status = move || {
        let save = state.save.get();
        let blocked = state.conflicts.with(|c| !c.is_empty());
        if save.quota_full || save.unavailable.is_some() || blocked { "Not saved" } else if save.pending { "Saving…" } else { "Saved" }
    };
    let title = move || {
        format!("{:.2} M of about {} M characters of browser storage", state.chars_used.get() as f64 / 1e6, QUOTA_CHARS / 1_000_000)
    };
    view! {
        <div class="storage-meter" data-testid="storage-meter" title=title>
            <span class="save-status" data-testid="save-status">{status}</span>
            <span class="meter" role="meter" aria-label="Browser storage used" aria-valuemin="0" aria-valuemax="100"
                aria-valuenow=move || format!("{:.0}", percent())>
                <span class="meter-fill" class:meter-high=move || { percent() > 80.0 }
                    style:width=move || format!("{:.1}%", percent().max(1.0))></span>
            </span>
            <span class="meter-text" data-testid="storage-percent">{move || if percent() < 1.0 { "under 1% of storage".to_string() } else { format!("{:.0}% of storage", percent()) }}</span>
        </div>
    }
}
