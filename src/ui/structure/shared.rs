//! Small helpers the structure sections share: choice options, department
//! columns, reading an initiative with its plan, and
//! numbers shown without float formatting.

use crate::model::entity::find;
use crate::model::ids::{DepartmentId, InitiativeId};
use crate::model::structure::Initiative;
use crate::model::Plan;

/// A department as a grid column or block: id, name and colour.
pub type Column = (DepartmentId, String, String);

/// `(id, name)` of every department, in plan order, as a choice's options.
pub fn departments(plan: &Plan) -> Vec<(String, String)> {
    plan.departments.iter().map(|d| (d.id.to_string(), d.name.clone())).collect()
}

/// `(id, title)` of every plan objective, in plan order, as a choice's options.
pub fn objectives(plan: &Plan) -> Vec<(String, String)> {
    plan.objectives.iter().map(|o| (o.id.to_string(), o.title.clone())).collect()
}

/// Every department as a column, in plan order.
pub fn department_columns(plan: &Plan) -> Vec<Column> {
    plan.departments.iter().map(|d| (d.id.clone(), d.name.clone(), d.colour.clone())).collect()
}

/// What `read` takes from initiative `id` and its plan; the default once the
/// initiative is gone (its card is about to go too).
pub fn of_initiative<T: Default>(plan: &Plan, id: &InitiativeId, read: impl FnOnce(&Plan, &Initiative) -> T) -> T {
    find(&plan.initiatives, id).map(|i| read(plan, i)).unwrap_or_default()
}

/// `12`, `12.5`: whole numbers without decimals, others with one.
pub fn number_text(x: Option<f64>) -> String {
    match x {
        None => String::new(),
        Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => (x as i64).to_string(),
        Some(x) => crate::model::text::one_decimal(x),
    }
}
