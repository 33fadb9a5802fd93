//! Browser tests of the storage layer and of components, run in headless
//! Chromium by `wasm-bindgen-test-runner` (`make test`). Each test uses its own
//! documents and cleans local storage first, since they share one page.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use liaison::model::values::ValueError;
use liaison::model::{CommandError, Document, Plan};
use liaison::store::browser::BrowserStore;
use liaison::store::{aside_entries, doc_key, encode_entry, load, write_document, KeyValue, WriteError};
use liaison::ui::common::field::TextField;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// 2026-11-22T10:00:00.000Z.
const NOW: liaison::model::Timestamp = liaison::model::Timestamp::from_millis(1_795_341_600_000);

fn fresh_store() -> BrowserStore {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    BrowserStore::open().unwrap()
}

fn plan(id: &str, title: &str) -> Document {
    Document::Plan(Plan::new(id.into(), title.into(), NOW))
}

#[wasm_bindgen_test]
fn writes_and_loads_documents() {
    let store = fresh_store();
    let first = write_document(&store, plan("a", "Alpha"), None, NOW).unwrap().0;
    let second = write_document(&store, plan("a", "Alpha 2"), Some(first), NOW).unwrap().0;
    assert!(second > first);
    let loaded = load(&store, NOW);
    assert_eq!(loaded.workspace.plans[0].title, "Alpha 2");
    assert_eq!(loaded.revs.values().copied().collect::<Vec<_>>(), vec![second]);
    assert!(loaded.set_aside.is_empty());
}

#[wasm_bindgen_test]
fn sets_aside_unreadable_entries_without_losing_them() {
    let store = fresh_store();
    write_document(&store, plan("good", "Good"), None, NOW).unwrap();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("liaison/doc/plan/bad", "{\"rev\":1,\"file\":{oops").unwrap();
    let loaded = load(&store, NOW);
    assert_eq!(loaded.workspace.plans.len(), 1);
    assert_eq!(loaded.set_aside.len(), 1);
    let aside = aside_entries(&store);
    assert_eq!(aside[0].original_key, "liaison/doc/plan/bad");
    assert_eq!(store.get(&aside[0].key).as_deref(), Some("{\"rev\":1,\"file\":{oops"));
    assert_eq!(store.get("liaison/doc/plan/bad"), None);
}

#[wasm_bindgen_test]
fn refuses_to_overwrite_a_newer_revision() {
    let store = fresh_store();
    let mine = write_document(&store, plan("p", "Mine"), None, NOW).unwrap().0;
    // Another tab saved a newer revision meanwhile.
    let key = doc_key(&plan("p", "").doc_ref());
    let theirs = encode_entry(mine + 5, plan("p", "Theirs"), NOW);
    web_sys::window().unwrap().local_storage().unwrap().unwrap().set_item(&key, &theirs).unwrap();
    assert_eq!(write_document(&store, plan("p", "Mine again"), Some(mine), NOW), Err(WriteError::Conflict { stored_rev: mine + 5 }));
    assert_eq!(store.get(&key).as_deref(), Some(theirs.as_str()));
}

#[wasm_bindgen_test]
fn reports_a_full_quota_and_keeps_the_old_entry() {
    let store = fresh_store();
    let before = write_document(&store, plan("q", "Before"), None, NOW).unwrap().0;
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let chunk = "x".repeat(1 << 20);
    for n in 0.. {
        if storage.set_item(&format!("filler-{n}"), &chunk).is_err() {
            break;
        }
    }
    let big_title = "y".repeat(1 << 20);
    assert_eq!(write_document(&store, plan("q", &big_title), Some(before), NOW), Err(WriteError::QuotaFull));
    assert_eq!(load(&store, NOW).workspace.plans[0].title, "Before");
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_text_field_shows_why_an_edit_was_refused() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let value = RwSignal::new("Growth".to_string());
    let on_edit = Callback::new(move |text: String| {
        if text.trim().is_empty() { Err(CommandError::Value(ValueError::EmptyTitle)) } else { value.set(text); Ok(()) }
    });
    let _mounted = leptos::mount::mount_to(host.clone().unchecked_into(), move || {
        view! { <TextField label="Title" value=value on_edit=on_edit testid="t" /> }
    });

    let input: web_sys::HtmlInputElement = host.query_selector("[data-testid=t]").unwrap().unwrap().unchecked_into();
    leptos::task::tick().await;
    assert_eq!(input.value(), "Growth");
    input.set_value("");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    leptos::task::tick().await;
    let alert = host.query_selector("[role=alert]").unwrap().expect("an error message");
    assert_eq!(alert.text_content().unwrap(), "A title cannot be empty.");
    assert_eq!(value.get_untracked(), "Growth");
    input.set_value("Growth 2027");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    leptos::task::tick().await;
    assert!(host.query_selector("[role=alert]").unwrap().is_none());
    assert_eq!(value.get_untracked(), "Growth 2027");
}
