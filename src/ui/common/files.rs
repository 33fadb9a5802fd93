//! Files in and out: downloading text, and reading files the user picked or dropped.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::super::state::AppState;

/// Offers `text` to the user as a download called `name`.
pub fn download_text(name: &str, text: &str) {
    download(name, text, "application/json");
}

/// Offers CSV `text` (its byte order mark included) as a download called `name`.
pub fn download_csv(name: &str, text: &str) {
    download(name, text, "text/csv;charset=utf-8");
}

fn download(name: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = leptos::prelude::document();
    if let Some(link) = document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The browser has started the download by now; the URL can go.
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Reads each file as text and imports it, one after the other.
pub fn import_files(state: AppState, files: web_sys::FileList) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|n| files.get(n)).collect();
    // A new pick starts a new report: every refused file of it is listed.
    state.imports.refused.set(None);
    leptos::task::spawn_local(async move {
        for file in files {
            let name = file.name();
            // Checked before reading, so a huge file never fills memory.
            if file.size() > crate::format::MAX_FILE_BYTES as f64 {
                let error = crate::format::ImportError::TooLarge { bytes: file.size() as usize, limit: crate::format::MAX_FILE_BYTES };
                state.imports.refuse(format!("“{name}” was not opened. {error} Nothing was changed."));
                continue;
            }
            match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(text) => state.imports.import_text(name, &text.as_string().unwrap_or_default()),
                Err(_) => state.imports.refuse(format!("“{name}” could not be read. Nothing was changed.")),
            }
        }
    });
}
