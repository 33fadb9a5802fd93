//! Signed responses, without a server: a department's browser signs the
//! canonical text of its response with a key pair of its own (the signing
//! itself is the browser's, see `ui::signing`); the liaison's browser checks
//! the signature and remembers each department's key on first use, so a
//! response edited by hand fails, and one signed with another key is shown
//! as a new key to accept before it counts.

use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::Response;

/// A signature over a response's canonical text and the public key that checks it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Signature {
    /// Base64 of the public key (SPKI).
    pub public_key: String,
    /// Base64 of the signature.
    pub value: String,
}

/// How a response's signature stands against the key this browser knows
/// for its department. A signature that does not verify is refused before
/// anything is merged, so it has no state here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyCheck {
    /// No signature (older versions of Liaison).
    #[default]
    Unsigned,
    /// Signed with the key the department used before.
    Known,
    /// Signed, and the first key seen for the department: remembered from now on.
    First,
    /// Signed with another key than the department used before: it counts
    /// once the liaison accepts the new key (checked by phone).
    Changed,
    /// Signed with a new key the liaison accepted.
    Accepted,
}

impl KeyCheck {
    /// The key a file writes.
    pub fn key(self) -> &'static str {
        match self {
            Self::Unsigned => "unsigned",
            Self::Known => "known",
            Self::First => "first",
            Self::Changed => "changed",
            Self::Accepted => "accepted",
        }
    }

    /// Read back from a file; unknown is unsigned.
    pub fn read(key: Option<&str>) -> KeyCheck {
        match key {
            Some("known") => Self::Known,
            Some("first") => Self::First,
            Some("changed") => Self::Changed,
            Some("accepted") => Self::Accepted,
            _ => Self::Unsigned,
        }
    }

    /// How a sign-off with this check is described, after "From the
    /// department's response file".
    pub fn label(self) -> &'static str {
        match self {
            Self::Unsigned => "unsigned: anyone could have written it, so it counts once you confirm it with the department",
            Self::Known => "signed by the key the department used before",
            Self::First => "signed; the first key seen for the department",
            Self::Changed => "signed with a new key for the department: check its fingerprint with them before accepting it",
            Self::Accepted => "signed with a new key you accepted",
        }
    }

    /// Whether a sign-off with this check counts: not an unsigned one (it
    /// could come from anyone) nor one from a key not accepted yet.
    pub fn counts(self) -> bool {
        !matches!(self, Self::Unsigned | Self::Changed)
    }
}

/// The check of a verified (or unsigned) response's key against the key
/// known for its department.
pub fn check_key(signature: Option<&Signature>, known: Option<&str>) -> KeyCheck {
    match (signature, known) {
        (None, _) => KeyCheck::Unsigned,
        (Some(_), None) => KeyCheck::First,
        (Some(s), Some(known)) if s.public_key == known => KeyCheck::Known,
        (Some(_), Some(_)) => KeyCheck::Changed,
    }
}

/// `value` as compact JSON with every object's keys sorted, so two
/// browsers write the same bytes for the same value: what a signature is
/// over (the format writes a response and reads it back as a value, see
/// `format::signed_text`).
pub fn canonical_text(value: &Value) -> String {
    let mut text = String::new();
    canonical(value, &mut text);
    text
}

/// The response as it is signed: without its signature.
pub fn unsigned(response: &Response) -> Response {
    Response { signature: None, ..response.clone() }
}

fn canonical(value: &Value, out: &mut String) {
    match value {
        // serde_json's map keeps its keys sorted (without its
        // `preserve_order` feature; the tests check the order).
        Value::Object(map) => {
            out.push('{');
            for (n, (key, value)) in map.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                canonical(value, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                canonical(item, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

/// A short fingerprint of a public key to read out on the phone: "3F2A 19C0 7B44 E01D".
pub fn fingerprint(public_key: &str) -> String {
    let digest = Sha256::digest(public_key.as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02X}")).collect();
    hex.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::response;

    #[test]
    fn the_signed_text_has_sorted_keys_and_no_signature() {
        let value = serde_json::json!({ "z": [1, { "b": true, "a": null }], "a": "x\"y" });
        assert_eq!(canonical_text(&value), r#"{"a":"x\"y","z":[1,{"a":null,"b":true}]}"#);
        let signed = Response { signature: Some(Signature { public_key: "k".into(), value: "v".into() }), ..response() };
        assert_eq!(unsigned(&signed), response());
    }

    #[test]
    fn a_key_is_known_first_or_changed() {
        let signature = Signature { public_key: "finance-key".into(), value: "v".into() };
        assert_eq!(check_key(None, Some("finance-key")), KeyCheck::Unsigned);
        assert_eq!(check_key(Some(&signature), None), KeyCheck::First);
        assert_eq!(check_key(Some(&signature), Some("finance-key")), KeyCheck::Known);
        assert_eq!(check_key(Some(&signature), Some("another key")), KeyCheck::Changed);
        assert!(!KeyCheck::Changed.counts() && !KeyCheck::Unsigned.counts() && KeyCheck::Accepted.counts());
        for check in [KeyCheck::Unsigned, KeyCheck::Known, KeyCheck::First, KeyCheck::Changed, KeyCheck::Accepted] {
            assert_eq!(KeyCheck::read(Some(check.key())), check);
        }
    }

    #[test]
    fn fingerprints_are_short_and_stable() {
        let print = fingerprint("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE");
        assert_eq!(print.len(), 19);
        assert_eq!(print, fingerprint("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"));
        assert_ne!(print, fingerprint("another"));
    }
}
