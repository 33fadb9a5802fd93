//! The head of every document page: breadcrumb, editable title, export.

use leptos::prelude::*;

use crate::model::{Command, DocRef};
use crate::ui::common::field::TextField;
use crate::ui::route::Route;
use crate::ui::select::memo;
use crate::ui::state::use_app;

/// Breadcrumb, title field and export button of a document.
#[component]
pub fn DocHeader(doc: DocRef) -> impl IntoView {
    let state = use_app();
    let kind = doc.kind.label();
    let doc = StoredValue::new(doc);
    let title = memo(move || doc.with_value(|doc| state.workspace.with(|ws| ws.title(doc))).unwrap_or_default());
    let rename = Callback::new(move |text: String| state.run(Command::Rename { doc: doc.get_value(), title: text }).map(drop));
    view! {
        <div class="doc-header">
            // The page's heading for assistive technology; sighted users read the title field.
            <h1 class="visually-hidden">{move || format!("{kind}: {}", title.get())}</h1>
            <p class="breadcrumb"><a href=Route::Library.to_hash()>"Documents"</a>" / " {kind}</p>
            <div class="doc-header-row">
                <div class="doc-title-field">
                    <TextField label="Title" value=title on_edit=rename testid="doc-title" />
                </div>
                <button type="button" data-testid="export-doc" on:click=move |_| state.exports.documents(vec![doc.get_value()], &title.get_untracked())>
                    "Export file"
                </button>
            </div>
        </div>
    }
}
