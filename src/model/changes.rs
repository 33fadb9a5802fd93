//! "What changed since <day>": the entities of a plan whose timestamps fall
//! on or after a day, grouped by kind, and a plain-text brief of them that
//! the liaison sends to every department as the same message.

use super::approval::versions::{compare, VersionChange};
use super::hash::canonical_substance;
use super::plan::Plan;
use super::time::{Day, Timestamp, Zone};

/// A kind of thing that changes. To follow a new kind, add it here and to [`SOURCES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Plan,
    Department,
    Objective,
    Initiative,
    Alignment,
    Approval,
    Comment,
    Decision,
    Update,
    Lesson,
}

impl ChangeKind {
    /// The heading of its group.
    pub fn label(self) -> &'static str {
        match self {
            Self::Plan => "Plan",
            Self::Department => "Departments",
            Self::Objective => "Objectives",
            Self::Initiative => "Initiatives",
            Self::Alignment => "Department objectives and information needs",
            Self::Approval => "Approval",
            Self::Comment => "Comments and objections",
            Self::Decision => "Decisions",
            Self::Update => "Updates",
            Self::Lesson => "Lessons learned",
        }
    }
}

/// One changed thing: what it is and when it last changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub what: String,
    pub at: Timestamp,
    /// The entity's id, for the parts of the plan departments approve ("" otherwise).
    pub id: String,
    /// How it changed, old → new, against the version last put to a round
    /// before the day ("" when unknown or only tracking changed).
    pub how: String,
    /// The change made approvals of that version stale.
    pub made_stale: bool,
}

/// The changes of one kind, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeGroup {
    pub kind: ChangeKind,
    pub changes: Vec<Change>,
}

type Source = fn(&Plan) -> Vec<Change>;

fn change(what: impl Into<String>, at: Timestamp) -> Change {
    Change { what: what.into(), at, id: String::new(), how: String::new(), made_stale: false }
}

/// A change of a part departments approve, found again by its id.
fn part(id: &str, what: impl Into<String>, at: Timestamp) -> Change {
    Change { id: id.to_string(), ..change(what, at) }
}


/// Where each kind's timestamps come from, in the order groups are shown.
const SOURCES: &[(ChangeKind, Source)] = &[
    // Every edit stamps the plan too; its own fields changed only when no part of it shares that stamp.
    (ChangeKind::Plan, |p| {
        let stamps = SOURCES.iter().skip(1).flat_map(|(_, source)| source(p)).map(|c| c.at).collect::<Vec<_>>();
        let own = !stamps.contains(&p.updated_at);
        own.then(|| part("", "Its title, vision, horizon or status", p.updated_at)).into_iter().collect()
    }),
    (ChangeKind::Department, |p| p.departments.iter().map(|d| part(d.id.as_str(), &d.name, d.updated_at)).collect()),
    (ChangeKind::Objective, |p| p.objectives.iter().map(|o| part(o.id.as_str(), &o.title, o.updated_at)).collect()),
    (ChangeKind::Initiative, |p| {
        p.initiatives
            .iter()
            .map(|i| Change { how: format!("now {}, {} %", i.status.label().to_lowercase(), i.progress), ..part(i.id.as_str(), &i.title, i.updated_at) })
            .collect()
    }),
    (ChangeKind::Alignment, |p| {
        let own = p.department_objectives.iter().map(|d| part(d.id.as_str(), format!("{}: {}", p.department_name(&d.department_id), d.title), d.updated_at));
        let needs = p.information_needs.iter().map(|n| {
            let what = format!("{} needs {} from {}", p.department_name(&n.from_department), n.what, p.department_name(&n.to_department));
            part(n.id.as_str(), what, n.updated_at)
        });
        own.chain(needs).collect()
    }),
    (ChangeKind::Approval, |p| {
        let mut all = Vec::new();
        for round in &p.approval_rounds {
            let due = round.due.map(|d| format!(", due {d}")).unwrap_or_default();
            all.push(change(format!("Approval round opened{due}"), round.opened_at));
            for s in &round.sign_offs {
                let unverified = if s.source.counts() { "" } else { " (not counted)" };
                let what = format!("{}: {}{unverified}", p.department_name(&s.department_id), s.state.phrase());
                all.push(change(what, s.at));
            }
        }
        all
    }),
    (ChangeKind::Comment, |p| {
        p.comments
            .iter()
            .map(|c| {
                let who = c.department_id.as_ref().map_or_else(|| "The liaison".to_string(), |id| p.department_name(id));
                let what = match (c.objection, c.resolved_at.is_some()) {
                    (true, true) => "objection resolved",
                    (true, false) => "objection",
                    _ => "comment",
                };
                change(format!("{who}, {what}: {}", c.text), c.updated_at)
            })
            .collect()
    }),
    (ChangeKind::Decision, |p| {
        let mut all = Vec::new();
        for d in &p.decisions {
            let state = if d.superseded_by.is_some() { " (superseded)" } else { "" };
            all.push(change(format!("{}{state}", d.title), d.updated_at));
            all.extend(d.actions.iter().map(|a| change(format!("Action: {} — {}", a.text, a.status.label()), a.updated_at)));
        }
        all
    }),
    (ChangeKind::Update, |p| {
        p.updates.iter().map(|u| change(if u.text.trim().is_empty() { u.title.clone() } else { format!("{}: {}", u.title, u.text.trim()) }, u.updated_at)).collect()
    }),
    (ChangeKind::Lesson, |p| p.lessons.iter().map(|l| change(&l.what_happened, l.updated_at)).collect()),
];

