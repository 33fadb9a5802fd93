//! The signing key each department used for each plan, remembered by the
//! liaison's browser on first use (trust on first use), so a response signed
//! with another key is shown as a new key. One small entry beside the documents.

use serde_json::Value;

use super::key_value::{KeyValue, StoreError};
use crate::model::ids::{DepartmentId, PlanId};

/// The key of the entry; not a document key, so loading skips it.
pub const KNOWN_KEYS_KEY: &str = "liaison/known-keys";

/// Public keys by plan and department: a few, so a list (a map type of its
/// own would add its code to the first download).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KnownKeys(Vec<((PlanId, DepartmentId), String)>);

impl KnownKeys {
    /// The key remembered for `department_id` in `plan_id`.
    pub fn get(&self, plan_id: &PlanId, department_id: &DepartmentId) -> Option<&str> {
        self.0.iter().find(|((p, d), _)| p == plan_id && d == department_id).map(|(_, key)| key.as_str())
    }

    /// Remembers `key` for the department in the plan, in place of any other.
    pub fn insert(&mut self, plan_id: PlanId, department_id: DepartmentId, key: String) {
        self.0.retain(|((p, d), _)| *p != plan_id || *d != department_id);
        self.0.push(((plan_id, department_id), key));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// As stored; an unreadable entry reads as none (every key is then new,
/// which the user is asked about, never silently trusted).
pub fn read(store: &impl KeyValue) -> KnownKeys {
    let Some(Value::Object(plans)) = store.get(KNOWN_KEYS_KEY).and_then(|raw| serde_json::from_str::<Value>(&raw).ok()) else {
        return KnownKeys::default();
    };
    let mut keys = KnownKeys::default();
    for (plan, departments) in plans {
        let Value::Object(departments) = departments else { continue };
        for (department, key) in departments {
            if let Value::String(key) = key {
                keys.insert(PlanId::from(plan.as_str()), DepartmentId::from(department), key);
            }
        }
    }
    keys
}

/// Stores them all.
pub fn write(store: &impl KeyValue, keys: &KnownKeys) -> Result<(), StoreError> {
    let mut plans = serde_json::Map::new();
    for ((plan, department), key) in &keys.0 {
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
        keys.insert("p1".into(), "fin".into(), "finance-key".into());
        keys.insert("p1".into(), "it".into(), "it-key".into());
        keys.insert("p2".into(), "fin".into(), "other".into());
        keys.insert("p1".into(), "fin".into(), "accepted new key".into());
        write(&store, &keys).unwrap();
        let back = read(&store);
        assert_eq!(back.get(&"p1".into(), &"fin".into()), Some("accepted new key"));
        assert_eq!(back.get(&"p2".into(), &"fin".into()), Some("other"));
        assert_eq!(back.get(&"p2".into(), &"it".into()), None);
        store.set(KNOWN_KEYS_KEY, "garbage").unwrap();
        assert!(read(&store).is_empty());
    }
}
