//! What the discussion view asks of a plan's comments: what a comment can be
//! about and what it is about, which comments the list shows (the conflict
//! log is the open objections), and the decisions an objection is settled by.

use super::Comment;
use crate::model::entity::find;
use crate::model::ids::{DecisionId, SubjectId};
use crate::model::plan::Plan;
use crate::model::structure::rules::initiatives_under;
use crate::model::tracking::Decision;

/// What a comment can be about, in the order a picker offers them: the plan
/// as a whole (`None`), then each objective followed by its initiatives.
pub fn subjects(plan: &Plan) -> Vec<(Option<SubjectId>, String)> {
    let mut list = vec![(None, subject_of(plan, None))];
    for objective in &plan.objectives {
        let under = initiatives_under(plan, &objective.id).map(|i| SubjectId::from(&i.id));
        for id in std::iter::once(SubjectId::from(&objective.id)).chain(under) {
            let title = plan.subject_title(&id).unwrap_or_default();
            list.push((Some(id), title));
        }
    }
    list
}

/// The title of what a comment is about, also once it is gone from the plan.
pub fn subject_of(plan: &Plan, on: Option<&SubjectId>) -> String {
    match on {
        None => "The plan as a whole".into(),
        Some(id) => plan.subject_title(id).unwrap_or_else(|| "Something no longer in the plan".into()),
    }
}

/// The objections nobody has settled yet, in the order they were made.
pub fn open_objections(plan: &Plan) -> impl Iterator<Item = &Comment> {
    plan.comments.iter().filter(|c| c.is_open_objection())
}

/// The comments the list shows, newest first: all of them, or with
/// `only_open` the conflict log (the open objections).
pub fn comments_shown(plan: &Plan, only_open: bool) -> impl Iterator<Item = &Comment> {
    plan.comments.iter().rev().filter(move |c| !only_open || c.is_open_objection())
}

/// The decisions an objection can be settled by, in the log's order, each
/// labelled with its title and day.
pub fn settling_decisions(plan: &Plan) -> Vec<(DecisionId, String)> {
    plan.decisions.iter().map(|d| (d.id.clone(), decision_label(d))).collect()
}

/// The label of the decision that settled `comment`, while that decision is
/// still in the plan.
pub fn settled_by(plan: &Plan, comment: &Comment) -> Option<String> {
    comment.decision_id.as_ref().and_then(|id| find(&plan.decisions, id)).map(decision_label)
}

fn decision_label(decision: &Decision) -> String {
    format!("{} ({})", decision.title, decision.date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::review::ReviewEdit;
    use crate::model::testing::{day, initiative, objective, plan_with_roles, Editing};
    use crate::model::tracking::LogEdit;

    fn comment(fx: &mut Editing<Plan>, text: &str, objection: bool) {
        let edit = ReviewEdit::AddComment { department_id: None, by: "Ana".into(), on: None, round_id: None, text: text.into(), objection };
        fx.run(edit).unwrap();
    }

    fn texts<'a>(comments: impl Iterator<Item = &'a Comment>) -> Vec<&'a str> {
        comments.map(|c| c.text.as_str()).collect()
    }

    #[test]
    fn a_comment_is_about_the_plan_an_objective_or_an_initiative_under_it() {
        let mut plan = plan_with_roles();
        plan.objectives.push(objective("o2", "Cut costs"));
        plan.initiatives.push(initiative("i2", "o2", "Fewer licences"));
        // Not under an objective: nothing to pick it by until it has one.
        plan.initiatives.push(initiative("i3", "gone", "Lost"));
        let titles: Vec<String> = subjects(&plan).into_iter().map(|(_, title)| title).collect();
        assert_eq!(
            titles,
            vec![
                "The plan as a whole",
                "Objective: Answer fast",
                "Initiative: Shared inbox",
                "Objective: Cut costs",
                "Initiative: Fewer licences"
            ]
        );
        assert_eq!(subjects(&plan)[2].0, Some("i1".into()));
        assert_eq!(subject_of(&plan, Some(&"o2".into())), "Objective: Cut costs");
        assert_eq!(subject_of(&plan, Some(&"removed".into())), "Something no longer in the plan");
        assert_eq!(subject_of(&plan, None), "The plan as a whole");
    }

    #[test]
    fn the_list_is_newest_first_and_the_conflict_log_keeps_open_objections() {
        let mut fx = Editing::new(plan_with_roles());
        comment(&mut fx, "First remark", false);
        comment(&mut fx, "Too early", true);
        comment(&mut fx, "Settled one", true);
        comment(&mut fx, "Last remark", false);
        fx.doc.comments[2].resolved_at = Some(fx.env.now);
        let plan = &fx.doc;
        assert_eq!(texts(comments_shown(plan, false)), vec!["Last remark", "Settled one", "Too early", "First remark"]);
        assert_eq!(texts(comments_shown(plan, true)), vec!["Too early"]);
        assert_eq!(texts(open_objections(plan)), vec!["Too early"]);
    }

    #[test]
    fn an_objection_is_settled_by_a_decision_while_it_is_in_the_log() {
        let mut fx = Editing::new(plan_with_roles());
        fx.run(LogEdit::AddDecision { date: day("2026-11-20"), title: "Delay to Q2".into() }).unwrap();
        let decision_id = fx.doc.decisions[0].id.clone();
        assert_eq!(settling_decisions(&fx.doc), vec![(decision_id.clone(), "Delay to Q2 (2026-11-20)".to_string())]);
        comment(&mut fx, "Too early", true);
        let plan = &mut fx.doc;
        assert_eq!(settled_by(plan, &plan.comments[0]), None);
        plan.comments[0].decision_id = Some(decision_id);
        assert_eq!(settled_by(plan, &plan.comments[0]).as_deref(), Some("Delay to Q2 (2026-11-20)"));
        plan.decisions.clear();
        assert_eq!(settled_by(plan, &plan.comments[0]), None);
    }
}
