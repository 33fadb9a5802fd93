//! A route printed as a URL hash, and read back from one: strict in what it
//! prints, forgiving of old and hand-typed links.

use super::{BoardView, MapView, PlanSection, Route};

impl Route {
    /// The route a link names. `text` is a hash (`#/plan/<id>/approval`) or
    /// a whole URL: only what follows its first `#` counts, so the path the
    /// app is served under (`/liaison/`) never changes the page, and a text
    /// with no `#` is the library.
    ///
    /// Old and typed links still open: the `/` after `#` may be missing, a
    /// trailing `/` and anything after the section are ignored, and ids are
    /// percent-decoded (a `%` that starts no escape is kept as typed). An
    /// unknown section opens the plan's overview or the board's editor; an
    /// unknown kind, an empty id or garbage opens the library.
    pub fn from_hash(text: &str) -> Route {
        let Some((_, hash)) = text.split_once('#') else { return Route::Library };
        let mut parts = hash.trim_start_matches('/').split('/').map(decode);
        let mut next = || parts.next().unwrap_or_default();
        let (kind, id, part) = (next(), next(), next());
        if id.is_empty() {
            return Route::Library;
        }
        // The URL's words are spelled here, not taken from `DocumentKind::slug`
        // (which also names storage keys): links in old e-mails must keep opening.
        match kind.as_str() {
            "plan" => Route::Plan { id: id.into(), section: PlanSection::from_key(&part).unwrap_or_default() },
            "board" => Route::Board { id: id.into(), view: BoardView::from_key(&part).unwrap_or_default() },
            "map" => Route::Map { id: id.into(), view: MapView::from_key(&part).unwrap_or_default() },
            _ => Route::Library,
        }
    }

    /// The hash for this route. The first section or view is left out
    /// (`#/plan/<id>`, `#/board/<id>`), so each route has one link, and it is
    /// the one the app has always printed when opening a document. An empty
    /// id names no document: its link opens the library.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Library => "#/".into(),
            Route::Plan { id, section } => link("plan", id, (*section != PlanSection::default()).then(|| section.key())),
            Route::Board { id, view } => link("board", id, (*view != BoardView::default()).then(|| view.key())),
            Route::Map { id, view } => link("map", id, (*view != MapView::default()).then(|| view.key())),
        }
    }
}

fn link(kind: &str, id: &str, part: Option<&str>) -> String {
    match part {
        Some(part) => format!("#/{kind}/{}/{part}", encode(id)),
        None => format!("#/{kind}/{}", encode(id)),
    }
}

/// `text` with every byte but ASCII letters, digits and `-._~` written as
/// `%XX`: an id holding `/`, `#` or `%` stays one segment of the link and
/// decodes back to itself, while a UUID is printed as it is.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes [`encode`], and the escapes a browser adds to a typed link (`%20`
/// for a space, UTF-8 bytes for `é`). A `%` not followed by two hex digits is
/// kept as typed, and so is a segment whose escapes are not UTF-8, so a
/// hand-made link still names the id it shows.
fn decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i..i + 3) {
            Some([b'%', high, low]) => hex(*high).zip(hex(*low)).map(|(h, l)| h << 4 | l),
            _ => None,
        };
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| segment.to_string())
}

fn hex(digit: u8) -> Option<u8> {
    char::from(digit).to_digit(16).map(|d| d as u8)
}
