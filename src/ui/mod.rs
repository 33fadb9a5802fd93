//! The Leptos components. They render the workspace held in [`state::AppState`]
//! and turn user actions into [`crate::model::Command`]s; no rule lives here.

mod app;
mod approvals;
mod boards;
pub mod common;
mod documents;
mod library;
mod maps;
mod on_demand;
mod plans;
pub mod route;
mod shell;
mod select;
pub mod signing;
pub mod state;
mod structure;
pub mod system;
mod tracking;

/// Mounts the app on the page.
pub fn start() {
    leptos::mount::mount_to_body(app::App);
}