/// What changed on or after the user's day `since` (days in `zone`), by
/// kind; kinds without changes are left out.
pub fn changes_since(plan: &Plan, since: Day, zone: Zone) -> Vec<ChangeGroup> {
    let from = zone.start_of(since);
    let before = baseline(plan, from);
    SOURCES
        .iter()
        .filter_map(|(kind, source)| {
            let mut changes: Vec<Change> = source(plan).into_iter().filter(|c| c.at >= from).collect();
            if let Some((differences, stale)) = &before {
                let substance = matches!(kind, ChangeKind::Plan | ChangeKind::Department | ChangeKind::Objective | ChangeKind::Initiative | ChangeKind::Alignment);
                for change in changes.iter_mut().filter(|_| substance) {
                    if let Some(difference) = differences.iter().find(|d| d.id == change.id) {
                        (change.how, change.made_stale) = (difference.summary(), *stale);
                    }
                }
            }
            changes.sort_by_key(|c| std::cmp::Reverse(c.at));
            (!changes.is_empty()).then_some(ChangeGroup { kind: *kind, changes })
        })
        .collect()
}

/// What differs from the version last put to a round before `from` (or,
/// without one, the first put to a round since) to the plan now, and whether
/// approvals of that version were given (which these changes made stale).
/// `None` without such a round.
fn baseline(plan: &Plan, from: Timestamp) -> Option<(Vec<VersionChange>, bool)> {
    let kept = || plan.approval_rounds.iter().filter(|r| r.substance.is_some());
    let round = kept().filter(|r| r.opened_at < from).last().or_else(|| kept().next())?;
    let differences = compare(round.substance.as_ref()?, &canonical_substance(plan));
    let approved = plan.approval_rounds.iter().flat_map(|r| &r.sign_offs).any(|s| {
        s.plan_hash == round.plan_hash && s.state == crate::model::approval::SignOffState::Approved && s.source.counts()
    });
    Some((differences, approved))
}

