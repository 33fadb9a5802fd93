//! The library page.

use leptos::prelude::*;

use super::row::DocumentRow;
use super::templates::SavedTemplates;
use super::welcome::Welcome;
use crate::model::{Command, DocumentKind};
use crate::ui::boards::BoardStarter;
use crate::ui::route::Route;
use crate::ui::select::memo;
use crate::ui::state::{use_app, AppState};
use crate::ui::system::now_ms;

/// How many documents the library shows before "Show more".
const PAGE: usize = 100;

/// Creates a document of `kind` and opens it.
pub fn create_and_open(state: AppState, command: Command) {
    if let Some(doc) = state.run_or_toast(command).and_then(|o| o.created) {
        Route::open(doc).go();
    }
}

/// The list of documents, or the welcome for a first visit.
#[component]
pub fn LibraryPage() -> impl IntoView {
    let state = use_app();
    let query = RwSignal::new(String::new());
    let summaries = memo(move || state.workspace.with(|ws| ws.summaries(&query.get())));
    let is_empty = move || state.workspace.with(|ws| ws.lists_nothing());
    let now = RwSignal::new(now_ms());
    // "5 minutes ago" keeps counting while the library is open.
    if let Ok(ticker) = set_interval_with_handle(move || now.set(now_ms()), std::time::Duration::from_secs(30)) {
        on_cleanup(move || ticker.clear());
    }
    // A long library renders in pages so a huge workspace still opens at once.
    let shown = RwSignal::new(PAGE);
    let visible = move || summaries.with(|all| all.iter().take(shown.get()).cloned().collect::<Vec<_>>());
    let hidden = move || summaries.with(Vec::len).saturating_sub(shown.get());
    let create = move |kind: DocumentKind| create_and_open(state, Command::Create { kind, title: None, plan_id: None });
    view! {
        <Show when=move || !is_empty() fallback=|| view! { <Welcome/> }>
            <section class="library" data-testid="library">
                <div class="library-head">
                    <h1>"Your documents"</h1>
                    <div class="create-buttons">
                        <button type="button" class="primary" data-testid="create-plan" on:click=move |_| create(DocumentKind::Plan)>"New plan"</button>
                        <BoardStarter label="New workshop board" />
                        <button type="button" data-testid="create-map" on:click=move |_| create(DocumentKind::StakeholderMap)>"New stakeholder map"</button>
                    </div>
                </div>
                <label class="search">
                    <span class="visually-hidden">"Search by title"</span>
                    <input type="search" placeholder="Search by title" data-testid="library-search"
                        prop:value=query on:input:target=move |ev| query.set(ev.target().value()) />
                </label>
                <table class="doc-table">
                    <thead><tr><th>"Title"</th><th>"Kind"</th><th>"Last changed"</th><th><span class="visually-hidden">"Actions"</span></th></tr></thead>
                    <tbody>
                        <For each=visible key=|s| (s.doc.clone(), s.title.clone(), s.updated_at.clone()) let:summary>
                            <DocumentRow summary now=now.read_only() />
                        </For>
                    </tbody>
                </table>
                <Show when=move || { hidden() > 0 }>
                    <button type="button" class="show-more" data-testid="show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {move || format!("Show {} more of {}", hidden().min(PAGE), hidden())}
                    </button>
                </Show>
                <Show when=move || summaries.with(Vec::is_empty)>
                    <p class="muted" data-testid="no-results">"No document has a title with “" {move || query.get()} "”."</p>
                </Show>
                <SavedTemplates />
            </section>
        </Show>
    }
}
