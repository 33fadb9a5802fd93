//! Every link the app prints opens the page it was printed for, and old,
//! hand-typed or broken links open the nearest sensible page.

use super::{BoardView, MapView, PlanSection, Route};
use crate::model::promote::ItemKind;
use crate::model::{DocRef, DocumentKind};

const UUID: &str = "0b5c7d3e-1f2a-4c6b-9d8e-7a6f5e4d3c2b";

/// Ids a file may carry besides UUIDs, chosen to break a naive link.
const ODD_IDS: [&str; 12] = ["a/b", "50%", "%41", "%2F", "a b", "café", "#x?y&z=1", "..", "/", "%", "p-1_2.3~", "🗺️ map"];

fn plan(id: &str, section: PlanSection) -> Route {
    Route::Plan { id: id.into(), section }
}

fn board(id: &str, view: BoardView) -> Route {
    Route::Board { id: id.into(), view }
}

fn every_route(id: &str) -> Vec<Route> {
    let plans = PlanSection::ALL.map(|s| plan(id, s));
    let boards = BoardView::ALL.map(|v| board(id, v));
    plans.into_iter().chain(boards).chain(MapView::ALL.map(|view| Route::Map { id: id.into(), view })).collect()
}

#[test]
fn every_route_reads_back_from_its_link() {
    assert_eq!(Route::from_hash(&Route::Library.to_hash()), Route::Library);
    for id in std::iter::once(UUID).chain(ODD_IDS) {
        for route in every_route(id) {
            let hash = route.to_hash();
            assert_eq!(Route::from_hash(&hash), route, "{hash}");
            // What the address bar holds when served under a sub-path.
            assert_eq!(Route::from_hash(&format!("https://example.org/liaison/index.html{hash}")), route, "{hash}");
        }
    }
}

#[test]
fn links_have_one_printed_form() {
    assert_eq!(Route::Library.to_hash(), "#/");
    assert_eq!(plan(UUID, PlanSection::Overview).to_hash(), format!("#/plan/{UUID}"));
    assert_eq!(plan(UUID, PlanSection::Approval).to_hash(), format!("#/plan/{UUID}/approval"));
    assert_eq!(plan(UUID, PlanSection::Log).to_hash(), format!("#/plan/{UUID}/log"));
    assert_eq!(board(UUID, BoardView::Editor).to_hash(), format!("#/board/{UUID}"));
    assert_eq!(board(UUID, BoardView::Projector).to_hash(), format!("#/board/{UUID}/projector"));
    assert_eq!(Route::Map { id: UUID.into(), view: MapView::default() }.to_hash(), format!("#/map/{UUID}"));
}

#[test]
fn odd_ids_are_escaped_so_they_stay_one_segment() {
    assert_eq!(plan("a/b", PlanSection::Roles).to_hash(), "#/plan/a%2Fb/roles");
    assert_eq!(plan("50%", PlanSection::Overview).to_hash(), "#/plan/50%25");
    assert_eq!(board("a b", BoardView::Projector).to_hash(), "#/board/a%20b/projector");
    assert_eq!(Route::Map { id: "café".into(), view: MapView::default() }.to_hash(), "#/map/caf%C3%A9");
    assert_eq!(plan("p-1_2.3~", PlanSection::Overview).to_hash(), "#/plan/p-1_2.3~");
}

#[test]
fn typed_and_browser_escaped_ids_are_decoded() {
    // A browser escapes a typed space or accent in the hash it reports.
    assert_eq!(Route::from_hash("#/plan/caf%C3%A9/roles"), plan("café", PlanSection::Roles));
    assert_eq!(Route::from_hash("#/plan/a%20b"), plan("a b", PlanSection::Overview));
    assert_eq!(Route::from_hash("#/board/p%2d1"), board("p-1", BoardView::Editor));
    // A `%` that starts no escape, or escapes that are not UTF-8, are kept as typed.
    assert_eq!(Route::from_hash("#/plan/50%"), plan("50%", PlanSection::Overview));
    assert_eq!(Route::from_hash("#/plan/%zz/approval"), plan("%zz", PlanSection::Approval));
    assert_eq!(Route::from_hash("#/plan/%+1"), plan("%+1", PlanSection::Overview));
    assert_eq!(Route::from_hash("#/map/%FF"), Route::Map { id: "%FF".into(), view: MapView::default() });
    // A raw `/` separates segments: an id holding one must come escaped.
    assert_eq!(Route::from_hash("#/plan/a/b"), plan("a", PlanSection::Overview));
}

