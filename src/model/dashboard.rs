//! The figures of a plan's dashboard, computed from the plan and today's day:
//! progress per objective and per department, overdue, blocked and at-risk
//! work, where approval stands, and the next deadlines.

use super::approval::RoundState;
use super::hash::plan_hash;
use super::structure::{Initiative, InitiativeStatus};
use super::plan::Plan;
use super::structure::rules::rolled_up_progress;
use super::time::Day;

/// One bar of a progress chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressBar {
    pub id: String,
    pub label: String,
    /// A palette colour name, for department bars.
    pub colour: Option<String>,
    /// Rolled up from `initiatives` (`None` when there are none).
    pub percent: Option<u8>,
    pub initiatives: usize,
}

/// Something late or stuck, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attention {
    /// "Initiative", "Follow-up action", "Sign-off".
    pub kind: &'static str,
    pub what: String,
    /// Why it needs attention: "due 2026-11-30", "Blocked", …
    pub detail: String,
    /// The day it was due, when late.
    pub due: Option<Day>,
}

/// Where the latest approval round stands against the plan as it is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApprovalStatus {
    NoRound,
    Approved,
    /// Department names still to approve the current version.
    Waiting(Vec<String>),
    Contested { changes_requested: usize, rejected: usize },
}

/// A coming deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub date: Day,
    pub what: String,
}

/// Everything the dashboard shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dashboard {
    pub objectives: Vec<ProgressBar>,
    pub departments: Vec<ProgressBar>,
    pub overdue: Vec<Attention>,
    /// Blocked and at-risk initiatives.
    pub stuck: Vec<Attention>,
    pub approval: ApprovalStatus,
    /// The latest round's due day.
    pub approval_due: Option<Day>,
    /// From today on, soonest first.
    pub deadlines: Vec<Deadline>,
    /// How many initiatives the plan has: progress is rolled up from them,
    /// so without any there is nothing to chart.
    pub initiatives: usize,
}

/// How many coming deadlines the dashboard lists: the next few, not the year.
pub const NEXT_DEADLINES: usize = 8;

impl Dashboard {
    /// The deadlines to list: the [`NEXT_DEADLINES`] soonest.
    pub fn next_deadlines(&self) -> &[Deadline] {
        &self.deadlines[..self.deadlines.len().min(NEXT_DEADLINES)]
    }
}

fn bar(id: &str, label: &str, colour: Option<&str>, work: &[&Initiative]) -> ProgressBar {
    ProgressBar {
        id: id.to_string(),
        label: label.to_string(),
        colour: colour.map(str::to_string),
        percent: (!work.is_empty()).then(|| rolled_up_progress(work.iter().copied())),
        initiatives: work.len(),
    }
}


