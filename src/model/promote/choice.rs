//! What the "To plan…" dialog offers: the plans by title, the plan chosen at
//! first, and the objective a new initiative goes under.

use crate::model::board::Board;
use crate::model::ids::{ObjectiveId, PlanId};
use crate::model::plan::Plan;
use crate::model::workspace::Workspace;

/// Every plan as (id, title), by title.
pub fn plans_by_title(ws: &Workspace) -> Vec<(PlanId, String)> {
    let mut plans: Vec<(PlanId, String)> = ws.plans.iter().map(|p| (p.id.clone(), p.title.clone())).collect();
    plans.sort_by(|a, b| a.1.cmp(&b.1));
    plans
}

/// The plan chosen when the dialog opens: the board's own plan while it
/// exists, else the plan edited last; `None` with no plan at all.
pub fn first_plan(ws: &Workspace, board: &Board) -> Option<PlanId> {
    let own = board.plan_id.as_ref().filter(|id| ws.plan(id).is_some());
    own.cloned().or_else(|| ws.plans.iter().max_by_key(|p| p.updated_at).map(|p| p.id.clone()))
}

/// The objective a new initiative goes under: the one `wanted` while the
/// plan has it, else the plan's first; `None` when it has none.
pub fn objective_for(plan: &Plan, wanted: &ObjectiveId) -> Option<ObjectiveId> {
    let found = plan.objectives.iter().find(|o| o.id == *wanted);
    found.or(plan.objectives.first()).map(|o| o.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{self, at, bare_plan, now, objective};

    fn plan(id: &str, title: &str, updated_at: &str) -> Plan {
        Plan { updated_at: at(updated_at), ..testing::plan(id, title) }
    }

    fn workspace() -> Workspace {
        let plans = vec![plan("p1", "Service", "2026-11-01T10:00:00Z"), plan("p2", "Growth", "2026-11-20T10:00:00Z"), plan("p3", "Ops", "2026-11-10T10:00:00Z")];
        Workspace { plans, ..Workspace::default() }
    }

    #[test]
    fn plans_are_offered_by_title() {
        let titles: Vec<String> = plans_by_title(&workspace()).into_iter().map(|(_, t)| t).collect();
        assert_eq!(titles, ["Growth", "Ops", "Service"]);
    }

    #[test]
    fn the_boards_own_plan_comes_first_else_the_plan_edited_last() {
        let ws = workspace();
        let own = Board::new("b".into(), "Kick-off".into(), Some("p3".into()), now());
        assert_eq!(first_plan(&ws, &own), Some("p3".into()));
        let loose = Board::new("b".into(), "Kick-off".into(), None, now());
        assert_eq!(first_plan(&ws, &loose), Some("p2".into()));
        let orphan = Board::new("b".into(), "Kick-off".into(), Some("deleted".into()), now());
        assert_eq!(first_plan(&ws, &orphan), Some("p2".into()), "its plan was deleted");
        assert_eq!(first_plan(&Workspace::default(), &own), None);
    }

    #[test]
    fn an_initiative_goes_under_the_objective_chosen_else_the_first() {
        let mut plan = bare_plan();
        assert_eq!(objective_for(&plan, &"o2".into()), None, "no objective yet");
        plan.objectives = vec![objective("o1", "Answer fast"), objective("o2", "Grow")];
        assert_eq!(objective_for(&plan, &"o2".into()), Some("o2".into()));
        assert_eq!(objective_for(&plan, &"gone".into()), Some("o1".into()));
        assert_eq!(objective_for(&plan, &ObjectiveId::default()), Some("o1".into()), "none chosen yet");
    }
}
