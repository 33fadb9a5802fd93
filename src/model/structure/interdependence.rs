//! Who depends on whom between a plan's departments, derived from its
//! initiatives (dependencies, contributions, roles) and information needs,
//! and where departments overlap: claim the same work rather than share it.

use super::objective::{Initiative, Raci};
use crate::model::ids::DepartmentId;
use crate::model::plan::Plan;

/// Why one department depends on another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// An initiative it leads depends on an initiative the other leads.
    Dependency,
    /// The other contributes to an initiative it leads.
    Contribution,
    /// It needs information from the other.
    Information,
}

/// One reason `from` depends on `to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub kind: LinkKind,
    /// The department that depends (`None`: nobody leads the work).
    pub from: Option<DepartmentId>,
    /// The department depended on (`None`: nobody leads the work).
    pub to: Option<DepartmentId>,
    /// What the link is about, in words.
    pub what: String,
    /// Why nobody has agreed to own it yet (`None`: it has an owner).
    pub gap: Option<String>,
}

/// How departments overlap. Working together (one department Accountable,
/// others Responsible, Consulted, Informed or contributing) is not an
/// overlap: it is how RACI divides the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverlapKind {
    /// Several departments are Accountable for one initiative: each answers
    /// for the same work.
    SharedAccountability,
    /// One department leads an initiative another is Accountable for: two
    /// departments own it.
    SplitOwnership,
    /// Initiatives led by different departments have the same title: the
    /// same work may be planned twice.
    SameWork,
}

impl OverlapKind {
    /// A short name, as a label before the explanation.
    pub fn label(self) -> &'static str {
        match self {
            Self::SharedAccountability => "shared accountability",
            Self::SplitOwnership => "split ownership",
            Self::SameWork => "same work twice",
        }
    }
}

/// Departments that claim the same work, and why that is an overlap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlap {
    pub kind: OverlapKind,
    /// The departments concerned: in plan order, but for split ownership
    /// the lead first, then the Accountable department.
    pub departments: Vec<DepartmentId>,
    /// Titles of the initiatives concerned, in plan order.
    pub initiatives: Vec<String>,
    /// Why it is an overlap, naming the departments and initiatives.
    pub why: String,
}

/// Every link between departments, in plan order.
pub fn links(plan: &Plan) -> Vec<Link> {
    let mut links = Vec::new();
    for i in &plan.initiatives {
        for other in plan.initiatives.iter().filter(|o| i.depends_on.contains(&o.id)) {
            let gap = if i.lead_department.is_none() {
                Some(format!("“{}” has no lead department", i.title))
            } else if other.lead_department.is_none() {
                Some(format!("“{}” has no lead department", other.title))
            } else if !other.raci.values().any(|r| *r == Raci::Accountable) {
                Some(format!("“{}” has no Accountable department", other.title))
            } else {
                None
            };
            let (from, to) = (i.lead_department.clone(), other.lead_department.clone());
            if from.is_some() && from == to && gap.is_none() {
                continue; // within one department
            }
            links.push(Link { kind: LinkKind::Dependency, from, to, what: format!("“{}” depends on “{}”", i.title, other.title), gap });
        }
        let Some(lead) = &i.lead_department else { continue };
        for contributor in i.contributing_departments.iter().filter(|c| *c != lead) {
            links.push(Link {
                kind: LinkKind::Contribution,
                from: Some(lead.clone()),
                to: Some(contributor.clone()),
                what: format!("contributes to “{}”", i.title),
                gap: None,
            });
        }
    }
    for need in &plan.information_needs {
        let provider = plan.department(&need.to_department).map(|d| d.name.as_str()).unwrap_or("");
        links.push(Link {
            kind: LinkKind::Information,
            from: Some(need.from_department.clone()),
            to: Some(need.to_department.clone()),
            what: format!("needs {}", need.what),
            gap: (!need.agreed).then(|| format!("{provider} has not agreed to provide {}", need.what)),
        });
    }
    links
}

