//! What a row of the register shows, worked out once per change from the
//! model's filtered, sorted list: names of departments and initiatives
//! looked up in the linked plan (or said to be unknown when it is not here).

use crate::model::entity::find;
use crate::model::ids::{DepartmentId, StakeholderId};
use crate::model::stakeholder::register::{register, RegisterFilter, SortBy};
use crate::model::stakeholder::{Stakeholder, StakeholderMap};
use crate::model::Plan;

/// One row, as text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RowView {
    pub id: StakeholderId,
    pub name: String,
    pub kind: &'static str,
    pub role: String,
    /// The department or outside organisation.
    pub affiliation: String,
    pub outside: bool,
    pub power: u8,
    pub interest: u8,
    pub quadrant: &'static str,
    pub strategy: &'static str,
    /// The quadrant's strategy, when the one shown was chosen by hand.
    pub overrides: Option<&'static str>,
    pub attitude_key: &'static str,
    pub attitude: &'static str,
    pub tags: Vec<String>,
    pub owner: String,
    pub initiatives: Vec<String>,
}

/// The rows the filter leaves, in the order asked (`reversed` turns it round).
pub fn rows(map: &StakeholderMap, plan: Option<&Plan>, filter: &RegisterFilter, sort: SortBy, reversed: bool) -> Vec<RowView> {
    let mut rows: Vec<RowView> = register(map, filter, sort).into_iter().map(|s| row(s, plan)).collect();
    if reversed {
        rows.reverse();
    }
    rows
}

fn department(plan: Option<&Plan>, id: &DepartmentId) -> String {
    plan.and_then(|p| p.department(id)).map_or_else(|| "Unknown department".to_string(), |d| d.name.clone())
}

fn row(s: &Stakeholder, plan: Option<&Plan>) -> RowView {
    use crate::model::keyed::Keyed;
    let shown = s.strategy();
    RowView {
        id: s.id.clone(),
        name: s.name.clone(),
        kind: s.kind.label(),
        role: s.role.clone(),
        affiliation: match &s.department_id {
            Some(id) => department(plan, id),
            None => s.organisation.clone(),
        },
        outside: s.is_outside(),
        power: s.power.get(),
        interest: s.interest.get(),
        quadrant: s.quadrant().label(),
        strategy: shown.strategy.label(),
        overrides: shown.overridden.then(|| shown.from_quadrant.label()),
        attitude_key: s.attitude.key(),
        attitude: s.attitude.label(),
        tags: s.tags.clone(),
        owner: s.owner_department_id.as_ref().map(|id| department(plan, id)).unwrap_or_default(),
        initiatives: s
            .initiative_ids
            .iter()
            .map(|id| plan.and_then(|p| find(&p.initiatives, id)).map_or_else(|| "Unknown initiative".to_string(), |i| i.title.clone()))
            .collect(),
    }
}
