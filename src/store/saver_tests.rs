//! The autosave policy against an in-memory store that fails on demand: a
//! full quota, storage refused, another tab saving behind this one's back.
//! Nothing may be lost or silently overwritten.

use super::entry::{doc_key, encode_entry, peek_rev};
use super::memory::{Failure, MemoryStore};
use super::saver::{OtherTab, Saver};
use super::KeyValue;
use crate::model::testing::{at, now};
use crate::model::{DocRef, Document, DocumentKind, Plan, Timestamp, Workspace};

/// Five minutes after [`now`].
pub(super) fn later() -> Timestamp {
    at("2026-11-22T10:05:00.000Z")
}

fn plan(id: &str, title: &str) -> Document {
    Document::Plan(Plan::new(id.into(), title.into(), now()))
}

pub(super) fn plan_ref(id: &str) -> DocRef {
    DocRef::new(DocumentKind::Plan, id)
}

/// A store holding these plans, saved by a saver that then went away (an
/// earlier visit), and a fresh tab started on it.
pub(super) fn started_with(plans: &[(&str, &str)]) -> (MemoryStore, Saver<MemoryStore>, Workspace) {
    let store = MemoryStore::new();
    let (mut first, _) = Saver::start(Some(store.clone()), now());
    let mut ws = Workspace::default();
    for (id, title) in plans {
        ws.put(plan(id, title));
        first.mark([plan_ref(id)]);
    }
    assert!(!first.flush(&ws, now()).pending);
    let (saver, loaded) = Saver::start(Some(store.clone()), now());
    (store, saver, loaded.workspace)
}

/// Changes a plan's title here and marks it for saving.
fn edit(saver: &mut Saver<MemoryStore>, ws: &mut Workspace, id: &str, title: &str) {
    ws.put(plan(id, title));
    saver.mark([plan_ref(id)]);
}

fn stored_title(store: &MemoryStore, id: &str) -> Option<String> {
    let raw = store.get(&doc_key(&plan_ref(id)))?;
    let (_, document, _) = super::decode_entry(&plan_ref(id), &raw).ok()?;
    Some(document.title().to_string())
}

#[test]
fn saves_and_reloads_what_was_edited() {
    let (store, mut saver, mut ws) = started_with(&[]);
    assert!(saver.mark([]), "the first change schedules a flush");
    edit(&mut saver, &mut ws, "p-1", "Growth");
    edit(&mut saver, &mut ws, "p-2", "Hiring");
    assert!(!saver.mark([plan_ref("p-1")]), "a burst is written by the one flush already scheduled");
    let report = saver.flush(&ws, now());
    assert_eq!((report.quota_full, report.unavailable, report.pending), (false, None, false));
    assert!(report.conflicts.is_empty());
    assert_eq!(report.chars_used, store.chars());
    assert!(saver.mark([]), "after a flush, the next change schedules another");
    // A new document's first revision is the time, so it never restarts below one a stale tab holds.
    assert_eq!(store.get(&doc_key(&plan_ref("p-1"))).as_deref().and_then(peek_rev), Some(now().millis() as u64));

    edit(&mut saver, &mut ws, "p-1", "Growth 2027");
    ws.remove(&plan_ref("p-2"));
    saver.mark([plan_ref("p-2")]);
    saver.flush(&ws, later());

    let (reloaded, loaded) = Saver::start(Some(store.clone()), later());
    assert_eq!(loaded.workspace, ws);
    assert!(loaded.warnings.is_empty() && loaded.set_aside.is_empty());
    assert_eq!(reloaded.chars_used(), store.chars());
    assert_eq!(store.keys(), [doc_key(&plan_ref("p-1"))]);
}

#[test]
fn a_full_quota_keeps_the_document_dirty_saves_the_others_and_retries_later() {
    let (store, mut saver, mut ws) = started_with(&[("big", "Big"), ("small", "Small")]);
    let stored_before = store.get(&doc_key(&plan_ref("big")));
    // Something else fills storage up to a little room.
    store.another_tab_sets("junk", &"x".repeat(10_000));
    store.set_capacity(Some(store.chars() + 1_000));

    edit(&mut saver, &mut ws, "big", &"B".repeat(5_000));
    edit(&mut saver, &mut ws, "small", "Small, renamed");
    let report = saver.flush(&ws, now());
    assert!(report.quota_full, "the report says the quota is full");
    assert!(report.pending, "the big edit is still only in memory");
    assert_eq!(report.unavailable, None);
    assert_eq!(stored_title(&store, "small").as_deref(), Some("Small, renamed"), "a smaller document still fits");
    assert_eq!(store.get(&doc_key(&plan_ref("big"))), stored_before, "the stored entry is the last one that fit");
    assert_eq!(report.chars_used, store.chars(), "recounted, so the meter shows what filled storage");

    // Still full: the next flush tries again, and fails again without losing anything.
    assert!(saver.flush(&ws, now()).quota_full);
    assert_eq!(store.get(&doc_key(&plan_ref("big"))), stored_before);

    // Room is freed (say, in another tab): the next flush writes what was pending.
    store.another_tab_removes("junk");
    let report = saver.flush(&ws, later());
    assert_eq!((report.quota_full, report.pending), (false, false));
    assert_eq!(stored_title(&store, "big"), Some("B".repeat(5_000)));
}