/// The brief as Markdown, the same for every department.
pub fn brief(plan: &Plan, since: Day, groups: &[ChangeGroup], zone: Zone) -> String {
    let mut text = format!("# {}: what changed since {since}\n", plan.title);
    if groups.is_empty() {
        text.push_str("\nNothing has changed since then.\n");
    }
    for group in groups {
        text.push_str(&format!("\n## {} ({})\n\n", group.kind.label(), group.changes.len()));
        for c in &group.changes {
            let how = if c.how.is_empty() { String::new() } else { format!(": {}", c.how) };
            let stale = if c.made_stale { " (made approvals stale)" } else { "" };
            text.push_str(&format!("- {}{how} ({}){stale}\n", c.what, zone.day_of(c.at)));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{at, comment, day, information_need, lesson};
    use crate::model::tracking::LessonCategory;
    use crate::model::Department;

    #[test]
    fn lists_changes_on_or_after_the_day_by_kind_newest_first() {
        let mut plan = Plan::new("p".into(), "Growth".into(), at("2026-11-01T09:00:00.000Z"));
        plan.departments.push(Department::new("d1".into(), "Finance".into(), "blue", at("2026-10-01T09:00:00.000Z")));
        plan.departments.push(Department::new("d2".into(), "IT".into(), "orange", at("2026-11-20T00:00:00.000Z")));
        plan.departments.push(Department::new("d3".into(), "HR".into(), "orange", at("2026-11-21T08:00:00.000Z")));
        plan.lessons.push(lesson("l", "Start earlier", LessonCategory::Planning));
        plan.lessons[0].updated_at = at("2026-11-19T23:59:59.000Z");
        let groups = changes_since(&plan, day("2026-11-20"), Zone::UTC);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].kind, ChangeKind::Department);
        assert_eq!(groups[0].changes.iter().map(|c| c.what.as_str()).collect::<Vec<_>>(), ["HR", "IT"]);
        let text = brief(&plan, day("2026-11-20"), &groups, Zone::UTC);
        assert!(text.starts_with("# Growth: what changed since 2026-11-20"));
        assert!(text.contains("## Departments (2)\n\n- HR (2026-11-21)\n- IT (2026-11-20)"));
        assert_eq!(changes_since(&plan, day("2026-11-19"), Zone::UTC).len(), 2);
        let later = day("2027-01-01");
        assert!(brief(&plan, later, &changes_since(&plan, later, Zone::UTC), Zone::UTC).contains("Nothing has changed"));
        // Days are the user's: in New York, IT's midnight UTC change was on the evening of the 19th.
        let new_york = Zone { offset_minutes: -300 };
        let groups = changes_since(&plan, day("2026-11-20"), new_york);
        assert_eq!(groups[0].changes.iter().map(|c| c.what.as_str()).collect::<Vec<_>>(), ["HR"]);
        let text = brief(&plan, day("2026-11-19"), &changes_since(&plan, day("2026-11-19"), new_york), new_york);
        assert!(text.contains("- IT (2026-11-19)") && text.contains("- Start earlier (2026-11-19)"), "{text}");
    }

    #[test]
    fn a_moved_due_date_reads_old_to_new_and_says_it_made_approvals_stale() {
        use crate::model::approval::{ApprovalEdit, SignOffState};
        use crate::model::structure::{InitiativeField, StructureEdit};
        use crate::model::testing::{plan_with_roles, Editing};
        let mut fx = Editing::new(plan_with_roles());
        fx.run(ApprovalEdit::OpenRound { due: None, required: vec![] }).unwrap();
        let (round_id, department_id) = (fx.doc.approval_rounds[0].id.clone(), fx.doc.departments[0].id.clone());
        fx.run(ApprovalEdit::SignOff { round_id, department_id, state: SignOffState::Approved, by: "S".into(), comment: String::new(), how: None }).unwrap();
        fx.env.at("2026-11-25T10:00:00Z");
        let initiative_id = fx.doc.initiatives[0].id.clone();
        fx.run(StructureEdit::EditInitiative { initiative_id, edit: InitiativeField::Due(Some(day("2027-12-31"))) }).unwrap();
        let groups = changes_since(&fx.doc, day("2026-11-24"), Zone::UTC);
        let initiative = groups.iter().find(|g| g.kind == ChangeKind::Initiative).unwrap();
        let change = &initiative.changes[0];
        assert_eq!(change.what, fx.doc.initiatives[0].title);
        assert!(change.how.starts_with("Due: ") && change.how.ends_with("→ 2027-12-31"), "{}", change.how);
        assert!(change.made_stale);
        let text = brief(&fx.doc, day("2026-11-24"), &groups, Zone::UTC);
        assert!(text.contains("→ 2027-12-31 (2026-11-25) (made approvals stale)"), "{text}");
    }

    #[test]
    fn the_plan_itself_counts_only_when_no_part_of_it_carries_its_stamp() {
        let mut plan = Plan::new("p".into(), "Growth".into(), at("2026-11-21T08:00:00.000Z"));
        plan.departments.push(Department::new("d".into(), "HR".into(), "blue", at("2026-11-21T08:00:00.000Z")));
        let kinds = |p: &Plan| changes_since(p, day("2026-11-20"), Zone::UTC).iter().map(|g| g.kind).collect::<Vec<_>>();
        assert_eq!(kinds(&plan), [ChangeKind::Department]);
        plan.updated_at = "2026-11-21T09:00:00.000Z".into();
        assert_eq!(kinds(&plan), [ChangeKind::Plan, ChangeKind::Department]);
    }

    #[test]
    fn comments_objections_and_information_needs_are_briefed_too() {
        use crate::model::review::Comment;
        use crate::model::structure::InformationNeed;
        let when = at("2026-11-21T08:00:00.000Z");
        let mut plan = Plan::new("p".into(), "Growth".into(), when);
        plan.departments.push(Department::new("d1".into(), "Finance".into(), "blue", at("2026-10-01T09:00:00.000Z")));
        plan.departments.push(Department::new("d2".into(), "Marketing".into(), "orange", at("2026-10-01T09:00:00.000Z")));
        plan.information_needs.push(InformationNeed { updated_at: when, ..information_need("n", "d2", "d1", "pricing changes") });
        plan.comments.push(Comment {
            department_id: Some("d1".into()),
            by: "Sofia".into(),
            at: when,
            objection: true,
            updated_at: when,
            ..comment("c", "Too early")
        });
        let since = day("2026-11-20");
        let text = brief(&plan, since, &changes_since(&plan, since, Zone::UTC), Zone::UTC);
        assert!(text.contains("- Marketing needs pricing changes from Finance (2026-11-21)"), "{text}");
        assert!(text.contains("## Comments and objections (1)\n\n- Finance, objection: Too early"), "{text}");
    }
}
