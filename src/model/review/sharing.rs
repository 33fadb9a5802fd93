//! What a round's review file shares. One file goes to every department, so
//! by default it carries what reviewers need (the plan, its rounds and the
//! versions they were opened on, decisions, lessons, updates for everyone)
//! and leaves out the discussion (other departments' objections, the
//! liaison's own remarks), updates addressed to some departments only, and
//! unknown fields an earlier file left in the plan. The liaison sees this
//! before exporting and may include the first two.

use super::super::plan::Plan;

/// What else the liaison chooses to share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Include {
    pub comments: bool,
    pub addressed_updates: bool,
}

/// What the file leaves out, counted for the preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LeftOut {
    pub comments: usize,
    pub addressed_updates: usize,
    /// Fields this version of Liaison does not know, kept from earlier files.
    pub unknown_fields: usize,
}

/// The plan as the review file carries it, and what it leaves out.
pub fn review_copy(plan: &Plan, include: Include) -> (Plan, LeftOut) {
    let mut copy = plan.clone();
    let mut left = LeftOut::default();
    if !include.comments {
        left.comments = copy.comments.len();
        copy.comments.clear();
    }
    if !include.addressed_updates {
        let before = copy.updates.len();
        copy.updates.retain(|u| u.departments.is_empty());
        left.addressed_updates = before - copy.updates.len();
    }
    left.unknown_fields = drop_unknown_fields(&mut copy);
    (copy, left)
}

/// Clears every `extra` map of the plan and its parts; returns how many
/// fields went.
fn drop_unknown_fields(plan: &mut Plan) -> usize {
    fn clear(extra: &mut serde_json::Map<String, serde_json::Value>) -> usize {
        std::mem::take(extra).len()
    }
    let mut n = clear(&mut plan.extra);
    n += plan.departments.iter_mut().map(|d| clear(&mut d.extra)).sum::<usize>();
    n += plan.objectives.iter_mut().map(|o| clear(&mut o.extra)).sum::<usize>();
    n += plan.initiatives.iter_mut().map(|i| clear(&mut i.extra)).sum::<usize>();
    n += plan.department_objectives.iter_mut().map(|d| clear(&mut d.extra)).sum::<usize>();
    n += plan.information_needs.iter_mut().map(|i| clear(&mut i.extra)).sum::<usize>();
    for round in &mut plan.approval_rounds {
        n += clear(&mut round.extra) + round.sign_offs.iter_mut().map(|s| clear(&mut s.extra)).sum::<usize>();
    }
    n += plan.comments.iter_mut().map(|c| clear(&mut c.extra)).sum::<usize>();
    for decision in &mut plan.decisions {
        n += clear(&mut decision.extra) + decision.actions.iter_mut().map(|a| clear(&mut a.extra)).sum::<usize>();
    }
    n += plan.updates.iter_mut().map(|u| clear(&mut u.extra)).sum::<usize>();
    n + plan.lessons.iter_mut().map(|l| clear(&mut l.extra)).sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{comment, plan_update, plan_with_roles};

    #[test]
    fn a_review_file_leaves_out_the_discussion_addressed_updates_and_planted_fields() {
        let mut plan = plan_with_roles();
        plan.comments.push(comment("c1", "Finance objects"));
        let finance = plan.departments[1].id.clone();
        plan.updates.push(plan_update("u1", "2026-11-20", "For everyone"));
        plan.updates.push(crate::model::tracking::PlanUpdate { departments: vec![finance], ..plan_update("u2", "2026-11-21", "Finance only") });
        plan.extra.insert("planted".into(), serde_json::json!("by an earlier file"));
        plan.initiatives[0].extra.insert("secret".into(), serde_json::json!(1));
        let (copy, left) = review_copy(&plan, Include::default());
        assert_eq!(left, LeftOut { comments: 1, addressed_updates: 1, unknown_fields: 2 });
        assert!(copy.comments.is_empty());
        assert_eq!(copy.updates.iter().map(|u| u.title.as_str()).collect::<Vec<_>>(), vec!["For everyone"]);
        assert!(copy.extra.is_empty() && copy.initiatives[0].extra.is_empty());
        assert_eq!(crate::model::hash::plan_hash(&copy), crate::model::hash::plan_hash(&plan), "the version under review is the same");
        let (all, left) = review_copy(&plan, Include { comments: true, addressed_updates: true });
        assert_eq!((all.comments.len(), all.updates.len(), left.comments), (1, 2, 0));
    }
}
