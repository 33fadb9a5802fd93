//! The browser's side of routing: reads the page from the URL's hash and
//! moves to another; what a hash means is `crate::route`, plain Rust tested
//! natively. The hash keeps reload, back and forward working on any static
//! host without rewrite rules.

pub use crate::route::{BoardView, MapView, PlanSection, Route};

impl Route {
    /// The route of the current page.
    pub fn current() -> Route {
        let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        Route::from_hash(&hash)
    }

    /// Goes to this route as a new history entry.
    pub fn go(&self) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_hash(&self.to_hash());
        }
    }
}