/// Where departments overlap, in plan order: for each initiative, several
/// departments Accountable for it, then a lead that is not its Accountable
/// department; after them, initiatives of different lead departments with
/// the same title (ignoring case, spacing and punctuation).
pub fn overlaps(plan: &Plan) -> Vec<Overlap> {
    let mut result = Vec::new();
    for i in &plan.initiatives {
        let accountable: Vec<DepartmentId> =
            plan.departments.iter().filter(|d| i.raci.get(&d.id) == Some(&Raci::Accountable)).map(|d| d.id.clone()).collect();
        if accountable.len() > 1 {
            let names = plan.department_names(&accountable);
            let both = if names.len() == 2 { "both" } else { "all" };
            result.push(Overlap {
                kind: OverlapKind::SharedAccountability,
                why: format!("{} are {both} Accountable for “{}”: only one department should answer for it.", joined(&names), i.title),
                departments: accountable.clone(),
                initiatives: vec![i.title.clone()],
            });
        }
        if let Some(lead) = i.lead_department.as_ref().filter(|lead| !accountable.contains(lead)) {
            for other in &accountable {
                result.push(Overlap {
                    kind: OverlapKind::SplitOwnership,
                    why: format!(
                        "{} leads “{}” but {} is Accountable for it: agree which of the two owns it.",
                        plan.department_name(lead),
                        i.title,
                        plan.department_name(other)
                    ),
                    departments: vec![lead.clone(), other.clone()],
                    initiatives: vec![i.title.clone()],
                });
            }
        }
    }
    result.extend(same_work(plan));
    result
}

/// Initiatives of different lead departments with the same title, grouped.
fn same_work(plan: &Plan) -> Vec<Overlap> {
    let mut groups: Vec<(String, Vec<&Initiative>)> = Vec::new();
    for i in plan.initiatives.iter().filter(|i| i.lead_department.is_some()) {
        let key = title_key(&i.title);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, group)) => group.push(i),
            None if !key.is_empty() => groups.push((key, vec![i])),
            None => {}
        }
    }
    groups
        .into_iter()
        .filter_map(|(_, group)| {
            let leads: Vec<DepartmentId> = plan
                .departments
                .iter()
                .filter(|d| group.iter().any(|i| i.lead_department.as_ref() == Some(&d.id)))
                .map(|d| d.id.clone())
                .collect();
            if leads.len() < 2 {
                return None; // one department's own initiatives: its business
            }
            let each = group
                .iter()
                .map(|i| format!("{}’s “{}”", i.lead_department.as_ref().map(|d| plan.department_name(d)).unwrap_or_default(), i.title))
                .collect::<Vec<_>>();
            Some(Overlap {
                kind: OverlapKind::SameWork,
                why: format!("{} have the same title: the same work may be planned twice.", joined(&each)),
                departments: leads,
                initiatives: group.iter().map(|i| i.title.clone()).collect(),
            })
        })
        .collect()
}