/// The dashboard of `plan` on the user's `today`.
pub fn dashboard(plan: &Plan, today: Day) -> Dashboard {
    let of = |keep: &dyn Fn(&Initiative) -> bool| plan.initiatives.iter().filter(|i| keep(i)).collect::<Vec<_>>();
    let objectives = plan.objectives.iter().map(|o| bar(o.id.as_str(), &o.title, None, &of(&|i| i.objective_id == o.id))).collect();
    // A department's share: every initiative it leads or contributes to, each counting once.
    let departments = plan
        .departments
        .iter()
        .map(|d| {
            let work = of(&|i| i.lead_department.as_ref() == Some(&d.id) || i.contributing_departments.contains(&d.id));
            bar(d.id.as_str(), &d.name, Some(&d.colour), &work)
        })
        .collect();

    let mut overdue = Vec::new();
    let mut stuck = Vec::new();
    let mut deadlines = Vec::new();
    let mut deadline = |date: Day, what: String| {
        if date >= today {
            deadlines.push(Deadline { date, what });
        }
    };
    for i in plan.initiatives.iter().filter(|i| i.status != InitiativeStatus::Done) {
        if let Some(due) = i.due {
            if due < today {
                let detail = format!("due {due}, {} %", i.progress);
                overdue.push(Attention { kind: "Initiative", what: i.title.clone(), detail, due: Some(due) });
            }
            deadline(due, format!("Initiative due: {}", i.title));
        }
        if matches!(i.status, InitiativeStatus::Blocked | InitiativeStatus::AtRisk) {
            let lead = i.lead_department.as_ref().map(|d| format!(", led by {}", plan.department_name(d))).unwrap_or_default();
            stuck.push(Attention { kind: "Initiative", what: i.title.clone(), detail: format!("{}{lead}", i.status.label()), due: None });
        }
    }
    for d in plan.decisions.iter().filter(|d| d.superseded_by.is_none()) {
        for a in &d.actions {
            if a.is_overdue(today) {
                let due = a.due.map(Day::text).unwrap_or_default();
                let owner = a.owner_department.as_ref().map(|o| format!(", {}", plan.department_name(o))).unwrap_or_default();
                overdue.push(Attention { kind: "Follow-up action", what: a.text.clone(), detail: format!("due {due}{owner}"), due: a.due });
            } else if let (Some(due), true) = (a.due, a.status == super::tracking::ActionStatus::Open) {
                deadline(due, format!("Action due: {}", a.text));
            }
        }
    }

    let (mut approval, mut approval_due) = (ApprovalStatus::NoRound, None);
    if let Some(round) = plan.approval_rounds.last() {
        let hash = plan_hash(plan);
        approval = match round.state(&hash) {
            RoundState::Approved => ApprovalStatus::Approved,
            RoundState::Waiting { departments } => {
                ApprovalStatus::Waiting(departments.iter().map(|d| plan.department_name(d)).collect())
            }
            RoundState::Contested { changes_requested, rejected } => ApprovalStatus::Contested { changes_requested, rejected },
        };
        approval_due = round.due;
        let due = round.due.map(Day::text).unwrap_or_default();
        for p in round.positions(&hash, Some(today)).into_iter().filter(|p| p.overdue) {
            let name = plan.department_name(&p.department_id);
            let what = if p.stale { format!("{name} approved an older version") } else { format!("{name} has not approved") };
            overdue.push(Attention { kind: "Sign-off", what, detail: format!("due {due}"), due: round.due });
        }
        if let (false, Some(due)) = (approval == ApprovalStatus::Approved, round.due) {
            deadline(due, "Sign-offs due".into());
        }
    }
    if let Some(end) = plan.horizon.end {
        deadline(end, "The plan's horizon ends".into());
    }
    overdue.sort_by_key(|a| a.due);
    deadlines.sort_by_key(|d| d.date);
    Dashboard { objectives, departments, overdue, stuck, approval, approval_due, deadlines, initiatives: plan.initiatives.len() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::approval::SignOffState;
    use crate::model::testing::{self, approval_round, at, day, decision, follow_up, now, objective, sign_off};
    use crate::model::tracking::{ActionStatus, FollowUp};
    use crate::model::Department;

    fn initiative(id: &str, objective: &str, lead: &str, helpers: &[&str], progress: u8, status: InitiativeStatus, due: &str) -> Initiative {
        Initiative {
            lead_department: Some(lead.into()),
            contributing_departments: helpers.iter().map(|h| (*h).into()).collect(),
            due: Some(due.into()),
            status,
            progress,
            ..testing::initiative(id, objective, id)
        }
    }

    fn plan() -> Plan {
        let mut p = Plan::new("p".into(), "Plan".into(), at("2026-11-01T00:00:00.000Z"));
        p.horizon.end = Some("2027-12-31".into());
        for (id, name) in [("fin", "Finance"), ("it", "IT"), ("hr", "HR")] {
            p.departments.push(Department::new(id.into(), name.into(), "blue", now()));
        }
        p.objectives = vec![objective("o1", "Faster replies"), objective("o2", "Lower costs")];
        p.initiatives.push(initiative("inbox", "o1", "it", &["fin"], 80, InitiativeStatus::OnTrack, "2026-12-15"));
        p.initiatives.push(initiative("report", "o1", "fin", &[], 20, InitiativeStatus::Blocked, "2026-11-10"));
        p.initiatives.push(initiative("done", "o1", "it", &[], 100, InitiativeStatus::Done, "2026-11-01"));
        p
    }

    #[test]
    fn progress_rolls_up_per_objective_and_per_department() {
        let d = dashboard(&plan(), day("2026-11-22"));
        assert_eq!(d.objectives[0].percent, Some(67)); // (80 + 20 + 100) / 3
        assert_eq!(d.objectives[1].percent, None);
        // Finance leads "report" (20) and contributes to "inbox" (80); IT leads inbox (80) and done (100).
        assert_eq!(d.departments.iter().map(|b| (b.label.as_str(), b.percent)).collect::<Vec<_>>(),
                   [("Finance", Some(50)), ("IT", Some(90)), ("HR", None)]);
        assert_eq!(d.departments[0].initiatives, 2);
    }

    #[test]
    fn lists_overdue_stuck_work_and_next_deadlines() {
        let mut p = plan();
        let action = |id: &str, due: &str, status| FollowUp {
            owner_department: Some("hr".into()),
            due: Some(due.into()),
            status,
            ..follow_up(id, id)
        };
        let mut recorded = decision("d", "2026-11-01", "D");
        recorded.actions = vec![action("late", "2026-11-15", ActionStatus::Open), action("finished", "2026-11-15", ActionStatus::Done),
                                action("soon", "2026-11-30", ActionStatus::Open)];
        p.decisions.push(recorded);
        let d = dashboard(&p, day("2026-11-22"));
        let overdue: Vec<_> = d.overdue.iter().map(|a| (a.kind, a.what.as_str())).collect();
        assert_eq!(overdue, [("Initiative", "report"), ("Follow-up action", "late")]);
        assert_eq!(d.overdue[1].detail, "due 2026-11-15, HR");
        assert_eq!(d.stuck.len(), 1);
        assert_eq!(d.stuck[0].detail, "Blocked, led by Finance");
        let next: Vec<_> = d.deadlines.iter().map(|x| x.date.text()).collect();
        assert_eq!(next, ["2026-11-30", "2026-12-15", "2027-12-31"]);
        assert_eq!(d.approval, ApprovalStatus::NoRound);
    }

    #[test]
    fn lists_only_the_next_few_deadlines_and_counts_the_initiatives() {
        let mut p = plan();
        for n in 1..=9 {
            p.initiatives.push(initiative(&format!("later-{n}"), "o2", "hr", &[], 0, InitiativeStatus::OnTrack, &format!("2027-0{n}-01")));
        }
        let d = dashboard(&p, day("2026-11-22"));
        assert_eq!(d.initiatives, 12);
        assert_eq!(d.deadlines.len(), 11); // inbox, nine later ones and the horizon's end
        let next: Vec<_> = d.next_deadlines().iter().map(|x| x.what.as_str()).collect();
        assert_eq!(next.len(), NEXT_DEADLINES);
        assert_eq!((next[0], next[7]), ("Initiative due: inbox", "Initiative due: later-7"));
        assert_eq!(dashboard(&Plan::new("e".into(), "Empty".into(), now()), day("2026-11-22")).initiatives, 0);
    }

    #[test]
    fn approval_status_names_who_is_missing_and_late_sign_offs() {
        let mut p = plan();
        let hash = plan_hash(&p);
        let mut round = approval_round("r", &hash, &["fin", "it"]);
        round.due = Some(day("2026-11-20"));
        round.sign_offs.push(sign_off("s", "fin", SignOffState::Approved, &hash));
        p.approval_rounds.push(round);
        let d = dashboard(&p, day("2026-11-22"));
        assert_eq!(d.approval, ApprovalStatus::Waiting(vec!["IT".into()]));
        assert!(d.overdue.iter().any(|a| a.kind == "Sign-off" && a.what == "IT has not approved"));
        assert!(!d.deadlines.iter().any(|x| x.what == "Sign-offs due")); // already past
    }
}
