//! The root component: state, the shell around every page, and the page the
//! URL names.

use leptos::prelude::*;

use super::documents::DocumentPage;
use super::library::LibraryPage;
use super::on_demand::{prefetch, Part};
use super::route::PlanSection;
use super::select::memo;
use super::shell::{Banners, DropZone, Header, ImportDialog, Toasts};
use super::state::AppState;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::provide();
    // Only a change of document rebuilds the page; a change of section is
    // the page's own business.
    let doc = memo(move || state.route.get().doc());
    let page = move || match doc.get() {
        None => view! { <LibraryPage/> }.into_any(),
        Some(doc) => view! { <DocumentPage doc/> }.into_any(),
    };
    // A new or opened plan lands on its overview: fetch that chunk as soon as
    // the library is on screen, so the first click does not wait for it.
    Effect::new(|_| prefetch(Part::Plan(PlanSection::Overview)));
    view! {
        <div class="app" data-testid="app-shell">
            <Header/>
            <Banners/>
            <main class="page">{page}</main>
            <Toasts/>
            <ImportDialog/>
            <DropZone/>
        </div>
    }
}
