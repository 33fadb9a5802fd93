//! Which log entries to show and in what order: decisions and updates newest
//! first, lessons through a filter, the decisions one may be superseded by.

use super::{Decision, Lesson, LessonCategory, PlanUpdate};
use crate::model::entity::find;
use crate::model::ids::DecisionId;
use crate::model::plan::Plan;
use crate::model::time::Day;

/// The decisions, newest first: by day, and on one day the last recorded first.
pub fn decisions_newest_first(plan: &Plan) -> Vec<&Decision> {
    newest_first(&plan.decisions, |d| d.date)
}

/// The updates, newest first: by day, and on one day the last written first.
pub fn updates_newest_first(plan: &Plan) -> Vec<&PlanUpdate> {
    newest_first(&plan.updates, |u| u.date)
}

fn newest_first<T>(entries: &[T], day: impl Fn(&T) -> Day) -> Vec<&T> {
    let mut all: Vec<&T> = entries.iter().rev().collect();
    // A stable sort keeps the reversed recording order among entries of one day.
    all.sort_by_key(|entry| std::cmp::Reverse(day(entry)));
    all
}

/// The decisions `decision_id` can be marked as superseded by, in the log's
/// order: every other one (a choice that would close a loop is refused when
/// made, naming the loop).
pub fn superseding_choices<'a>(plan: &'a Plan, decision_id: &'a DecisionId) -> impl Iterator<Item = &'a Decision> {
    plan.decisions.iter().filter(move |d| d.id != *decision_id)
}

/// The decision that replaced `decision_id`, while both are in the plan.
pub fn replacement<'a>(plan: &'a Plan, decision_id: &DecisionId) -> Option<&'a Decision> {
    let by = find(&plan.decisions, decision_id)?.superseded_by.as_ref()?;
    find(&plan.decisions, by)
}

impl Decision {
    /// How many of its follow-up actions are open past their due day.
    pub fn overdue_actions(&self, today: Day) -> usize {
        self.actions.iter().filter(|a| a.is_overdue(today)).count()
    }
}

/// Which lessons to show (a view choice, never saved).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LessonFilter {
    /// Only this category; every category when `None`.
    pub category: Option<LessonCategory>,
    /// Only those not applied yet.
    pub not_applied: bool,
}

impl LessonFilter {
    /// Whether `lesson` passes.
    pub fn shows(self, lesson: &Lesson) -> bool {
        self.category.is_none_or(|c| lesson.category == c) && !(self.not_applied && lesson.applied)
    }
}

/// The plan's lessons that pass `filter`, in the log's order.
pub fn lessons_shown(plan: &Plan, filter: LessonFilter) -> impl Iterator<Item = &Lesson> {
    plan.lessons.iter().filter(move |l| filter.shows(l))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{self, bare_plan, day, follow_up, plan_update};
    use crate::model::tracking::{ActionStatus, FollowUp};

    fn decision(id: &str, date: &str) -> Decision {
        testing::decision(id, date, &id.to_uppercase())
    }

    fn update(id: &str, date: &str) -> PlanUpdate {
        plan_update(id, date, id)
    }

    fn lesson(id: &str, category: LessonCategory, applied: bool) -> Lesson {
        Lesson { applied, ..testing::lesson(id, id, category) }
    }

    #[test]
    fn decisions_and_updates_come_newest_first_and_the_last_recorded_first_on_one_day() {
        let mut plan = bare_plan();
        plan.decisions = vec![decision("a", "2026-11-20"), decision("b", "2026-11-22"), decision("c", "2026-11-20"), decision("d", "2026-11-01")];
        let ids: Vec<_> = decisions_newest_first(&plan).iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["b", "c", "a", "d"]);

        plan.updates = vec![update("w46", "2026-11-14"), update("w47", "2026-11-21"), update("w47-again", "2026-11-21")];
        let ids: Vec<_> = updates_newest_first(&plan).iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids, ["w47-again", "w47", "w46"]);
    }

    #[test]
    fn a_decision_can_be_superseded_by_any_other_and_names_its_replacement() {
        let mut plan = bare_plan();
        plan.decisions = vec![decision("a", "2026-11-20"), decision("b", "2026-11-21"), decision("c", "2026-11-22")];
        let a = DecisionId::from("a");
        let choices: Vec<_> = superseding_choices(&plan, &a).map(|d| d.id.as_str()).collect();
        assert_eq!(choices, ["b", "c"]);

        assert!(replacement(&plan, &a).is_none());
        plan.decisions[0].superseded_by = Some("c".into());
        assert_eq!(replacement(&plan, &a).map(|d| d.title.as_str()), Some("C"));
        // A replacement deleted since (in another tab) names nothing.
        plan.decisions[0].superseded_by = Some("gone".into());
        assert!(replacement(&plan, &a).is_none());
    }

    #[test]
    fn counts_the_open_actions_past_their_due_day() {
        let action = |due: &str, status| FollowUp { due: Some(day(due)), status, ..follow_up(due, "") };
        let mut d = decision("a", "2026-11-01");
        d.actions = vec![action("2026-11-10", ActionStatus::Open), action("2026-11-11", ActionStatus::Done), action("2026-11-22", ActionStatus::Open)];
        assert_eq!(d.overdue_actions(day("2026-11-22")), 1);
        assert_eq!(d.overdue_actions(day("2026-11-23")), 2);
    }


    #[test]
    fn lessons_are_filtered_by_category_and_by_not_applied_yet() {
        let mut plan = bare_plan();
        plan.lessons = vec![
            lesson("late", LessonCategory::Planning, false),
            lesson("done", LessonCategory::Planning, true),
            lesson("tool", LessonCategory::Technology, false),
        ];
        let shown = |filter| lessons_shown(&plan, filter).map(|l| l.id.as_str()).collect::<Vec<_>>();
        assert_eq!(shown(LessonFilter::default()), ["late", "done", "tool"]);
        assert_eq!(shown(LessonFilter { category: Some(LessonCategory::Planning), not_applied: false }), ["late", "done"]);
        assert_eq!(shown(LessonFilter { category: None, not_applied: true }), ["late", "tool"]);
        assert_eq!(shown(LessonFilter { category: Some(LessonCategory::Planning), not_applied: true }), ["late"]);
        assert!(shown(LessonFilter { category: Some(LessonCategory::Process), not_applied: false }).is_empty());
    }
}
