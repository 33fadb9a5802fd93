//! "Export SVG": the grid as drawn, as a file of its own.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Downloads the SVG inside `scope` (its colours are attributes, so the file looks as the screen did).
pub fn export_svg(scope: &str, title: &str) {
    let selector = format!("{scope} [data-testid=\"map-grid-svg\"]");
    let Some(svg) = document().query_selector(&selector).ok().flatten() else { return };
    let text = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n", svg.outer_html());
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(link) = document().create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        link.set_href(&url);
        link.set_download(&file_name(title));
        link.click();
    }
    // The download has its own copy by the time the link's click returns; the URL can go after a moment.
    set_timeout(move || { let _ = web_sys::Url::revoke_object_url(&url); }, std::time::Duration::from_secs(10));
}

/// "Who cares about response times" → "who-cares-about-response-times-grid.svg".
fn file_name(title: &str) -> String {
    let slug: String = title.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    let slug = slug.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    format!("{}-grid.svg", if slug.is_empty() { "map" } else { &slug })
}
