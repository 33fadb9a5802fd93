//! Where the user is, kept in the URL's hash (`#/plan/<id>`), so reload, back
//! and forward work on any static host without rewrite rules.

use crate::model::{DocRef, DocumentKind};

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Library,
    Document(DocRef),
}

impl Route {
    /// The route a hash names; anything unknown is the library.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path.split_once('/') {
            Some((slug, id)) if !id.is_empty() => match DocumentKind::from_slug(slug) {
                Some(kind) => Route::Document(DocRef::new(kind, id)),
                None => Route::Library,
            },
            _ => Route::Library,
        }
    }

    /// The hash for this route.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Library => "#/".into(),
            Route::Document(doc) => format!("#/{}/{}", doc.kind.slug(), doc.id),
        }
    }

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