#[test]
fn unknown_sections_open_the_first_one() {
    assert_eq!(Route::from_hash("#/plan/p1/nope"), plan("p1", PlanSection::Overview));
    assert_eq!(Route::from_hash("#/plan/p1/Approval"), plan("p1", PlanSection::Overview));
    assert_eq!(Route::from_hash("#/board/b1/nope"), board("b1", BoardView::Editor));
    assert_eq!(Route::from_hash("#/map/m1/grid"), Route::Map { id: "m1".into(), view: MapView::Grid });
    assert_eq!(Route::from_hash("#/map/m1/nonsense"), Route::Map { id: "m1".into(), view: MapView::Register });
}

#[test]
fn unknown_kinds_empty_ids_and_garbage_open_the_library() {
    let library = [
        "", "#", "#/", "#//", "#/plan", "#/plan/", "#/plan//approval", "#/board/", "#/map/", "#/nope/p1",
        "#/Plan/p1", "#/documents/p1/approval", "#?x=1", "#%", "garbage", "plan/p1", "/plan/p1",
    ];
    for text in library {
        assert_eq!(Route::from_hash(text), Route::Library, "{text:?}");
    }
}

#[test]
fn old_and_hand_typed_links_keep_working() {
    // A link printed before sections had names, and the one the library prints.
    assert_eq!(Route::from_hash("#/plan/p1"), plan("p1", PlanSection::Overview));
    // The overview tab used to print its name.
    assert_eq!(Route::from_hash("#/plan/p1/overview"), plan("p1", PlanSection::Overview));
    assert_eq!(Route::from_hash("#/board/b1/editor"), board("b1", BoardView::Editor));
    // Trailing slashes, a missing leading one, extra segments.
    assert_eq!(Route::from_hash("#/plan/p1/"), plan("p1", PlanSection::Overview));
    assert_eq!(Route::from_hash("#/plan/p1/approval/"), plan("p1", PlanSection::Approval));
    assert_eq!(Route::from_hash("#/plan/p1/discussion/c7"), plan("p1", PlanSection::Discussion));
    assert_eq!(Route::from_hash("#plan/p1"), plan("p1", PlanSection::Overview));
    assert_eq!(Route::from_hash("#plan/p1/decisions"), plan("p1", PlanSection::Decisions));
    assert_eq!(Route::from_hash("#board/b1/projector"), board("b1", BoardView::Projector));
    assert_eq!(Route::from_hash("#/board/b1/projector/"), board("b1", BoardView::Projector));
    assert_eq!(Route::from_hash("#//map/m1/"), Route::Map { id: "m1".into(), view: MapView::default() });
}

#[test]
fn only_the_hash_of_a_whole_url_counts() {
    let base = "http://127.0.0.1:8080/liaison/";
    assert_eq!(Route::from_hash(&format!("{base}#/plan/p1/roles")), plan("p1", PlanSection::Roles));
    assert_eq!(Route::from_hash(&format!("{base}#/")), Route::Library);
    // The served path never names a page, even when it looks like one.
    assert_eq!(Route::from_hash(base), Route::Library);
    assert_eq!(Route::from_hash("http://127.0.0.1:8080/plan/p1"), Route::Library);
    assert_eq!(Route::from_hash("http://127.0.0.1:8080/board/b1/#/plan/p1"), plan("p1", PlanSection::Overview));
}

#[test]
fn section_keys_are_distinct_and_read_back() {
    for section in PlanSection::ALL {
        assert_eq!(PlanSection::from_key(section.key()), Some(section));
    }
    for view in BoardView::ALL {
        assert_eq!(BoardView::from_key(view.key()), Some(view));
    }
    assert_eq!(PlanSection::from_key("nope"), None);
}

#[test]
fn every_promoted_item_kind_names_a_plan_section() {
    for kind in ItemKind::ALL {
        assert!(PlanSection::from_key(kind.section()).is_some(), "{kind:?} names {:?}", kind.section());
    }
}

#[test]
fn a_document_opens_on_its_first_page() {
    let open = |kind| Route::open(DocRef::new(kind, "d1"));
    assert_eq!(open(DocumentKind::Plan), plan("d1", PlanSection::Overview));
    assert_eq!(open(DocumentKind::Board), board("d1", BoardView::Editor));
    assert_eq!(open(DocumentKind::StakeholderMap), Route::Map { id: "d1".into(), view: MapView::default() });
    for kind in DocumentKind::ALL {
        assert_eq!(open(kind).doc(), Some(DocRef::new(kind, "d1")));
    }
    assert_eq!(board("d1", BoardView::Projector).doc(), Some(DocRef::new(DocumentKind::Board, "d1")));
    assert_eq!(Route::Library.doc(), None);
}
