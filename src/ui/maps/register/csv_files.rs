//! The register and the communication plan as CSV files (UTF-8 with a byte
//! order mark, so spreadsheets read accents), and a CSV file read into the
//! same preview as a paste.

use leptos::prelude::*;

use super::use_register;
use crate::format::stakeholder_csv::{communication_csv, register_csv};
use crate::format::MAX_FILE_BYTES;
use crate::model::stakeholder::StakeholderMap;
use crate::model::Plan;
use crate::ui::common::files::download_csv;
use crate::ui::maps::ctx::use_map;

/// A file name for the map's `what` ("register"), from its title.
fn csv_name(title: &str, what: &str) -> String {
    let json = crate::format::file_name(&format!("{title} {what}"));
    format!("{}.csv", json.trim_end_matches(".liaison.json"))
}

/// "Export register (CSV)", "Export communication plan (CSV)", "Import CSV…".
#[component]
pub fn CsvFiles() -> impl IntoView {
    let ctx = use_map();
    let register = use_register();
    let export = move |what: &'static str, write: fn(&StakeholderMap, Option<&Plan>) -> String| {
        move |_| {
            if let Some((title, text)) = ctx.with_plan_untracked(|m, p| (m.title.clone(), write(m, p))) {
                download_csv(&csv_name(&title, what), &text);
            }
        }
    };
    let picked = move |input: web_sys::HtmlInputElement| {
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        // The same file can be picked again after a cancelled preview.
        input.set_value("");
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as f64 {
            ctx.state.toast(format!("“{name}” is too large to read as a list of stakeholders. Nothing was changed."), true, None);
            return;
        }
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(text) => {
                    register.bulk_source.set(Some(name));
                    register.bulk.set(Some(text.as_string().unwrap_or_default()));
                }
                Err(_) => ctx.state.toast(format!("“{name}” could not be read. Nothing was changed."), true, None),
            }
        });
    };
    view! {
        <div class="register-files" role="group" aria-label="CSV files">
            <button type="button" class="small" data-testid="register-export-csv" on:click=export("register", register_csv)>"Export register (CSV)"</button>
            <button type="button" class="small" data-testid="register-export-comms-csv" on:click=export("communication plan", communication_csv)>
                "Export communication plan (CSV)"
            </button>
            <label class="file-button small">
                "Import CSV…"
                <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" class="visually-hidden" data-testid="register-import-csv"
                    on:change:target=move |ev| picked(ev.target()) />
            </label>
        </div>
    }
}
