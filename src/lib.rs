//! Liaison: plan, agree and deliver a strategy across departments, in the browser.
//!
//! `model` and `format` are the pure core (no browser APIs, tested with plain
//! `cargo test`); `store` owns local storage; `ui` holds the Leptos components.

pub mod format;
pub mod model;
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;
