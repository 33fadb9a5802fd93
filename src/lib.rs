//! Liaison: plan, agree and deliver a strategy across departments, in the browser.
//!
//! `model` and `format` are the pure core (no browser APIs, tested with plain
//! `cargo test`); `route` names the app's pages and reads and prints their
//! links, plain Rust too; `store` owns local storage; `ui` holds the Leptos
//! components.

pub mod format;
pub mod model;
pub mod route;
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// A board drag's arithmetic is plain Rust inside `ui`: its tests run natively too.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "ui/boards/drag/geometry.rs"]
#[allow(dead_code)] // the ids it carries are read by the UI only
mod drag_geometry;

/// The stakeholder grid's geometry and label layout are plain Rust inside
/// `ui`: their tests run natively too, at the same paths as in the app.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(dead_code)] // parts are read by the UI only
mod ui {
    pub mod maps {
        pub mod grid {
            pub mod labels;
            pub mod plot;
        }
    }
}
