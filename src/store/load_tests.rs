//! Start-up against an in-memory store: an unreadable entry is set aside,
//! never deleted, and the app starts; a newer version's entry is left
//! untouched; set-aside entries can be downloaded and discarded.

use super::memory::{Failure, MemoryStore};
use super::saver::Saver;
use super::saver_tests::{later, plan_ref, started_with};
use super::{KeyValue, LoadWarning};
use crate::format::Repair;
use crate::model::testing::now;

#[test]
fn an_unreadable_entry_is_set_aside_never_deleted_and_the_app_starts() {
    let (store, _, _) = started_with(&[("good", "Good")]);
    let garbage = r#"{"rev":2,"file":{"format":"liaison","version":1,"plans":[{"id":"x","title":"Déjà vu — cut off"#;
    store.another_tab_sets("liaison/doc/plan/x", garbage);
    store.another_tab_sets("someone-else", "not ours");
    let chars_before = store.chars();

    let (mut saver, loaded) = Saver::start(Some(store.clone()), now());
    assert_eq!(loaded.workspace.title(&plan_ref("good")).as_deref(), Some("Good"), "the rest loads");
    let aside_key = format!("liaison/aside/{}/liaison/doc/plan/x", now());
    assert_eq!(loaded.set_aside.len(), 1);
    assert_eq!(loaded.set_aside[0].0, aside_key);
    assert_eq!(store.get(&aside_key).as_deref(), Some(garbage), "kept intact under its new key");
    assert_eq!(store.get("liaison/doc/plan/x"), None);
    assert_eq!(store.get("someone-else").as_deref(), Some("not ours"));
    assert_eq!(saver.chars_used(), store.chars());
    assert_eq!(store.chars(), chars_before + format!("liaison/aside/{}/", now()).len(), "nothing was deleted");

    let aside = saver.aside_entries();
    assert_eq!(aside.len(), 1);
    assert_eq!(aside[0].original_key, "liaison/doc/plan/x");
    assert_eq!(aside[0].chars, garbage.chars().count());
    assert_eq!(saver.aside_text(&aside[0]).as_deref(), Some(garbage));

    // A second start sets nothing aside twice; then the user deletes it.
    let (_, again) = Saver::start(Some(store.clone()), later());
    assert!(again.set_aside.is_empty());
    saver.discard_aside(&aside[0]);
    assert_eq!(store.get(&aside_key), None);
    assert_eq!(saver.chars_used(), store.chars());
}

#[test]
fn an_unreadable_entry_that_cannot_be_set_aside_is_left_where_it_is() {
    let store = MemoryStore::new();
    store.another_tab_sets("liaison/doc/plan/x", "{\"rev\":1,\"file\":{oops");
    store.fail(Some(Failure::QuotaAbove(0)));
    let (_, loaded) = Saver::start(Some(store.clone()), now());
    assert_eq!(store.get("liaison/doc/plan/x").as_deref(), Some("{\"rev\":1,\"file\":{oops"));
    assert_eq!(store.keys().len(), 1);
    assert!(matches!(&loaded.warnings[0], LoadWarning::Unmovable { key, .. } if key == "liaison/doc/plan/x"));
    assert!(loaded.warnings[0].to_string().contains("could not be set aside either; it is left untouched"), "{:?}", loaded.warnings);
}

#[test]
fn a_newer_versions_entry_is_left_untouched_with_a_warning() {
    let (store, _, _) = started_with(&[("good", "Good")]);
    let newer = r#"{"rev":1,"file":{"format":"liaison","version":7,"boards":[{"id":"newer"}]}}"#;
    store.another_tab_sets("liaison/doc/board/newer", newer);
    let before = store.entries();

    let (mut saver, loaded) = Saver::start(Some(store.clone()), now());
    assert_eq!(store.entries(), before, "nothing moved, nothing rewritten");
    assert!(loaded.set_aside.is_empty());
    assert_eq!(loaded.workspace.len(), 1);
    assert_eq!(loaded.warnings.len(), 1);
    assert_eq!(loaded.warnings[0], LoadWarning::FromNewerVersion { key: "liaison/doc/board/newer".into() });
    assert!(loaded.warnings[0].to_string().contains("newer version of Liaison (liaison/doc/board/newer) was left untouched"));
    assert_eq!(saver.chars_used(), store.chars(), "it still counts as used room");
    assert!(!saver.flush(&loaded.workspace, now()).pending);
    assert_eq!(store.entries(), before);
}

#[test]
fn a_repaired_entry_loads_and_says_which_document_and_which_field() {
    let store = MemoryStore::new();
    let entry = r#"{"rev":1,"file":{"format":"liaison","version":1,"plans":[{"id":"p","title":"Growth","initiatives":[{"id":"i","objective_id":"","title":"Inbox","due":"soon"}]}]}}"#;
    store.another_tab_sets("liaison/doc/plan/p", entry);
    let (_, loaded) = Saver::start(Some(store.clone()), now());
    assert_eq!(loaded.workspace.plans[0].initiatives[0].due, None);
    let [LoadWarning::Repaired { doc, title, warning }] = loaded.warnings.as_slice() else { panic!("{:?}", loaded.warnings) };
    assert_eq!((doc, title.as_str()), (&plan_ref("p"), "Growth"));
    assert_eq!(warning.path, "plans[0].initiatives[0].due");
    assert_eq!(warning.repair, Repair::BadDay { found: "soon".into(), used: None });
    assert!(loaded.warnings[0].to_string().starts_with("Growth: plans[0].initiatives[0].due"), "{}", loaded.warnings[0]);
}

#[test]
fn a_saved_board_template_is_kept_under_its_own_key_and_comes_back() {
    use crate::model::board::{BoardTemplate, TemplateArea};
    use crate::model::{DocRef, Document, Workspace};
    let store = MemoryStore::new();
    let (mut saver, _) = Saver::start(Some(store.clone()), now());
    let template = BoardTemplate {
        id: "t1".into(),
        title: "Quarterly retro".into(),
        columns: 2,
        areas: vec![TemplateArea { title: "Went well".into(), extra: Default::default() }],
        created_at: now(),
        updated_at: now(),
        extra: Default::default(),
    };
    let mut ws = Workspace::default();
    ws.put(Document::BoardTemplate(template.clone()));
    saver.mark([DocRef::template(&template.id)]);
    assert!(!saver.flush(&ws, now()).pending);
    assert!(store.get("liaison/template/t1").is_some(), "outside liaison/doc/, which older builds read as documents");

    let (_, loaded) = Saver::start(Some(store.clone()), later());
    assert_eq!(loaded.workspace.board_templates, vec![template]);
    assert!(loaded.set_aside.is_empty() && loaded.warnings.is_empty());
}
