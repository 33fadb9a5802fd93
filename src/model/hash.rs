//! The content hash of a plan's substance: what departments approve. The same
//! content gives the same hash whatever the order of lists or fields and on
//! any device; cosmetic and tracking fields (colours, people, status,
//! progress, timestamps) are left out, so changing them keeps approvals valid.

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::structure::{Initiative, Objective};
use super::plan::Plan;

/// SHA-256 of the canonical substance of `plan`, as lowercase hex.
pub fn plan_hash(plan: &Plan) -> String {
    hash_of(&canonical_substance(plan))
}

/// The hash of a substance as [`canonical_substance`] writes it: a round
/// keeps the substance it was opened on, and this proves it is that version.
pub fn hash_of(substance: &Value) -> String {
    Sha256::digest(substance.to_string().as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The parts of a plan an approval is about, with every list in id order: a
/// compact value of fixed shape (see [`super::approval::versions`], which reads it back).
pub fn canonical_substance(plan: &Plan) -> Value {
    let mut departments: Vec<Value> = plan.departments.iter().map(|d| json!([d.id, d.name.trim()])).collect();
    departments.sort_by_key(Value::to_string);
    let mut objectives: Vec<(&str, Value)> = plan.objectives.iter().map(|o| (o.id.as_str(), objective(o))).collect();
    objectives.sort_by(|a, b| a.0.cmp(b.0));
    let mut initiatives: Vec<(&str, Value)> = plan.initiatives.iter().map(|i| (i.id.as_str(), initiative(i))).collect();
    initiatives.sort_by(|a, b| a.0.cmp(b.0));
    // Arrays, not objects: their order is fixed by this code, not by a map.
    let mut substance = json!([
        plan.title.trim(),
        plan.vision.trim(),
        [plan.horizon.start, plan.horizon.end],
        departments,
        objectives.into_iter().map(|(_, v)| v).collect::<Vec<_>>(),
        initiatives.into_iter().map(|(_, v)| v).collect::<Vec<_>>(),
    ]);
    // Added only when present, so the hash of a plan without them (and the
    // approvals that signed it) stays what it was before these lists existed.
    if !plan.department_objectives.is_empty() || !plan.information_needs.is_empty() {
        let mut aligned: Vec<Value> = plan
            .department_objectives
            .iter()
            .map(|d| json!([d.id, d.department_id, d.title.trim(), d.aligned_to]))
            .collect();
        aligned.sort_by_key(Value::to_string);
        let mut needs: Vec<Value> = plan
            .information_needs
            .iter()
            .map(|n| json!([n.id, n.from_department, n.to_department, n.what.trim(), n.due, n.agreed]))
            .collect();
        needs.sort_by_key(Value::to_string);
        if let Value::Array(parts) = &mut substance {
            parts.push(json!(aligned));
            parts.push(json!(needs));
        }
    }
    substance
}

fn objective(o: &Objective) -> Value {
    json!([o.id, o.title.trim(), o.description.trim(), o.measure.name.trim(), o.measure.target, o.measure.unit, o.owner_department])
}

fn initiative(i: &Initiative) -> Value {
    // Ids as text, sorted as text: the hash a plan had before ids were typed.
    fn sorted<I: crate::model::ids::Id>(list: &[I]) -> Vec<&str> {
        let mut list: Vec<&str> = list.iter().map(|id| id.as_str()).collect();
        list.sort_unstable();
        list
    }
    let raci: Vec<Value> = i.raci.iter().map(|(department, role)| json!([department, role.letter().to_string()])).collect();
    json!([
        i.id, i.objective_id, i.title.trim(), i.description.trim(), i.lead_department,
        sorted(&i.contributing_departments), i.start, i.due, sorted(&i.depends_on), raci
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example::example_plan;
    use crate::model::ids::SequentialIds;

    fn plan() -> Plan {
        example_plan(&mut SequentialIds::default(), crate::model::testing::at("2026-11-22T10:00:00.000Z"))
    }

    #[test]
    fn is_stable_across_order_and_cosmetics() {
        let original = plan();
        let mut shuffled = original.clone();
        shuffled.departments.reverse();
        shuffled.departments[0].colour = "yellow".into();
        shuffled.departments[1].head = "Someone else".into();
        shuffled.updated_at = "2030-01-01T00:00:00Z".into();
        shuffled.status = crate::model::PlanStatus::InReview;
        assert_eq!(plan_hash(&original), plan_hash(&shuffled));
        assert_eq!(plan_hash(&original).len(), 64);
    }

    #[test]
    fn changes_with_the_substance() {
        let original = plan();
        let mut changed = original.clone();
        changed.horizon.end = Some("2028-06-30".into());
        assert_ne!(plan_hash(&original), plan_hash(&changed));
        let mut renamed = original.clone();
        renamed.departments[0].name = "Customer Care".into();
        assert_ne!(plan_hash(&original), plan_hash(&renamed));
        let mut agreed = original.clone();
        agreed.information_needs[1].agreed = true;
        assert_ne!(plan_hash(&original), plan_hash(&agreed), "agreeing to provide information is substance");
        let mut realigned = original.clone();
        realigned.department_objectives[3].aligned_to = Some(original.objectives[0].id.clone());
        assert_ne!(plan_hash(&original), plan_hash(&realigned));
    }

    #[test]
    fn a_plan_without_the_alignment_lists_hashes_as_before_they_existed() {
        let mut plan = plan();
        plan.department_objectives.clear();
        plan.information_needs.clear();
        let substance = canonical_substance(&plan);
        assert_eq!(substance.as_array().map(Vec::len), Some(6), "old approvals stay valid");
    }
}
