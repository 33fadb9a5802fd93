//! "Show me everything for IT": one department's part of a plan — the
//! objectives it owns, the initiatives it has a role in, what it needs and
//! is asked to provide, where it stands in the round under way, what it said
//! and what was said about its work, and the follow-up actions it owns — and
//! a brief of it to send to that one department.

use super::approval::queries::current_round;
use super::hash::plan_hash;
use super::ids::{DepartmentId, SubjectId};
use super::plan::Plan;
use super::review::queries::subject_of;
use super::structure::Raci;

/// One department's part of a plan, each list as lines to read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DepartmentView {
    pub name: String,
    pub objectives: Vec<String>,
    pub initiatives: Vec<String>,
    pub needs: Vec<String>,
    pub sign_off: Option<String>,
    pub comments: Vec<String>,
    pub actions: Vec<String>,
}

impl DepartmentView {
    /// The sections in order, with their headings, for the view and the brief.
    pub fn sections(&self) -> Vec<(&'static str, Vec<String>)> {
        vec![
            ("Objectives it owns", self.objectives.clone()),
            ("Initiatives it has a role in", self.initiatives.clone()),
            ("Information needs", self.needs.clone()),
            ("Sign-off", self.sign_off.iter().cloned().collect()),
            ("Comments and objections", self.comments.clone()),
            ("Follow-up actions it owns", self.actions.clone()),
        ]
    }
}

/// The department's part of `plan`; `None` when it is not in the plan.
pub fn department_view(plan: &Plan, department_id: &DepartmentId) -> Option<DepartmentView> {
    let name = plan.department(department_id)?.name.clone();
    let named = |id: &DepartmentId| plan.department_name(id);
    let objectives = plan.objectives.iter().filter(|o| o.owner_department.as_ref() == Some(department_id)).map(|o| o.title.clone()).collect();
    let initiatives = plan
        .initiatives
        .iter()
        .filter_map(|i| {
            let lead = i.lead_department.as_ref() == Some(department_id);
            let role = i.raci.get(department_id).copied();
            let contributes = i.contributing_departments.contains(department_id);
            if !lead && role.is_none() && !contributes {
                return None;
            }
            let mut parts = Vec::new();
            if lead {
                parts.push("leads".to_string());
            }
            if let Some(role) = role {
                parts.push(raci_word(role).to_string());
            }
            if contributes && !lead {
                parts.push("contributes".to_string());
            }
            let due = i.due.map(|d| format!(", due {d}")).unwrap_or_default();
            Some(format!("{} — {}{due}", i.title, parts.join(", ")))
        })
        .collect();
    let needs = plan
        .information_needs
        .iter()
        .filter_map(|n| {
            let agreed = if n.agreed { "agreed" } else { "not agreed yet" };
            let due = n.due.map(|d| format!(", by {d}")).unwrap_or_default();
            if n.from_department == *department_id {
                Some(format!("Needs “{}” from {}{due} ({agreed})", n.what, named(&n.to_department)))
            } else if n.to_department == *department_id {
                Some(format!("Asked by {} for “{}”{due} ({agreed})", named(&n.from_department), n.what))
            } else {
                None
            }
        })
        .collect();
    let sign_off = current_round(plan).filter(|r| r.required_departments.contains(department_id)).map(|round| {
        let hash = plan_hash(plan);
        let position = round.positions(&hash, None).into_iter().find(|p| p.department_id == *department_id);
        let due = round.due.map(|d| format!(" (due {d})")).unwrap_or_default();
        match position {
            Some(p) if p.stale => format!("Asked to sign off{due}: its answer ({}) was for an older version", p.state.phrase()),
            Some(p) => format!("Asked to sign off{due}: {}", p.state.phrase()),
            None => format!("Asked to sign off{due}"),
        }
    });
    let about_its_work = |on: Option<&SubjectId>| {
        on.is_some_and(|id| plan.initiatives.iter().any(|i| i.id.as_str() == id.as_str() && i.raci.contains_key(department_id)))
    };
    let comments = plan
        .comments
        .iter()
        .filter(|c| c.department_id.as_ref() == Some(department_id) || about_its_work(c.on.as_ref()))
        .map(|c| {
            let who = c.department_id.as_ref().map_or_else(|| "The liaison".to_string(), named);
            let kind = match (c.objection, c.resolved_at.is_some()) {
                (true, false) => "open objection",
                (true, true) => "resolved objection",
                _ => "comment",
            };
            format!("{who}, {kind} on {}: {}", subject_of(plan, c.on.as_ref()).to_lowercase(), c.text)
        })
        .collect();
    let actions = plan
        .decisions
        .iter()
        .flat_map(|d| d.actions.iter().map(move |a| (d, a)))
        .filter(|(_, a)| a.owner_department.as_ref() == Some(department_id))
        .map(|(d, a)| {
            let due = a.due.map(|d| format!(", due {d}")).unwrap_or_default();
            format!("{} — {}{due} (from “{}”)", a.text, a.status.label().to_lowercase(), d.title)
        })
        .collect();
    Some(DepartmentView { name, objectives, initiatives, needs, sign_off, comments, actions })
}

fn raci_word(role: Raci) -> &'static str {
    match role {
        Raci::Responsible => "Responsible",
        Raci::Accountable => "Accountable",
        Raci::Consulted => "Consulted",
        Raci::Informed => "Informed",
    }
}

/// The brief for that one department, as Markdown.
pub fn department_brief(plan: &Plan, view: &DepartmentView) -> String {
    let mut text = format!("# {}: what it asks of {}\n", plan.title, view.name);
    for (heading, lines) in view.sections() {
        if lines.is_empty() {
            continue;
        }
        text.push_str(&format!("\n## {heading}\n\n"));
        for line in lines {
            text.push_str(&format!("- {line}\n"));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::approval::ApprovalEdit;
    use crate::model::example::example_plan;
    use crate::model::ids::SequentialIds;
    use crate::model::testing::{now, Editing};

    #[test]
    fn a_department_sees_only_its_part_of_the_plan() {
        let mut fx = Editing::new(example_plan(&mut SequentialIds::default(), now()));
        fx.run(ApprovalEdit::OpenRound { due: None, required: vec![] }).unwrap();
        let plan = &fx.doc;
        let it = plan.departments.iter().find(|d| d.name == "IT").unwrap().id.clone();
        let view = department_view(plan, &it).unwrap();
        assert_eq!(view.name, "IT");
        let with_a_role = plan.initiatives.iter().filter(|i| i.raci.contains_key(&it) || i.lead_department.as_ref() == Some(&it) || i.contributing_departments.contains(&it)).count();
        assert_eq!(view.initiatives.len(), with_a_role);
        assert!(with_a_role > 0 && with_a_role < plan.initiatives.len() + 1);
        let its_needs = plan.information_needs.iter().filter(|n| n.from_department == it || n.to_department == it).count();
        assert_eq!(view.needs.len(), its_needs);
        assert!(view.needs.iter().all(|n| n.starts_with("Needs “") || n.starts_with("Asked by ")), "{:?}", view.needs);
        assert!(view.sign_off.as_deref().is_some_and(|s| s.starts_with("Asked to sign off")), "{:?}", view.sign_off);
        let brief = department_brief(plan, &view);
        assert!(brief.starts_with(&format!("# {}: what it asks of IT", plan.title)), "{brief}");
        assert!(brief.contains("## Initiatives it has a role in"));
        assert_eq!(department_view(plan, &"nobody".into()), None);
    }
}
