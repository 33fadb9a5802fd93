//! Signatures on department review responses, made in the browser with no server.
//!
//! Each key name (a plan and a department) gets one ECDSA P-256 key pair whose
//! private half cannot be exported: it never leaves this browser. The pair is
//! kept in IndexedDB (database `liaison-keys`, store `keys`), so the same key
//! signs after a reload; clearing the site's data loses it for good.

use js_sys::{Array, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    CryptoKey, DomException, EcKeyGenParams, EcKeyImportParams, EcdsaParams, IdbDatabase, IdbRequest, IdbTransaction,
    IdbTransactionMode, SubtleCrypto,
};

const DATABASE: &str = "liaison-keys";
const STORE: &str = "keys";

/// A signature over a response's canonical text, with the public key that checks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signed {
    /// Base64 (standard, padded) of the public key's SPKI DER export.
    pub public_key: String,
    /// Base64 of the raw IEEE-P1363 `r || s` signature WebCrypto returns (64 bytes).
    pub signature: String,
}

/// Signs `text` (its UTF-8 bytes) with this browser's key for `key_name`
/// (e.g. `"<plan id>/<department id>"`), creating and keeping the key pair the
/// first time. Errors are sentences for the user.
pub async fn sign(key_name: &str, text: &str) -> Result<Signed, String> {
    let cannot = |why: String| sentence("This browser cannot sign responses", &why);
    let subtle = subtle().map_err(cannot)?;
    let pair = key_pair(&subtle, key_name).await.map_err(cannot)?;
    let signature =
        call(subtle.sign_with_object_and_u8_array(&ecdsa(), &pair.private, text.as_bytes())).await.map_err(cannot)?;
    let public_key = call(subtle.export_key("spki", &pair.public)).await.map_err(cannot)?;
    Ok(Signed {
        public_key: to_base64(&public_key).map_err(cannot)?,
        signature: to_base64(&signature).map_err(cannot)?,
    })
}

/// Whether `signature` (base64) over `text` verifies with `public_key` (base64
/// SPKI). `Ok(false)` when they simply do not match; `Err` with a sentence when
/// the key or signature cannot be read, or the browser cannot check at all.
pub async fn verify(public_key: &str, signature: &str, text: &str) -> Result<bool, String> {
    let subtle = subtle().map_err(|why| sentence("This browser cannot check signatures", &why))?;
    let spki = from_base64(public_key).ok_or("The public key is not valid base64.")?;
    let signature = from_base64(signature).ok_or("The signature is not valid base64.")?;
    let params = EcKeyImportParams::new("ECDSA");
    params.set_named_curve("P-256");
    let key =
        call(subtle.import_key_with_object("spki", &Uint8Array::from(&spki[..]), &params, false, &usages(&["verify"])))
            .await
            // The browser's reason (a bare "DataError") would tell the user nothing more.
            .map_err(|_| "The public key is not a P-256 signing key.".to_string())?
            .unchecked_into::<CryptoKey>();
    let valid = call(subtle.verify_with_object_and_u8_array_and_u8_array(&ecdsa(), &key, &signature, text.as_bytes()))
        .await
        .map_err(|why| sentence("This browser cannot check signatures", &why))?;
    Ok(valid.as_bool() == Some(true))
}

/// The two halves of a stored key pair.
struct KeyPair {
    private: CryptoKey,
    public: CryptoKey,
}

impl KeyPair {
    /// Reads a `CryptoKeyPair`-shaped object, checking rather than trusting what storage held.
    fn from_js(value: &JsValue) -> Result<KeyPair, String> {
        let half = |name: &str| Reflect::get(value, &name.into()).ok().and_then(|k| k.dyn_into::<CryptoKey>().ok());
        match (half("privateKey"), half("publicKey")) {
            (Some(private), Some(public)) => Ok(KeyPair { private, public }),
            _ => Err("the key kept for this response is damaged".into()),
        }
    }
}

/// This browser's pair for `key_name`, made and stored the first time.
async fn key_pair(subtle: &SubtleCrypto, key_name: &str) -> Result<KeyPair, String> {
    let db = open_database().await?;
    let pair = stored_or_new(&db, subtle, &JsValue::from_str(key_name)).await;
    db.close();
    pair
}

