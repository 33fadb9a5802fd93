//! Dropping a file anywhere on the page opens it.

use leptos::prelude::*;

use crate::ui::common::files::import_files;
use crate::ui::state::use_app;

/// A full-page overlay shown while a file is dragged over the window.
#[component]
pub fn DropZone() -> impl IntoView {
    let state = use_app();
    let dragging = RwSignal::new(false);
    let carries_files = |ev: &web_sys::DragEvent| {
        ev.data_transfer().is_some_and(|dt| dt.types().includes(&"Files".into(), 0))
    };
    window_event_listener(leptos::ev::dragover, move |ev| {
        if carries_files(&ev) {
            ev.prevent_default();
            dragging.set(true);
        }
    });
    window_event_listener(leptos::ev::dragleave, move |ev| {
        // Leaving the window reports no related target.
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    window_event_listener(leptos::ev::drop, move |ev| {
        dragging.set(false);
        if let Some(files) = ev.data_transfer().and_then(|dt| dt.files()).filter(|f| f.length() > 0) {
            ev.prevent_default();
            import_files(state, files);
        }
    });
    view! {
        <Show when=move || dragging.get()>
            <div class="drop-overlay" data-testid="drop-overlay">
                <p>"Drop a Liaison file to open it"</p>
            </div>
        </Show>
    }
}
