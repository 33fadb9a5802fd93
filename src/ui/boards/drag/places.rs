//! Where a dragged note or cluster can land: the drop lists and the places
//! in them, in page coordinates (the viewport's plus the window's scroll),
//! measured when a drag starts and again after the page scrolls.

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::geometry::Target;
use crate::model::ids::{ClusterId, NoteId};

/// The lists a note can be dropped in: every cluster and every area's loose notes.
pub fn for_note(note_id: &NoteId, scroll: (f64, f64)) -> Vec<Target> {
    measure("[data-drop-list]", ":scope > .note-list", ":scope > .note-list > [data-note-id]", "data-note-id", note_id, scroll)
}

/// The lists a cluster can be dropped in: every area's clusters.
pub fn for_cluster(cluster_id: &ClusterId, scroll: (f64, f64)) -> Vec<Target> {
    measure(".area[data-drop-list]", ":scope > .clusters", ":scope > .clusters > .cluster", "data-cluster", cluster_id, scroll)
}

fn measure(lists: &str, list_body: &str, items: &str, id_attribute: &str, dragged: &str, (sx, sy): (f64, f64)) -> Vec<Target> {
    let mut targets = Vec::new();
    for list in elements(leptos::prelude::document().query_selector_all(lists)) {
        let r = list.get_bounding_client_rect();
        let rect = (r.left() + sx, r.top() + sy, r.right() + sx, r.bottom() + sy);
        let items = elements(list.query_selector_all(items))
            .into_iter()
            .filter(|c| c.get_attribute(id_attribute).is_some_and(|id| id != dragged))
            .map(|c| {
                let r = c.get_bounding_client_rect();
                (r.left() + sx, r.top() + sy, r.right() + sx, r.bottom() + sy)
            })
            .collect();
        let body = list.query_selector(list_body).ok().flatten().map(|b| b.get_bounding_client_rect().top() + sy);
        targets.push(Target::new(
            list.get_attribute("data-area").unwrap_or_default().into(),
            list.get_attribute("data-cluster").filter(|c| !c.is_empty()).map(ClusterId::from),
            rect,
            items,
            body.unwrap_or(rect.1 + 4.0),
        ));
    }
    targets
}

fn elements(found: Result<web_sys::NodeList, wasm_bindgen::JsValue>) -> Vec<Element> {
    let Ok(found) = found else { return Vec::new() };
    (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<Element>().ok()).collect()
}
