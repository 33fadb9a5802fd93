//! The register's table: which stakeholders a filter leaves (quadrant,
//! attitude, department or outside, tag, and words found in the name, role,
//! organisation, contact, notes or tags, ignoring case and accents), in the
//! order a column sorts them.

use std::cmp::Ordering;

use super::grid::Quadrant;
use super::{Attitude, Stakeholder, StakeholderMap};
use crate::model::ids::DepartmentId;
use crate::model::text::fold_for_search;

/// A department of the plan, or every outside party.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DepartmentFilter {
    Department(DepartmentId),
    Outside,
}

/// What the register shows; every part left empty lets everything through.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RegisterFilter {
    pub words: String,
    pub quadrant: Option<Quadrant>,
    pub attitude: Option<Attitude>,
    pub department: Option<DepartmentFilter>,
    /// A tag, ignoring case and accents.
    pub tag: Option<String>,
}

/// The column the register is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// The map's own order (as added).
    #[default]
    Added,
    Name,
    /// Highest first, then by interest.
    Power,
    /// Highest first, then by power.
    Interest,
    /// Champions first.
    Attitude,
    /// Key players first.
    Quadrant,
    /// Last moved on the grid, most recent first.
    LastMoved,
}

impl RegisterFilter {
    pub fn is_empty(&self) -> bool {
        *self == RegisterFilter::default()
    }

    /// Whether `s` passes; `words` must be folded with [`fold_for_search`]
    /// (done once per filtering, not per stakeholder).
    fn passes(&self, s: &Stakeholder, words: &[String]) -> bool {
        let department = match &self.department {
            None => true,
            Some(DepartmentFilter::Department(id)) => s.department_id.as_ref() == Some(id),
            Some(DepartmentFilter::Outside) => s.is_outside(),
        };
        let tag = self.tag.as_ref().is_none_or(|tag| {
            let tag = fold_for_search(tag.trim());
            s.tags.iter().any(|t| fold_for_search(t) == tag)
        });
        department
            && tag
            && self.quadrant.is_none_or(|q| s.quadrant() == q)
            && self.attitude.is_none_or(|a| s.attitude == a)
            && (words.is_empty() || {
                let text = fold_for_search(&[&s.name, &s.role, &s.organisation, &s.contact, &s.notes, &s.tags.join(" ")].map(|t| t.as_str()).join(" "));
                words.iter().all(|w| text.contains(w.as_str()))
            })
    }
}

/// The stakeholders the filter leaves, sorted; ties keep map order.
pub fn register<'a>(map: &'a StakeholderMap, filter: &RegisterFilter, sort: SortBy) -> Vec<&'a Stakeholder> {
    let words: Vec<String> = fold_for_search(&filter.words).split_whitespace().map(str::to_string).collect();
    let mut rows: Vec<&Stakeholder> = map.stakeholders.iter().filter(|s| filter.passes(s, &words)).collect();
    if sort != SortBy::Added {
        rows.sort_by(|a, b| compare(a, b, sort));
    }
    rows
}

fn compare(a: &Stakeholder, b: &Stakeholder, sort: SortBy) -> Ordering {
    match sort {
        SortBy::Added => Ordering::Equal,
        SortBy::Name => fold_for_search(&a.name).cmp(&fold_for_search(&b.name)),
        SortBy::Power => (b.power, b.interest).cmp(&(a.power, a.interest)),
        SortBy::Interest => (b.interest, b.power).cmp(&(a.interest, a.power)),
        SortBy::Attitude => a.attitude.cmp(&b.attitude),
        SortBy::Quadrant => a.quadrant().cmp(&b.quadrant()),
        SortBy::LastMoved => b.placements.last().map(|p| p.at).cmp(&a.placements.last().map(|p| p.at)),
    }
}

/// Every tag used on the map, once each (first spelling), in first-use order.
pub fn tags_in_use(map: &StakeholderMap) -> Vec<&str> {
    let mut seen = Vec::new();
    let mut tags = Vec::new();
    for tag in map.stakeholders.iter().flat_map(|s| &s.tags) {
        let folded = fold_for_search(tag);
        if !seen.contains(&folded) {
            seen.push(folded);
            tags.push(tag.as_str());
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{map, stakeholder};

    fn ids<'a>(rows: &[&'a Stakeholder]) -> Vec<&'a str> {
        rows.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn filters_by_quadrant_attitude_department_tag_and_words() {
        let mut m = map(None);
        let mut cfo = stakeholder("cfo", "Åsa Lindqvist", 5, 5);
        (cfo.role, cfo.department_id, cfo.tags) = ("CFO".into(), Some("d-fin".into()), vec!["Budget".into()]);
        let mut union = stakeholder("union", "Works council", 4, 2);
        (union.attitude, union.organisation, union.tags) = (Attitude::Critic, "Union".into(), vec!["budget".into(), "staff".into()]);
        let press = stakeholder("press", "Local press", 1, 4);
        m.stakeholders = vec![cfo, union, press];
        let all = RegisterFilter::default();
        assert!(all.is_empty());
        assert_eq!(ids(&register(&m, &all, SortBy::Added)), ["cfo", "union", "press"]);
        let by = |f: RegisterFilter| ids(&register(&m, &f, SortBy::Added));
        assert_eq!(by(RegisterFilter { words: "asa cfo".into(), ..all.clone() }), ["cfo"], "accents and case ignored, every word");
        assert_eq!(by(RegisterFilter { quadrant: Some(Quadrant::KeepSatisfied), ..all.clone() }), ["union"]);
        assert_eq!(by(RegisterFilter { attitude: Some(Attitude::Neutral), ..all.clone() }), ["cfo", "press"]);
        assert_eq!(by(RegisterFilter { department: Some(DepartmentFilter::Outside), ..all.clone() }), ["union", "press"]);
        assert_eq!(by(RegisterFilter { department: Some(DepartmentFilter::Department("d-fin".into())), ..all.clone() }), ["cfo"]);
        assert_eq!(by(RegisterFilter { tag: Some("BUDGET".into()), ..all.clone() }), ["cfo", "union"]);
        assert_eq!(tags_in_use(&m), ["Budget", "staff"]);
    }

    #[test]
    fn sorts_by_a_column_keeping_map_order_for_ties() {
        let mut m = map(None);
        m.stakeholders = vec![stakeholder("b", "Bo", 2, 5), stakeholder("a", "anna", 5, 1), stakeholder("c", "Cem", 5, 4)];
        m.stakeholders[0].attitude = Attitude::Champion;
        let sorted = |sort| ids(&register(&m, &RegisterFilter::default(), sort));
        assert_eq!(sorted(SortBy::Name), ["a", "b", "c"]);
        assert_eq!(sorted(SortBy::Power), ["c", "a", "b"]);
        assert_eq!(sorted(SortBy::Interest), ["b", "c", "a"]);
        assert_eq!(sorted(SortBy::Attitude), ["b", "a", "c"]);
        assert_eq!(sorted(SortBy::Quadrant), ["c", "a", "b"]);
    }
}
