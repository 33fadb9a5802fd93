//! Merging department response files into their plans, all or nothing.

use super::{CommandError, Outcome};
use crate::model::approval::status::follow_round;
use crate::model::document::{DocRef, Document};
use crate::model::plan::Plan;
use crate::model::review::{merge_response, Response, ResponseError};
use crate::model::time::Timestamp;
use crate::model::workspace::Workspace;

/// Merges every response into its plan; one refused response leaves every
/// plan as it was. The outcome reports what each response changed.
pub(super) fn merge(ws: &mut Workspace, responses: &[Response], now: Timestamp) -> Result<Outcome, CommandError> {
    // Merge into copies, so one refused response leaves every plan as it was.
    let mut plans: Vec<Plan> = Vec::new();
    let mut outcome = Outcome::default();
    for response in responses {
        if !plans.iter().any(|p| p.id == response.plan_id) {
            let plan = ws
                .plan(&response.plan_id)
                .ok_or_else(|| ResponseError::UnknownPlan { title: response.plan_title.clone() })?;
            plans.push(plan.clone());
        }
        let plan = plans.iter_mut().find(|p| p.id == response.plan_id).expect("just added");
        if let Some(said) = merge_response(plan, response, now)? {
            outcome.report.push(said);
            let doc = DocRef::plan(&plan.id);
            if !outcome.changed.contains(&doc) {
                outcome.changed.push(doc);
            }
        }
    }
    for mut plan in plans {
        if outcome.changed.iter().any(|d| d.id == plan.id.as_str()) {
            follow_round(&mut plan);
            plan.updated_at = now;
            ws.put(Document::Plan(plan));
        }
    }
    Ok(outcome)
}
