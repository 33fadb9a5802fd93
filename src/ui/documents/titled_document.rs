//! The page of a workshop board or stakeholder map until their editors
//! arrive: title, the plan it belongs to, and export.

use leptos::prelude::*;

use super::DocHeader;
use crate::model::{DocRef, DocumentKind};
use crate::ui::state::use_app;

/// A board's or map's page.
#[component]
pub fn TitledDocument(doc: DocRef) -> impl IntoView {
    let state = use_app();
    let what = match doc.kind {
        DocumentKind::Board => "Sticky notes, grouping, dot voting and the projector mode arrive with the workshop board editor.",
        _ => "The power/interest grid, RACI and communication plan arrive with the stakeholder editor.",
    };
    let header = view! { <DocHeader doc=doc.clone() /> };
    let plan_title = move || state.workspace.with(|ws| ws.plan_of(&doc).map(|p| p.title.clone()));
    view! {
        <section class="document" data-testid="titled-document">
            {header}
            <p>{move || plan_title().map(|t| format!("Belongs to the plan “{t}”.")).unwrap_or_else(|| "Not linked to a plan.".into())}</p>
            <p class="muted">{what} " This document is saved, exported and imported already, so nothing made now will be lost."</p>
        </section>
    }
}
