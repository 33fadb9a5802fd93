//! How much of the browser's storage Liaison uses, and whether all is saved.

use leptos::prelude::*;

use crate::model::text::one_decimal;
use crate::store::entry::QUOTA_CHARS;
use crate::ui::state::use_app;

/// "Saved · 3% of storage", with a bar.
#[component]
pub fn StorageMeter() -> impl IntoView {
    let state = use_app();
    // Whole per-mille, so no float formatting is needed.
    // u64: usize is 32 bits in WebAssembly, and 5 M × 1000 would overflow it.
    let permille = move || (state.saving.chars_used.get() as u64 * 1000 / QUOTA_CHARS as u64).min(1000);
    let status = move || {
        let save = state.saving.status.get();
        let blocked = state.saving.conflicts.with(|c| !c.is_empty());
        if save.quota_full || save.unavailable.is_some() || blocked { "Not saved" } else if save.pending { "Saving…" } else { "Saved" }
    };
    let title = move || {
        format!("{} M of about {} M characters of browser storage", one_decimal(state.saving.chars_used.get() as f64 / 1e6), QUOTA_CHARS / 1_000_000)
    };
    view! {
        <div class="storage-meter" data-testid="storage-meter" title=title>
            <span class="save-status" data-testid="save-status">{status}</span>
            <span class="meter" role="meter" aria-label="Browser storage used" aria-valuemin="0" aria-valuemax="100"
                aria-valuenow=move || (permille() / 10).to_string()>
                <span class="meter-fill" class:meter-high=move || { permille() > 800 }
                    style:width=move || format!("{}.{}%", permille().max(10) / 10, permille().max(10) % 10)></span>
            </span>
            <span class="meter-text" data-testid="storage-percent">{move || if permille() < 10 { "under 1% of storage".to_string() } else { format!("{}% of storage", (permille() + 5) / 10) }}</span>
        </div>
    }
}
