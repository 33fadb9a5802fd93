//! Picks the editor for the document the URL names.

use leptos::prelude::*;

use crate::model::{DocRef, DocumentKind};
use crate::ui::on_demand::{OnDemand, Part};
use crate::ui::plans::PlanPage;
use crate::ui::route::Route;
use crate::ui::select::memo;
use crate::ui::state::use_app;

/// The page of one document, or a way back if it does not exist.
#[component]
pub fn DocumentPage(doc: DocRef) -> impl IntoView {
    let state = use_app();
    let doc = StoredValue::new(doc);
    let exists = memo(move || doc.with_value(|doc| state.workspace.with(|ws| ws.contains(doc))));
    move || {
        let doc = doc.get_value();
        if !exists.get() {
            return view! {
                <section class="not-found" data-testid="not-found">
                    <h1>"This document is not here"</h1>
                    <p>"It may have been deleted, or the link comes from another browser. Documents live in the browser that made them; ask for a file instead."</p>
                    <a href=Route::Library.to_hash() class="button">"Back to your documents"</a>
                </section>
            }
            .into_any();
        }
        match doc.kind {
            DocumentKind::Plan => view! { <PlanPage plan_id=doc.id.as_str().into() /> }.into_any(),
            // The board's code is its own chunk, fetched the first time a board is shown.
            DocumentKind::Board => view! { <OnDemand part=Part::Board id=doc.id.clone() /> }.into_any(),
            DocumentKind::StakeholderMap => view! { <OnDemand part=Part::Map id=doc.id.clone() /> }.into_any(),
            // Saved templates have no page of their own (they open the library).
            DocumentKind::BoardTemplate => ().into_any(),
        }
    }
}
