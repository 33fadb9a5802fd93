//! Rules over a plan's structure: RACI, dependency cycles, progress roll-up.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::objective::{Initiative, Raci};

/// A broken RACI rule of one initiative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RaciProblem {
    NoAccountable,
    SeveralAccountable(usize),
    NoResponsible,
}

impl fmt::Display for RaciProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoAccountable => f.write_str("No department is Accountable: exactly one must be."),
            Self::SeveralAccountable(n) => write!(f, "{n} departments are Accountable: exactly one must be."),
            Self::NoResponsible => f.write_str("No department is Responsible: at least one must be."),
        }
    }
}

/// What is wrong with an initiative's RACI roles (nothing, when empty).
pub fn raci_problems(initiative: &Initiative) -> Vec<RaciProblem> {
    let count = |role| initiative.raci.values().filter(|r| **r == role).count();
    let mut problems = Vec::new();
    match count(Raci::Accountable) {
        0 => problems.push(RaciProblem::NoAccountable),
        1 => {}
        n => problems.push(RaciProblem::SeveralAccountable(n)),
    }
    if count(Raci::Responsible) == 0 {
        problems.push(RaciProblem::NoResponsible);
    }
    problems
}

/// The cycle that `from` depending on `to` would close, as initiative ids
/// from `from` back to `from` (`None` when the dependency is safe).
pub fn dependency_cycle(initiatives: &[Initiative], from: &str, to: &str) -> Option<Vec<String>> {
    let edges: BTreeMap<&str, &[String]> = initiatives.iter().map(|i| (i.id.as_str(), i.depends_on.as_slice())).collect();
    // A path from `to` to `from` along existing dependencies closes the cycle.
    let mut path = vec![to.to_string()];
    let mut seen = BTreeSet::new();
    fn walk<'a>(edges: &BTreeMap<&'a str, &'a [String]>, target: &str, path: &mut Vec<String>, seen: &mut BTreeSet<String>) -> bool {
        let here = path.last().cloned().unwrap_or_default();
        if here == target {
            return true;
        }
        if !seen.insert(here.clone()) {
            return false;
        }
        for next in edges.get(here.as_str()).copied().unwrap_or(&[]) {
            path.push(next.clone());
            if walk(edges, target, path, seen) {
                return true;
            }
            path.pop();
        }
        false
    }
    if walk(&edges, from, &mut path, &mut seen) {
        let mut cycle = vec![from.to_string()];
        cycle.extend(path);
        Some(cycle)
    } else {
        None
    }
}

/// Average progress of initiatives, each counting once (0 when there are none).
pub fn rolled_up_progress<'a>(initiatives: impl IntoIterator<Item = &'a Initiative>) -> u8 {
    let (sum, count) = initiatives.into_iter().fold((0u32, 0u32), |(s, c), i| (s + u32::from(i.progress.min(100)), c + 1));
    (sum + count / 2).checked_div(count).unwrap_or(0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn initiative(id: &str, depends_on: &[&str]) -> Initiative {
        Initiative {
            id: id.into(),
            objective_id: "o".into(),
            title: id.into(),
            description: String::new(),
            lead_department: None,
            contributing_departments: vec![],
            start: None,
            due: None,
            status: Default::default(),
            progress: 0,
            depends_on: depends_on.iter().map(|d| d.to_string()).collect(),
            raci: BTreeMap::new(),
            origin: None, updated_at: crate::model::time::Timestamp::EPOCH,
            extra: Default::default(),
        }
    }

    #[test]
    fn raci_needs_one_accountable_and_a_responsible() {
        let mut i = initiative("i", &[]);
        assert_eq!(raci_problems(&i), vec![RaciProblem::NoAccountable, RaciProblem::NoResponsible]);
        i.raci.insert("fin".into(), Raci::Accountable);
        i.raci.insert("it".into(), Raci::Responsible);
        assert!(raci_problems(&i).is_empty());
        i.raci.insert("hr".into(), Raci::Accountable);
        assert_eq!(raci_problems(&i), vec![RaciProblem::SeveralAccountable(2)]);
    }

    #[test]
    fn finds_the_cycle_a_dependency_would_close() {
        let all = [initiative("a", &["b"]), initiative("b", &["c"]), initiative("c", &[])];
        assert_eq!(dependency_cycle(&all, "c", "a"), Some(vec!["c".into(), "a".into(), "b".into(), "c".into()]));
        assert_eq!(dependency_cycle(&all, "a", "c"), None);
        assert_eq!(dependency_cycle(&all, "a", "a"), Some(vec!["a".into(), "a".into()]));
    }

    #[test]
    fn progress_rolls_up_as_an_average() {
        let mut a = initiative("a", &[]);
        let mut b = initiative("b", &[]);
        a.progress = 100;
        b.progress = 25;
        assert_eq!(rolled_up_progress([&a, &b]), 63);
        assert_eq!(rolled_up_progress([]), 0);
    }
}