/// A title as compared for sameness: lower case, words of letters and digits.
fn title_key(title: &str) -> String {
    title.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// "A", "A and B", "A, B and C".
fn joined(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::Department;
    use crate::model::testing::{self, information_need, now};

    fn initiative(id: &str, lead: Option<&str>, depends_on: &[&str], raci: &[(&str, Raci)]) -> Initiative {
        Initiative {
            lead_department: lead.map(Into::into),
            depends_on: depends_on.iter().map(|d| (*d).into()).collect(),
            raci: raci.iter().map(|(d, r)| ((*d).into(), *r)).collect(),
            ..testing::initiative(id, "o", &id.to_uppercase())
        }
    }

    fn plan() -> Plan {
        let mut plan = Plan::new("p".into(), "P".into(), now());
        for d in ["fin", "it", "mkt"] {
            plan.departments.push(Department::new(d.into(), d.to_uppercase(), "blue", now()));
        }
        let mut inbox = initiative("inbox", Some("it"), &[], &[("it", Raci::Accountable), ("fin", Raci::Responsible)]);
        inbox.contributing_departments = vec!["mkt".into()];
        plan.initiatives = vec![
            inbox,
            initiative("report", Some("fin"), &["inbox", "pricing"], &[("fin", Raci::Accountable)]),
            initiative("pricing", Some("fin"), &[], &[]),
        ];
        plan.information_needs.push(information_need("n", "mkt", "fin", "pricing changes"));
        plan
    }

    #[test]
    fn derives_who_depends_on_whom() {
        let links = links(&plan());
        let summary: Vec<(LinkKind, Option<&str>, Option<&str>, bool)> =
            links.iter().map(|l| (l.kind, l.from.as_deref(), l.to.as_deref(), l.gap.is_some())).collect();
        assert_eq!(summary, vec![
            (LinkKind::Contribution, Some("it"), Some("mkt"), false),
            (LinkKind::Dependency, Some("fin"), Some("it"), false),
            // Within Finance, but "pricing" has no Accountable: shown as a gap.
            (LinkKind::Dependency, Some("fin"), Some("fin"), true),
            (LinkKind::Information, Some("mkt"), Some("fin"), true),
        ]);
        assert_eq!(links[1].what, "“REPORT” depends on “INBOX”");
        assert_eq!(links[2].gap.as_deref(), Some("“PRICING” has no Accountable department"));
        assert_eq!(links[3].gap.as_deref(), Some("FIN has not agreed to provide pricing changes"));
    }

    #[test]
    fn working_together_is_not_an_overlap() {
        // IT Accountable and leading, Finance Responsible, Marketing contributing;
        // Finance leads and answers for its own two.
        assert_eq!(overlaps(&plan()), vec![]);
    }

    #[test]
    fn several_accountable_departments_overlap() {
        let mut plan = plan();
        plan.initiatives[0].raci.insert("fin".into(), Raci::Accountable);
        let found = overlaps(&plan);
        assert_eq!(found, vec![Overlap {
            kind: OverlapKind::SharedAccountability,
            departments: vec!["fin".into(), "it".into()],
            initiatives: vec!["INBOX".into()],
            why: "FIN and IT are both Accountable for “INBOX”: only one department should answer for it.".into(),
        }]);
        plan.initiatives[0].raci.insert("mkt".into(), Raci::Accountable);
        assert!(overlaps(&plan)[0].why.starts_with("FIN, IT and MKT are all Accountable"));
    }

    #[test]
    fn a_lead_that_is_not_accountable_splits_ownership() {
        let mut plan = plan();
        plan.initiatives[0].lead_department = Some("mkt".into());
        let found = overlaps(&plan);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].kind, found[0].departments.clone()), (OverlapKind::SplitOwnership, vec!["mkt".into(), "it".into()]));
        assert_eq!(found[0].why, "MKT leads “INBOX” but IT is Accountable for it: agree which of the two owns it.");
        plan.initiatives[0].raci.clear();
        assert_eq!(overlaps(&plan), vec![], "nobody Accountable yet is a RACI problem, not an overlap");
    }

    #[test]
    fn initiatives_of_different_leads_with_the_same_title_overlap() {
        let mut plan = plan();
        let mut twin = initiative("twin", Some("mkt"), &[], &[("mkt", Raci::Accountable)]);
        twin.title = "  inbox! ".into();
        plan.initiatives.push(twin);
        let mut own = initiative("own", Some("fin"), &[], &[("fin", Raci::Accountable)]);
        own.title = "Pricing".into(); // Finance twice: its own business
        plan.initiatives.push(own);
        let found = overlaps(&plan);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, OverlapKind::SameWork);
        assert_eq!(found[0].departments, vec!["it".into(), "mkt".into()] as Vec<DepartmentId>);
        assert_eq!(found[0].initiatives, ["INBOX", "  inbox! "]);
        assert_eq!(found[0].why, "IT’s “INBOX” and MKT’s “  inbox! ” have the same title: the same work may be planned twice.");
    }

    #[test]
    fn the_example_plan_has_no_overlap() {
        let plan = crate::model::example::example_plan(&mut crate::model::ids::SequentialIds::default(), now());
        assert_eq!(overlaps(&plan), vec![]);
    }
}
