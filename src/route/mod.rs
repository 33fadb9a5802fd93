//! Which page the app shows, and the URL hash that names it, as plain Rust.
//!
//! It lives outside `ui` (which builds for the browser only) so that native
//! `cargo test` checks every link shape against the one module the app runs,
//! rather than compiling a `ui` file twice through `#[path]`; `ui::route`
//! re-exports it and adds reading and setting the browser's hash.

mod hash;
mod section;
#[cfg(test)]
mod tests;

pub use section::{BoardView, MapView, PlanSection};

use crate::model::ids::{BoardId, MapId, PlanId};
use crate::model::{DocRef, DocumentKind};

/// A page of the app. Printed by [`Route::to_hash`], read back by
/// [`Route::from_hash`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The list of documents (`#/`).
    Library,
    /// One section of a plan (`#/plan/<id>/<section>`).
    Plan { id: PlanId, section: PlanSection },
    /// A workshop board, in its editor or on the projector
    /// (`#/board/<id>`, `#/board/<id>/projector`).
    Board { id: BoardId, view: BoardView },
    /// A stakeholder map, in one of its views (`#/map/<id>`, `#/map/<id>/grid`, …).
    Map { id: MapId, view: MapView },
}

impl Route {
    /// The first page of a document: a plan's overview, a board's editor.
    pub fn open(doc: DocRef) -> Route {
        let id = doc.id;
        match doc.kind {
            DocumentKind::Plan => Route::Plan { id: id.into(), section: PlanSection::default() },
            DocumentKind::Board => Route::Board { id: id.into(), view: BoardView::default() },
            DocumentKind::StakeholderMap => Route::Map { id: id.into(), view: MapView::default() },
            // Saved templates have no page: they are offered where boards start.
            DocumentKind::BoardTemplate => Route::Library,
        }
    }

    /// The document this page shows, if any; its section or view left aside.
    pub fn doc(&self) -> Option<DocRef> {
        match self {
            Route::Library => None,
            Route::Plan { id, .. } => Some(DocRef::plan(id)),
            Route::Board { id, .. } => Some(DocRef::board(id)),
            Route::Map { id, .. } => Some(DocRef::map(id)),
        }
    }
}
