//! What every projector mode shares (a board's, a map's): going full screen
//! from the click that asks, the app's chrome hidden meanwhile, and leaving
//! the mode when the browser leaves full screen (its own Esc).

use leptos::prelude::*;

/// Asks for full screen; the browser grants it only inside a click.
pub fn request_full_screen() {
    if let Some(root) = document().document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Leaves full screen, if in it.
pub fn exit_full_screen() {
    if document().fullscreen_element().is_some() {
        document().exit_fullscreen();
    }
}

/// While the calling component lives: the app's header, banners and
/// messages leave the screen (and the accessibility tree), and `leave` runs
/// once the browser is out of full screen.
pub fn while_projecting(leave: impl Fn() + 'static) {
    let fullscreen = window_event_listener_untyped("fullscreenchange", move |_| {
        if document().fullscreen_element().is_none() {
            leave();
        }
    });
    let body = document().body();
    if let Some(body) = &body {
        let _ = body.class_list().add_1("projecting");
    }
    on_cleanup(move || {
        fullscreen.remove();
        if let Some(body) = body {
            let _ = body.class_list().remove_1("projecting");
        }
    });
}
