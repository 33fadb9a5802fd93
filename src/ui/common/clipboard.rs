//! Putting text on the clipboard: the one place that asks the browser, for
//! every "Copy" button (briefs, reminders, the board outline). The browser
//! may refuse (no permission, an old browser); each caller then shows the
//! text to copy by hand.

/// Copies `text`, then runs `done` with whether the browser took it.
pub fn copy_then(text: String, done: impl FnOnce(bool, String) + 'static) {
    let promise = leptos::prelude::window().navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        done(copied, text);
    });
}
