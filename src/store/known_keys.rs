//! The signing key each department used for each plan, remembered by the
//! liaison's browser on first use (trust on first use), so a response signed
//! with another key is shown as a new key. One small entry beside the documents.

use std::collections::BTreeMap;

use serde_json::Value;

use super::key_value::{KeyValue, StoreError};
use crate::model::ids::{DepartmentId, PlanId};

/// The key of the entry; not a document key, so loading skips it.
pub const KNOWN_KEYS_KEY: &str = "liaison/known-keys";

/// Public keys by plan and department.
pub type KnownKeys = BTreeMap<(PlanId, DepartmentId), String>;

/// As stored; an unreadable entry reads as none (every key is then new,
/// which the user is asked about, never silently trusted).
pub fn read(store: &impl KeyValue) -> KnownKeys {
    let Some(Value::Object(plans)) = store.get(KNOWN_KEYS_KEY).and_then(|raw| serde_json::from_str::<Value>(&raw).ok()) else {
        return KnownKeys::new();
    };
    let mut keys = KnownKeys::new();
    for (plan, departments) in plans {
        let Value::Object(departments) = departments else { continue };
        for (department, key) in departments {
            if let Value::String(key) = key {
                keys.insert((PlanId::from(plan.as_str()), DepartmentId::from(department)), key);
            }
        }
    }
    keys
}

/// Stores them all.
pub fn write(store: &impl KeyValue, keys: &KnownKeys) -> Result<(), StoreError> {
    let mut plans = serde_json::Map::new();
    for ((plan, department), key) in keys {
        let entry = plans.entry(plan.to_string()).or_insert_with(|| Value::Object(Default::default()));
        if let Value::Object(departments) = entry {
            departments.insert(department.to_string(), Value::String(key.clone()));
        }
    }
    store.set(KNOWN_KEYS_KEY, &Value::Object(plans).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::memory::MemoryStore;

    #[test]
    fn keys_are_remembered_per_plan_and_department() {
        let store = MemoryStore::new();
        let mut keys = read(&store);
        assert!(keys.is_empty());
        keys.insert(("p1".into(), "fin".into()), "finance-key".into());
        keys.insert(("p1".into(), "it".into()), "it-key".into());
        keys.insert(("p2".into(), "fin".into()), "other".into());
        write(&store, &keys).unwrap();
        assert_eq!(read(&store), keys);
        store.set(KNOWN_KEYS_KEY, "garbage").unwrap();
        assert!(read(&store).is_empty());
    }
}
