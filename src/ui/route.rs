//! Where the user is, kept in the URL's hash (`#/plan/<id>/<section>`), so
//! reload, back and forward work on any static host without rewrite rules.

use crate::model::{DocRef, DocumentKind};

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Library,
    /// A document, and the section of it shown ("" for its first one).
    Document(DocRef, String),
}

impl Route {
    /// The route a hash names; anything unknown is the library.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.splitn(3, '/');
        let (slug, id, section) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        match DocumentKind::from_slug(slug) {
            Some(kind) if !id.is_empty() => Route::Document(DocRef::new(kind, id), section.to_string()),
            _ => Route::Library,
        }
    }

    /// The hash for this route.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Library => "#/".into(),
            Route::Document(doc, section) if section.is_empty() => format!("#/{}/{}", doc.kind.slug(), doc.id),
            Route::Document(doc, section) => format!("#/{}/{}/{section}", doc.kind.slug(), doc.id),
        }
    }

    /// The route of the current page.
    pub fn current() -> Route {
        let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        Route::from_hash(&hash)
    }

    /// The first section of a document.
    pub fn document(doc: DocRef) -> Route {
        Route::Document(doc, String::new())
    }

    /// Goes to this route as a new history entry.
    pub fn go(&self) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_hash(&self.to_hash());
        }
    }
}

