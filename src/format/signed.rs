//! The text a response's signature is over: the response without its
//! signature, written as the format writes it and read back as a value,
//! then as compact JSON with sorted keys (see
//! [`crate::model::review::signature`]). Through the format's own writer,
//! so signing adds no second serializer to the download.

use serde_json::Value;

use super::json::to_json;
use crate::model::review::signature::{canonical_text, unsigned};
use crate::model::review::Response;

/// What the department's browser signs and the liaison's checks.
pub fn signed_text(response: &Response) -> String {
    let text = to_json(&unsigned(response), false);
    canonical_text(&serde_json::from_str::<Value>(&text).unwrap_or(Value::Null))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::review::signature::Signature;
    use crate::model::testing::response;

    #[test]
    fn the_signed_text_is_the_same_whatever_the_signature_and_changes_with_the_content() {
        let plain = response();
        let signed = Response { signature: Some(Signature { public_key: "k".into(), value: "v".into() }), ..plain.clone() };
        assert_eq!(signed_text(&plain), signed_text(&signed));
        assert!(!signed_text(&plain).contains("signature"));
        let swapped = Response { department_id: "it".into(), ..plain.clone() };
        assert_ne!(signed_text(&plain), signed_text(&swapped), "claiming another department changes what was signed");
        let text = signed_text(&plain);
        assert!(text.find("\"by\"").unwrap() < text.find("\"department_id\"").unwrap(), "keys sorted: {text}");
    }
}
