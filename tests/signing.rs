//! Browser tests of response signatures (`liaison::ui::signing`), run in headless
//! Chromium by `wasm-bindgen-test-runner`. Each test signs under its own key
//! names, since they share one page and one IndexedDB.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Promise, Reflect};
use liaison::ui::signing::{sign, verify};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RESPONSE: &str = "Finance approves version 3 of “Growth 2027” — no objections.";

#[wasm_bindgen_test]
async fn a_signed_response_verifies_with_its_public_key() {
    let signed = sign("plan-a/finance", RESPONSE).await.unwrap();
    assert_eq!(signed.signature.len(), 88, "64 raw bytes, base64 padded");
    assert_eq!(verify(&signed.public_key, &signed.signature, RESPONSE).await, Ok(true));
}

#[wasm_bindgen_test]
async fn a_changed_response_does_not_verify() {
    let signed = sign("plan-b/finance", RESPONSE).await.unwrap();
    let changed = RESPONSE.replace("no objections", "one objection");
    assert_eq!(verify(&signed.public_key, &signed.signature, &changed).await, Ok(false));
}

#[wasm_bindgen_test]
async fn another_departments_key_does_not_verify_the_signature() {
    let finance = sign("plan-c/finance", RESPONSE).await.unwrap();
    let sales = sign("plan-c/sales", RESPONSE).await.unwrap();
    assert_ne!(finance.public_key, sales.public_key);
    assert_eq!(verify(&sales.public_key, &finance.signature, RESPONSE).await, Ok(false));
}

#[wasm_bindgen_test]
async fn the_key_is_kept_between_signatures() {
    let first = sign("plan-d/finance", RESPONSE).await.unwrap();
    let second = sign("plan-d/finance", "Another response").await.unwrap();
    assert_eq!(first.public_key, second.public_key);
    assert_eq!(verify(&first.public_key, &second.signature, "Another response").await, Ok(true));
}

#[wasm_bindgen_test]
async fn two_first_signatures_at_once_share_one_key() {
    let signing = |text: &'static str| {
        future_to_promise(async move {
            let signed = sign("plan-e/finance", text).await.map_err(|e| JsValue::from_str(&e))?;
            Ok(JsValue::from_str(&signed.public_key))
        })
    };
    let both = Array::of2(&signing("one"), &signing("two"));
    let keys: Array = JsFuture::from(Promise::all(&both)).await.unwrap().into();
    assert_eq!(keys.get(0), keys.get(1));
    let kept = sign("plan-e/finance", "three").await.unwrap().public_key;
    assert_eq!(keys.get(0).as_string(), Some(kept));
}

#[wasm_bindgen_test]
async fn an_unreadable_key_or_signature_is_not_a_valid_signature() {
    let signed = sign("plan-f/finance", RESPONSE).await.unwrap();
    let cases = [
        ("not base64 at all!", signed.signature.as_str()),
        ("AAAA", signed.signature.as_str()),
        ("", signed.signature.as_str()),
        (signed.public_key.as_str(), "not base64 at all!"),
        (signed.public_key.as_str(), "AAAA"),
        (signed.public_key.as_str(), ""),
    ];
    for (public_key, signature) in cases {
        let checked = verify(public_key, signature, RESPONSE).await;
        assert_ne!(checked, Ok(true), "{public_key:?} / {signature:?}");
        if let Err(message) = checked {
            assert!(message.ends_with('.'), "a sentence: {message}");
        }
    }
}

#[wasm_bindgen_test]
async fn signing_without_indexed_db_says_why() {
    let window: js_sys::Object = web_sys::window().unwrap().into();
    let name = JsValue::from_str("indexedDB");
    // Chromium keeps `indexedDB` on the window itself: put back exactly what was there.
    let original = js_sys::Object::get_own_property_descriptor(&window, &name);
    let hidden = js_sys::Object::new();
    Reflect::set(&hidden, &"value".into(), &JsValue::UNDEFINED).unwrap();
    Reflect::set(&hidden, &"configurable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&window, &name, &hidden);
    // `sign` gives up before its first await, so the tests running alongside never see
    // IndexedDB missing.
    let result = sign("plan-g/finance", RESPONSE).await;
    if original.is_undefined() {
        Reflect::delete_property(&window, &name).unwrap();
    } else {
        js_sys::Object::define_property(&window, &name, original.unchecked_ref());
    }
    let message = result.unwrap_err();
    assert!(message.starts_with("This browser cannot sign responses: "), "{message}");
    assert!(sign("plan-g/finance", RESPONSE).await.is_ok(), "IndexedDB is back");
}
