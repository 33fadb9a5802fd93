//! What differs between two versions of a plan's substance (what departments
//! approve), field by field, old → new: what a department re-approves, and
//! which edits made sign-offs stale. Reads the compact value
//! [`crate::model::hash::canonical_substance`] writes, which a round keeps.

use serde_json::Value;

/// How an entity of the substance differs between two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Difference {
    Added,
    Removed,
    Changed,
}

/// One field, old → new, as people read it ("" is "not set").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub old: String,
    pub new: String,
}

/// One entity that differs between the versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionChange {
    /// The entity's id in the plan ("" for the plan itself).
    pub id: String,
    /// What it is, as people read it ("Initiative “CRM consolidation”").
    pub subject: String,
    pub difference: Difference,
    /// The fields that differ (for an added or removed entity, those set).
    pub fields: Vec<FieldChange>,
}

impl VersionChange {
    /// "Due: 2026-10-31 → 2026-12-31; Lead: IT → Finance".
    pub fn summary(&self) -> String {
        let shown = |v: &str| if v.is_empty() { "not set".to_string() } else { v.to_string() };
        let fields = self.fields.iter().map(|f| match self.difference {
            Difference::Changed => format!("{}: {} → {}", f.field, shown(&f.old), shown(&f.new)),
            Difference::Added => format!("{}: {}", f.field, shown(&f.new)),
            Difference::Removed => format!("{}: {}", f.field, shown(&f.old)),
        });
        fields.collect::<Vec<_>>().join("; ")
    }

    /// "Changed", "Added" or "Removed", for the line's start.
    pub fn verb(&self) -> &'static str {
        match self.difference {
            Difference::Added => "Added",
            Difference::Removed => "Removed",
            Difference::Changed => "Changed",
        }
    }
}

/// One entity of a substance: its id, what it is, and its fields in order.
struct Entity {
    id: String,
    subject: String,
    fields: Vec<(&'static str, String)>,
}

/// What differs from `old` to `new` (two values of the shape the hash reads),
/// entity by entity in the plan's order: the plan, departments, objectives,
/// initiatives, department objectives, information needs.
pub fn compare(old: &Value, new: &Value) -> Vec<VersionChange> {
    let (old, new) = (entities(old), entities(new));
    let mut changes = Vec::new();
    for entity in &new {
        match old.iter().find(|o| o.id == entity.id) {
            None => changes.push(whole(entity, Difference::Added)),
            Some(before) => {
                let fields: Vec<FieldChange> = entity
                    .fields
                    .iter()
                    .filter_map(|(field, value)| {
                        let was = before.fields.iter().find(|(f, _)| f == field).map(|(_, v)| v.clone()).unwrap_or_default();
                        (was != *value).then(|| FieldChange { field: field.to_string(), old: was, new: value.clone() })
                    })
                    .collect();
                if !fields.is_empty() {
                    changes.push(VersionChange { id: entity.id.clone(), subject: entity.subject.clone(), difference: Difference::Changed, fields });
                }
            }
        }
    }
    changes.extend(old.iter().filter(|o| !new.iter().any(|n| n.id == o.id)).map(|o| whole(o, Difference::Removed)));
    changes
}

fn whole(entity: &Entity, difference: Difference) -> VersionChange {
    let fields = entity.fields.iter().filter(|(_, v)| !v.is_empty());
    let fields = fields
        .map(|(field, value)| {
            let (old, new) = if difference == Difference::Added { (String::new(), value.clone()) } else { (value.clone(), String::new()) };
            FieldChange { field: field.to_string(), old, new }
        })
        .collect();
    VersionChange { id: entity.id.clone(), subject: entity.subject.clone(), difference, fields }
}

/// The text of a scalar; lists joined; `null` is "".
fn text(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(b)) => if *b { "yes" } else { "no" }.into(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(items)) => items.iter().map(|v| text(Some(v))).collect::<Vec<_>>().join(", "),
        Some(other) => other.to_string(),
    }
}

fn items(value: Option<&Value>) -> &[Value] {
    value.and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default()
}

/// Names for the ids a substance refers to (departments, objectives,
/// initiatives), so a change reads "Lead: Finance", not an id.
struct Names<'a>(Vec<(&'a str, String)>);

impl Names<'_> {
    fn of(&self, id: Option<&Value>) -> String {
        let id = text(id);
        self.0.iter().find(|(known, _)| *known == id).map_or(id, |(_, name)| name.clone())
    }

    fn all(&self, ids: Option<&Value>) -> String {
        items(ids).iter().map(|id| self.of(Some(id))).collect::<Vec<_>>().join(", ")
    }
}

