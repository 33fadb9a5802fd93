//! Small read helpers shared by the approval components: the department this
//! browser reviews as, department pickers, speaker chips and days for people.

use leptos::prelude::*;

use crate::model::ids::DepartmentId;
use crate::model::{Plan, Timestamp};
use crate::ui::common::colour_chip::ColourChip;
use crate::ui::select::PlanHandle;
use crate::ui::select::memo;
use crate::ui::system::local_day;

/// The department this browser reviews the plan as, if any.
pub fn reviewing_department(plan: PlanHandle) -> Memo<Option<DepartmentId>> {
    let reviewers = plan.app().reviewers;
    // A department no longer in the plan (renamed away in a newer file) is nobody to speak for.
    memo(move || reviewers.department(&plan.id()).filter(|d| plan.with(|p| p.department(d).is_some()).unwrap_or(false)))
}

/// `(id, name)` of every department, in plan order, for a picker.
pub fn department_options(plan: &Plan) -> Vec<(DepartmentId, String)> {
    plan.departments.iter().map(|d| (d.id.clone(), d.name.clone())).collect()
}

/// Who speaks or signs, as its chip shows it.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Speaker {
    #[default]
    Liaison,
    /// A department no longer in the plan (from a file or another copy).
    Removed,
    Department { colour: String, name: String },
}

impl Speaker {
    /// The speaker `department_id` names in `plan`; `None` is the liaison.
    pub fn of(plan: &Plan, department_id: Option<&DepartmentId>) -> Speaker {
        match department_id {
            None => Speaker::Liaison,
            Some(id) => plan
                .department(id)
                .map_or(Speaker::Removed, |d| Speaker::Department { colour: d.colour.clone(), name: d.name.clone() }),
        }
    }
}

/// A department's colour chip with its name, or a plain chip for the
/// liaison or a removed department.
pub fn speaker_chip(speaker: Speaker) -> AnyView {
    match speaker {
        Speaker::Department { colour, name } => view! { <ColourChip colour=colour name=name /> }.into_any(),
        // Not a department: a plain outlined chip, never a department's colour.
        Speaker::Removed => view! { <span class="chip chip-plain">"A removed department"</span> }.into_any(),
        Speaker::Liaison => view! { <span class="chip chip-plain">"Liaison"</span> }.into_any(),
    }
}

/// The day of an instant on the user's calendar, for people.
pub fn day(at: Timestamp) -> String {
    local_day(at).text()
}