#[test]
fn with_storage_full_deletions_are_written_first_and_make_room() {
    // "a-grows" sorts before "z-deleted": written in order, it would fail first.
    let (store, mut saver, mut ws) = started_with(&[("a-grows", "A"), ("z-deleted", &"Z".repeat(3_000))]);
    store.set_capacity(Some(store.chars()));

    edit(&mut saver, &mut ws, "a-grows", &"A".repeat(1_000));
    ws.remove(&plan_ref("z-deleted"));
    saver.mark([plan_ref("z-deleted")]);
    let report = saver.flush(&ws, now());
    assert_eq!((report.quota_full, report.pending), (false, false), "the deletion made room for the edit");
    assert_eq!(store.get(&doc_key(&plan_ref("z-deleted"))), None);
    assert_eq!(stored_title(&store, "a-grows"), Some("A".repeat(1_000)));
}

#[test]
fn every_write_refused_keeps_every_change_pending() {
    let (store, mut saver, mut ws) = started_with(&[("p", "Before")]);
    store.fail(Some(Failure::QuotaAbove(0)));
    edit(&mut saver, &mut ws, "p", "After");
    edit(&mut saver, &mut ws, "new", "New");
    let report = saver.flush(&ws, now());
    assert_eq!((report.quota_full, report.pending), (true, true));
    assert_eq!(stored_title(&store, "p").as_deref(), Some("Before"));
    assert_eq!(store.get(&doc_key(&plan_ref("new"))), None);
    store.fail(None);
    assert!(!saver.flush(&ws, now()).pending);
    assert_eq!(stored_title(&store, "new").as_deref(), Some("New"));
}

/// Another tab saves a newer revision of "p" without this tab hearing of it
/// (its `storage` event was missed, or both saved at once). Returns that entry.
fn another_tab_saves_newer(store: &MemoryStore, title: &str) -> String {
    let key = doc_key(&plan_ref("p"));
    let rev = store.get(&key).as_deref().and_then(peek_rev).unwrap();
    let theirs = encode_entry(rev + 1, plan("p", title), later());
    store.another_tab_sets(&key, &theirs);
    theirs
}

#[test]
fn a_newer_revision_from_another_tab_is_never_overwritten() {
    let (store, mut saver, mut ws) = started_with(&[("p", "Original")]);
    let theirs = another_tab_saves_newer(&store, "Theirs");
    edit(&mut saver, &mut ws, "p", "Mine");
    let report = saver.flush(&ws, later());
    assert_eq!(report.conflicts, [plan_ref("p")], "reported as a conflict");
    assert!(report.pending, "my edit is not saved, and is said not to be");
    assert_eq!(store.get(&doc_key(&plan_ref("p"))).as_deref(), Some(theirs.as_str()), "nothing overwritten");
    // More typing, or leaving the page, still does not overwrite it.
    edit(&mut saver, &mut ws, "p", "Mine, and more");
    assert_eq!(saver.flush(&ws, later()).conflicts, [plan_ref("p")]);
    assert_eq!(store.get(&doc_key(&plan_ref("p"))).as_deref(), Some(theirs.as_str()));
    assert_eq!(ws.title(&plan_ref("p")).as_deref(), Some("Mine, and more"), "my edit stays on screen");
}