fn entities(substance: &Value) -> Vec<Entity> {
    let part = |i: usize| items(substance.get(i));
    let mut names = Vec::new();
    for (list, title_at) in [(part(3), 1), (part(4), 1), (part(5), 2)] {
        names.extend(list.iter().filter_map(|e| Some((e.get(0)?.as_str()?, text(e.get(title_at))))));
    }
    let names = Names(names);
    let at = |e: &Value, i: usize| text(e.get(i));
    let horizon = substance.get(2);
    let mut all = vec![Entity {
        id: String::new(),
        subject: "The plan".into(),
        fields: vec![
            ("Title", text(substance.get(0))),
            ("Vision", text(substance.get(1))),
            ("Starts", text(horizon.and_then(|h| h.get(0)))),
            ("Ends", text(horizon.and_then(|h| h.get(1)))),
        ],
    }];
    let entity = |e: &Value, subject: String, fields| Entity { id: at(e, 0), subject, fields };
    all.extend(part(3).iter().map(|d| entity(d, format!("Department “{}”", at(d, 1)), vec![("Name", at(d, 1))])));
    all.extend(part(4).iter().map(|o| {
        let fields = vec![
            ("Title", at(o, 1)),
            ("Description", at(o, 2)),
            ("Measure", at(o, 3)),
            ("Target", at(o, 4)),
            ("Unit", at(o, 5)),
            ("Owner", names.of(o.get(6))),
        ];
        entity(o, format!("Objective “{}”", at(o, 1)), fields)
    }));
    all.extend(part(5).iter().map(|i| {
        let mut fields = vec![
            ("Objective", names.of(i.get(1))),
            ("Title", at(i, 2)),
            ("Description", at(i, 3)),
            ("Lead", names.of(i.get(4))),
            ("Contributing", names.all(i.get(5))),
            ("Start", at(i, 6)),
            ("Due", at(i, 7)),
            ("Depends on", names.all(i.get(8))),
        ];
        let raci = items(i.get(9)).iter().map(|cell| format!("{} {}", names.of(cell.get(0)), at(cell, 1)));
        fields.push(("RACI", raci.collect::<Vec<_>>().join(", ")));
        entity(i, format!("Initiative “{}”", at(i, 2)), fields)
    }));
    all.extend(part(6).iter().map(|d| {
        let fields = vec![("Department", names.of(d.get(1))), ("Title", at(d, 2)), ("Aligned to", names.of(d.get(3)))];
        entity(d, format!("Department objective “{}”", at(d, 2)), fields)
    }));
    all.extend(part(7).iter().map(|n| {
        let fields =
            vec![("Needed by", names.of(n.get(1))), ("From", names.of(n.get(2))), ("What", at(n, 3)), ("Due", at(n, 4)), ("Agreed", at(n, 5))];
        entity(n, format!("Information need “{}”", at(n, 3)), fields)
    }));
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example::example_plan;
    use crate::model::hash::canonical_substance;
    use crate::model::ids::SequentialIds;
    use crate::model::testing::{day, now};

    #[test]
    fn a_moved_due_date_reads_old_to_new_with_the_initiative_named() {
        let old = example_plan(&mut SequentialIds::default(), now());
        let mut new = old.clone();
        new.initiatives[0].due = Some(day("2027-12-31"));
        let changes = compare(&canonical_substance(&old), &canonical_substance(&new));
        assert_eq!(changes.len(), 1, "{changes:?}");
        let change = &changes[0];
        assert_eq!(change.subject, format!("Initiative “{}”", old.initiatives[0].title));
        assert_eq!(change.difference, Difference::Changed);
        let was = old.initiatives[0].due.map(|d| d.text()).unwrap_or_default();
        assert_eq!(change.fields, vec![FieldChange { field: "Due".into(), old: was.clone(), new: "2027-12-31".into() }]);
        assert_eq!(change.summary(), format!("Due: {} → 2027-12-31", if was.is_empty() { "not set" } else { &was }));
    }

    #[test]
    fn departments_are_named_and_entities_added_and_removed_are_listed() {
        let old = example_plan(&mut SequentialIds::default(), now());
        let mut new = old.clone();
        let (finance, first_lead) = (new.departments[1].clone(), new.initiatives[0].lead_department.clone());
        new.initiatives[0].lead_department = Some(finance.id.clone());
        let removed = new.objectives.pop().unwrap();
        new.title = "Renamed".into();
        let changes = compare(&canonical_substance(&old), &canonical_substance(&new));
        let plan = changes.iter().find(|c| c.id.is_empty()).unwrap();
        assert_eq!(plan.summary(), format!("Title: {} → Renamed", old.title));
        let lead = changes.iter().find(|c| c.id == new.initiatives[0].id.as_str()).unwrap();
        let was = first_lead.and_then(|id| old.department(&id).map(|d| d.name.clone())).unwrap_or_default();
        assert!(lead.summary().contains(&format!("Lead: {was} → {}", finance.name)), "{}", lead.summary());
        let gone = changes.iter().find(|c| c.id == removed.id.as_str()).unwrap();
        assert_eq!((gone.difference, gone.verb()), (Difference::Removed, "Removed"));
        assert!(gone.summary().contains(&format!("Title: {}", removed.title)));
    }

    #[test]
    fn the_same_version_has_no_changes_and_cosmetics_are_not_substance() {
        let old = example_plan(&mut SequentialIds::default(), now());
        let mut new = old.clone();
        new.departments[0].colour = "yellow".into();
        new.initiatives[0].progress = 90;
        assert!(compare(&canonical_substance(&old), &canonical_substance(&new)).is_empty());
        // A value of another shape (a hand-edited file) compares without panicking.
        assert!(!compare(&Value::Null, &canonical_substance(&new)).is_empty());
    }
}
