//! Two tabs on the same board, each a saver and a workspace over one shared
//! store, the `storage` event delivered by hand: a tab with nothing unsaved
//! follows the other; a tab whose edits clash stops taking edits to that
//! board, keeps the ones it has, and "keep mine as a copy" stores them all.

use std::collections::BTreeSet;

use super::conflicts::apply_unless_in_conflict;
use super::entry::{decode_entry, doc_key};
use super::memory::MemoryStore;
use super::saver::{OtherTab, Saver};
use super::KeyValue;
use super::saver_tests::later;
use crate::model::board::edit::NewNote;
use crate::model::ids::IdSource;
use crate::model::testing::{area, board, now, TestEnv};
use crate::model::{BoardEdit, Command, CommandError, DocRef, Document, Outcome, Timestamp, Workspace};

struct Tab {
    saver: Saver<MemoryStore>,
    ws: Workspace,
    env: TestEnv,
}

impl Tab {
    /// A tab opened on what `store` holds; its new ids start at `first_id`,
    /// so two tabs do not make the same ones.
    fn open(store: &MemoryStore, first_id: u64) -> Tab {
        let (saver, loaded) = Saver::start(Some(store.clone()), now());
        let mut env = TestEnv::default();
        (1..first_id).for_each(|_| drop(env.ids.next_id()));
        Tab { saver, ws: loaded.workspace, env }
    }

    /// Runs a command the way the page does: refused while in conflict,
    /// marked for saving when taken.
    fn run(&mut self, command: Command) -> Result<Outcome, CommandError> {
        let in_conflict: BTreeSet<DocRef> = self.saver.in_conflict().clone();
        let outcome = apply_unless_in_conflict(&mut self.ws, command, &mut self.env.env(), &in_conflict)?;
        self.saver.mark(outcome.changed.clone());
        Ok(outcome)
    }

    fn add_note(&mut self, text: &str) -> Result<Outcome, CommandError> {
        let note = NewNote { area_id: "a-1".into(), text: text.into(), department_id: None, label: None, colour: None, author: None };
        self.run(Command::EditBoard { board_id: "b".into(), edit: BoardEdit::AddNote(note) })
    }

    fn notes(&self, doc: &DocRef) -> Vec<String> {
        self.ws.board(&doc.id.clone().into()).map(|b| b.notes.iter().map(|n| n.text.clone()).collect()).unwrap_or_default()
    }

    /// Writes what is pending; returns the documents in conflict.
    fn flush(&mut self, at: Timestamp) -> Vec<DocRef> {
        self.saver.flush(&self.ws, at).conflicts
    }

    /// The `storage` event of another tab's write of `doc`.
    fn hears(&mut self, store: &MemoryStore, doc: &DocRef) -> OtherTab {
        self.saver.other_tab_changed(&mut self.ws, doc.clone(), store.get(&doc_key(doc)))
    }
}

fn stored_notes(store: &MemoryStore, doc: &DocRef) -> Vec<String> {
    let (_, document, _) = decode_entry(doc, &store.get(&doc_key(doc)).unwrap()).unwrap();
    let Document::Board(board) = document else { panic!("a board") };
    board.notes.into_iter().map(|n| n.text).collect()
}

#[test]
fn two_tabs_on_one_board_follow_each_other_and_a_clash_loses_nothing() {
    let store = MemoryStore::new();
    let doc = DocRef::board(&"b".into());
    let mut one = Tab::open(&store, 1);
    let mut start = board("b", "Retro");
    start.areas.push(area("a-1", "Went well"));
    one.ws.put(Document::Board(start));
    one.saver.mark([doc.clone()]);
    one.flush(now());
    let mut two = Tab::open(&store, 1_000);

    // Tab one adds notes; tab two, with nothing unsaved, shows them.
    for text in ["Kind customers", "Fast releases"] {
        one.add_note(text).unwrap();
        one.flush(now());
        assert_eq!(two.hears(&store, &doc), OtherTab::Applied);
    }
    assert_eq!(two.notes(&doc), ["Kind customers", "Fast releases"]);

    // Both add a note within the autosave delay; tab one saves first.
    two.add_note("Mine, before I knew").unwrap();
    one.add_note("Theirs").unwrap();
    assert!(one.flush(later()).is_empty());
    assert_eq!(two.hears(&store, &doc), OtherTab::Conflict);
    assert_eq!(two.flush(later()), [doc.clone()], "not written over theirs");

    // A further edit there is refused, and says why; what it had stays.
    let refused = two.add_note("Typed after").unwrap_err();
    assert_eq!(refused, CommandError::ChangedInAnotherTab { doc: doc.clone(), title: "Retro".into() });
    assert_eq!(two.notes(&doc), ["Kind customers", "Fast releases", "Mine, before I knew"]);
    assert!(two.saver.has_pending(), "its edits are said to be unsaved");

    // Keep mine as a copy: every note made in tab two is in the stored copy;
    // the board itself is now theirs, here too, and can be edited again.
    let copy = two.run(Command::Duplicate { doc: doc.clone() }).unwrap().created.unwrap();
    two.saver.use_stored(&mut two.ws, &doc);
    assert!(two.flush(later()).is_empty());
    assert!(!two.saver.has_pending());
    assert_eq!(stored_notes(&store, &copy), ["Kind customers", "Fast releases", "Mine, before I knew"]);
    assert_eq!(stored_notes(&store, &doc), ["Kind customers", "Fast releases", "Theirs"]);
    assert_eq!(two.notes(&doc), ["Kind customers", "Fast releases", "Theirs"]);
    two.add_note("Typed after").unwrap();
    assert!(two.flush(later()).is_empty());
    assert_eq!(stored_notes(&store, &doc), ["Kind customers", "Fast releases", "Theirs", "Typed after"]);

    // Tab one hears both saves and shows them.
    assert_eq!(one.hears(&store, &copy), OtherTab::Applied);
    assert_eq!(one.hears(&store, &doc), OtherTab::Applied);
    assert_eq!(one.notes(&doc), ["Kind customers", "Fast releases", "Theirs", "Typed after"]);
}

#[test]
fn a_clash_found_at_the_write_rather_than_by_the_event_refuses_edits_too() {
    // The `storage` event has not arrived yet when tab two writes.
    let store = MemoryStore::new();
    let doc = DocRef::board(&"b".into());
    let mut one = Tab::open(&store, 1);
    let mut start = board("b", "Retro");
    start.areas.push(area("a-1", "Went well"));
    one.ws.put(Document::Board(start));
    one.saver.mark([doc.clone()]);
    one.flush(now());
    let mut two = Tab::open(&store, 1_000);

    one.add_note("Theirs").unwrap();
    two.add_note("Mine").unwrap();
    one.flush(later());
    assert_eq!(two.flush(later()), [doc.clone()]);
    assert!(matches!(two.add_note("More"), Err(CommandError::ChangedInAnotherTab { .. })));
    assert_eq!(stored_notes(&store, &doc), ["Theirs"]);
    // The event arrives late: still a conflict, nothing of tab two's replaced.
    assert_eq!(two.hears(&store, &doc), OtherTab::Conflict);
    assert_eq!(two.notes(&doc), ["Mine"]);
}