#[test]
fn use_stored_takes_the_other_tabs_version_and_saving_goes_on() {
    let (store, mut saver, mut ws) = started_with(&[("p", "Original")]);
    let theirs = another_tab_saves_newer(&store, "Theirs");
    edit(&mut saver, &mut ws, "p", "Mine");
    saver.flush(&ws, later());

    saver.use_stored(&mut ws, &plan_ref("p"));
    assert_eq!(ws.title(&plan_ref("p")).as_deref(), Some("Theirs"));
    let report = saver.flush(&ws, later());
    assert!(report.conflicts.is_empty() && !report.pending);
    assert_eq!(store.get(&doc_key(&plan_ref("p"))).as_deref(), Some(theirs.as_str()), "taken as it is, not rewritten");

    edit(&mut saver, &mut ws, "p", "Theirs, edited here afterwards");
    saver.flush(&ws, later());
    let after = store.get(&doc_key(&plan_ref("p"))).unwrap();
    assert!(peek_rev(&after) > peek_rev(&theirs), "a revision above the other tab's");
}

#[test]
fn use_stored_keeps_mine_when_the_stored_entry_cannot_be_read_here() {
    let (store, mut saver, mut ws) = started_with(&[("p", "Original")]);
    let newer_version = r#"{"rev":99999999999999,"file":{"format":"liaison","version":7,"plans":[{"id":"p"}]}}"#;
    store.another_tab_sets(&doc_key(&plan_ref("p")), newer_version);
    edit(&mut saver, &mut ws, "p", "Mine");
    assert_eq!(saver.flush(&ws, later()).conflicts, [plan_ref("p")]);
    saver.use_stored(&mut ws, &plan_ref("p"));
    assert_eq!(ws.title(&plan_ref("p")).as_deref(), Some("Mine"));
    assert_eq!(saver.flush(&ws, later()).conflicts, [plan_ref("p")], "still unsaved, still in conflict");
}

#[test]
fn another_tabs_save_is_applied_unless_this_tab_has_unsaved_edits() {
    let (store, mut saver, mut ws) = started_with(&[("p", "Original"), ("q", "Other")]);
    let theirs = another_tab_saves_newer(&store, "Theirs");
    // Nothing unsaved here: their version is taken in.
    assert_eq!(saver.other_tab_changed(&mut ws, plan_ref("p"), Some(theirs.clone())), OtherTab::Applied);
    assert_eq!(ws.title(&plan_ref("p")).as_deref(), Some("Theirs"));
    // The same save heard twice changes nothing.
    assert_eq!(saver.other_tab_changed(&mut ws, plan_ref("p"), Some(theirs)), OtherTab::Ignored);
    // A deletion in the other tab removes the document here.
    store.another_tab_removes(&doc_key(&plan_ref("q")));
    assert_eq!(saver.other_tab_changed(&mut ws, plan_ref("q"), None), OtherTab::Applied);
    assert!(!ws.contains(&plan_ref("q")));
    assert_eq!(saver.chars_used(), store.chars());

    // Unsaved edits here and a save there: a conflict, and mine stays on screen.
    edit(&mut saver, &mut ws, "p", "Mine");
    let newer = another_tab_saves_newer(&store, "Theirs again");
    assert_eq!(saver.other_tab_changed(&mut ws, plan_ref("p"), Some(newer.clone())), OtherTab::Conflict);
    assert_eq!(ws.title(&plan_ref("p")).as_deref(), Some("Mine"));
    let report = saver.flush(&ws, later());
    assert_eq!(report.conflicts, [plan_ref("p")]);
    assert_eq!(store.get(&doc_key(&plan_ref("p"))), Some(newer));
}

#[test]
fn without_storage_every_change_stays_pending_and_says_why() {
    let (mut saver, loaded) = Saver::<MemoryStore>::start(None, now());
    let mut ws = loaded.workspace;
    edit(&mut saver, &mut ws, "p", "Unsaveable");
    let report = saver.flush(&ws, now());
    assert_eq!(report.unavailable.as_deref(), Some("Storage is not available"));
    assert!(report.pending);
    assert!(saver.aside_entries().is_empty());
}

#[test]
fn storage_refused_mid_session_stops_the_flush_and_keeps_the_changes() {
    let (store, mut saver, mut ws) = started_with(&[("p", "Before")]);
    store.fail(Some(Failure::Unavailable("SecurityError: blocked".into())));
    edit(&mut saver, &mut ws, "p", "After");
    edit(&mut saver, &mut ws, "q", "New");
    let report = saver.flush(&ws, now());
    assert_eq!(report.unavailable.as_deref(), Some("SecurityError: blocked"));
    assert!(report.pending && !report.quota_full);
    assert_eq!(stored_title(&store, "p").as_deref(), Some("Before"));
    store.fail(None);
    let report = saver.flush(&ws, now());
    assert_eq!((report.unavailable, report.pending), (None, false));
    assert_eq!(stored_title(&store, "p").as_deref(), Some("After"));
}