async fn stored_or_new(db: &IdbDatabase, subtle: &SubtleCrypto, key: &JsValue) -> Result<KeyPair, String> {
    if let Some(pair) = read(db, key).await? {
        return Ok(pair);
    }
    let params = EcKeyGenParams::new("ECDSA", "P-256");
    let generated = call(subtle.generate_key_with_object(&params, false, &usages(&["sign", "verify"]))).await?;
    let pair = KeyPair::from_js(&generated)?;
    let tx = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite).map_err(describe)?;
    // `add`, not `put`: a pair another tab stored meanwhile must not be replaced.
    tx.object_store(STORE).and_then(|store| store.add_with_key(&generated, key)).map_err(describe)?;
    match committed(&tx).await {
        Ok(()) => Ok(pair),
        Err(why) => read(db, key).await?.ok_or(why),
    }
}

async fn read(db: &IdbDatabase, key: &JsValue) -> Result<Option<KeyPair>, String> {
    let tx = db.transaction_with_str(STORE).map_err(describe)?;
    let request = tx.object_store(STORE).and_then(|store| store.get(key)).map_err(describe)?;
    let value = finished(&request).await?;
    if value.is_undefined() {
        Ok(None)
    } else {
        KeyPair::from_js(&value).map(Some)
    }
}

async fn open_database() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .and_then(|window| window.indexed_db().ok().flatten())
        .ok_or("it may not keep keys here (IndexedDB is off, as in some private windows)")?;
    let request = factory.open_with_u32(DATABASE, 1).map_err(describe)?;
    let opening = request.clone();
    let create_store = Closure::<dyn FnMut()>::new(move || {
        if let Ok(db) = opening.result().and_then(|db| db.dyn_into::<IdbDatabase>()) {
            // A failure here aborts the upgrade, which `finished` reports.
            let _ = db.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(create_store.as_ref().unchecked_ref()));
    let opened = finished(&request).await;
    request.set_onupgradeneeded(None);
    drop(create_store);
    opened?.dyn_into::<IdbDatabase>().map_err(|_| "its key storage did not open".to_string())
}

/// Waits for an IndexedDB request to succeed (its result) or fail (why).
async fn finished(request: &IdbRequest) -> Result<JsValue, String> {
    // The promise's own resolve and reject are the handlers: no closure outlives the wait.
    let done = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    match JsFuture::from(done).await {
        Ok(_) => request.result().map_err(describe),
        Err(_) => Err(match request.error() {
            Ok(Some(error)) => describe(error.into()),
            _ => "its key storage refused the request".into(),
        }),
    }
}

/// Waits for a write transaction to be committed, or aborted (why).
async fn committed(tx: &IdbTransaction) -> Result<(), String> {
    let done = Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onabort(Some(&reject));
    });
    JsFuture::from(done).await.map(drop).map_err(|_| match tx.error() {
        Some(error) => describe(error.into()),
        None => "its key storage did not save the key".into(),
    })
}

fn subtle() -> Result<SubtleCrypto, String> {
    let crypto = web_sys::window().and_then(|window| window.crypto().ok()).ok_or("it has no Web Crypto")?;
    let subtle = crypto.subtle();
    // Browsers hide `crypto.subtle` from pages not served over https (or localhost).
    if subtle.is_undefined() {
        return Err("Web Crypto needs the app served over https".into());
    }
    Ok(subtle)
}

fn ecdsa() -> EcdsaParams {
    EcdsaParams::new_with_str("ECDSA", "SHA-256")
}

fn usages(names: &[&str]) -> Array {
    names.iter().map(|name| JsValue::from_str(name)).collect()
}

async fn call(promise: Result<Promise, JsValue>) -> Result<JsValue, String> {
    JsFuture::from(promise.map_err(describe)?).await.map_err(describe)
}

/// Standard padded base64 of an `ArrayBuffer`, through a binary string for `btoa`.
fn to_base64(buffer: &JsValue) -> Result<String, String> {
    let binary: String = Uint8Array::new(buffer).to_vec().into_iter().map(char::from).collect();
    web_sys::window().ok_or("there is no window")?.btoa(&binary).map_err(describe)
}

/// The bytes of base64 text, or `None` if it is not base64.
fn from_base64(text: &str) -> Option<Vec<u8>> {
    let binary = web_sys::window()?.atob(text.trim()).ok()?;
    binary.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect()
}

/// What a browser error says, in its own words.
fn describe(error: JsValue) -> String {
    if let Some(exception) = error.dyn_ref::<DomException>() {
        let message = exception.message();
        return if message.is_empty() { exception.name() } else { message };
    }
    if let Some(error) = error.dyn_ref::<js_sys::Error>() {
        return error.message().into();
    }
    error.as_string().unwrap_or_else(|| "an unexplained error".into())
}

fn sentence(lead: &str, why: &str) -> String {
    format!("{lead}: {}.", why.trim_end_matches('.'))
}
