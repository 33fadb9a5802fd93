//! Pages loaded on demand: each plan section, the workshop board page and the stakeholder map page are
//! built by code in a WebAssembly chunk of its own, fetched the first time it
//! is shown, so the first download holds only the shell and the library.
//!
//! Each `#[wasm_split(<chunk>)]` function below is a split point (the macro
//! behind Leptos's `#[lazy]`, used directly so that sections sharing most of
//! their code share one chunk): `wasm-split-cli` in `scripts/build.sh` moves
//! the functions of a chunk, and whatever only they reach, out of the main
//! module; code reached from several chunks goes to small shared chunks. Each
//! returns a plain function that builds the view, so once a chunk is here the
//! page renders synchronously, inside the caller's reactive owner (contexts
//! such as `AppState` are found as usual).

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use super::approvals::{ApprovalSection, DiscussionSection};
use super::boards::BoardPage;
use super::maps::MapPage;
use super::plans::PlanOverview;
use super::route::PlanSection;
use super::structure::{DependenciesSection, ObjectivesSection, RolesSection};
use super::tracking::{DashboardSection, DecisionsSection, LogSection};

/// A part of the app that lives in its own chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Plan(PlanSection),
    Board,
    Map,
}

/// Builds the view of a part for one document id. A plan's sections take
/// no id: they find the plan's handle in the context its page provides.
pub type PartView = fn(String) -> AnyView;

/// A part's view builder, or why its chunk could not be fetched (offline, or
/// a newer version of the app replaced it on the server). Without `fallible`
/// a failed fetch would panic, which aborts the whole app.
type Loaded = Result<PartView, SplitLoaderError>;

#[wasm_split(plan_overview, fallible, wasm_split_path = ::leptos::wasm_split)]
fn plan_overview() -> Loaded {
    Ok(|_| view! { <PlanOverview/> }.into_any())
}
#[wasm_split(plan_structure, fallible, wasm_split_path = ::leptos::wasm_split)]
fn plan_objectives() -> Loaded {
    Ok(|_| view! { <ObjectivesSection/> }.into_any())
}
#[wasm_split(plan_structure, fallible, wasm_split_path = ::leptos::wasm_split)]
fn plan_roles() -> Loaded {
    Ok(|_| view! { <RolesSection/> }.into_any())
}
#[wasm_split(plan_structure, fallible, wasm_split_path = ::leptos::wasm_split)]
fn plan_dependencies() -> Loaded {
    Ok(|_| view! { <DependenciesSection/> }.into_any())
}
#[wasm_split(plan_approvals, fallible, wasm_split_path = ::leptos::wasm_split)]
fn plan_approval() -> Loaded {
    Ok(|_| view! { <ApprovalSection/> }.into_any())
}
#[wasm_split(plan_approvals, fallible, wasm_split_path = ::leptos::wasm_split)]
fn plan_discussion() -> Loaded {
    Ok(|_| view! { <DiscussionSection/> }.into_any())
}
#[wasm_split(plan_tracking, fallible, wasm_split_path = ::leptos::wasm_split)]
fn plan_dashboard() -> Loaded {
    Ok(|_| view! { <DashboardSection/> }.into_any())
}
#[wasm_split(plan_tracking, fallible, wasm_split_path = ::leptos::wasm_split)]
fn plan_decisions() -> Loaded {
    Ok(|_| view! { <DecisionsSection/> }.into_any())
}
#[wasm_split(plan_tracking, fallible, wasm_split_path = ::leptos::wasm_split)]
fn plan_log() -> Loaded {
    Ok(|_| view! { <LogSection/> }.into_any())
}
#[wasm_split(board, fallible, wasm_split_path = ::leptos::wasm_split)]
fn board_page() -> Loaded {
    Ok(|board_id| view! { <BoardPage board_id=board_id.into() /> }.into_any())
}

#[wasm_split(map, fallible, wasm_split_path = ::leptos::wasm_split)]
fn map_page() -> Loaded {
    Ok(|map_id| view! { <MapPage map_id=map_id.into() /> }.into_any())
}

/// Fetches (once) the chunk of a part and returns its view builder.
async fn load(part: Part) -> Loaded {
    match part {
        Part::Plan(PlanSection::Overview) => plan_overview().await,
        Part::Plan(PlanSection::Objectives) => plan_objectives().await,
        Part::Plan(PlanSection::Roles) => plan_roles().await,
        Part::Plan(PlanSection::Dependencies) => plan_dependencies().await,
        Part::Plan(PlanSection::Approval) => plan_approval().await,
        Part::Plan(PlanSection::Discussion) => plan_discussion().await,
        Part::Plan(PlanSection::Dashboard) => plan_dashboard().await,
        Part::Plan(PlanSection::Decisions) => plan_decisions().await,
        Part::Plan(PlanSection::Log) => plan_log().await,
        Part::Board => board_page().await,
        Part::Map => map_page().await,
    }
}

thread_local! {
    /// The parts already loaded, so showing one again needs no await.
    static LOADED: RefCell<Vec<(Part, PartView)>> = const { RefCell::new(Vec::new()) };
}

fn loaded(part: Part) -> Option<PartView> {
    LOADED.with_borrow(|parts| parts.iter().find(|(p, _)| *p == part).map(|(_, view)| *view))
}

/// Fetches a part (a prefetch and a page may ask at once: the chunk still
/// comes once) and remembers it.
/// A failure is not remembered: the next visit tries again.
async fn load_once(part: Part) -> Loaded {
    let view = load(part).await?;
    if loaded(part).is_none() {
        LOADED.with_borrow_mut(|parts| parts.push((part, view)));
    }
    Ok(view)
}

/// Loads a part's chunk in the background, so a later visit does not wait.
pub fn prefetch(part: Part) {
    if loaded(part).is_none() {
        spawn_local(async move {
            let _ = load_once(part).await;
        });
    }
}

/// A part of the app for one document: at once when its chunk is here,
/// otherwise a short "Loading…" until it arrives, or a message if it cannot.
#[component]
pub fn OnDemand(part: Part, id: String) -> impl IntoView {
    if let Some(view) = loaded(part) {
        return view(id);
    }
    let ready = RwSignal::new(None::<Result<PartView, ()>>);
    spawn_local(async move { ready.set(Some(load_once(part).await.map_err(|_| ()))) });
    (move || match ready.get() {
        Some(Ok(view)) => view(id.clone()),
        Some(Err(())) => view! {
            <p class="error" role="alert" data-testid="part-failed">
                "This part of Liaison could not be downloaded. Check the connection, then reload the page; your work is saved."
            </p>
        }
        .into_any(),
        None => view! { <p class="muted loading" data-testid="part-loading">"Loading…"</p> }.into_any(),
    })
    .into_any()
}
