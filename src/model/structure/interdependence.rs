//! Who depends on whom between a plan's departments, derived from its
//! initiatives (dependencies, contributions, roles) and information needs.

use std::collections::BTreeSet;

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

/// Two departments both Responsible, Accountable, leading or contributing in the same initiatives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlap {
    pub a: DepartmentId,
    pub b: DepartmentId,
    /// Titles of the shared initiatives.
    pub initiatives: Vec<String>,
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

/// The departments that do the work of an initiative (R, A, lead, contributing).
fn involved(i: &Initiative) -> BTreeSet<&DepartmentId> {
    let mut set: BTreeSet<&DepartmentId> =
        i.raci.iter().filter(|(_, r)| matches!(r, Raci::Responsible | Raci::Accountable)).map(|(d, _)| d).collect();
    set.extend(i.lead_department.as_ref());
    set.extend(i.contributing_departments.iter());
    set
}

/// Pairs of departments (in plan order) that share initiatives.
pub fn overlaps(plan: &Plan) -> Vec<Overlap> {
    let mut result = Vec::new();
    for (n, a) in plan.departments.iter().enumerate() {
        for b in &plan.departments[n + 1..] {
            let initiatives: Vec<String> = plan
                .initiatives
                .iter()
                .filter(|i| {
                    let set = involved(i);
                    set.contains(&a.id) && set.contains(&b.id)
                })
                .map(|i| i.title.clone())
                .collect();
            if !initiatives.is_empty() {
                result.push(Overlap { a: a.id.clone(), b: b.id.clone(), initiatives });
            }
        }
    }
    result
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
    fn finds_departments_working_on_the_same_initiatives() {
        let overlaps = overlaps(&plan());
        let pairs: Vec<(&str, &str, Vec<&str>)> =
            overlaps.iter().map(|o| (o.a.as_str(), o.b.as_str(), o.initiatives.iter().map(String::as_str).collect())).collect();
        assert_eq!(pairs, vec![("fin", "it", vec!["INBOX"]), ("fin", "mkt", vec!["INBOX"]), ("it", "mkt", vec!["INBOX"])]);
    }
}
