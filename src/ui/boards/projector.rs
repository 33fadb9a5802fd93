//! Projector mode: full screen, editing chrome hidden, large high-contrast
//! type, driven from a keyboard or a presentation clicker.

use leptos::prelude::*;

use super::ctx::{use_board, BoardCtx};
use crate::model::{DocRef, DocumentKind};
use crate::ui::route::Route;

/// Goes full screen (this needs the click that calls it) and opens projector mode.
pub fn enter_projector(ctx: BoardCtx) {
    if let Some(root) = document().document_element() {
        let _ = root.request_fullscreen();
    }
    Route::Document(DocRef::new(DocumentKind::Board, ctx.id.get_value()), "projector".into()).go();
}

/// The board as the room sees it.
#[component]
pub fn ProjectorView() -> impl IntoView {
    let _ctx = use_board();
    view! { <section class="projector" data-testid="projector"></section> }
}
