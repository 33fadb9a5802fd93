//! Whom this browser reviews each plan as, kept across reloads: a
//! department representative who picked "Reviewing as: Finance" and comes
//! back the next day still speaks for Finance. Also when the plan's review
//! file was last opened here, so an export can tell which comments were
//! written here. One small entry beside the documents.

use serde_json::{json, Map, Value};

use super::key_value::{KeyValue, StoreError};
use crate::model::ids::{DepartmentId, PlanId};
use crate::model::time::Timestamp;

/// The key of the entry; not a document key, so loading skips it.
pub const REVIEWING_KEY: &str = "liaison/reviewing";

/// This browser's review of one plan.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reviewing {
    /// The department this browser speaks for; `None` is the liaison.
    pub department_id: Option<DepartmentId>,
    /// When a review file of the plan was last opened here.
    pub received_at: Option<Timestamp>,
}

/// Each plan's review here, one entry per plan (a few: a list).
pub type Reviews = Vec<(PlanId, Reviewing)>;

/// Every plan's, as stored; an unreadable entry reads as none (nothing
/// else depends on it, and the user picks again).
pub fn read(store: &impl KeyValue) -> Reviews {
    let Some(Value::Object(plans)) = store.get(REVIEWING_KEY).and_then(|raw| serde_json::from_str::<Value>(&raw).ok()) else {
        return Reviews::new();
    };
    plans
        .into_iter()
        .map(|(plan, entry)| {
            let text = |key: &str| entry.get(key).and_then(Value::as_str).map(str::to_string);
            let reviewing = Reviewing {
                department_id: text("department_id").map(DepartmentId::from),
                received_at: text("received_at").as_deref().and_then(Timestamp::parse),
            };
            (PlanId::from(plan), reviewing)
        })
        .collect()
}

/// Stores every plan's.
pub fn write(store: &impl KeyValue, all: &[(PlanId, Reviewing)]) -> Result<(), StoreError> {
    let mut plans = Map::new();
    for (plan, reviewing) in all {
        let mut entry = Map::new();
        if let Some(department) = &reviewing.department_id {
            entry.insert("department_id".into(), json!(department));
        }
        if let Some(at) = reviewing.received_at {
            entry.insert("received_at".into(), json!(at));
        }
        if !entry.is_empty() {
            plans.insert(plan.to_string(), Value::Object(entry));
        }
    }
    store.set(REVIEWING_KEY, &Value::Object(plans).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::at;
    use crate::store::memory::MemoryStore;

    #[test]
    fn who_one_reviews_as_survives_a_reload() {
        let store = MemoryStore::new();
        assert!(read(&store).is_empty());
        let finance = Reviewing { department_id: Some("fin".into()), received_at: Some(at("2026-11-22T10:00:00Z")) };
        let all = vec![(PlanId::from("p1"), finance.clone()), (PlanId::from("p2"), Reviewing::default())];
        write(&store, &all).unwrap();
        assert_eq!(read(&store), vec![(PlanId::from("p1"), finance)], "nothing kept for a plan reviewed as the liaison");
    }

    #[test]
    fn a_damaged_entry_reads_as_none() {
        let store = MemoryStore::new();
        store.set(REVIEWING_KEY, "{not json").unwrap();
        assert!(read(&store).is_empty());
        store.set(REVIEWING_KEY, "[1,2]").unwrap();
        assert!(read(&store).is_empty());
    }
}
