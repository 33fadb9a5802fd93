//! Asks what to do when a file holds documents that already exist here with
//! other content: keep both, replace, or cancel.

use leptos::prelude::*;

use crate::format::ConflictChoice;
use crate::model::time::describe_age;
use crate::ui::common::modal::Modal;
use crate::ui::state::use_app;
use crate::ui::system::{now, zone};

/// The dialog, shown while an import waits for a choice.
#[component]
pub fn ImportDialog() -> impl IntoView {
    let state = use_app();
    let choose = move |choice: Option<ConflictChoice>| {
        let first = state.imports.pending.try_update(|queue| (!queue.is_empty()).then(|| queue.remove(0))).flatten();
        if let Some(pending) = first {
            match choice {
                Some(choice) => state.imports.finish(pending, choice),
                None => state.toast(format!("Opening “{}” was cancelled. Nothing was changed.", pending.file_name), false, None),
            }
        }
    };
    move || {
        state.imports.pending.with(|queue| queue.first().cloned()).map(|pending| {
            let preview = pending.preview;
            let added = preview.added.len();
            let now = now();
            view! {
                <Modal title=format!("“{}” holds documents you already have", pending.file_name)
                    on_close=Callback::new(move |_| choose(None)) testid="import-dialog">
                    <p>{format!(
                        "{} document{} differ{} from your copy.",
                        preview.conflicts.len(), if preview.conflicts.len() == 1 { "" } else { "s" },
                        if preview.conflicts.len() == 1 { "s" } else { "" }
                    )}
                    // Said only when there are some: "0 new documents will be added" reads as if Keep both added none.
                    {(added > 0).then(|| format!(" {added} new document{} will be added either way.", if added == 1 { "" } else { "s" }))}</p>
                    <ul class="conflict-list">
                        {preview.conflicts.iter().map(|c| view! {
                            <li data-testid="import-conflict">
                                <strong>{c.local_title.clone()}</strong> " (" {c.doc.kind.label()} ")"
                                <br/>
                                <span class="muted">{format!(
                                    "Yours changed {}, the file’s {}. Different: {}.",
                                    describe_age(c.local_updated_at, now, zone()), describe_age(c.incoming_updated_at, now, zone()),
                                    c.differences.join(", ")
                                )}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                    // A repair changes what Replace would bring in: say it before the choice.
                    {(!pending.warnings.is_empty()).then(|| view! {
                        <p>"Repaired while reading the file:"</p>
                        <ul class="import-notes" data-testid="import-notes">
                            {pending.warnings.iter().map(|w| view! { <li>{w.to_string()}</li> }).collect_view()}
                        </ul>
                    })}
                    <div class="dialog-actions">
                        <button type="button" class="primary" data-testid="import-keep-both" autofocus
                            on:click=move |_| choose(Some(ConflictChoice::KeepBoth))>"Keep both"</button>
                        <button type="button" data-testid="import-replace"
                            on:click=move |_| choose(Some(ConflictChoice::Replace))>"Replace mine with the file’s"</button>
                        <button type="button" data-testid="import-cancel" on:click=move |_| choose(None)>"Cancel"</button>
                    </div>
                </Modal>
            }
        })
    }
}
