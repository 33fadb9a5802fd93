//! Checking department responses before they are merged: each signature
//! must verify over the response's canonical text (a response edited by hand
//! fails, and the whole file is refused), and each key is compared with the
//! one this browser remembers for the department (see
//! [`crate::store::known_keys`]).

use crate::model::ids::{DepartmentId, PlanId};
use crate::format::signed::signed_text;
use crate::model::review::signature::{check_key, KeyCheck};
use crate::model::review::Response;
use crate::store::browser::BrowserStore;
use crate::store::known_keys::{self, KnownKeys};
use crate::ui::signing;

/// The keys this browser remembers; none when storage cannot be read.
pub fn known() -> KnownKeys {
    BrowserStore::open().map(|store| known_keys::read(&store)).unwrap_or_default()
}

/// Remembers `public_key` as the department's key for the plan (first use,
/// or a new key the liaison accepted).
pub fn remember(plan_id: PlanId, department_id: DepartmentId, public_key: String) {
    let mut keys = known();
    keys.insert(plan_id, department_id, public_key);
    if let Ok(store) = BrowserStore::open() {
        let _ = known_keys::write(&store, &keys);
    }
}

/// The responses with their keys checked, or why the file is refused.
pub async fn check(mut responses: Vec<Response>) -> Result<Vec<Response>, String> {
    let keys = known();
    for response in &mut responses {
        let Some(signature) = response.signature.clone() else {
            response.checked = KeyCheck::Unsigned;
            continue;
        };
        let claimed = response.department_name.clone();
        match signing::verify(&signature.public_key, &signature.value, &signed_text(response)).await {
            Ok(true) => {
                let known = keys.get(&response.plan_id, &response.department_id);
                response.checked = check_key(Some(&signature), known);
            }
            Ok(false) => {
                return Err(format!(
                    "The response that says it comes from {claimed} does not match its signature: it was changed after it was signed (a response edited by hand, perhaps to claim another department)."
                ))
            }
            Err(why) => return Err(format!("The signature of the response from {claimed} could not be checked. {why}")),
        }
    }
    Ok(responses)
}

/// Remembers the keys seen for the first time in responses just merged.
pub fn remember_first_keys(responses: &[Response]) {
    for response in responses.iter().filter(|r| r.checked == KeyCheck::First) {
        if let Some(signature) = &response.signature {
            remember(response.plan_id.clone(), response.department_id.clone(), signature.public_key.clone());
        }
    }
}
