//! What differs between two versions of one document, in words a user reads
//! ("vision", "1 decision", "2 notes"), so an import that would replace a
//! document says what would be lost. Every part of a plan, a board and a
//! stakeholder map is named; the fields are taken apart without `..`, so a
//! part added to a document later cannot be forgotten here.

use std::collections::BTreeMap;

use crate::model::board::Voting;
use crate::model::{Board, BoardTemplate, Document, Plan, StakeholderMap};

/// What differs between two versions of the same document, most telling
/// first. Never empty when they differ: when only the times differ it says
/// so, and a difference no part names is "other content".
pub fn differences(mine: &Document, theirs: &Document) -> Vec<String> {
    let mut parts = Parts::default();
    match (mine, theirs) {
        (Document::Plan(a), Document::Plan(b)) => plan_differences(a, b, &mut parts),
        (Document::Board(a), Document::Board(b)) => board_differences(a, b, &mut parts),
        (Document::StakeholderMap(a), Document::StakeholderMap(b)) => map_differences(a, b, &mut parts),
        (Document::BoardTemplate(a), Document::BoardTemplate(b)) => template_differences(a, b, &mut parts),
        // Two kinds never share a reference; if they did, all of it differs.
        _ => parts.part("content", true),
    }
    parts.finish(mine != theirs)
}

/// Every field of a plan.
fn plan_differences(a: &Plan, b: &Plan, parts: &mut Parts) {
    let Plan {
        id: _, title, vision, horizon, status, status_set_by_hand, departments, objectives, initiatives, department_objectives,
        information_needs, approval_rounds, comments, decisions, updates, lessons, created_at, updated_at, extra,
    } = a;
    parts.part("title", *title != b.title);
    parts.part("vision", *vision != b.vision);
    parts.part("horizon", *horizon != b.horizon);
    parts.part("status", *status != b.status || *status_set_by_hand != b.status_set_by_hand);
    parts.items(("department", "departments"), departments, &b.departments, |d| d.id.as_str());
    parts.items(("objective", "objectives"), objectives, &b.objectives, |o| o.id.as_str());
    parts.items(("initiative", "initiatives"), initiatives, &b.initiatives, |i| i.id.as_str());
    parts.items(("department objective", "department objectives"), department_objectives, &b.department_objectives, |o| o.id.as_str());
    parts.items(("information need", "information needs"), information_needs, &b.information_needs, |n| n.id.as_str());
    parts.items(("approval round", "approval rounds"), approval_rounds, &b.approval_rounds, |r| r.id.as_str());
    parts.items(("comment", "comments"), comments, &b.comments, |c| c.id.as_str());
    parts.items(("decision", "decisions"), decisions, &b.decisions, |d| d.id.as_str());
    parts.items(("update", "updates"), updates, &b.updates, |u| u.id.as_str());
    parts.items(("lesson learned", "lessons learned"), lessons, &b.lessons, |l| l.id.as_str());
    parts.part("other content", *extra != b.extra);
    parts.times(*created_at != b.created_at, *updated_at != b.updated_at);
}

/// Every field of a workshop board.
fn board_differences(a: &Board, b: &Board, parts: &mut Parts) {
    let Board {
        id: _, title, plan_id, columns, texts_hidden, areas, clusters, notes, voting, timer, note_department, departments, created_at, updated_at, extra,
    } = a;
    parts.part("title", *title != b.title);
    parts.part("which plan it belongs to", *plan_id != b.plan_id);
    parts.part("number of columns", *columns != b.columns);
    parts.part("whether note texts are hidden", *texts_hidden != b.texts_hidden);
    parts.items(("area", "areas"), areas, &b.areas, |x| x.id.as_str());
    parts.items(("group", "groups"), clusters, &b.clusters, |x| x.id.as_str());
    parts.items(("note", "notes"), notes, &b.notes, |x| x.id.as_str());
    match (voting, &b.voting) {
        (Some(mine), Some(theirs)) => voting_differences(mine, theirs, parts),
        (mine, theirs) => parts.part("voting", mine != theirs),
    }
    parts.part("timer", *timer != b.timer);
    parts.part("the department for new notes", *note_department != b.note_department);
    parts.part("the departments' names and colours it keeps", *departments != b.departments);
    parts.part("other content", *extra != b.extra);
    parts.times(*created_at != b.created_at, *updated_at != b.updated_at);
}

/// Every field of a voting round both versions have.
fn voting_differences(a: &Voting, b: &Voting, parts: &mut Parts) {
    let Voting { participants, votes_per_person, allow_multiple_per_note, votes, results_revealed, started_at, extra } = a;
    parts.items(("voter", "voters"), participants, &b.participants, |p| p.id.as_str());
    // Votes have no id: the same dot on the same note is the same vote.
    let changed = unmatched(votes, &b.votes);
    parts.counted(("vote", "votes"), changed, *votes != b.votes);
    parts.part("voting rules", *votes_per_person != b.votes_per_person || *allow_multiple_per_note != b.allow_multiple_per_note);
    parts.part("whether the results are revealed", *results_revealed != b.results_revealed);
    parts.part("when voting started", *started_at != b.started_at);
    parts.part("other voting content", *extra != b.extra);
}

/// Every field of a stakeholder map.
fn map_differences(a: &StakeholderMap, b: &StakeholderMap, parts: &mut Parts) {
    let StakeholderMap { id: _, title, plan_id, stakeholders, assessments, created_at, updated_at, extra } = a;
    parts.part("title", *title != b.title);
    parts.part("which plan it belongs to", *plan_id != b.plan_id);
    parts.counted(("stakeholder", "stakeholders"), unmatched(stakeholders, &b.stakeholders), *stakeholders != b.stakeholders);
    parts.counted(("assessment", "assessments"), unmatched(assessments, &b.assessments), *assessments != b.assessments);
    parts.part("other content", *extra != b.extra);
    parts.times(*created_at != b.created_at, *updated_at != b.updated_at);
}

/// Every field of a saved board template.
fn template_differences(a: &BoardTemplate, b: &BoardTemplate, parts: &mut Parts) {
    let BoardTemplate { id: _, title, columns, areas, created_at, updated_at, extra } = a;
    parts.part("name", *title != b.title);
    parts.part("number of columns", *columns != b.columns);
    parts.part("areas", *areas != b.areas);
    parts.part("other content", *extra != b.extra);
    parts.times(*created_at != b.created_at, *updated_at != b.updated_at);
}

/// The differences found so far, in words.
#[derive(Default)]
struct Parts {
    named: Vec<String>,
    created: bool,
    saved: bool,
}

impl Parts {
    fn part(&mut self, name: &str, differs: bool) {
        if differs {
            self.named.push(name.to_string());
        }
    }

    /// A list of entities with ids: how many were added, changed or removed.
    fn items<T: PartialEq>(&mut self, names: (&str, &str), mine: &[T], theirs: &[T], id: impl Fn(&T) -> &str) {
        if mine != theirs {
            self.counted(names, changed_items(mine, theirs, id), true);
        }
    }

    /// "1 decision", "3 notes"; a list that differs with nothing counted
    /// (the same items in another order) is named without a number.
    fn counted(&mut self, (one, many): (&str, &str), count: usize, differs: bool) {
        match count {
            0 if differs => self.named.push(format!("the order of {many}")),
            0 => {}
            1 => self.named.push(format!("1 {one}")),
            n => self.named.push(format!("{n} {many}")),
        }
    }

    fn times(&mut self, created: bool, saved: bool) {
        (self.created, self.saved) = (created, saved);
    }

    /// The words to show. The times are named only when nothing else
    /// differs: every other change moves them too.
    fn finish(self, differs: bool) -> Vec<String> {
        if !self.named.is_empty() || !differs {
            return self.named;
        }
        let only = match (self.created, self.saved) {
            (true, true) => "only when it was created and last saved",
            (true, false) => "only when it was created",
            (false, true) => "only when it was last saved",
            (false, false) => "other content",
        };
        vec![only.to_string()]
    }
}

/// How many entities are in one list and not the other, or in both with
/// other content. Matched by id through a map, so a board of thousands of
/// notes is compared in one pass.
fn changed_items<T: PartialEq>(mine: &[T], theirs: &[T], id: impl Fn(&T) -> &str) -> usize {
    let (mine_ids, theirs_ids): (Vec<&str>, Vec<&str>) = (mine.iter().map(&id).collect(), theirs.iter().map(&id).collect());
    count_changed(&mine_ids, &theirs_ids, &|i, j| mine[i] == theirs[j])
}

/// [`changed_items`] over the ids alone: `same(i, j)` says whether `mine[i]`
/// and `theirs[j]` are equal. One routine for every kind of entity, so the
/// maps' code is in the download once, not once per entity type.
fn count_changed(mine: &[&str], theirs: &[&str], same: &dyn Fn(usize, usize) -> bool) -> usize {
    let (mine_at, theirs_at) = (places(mine), places(theirs));
    let added_or_changed = theirs_at.iter().filter(|(id, j)| mine_at.get(*id).is_none_or(|i| !same(*i, **j))).count();
    let removed = mine_at.keys().filter(|id| !theirs_at.contains_key(*id)).count();
    added_or_changed + removed
}

/// Where each id is in its list (the last place, if it is there twice).
fn places<'a>(ids: &[&'a str]) -> BTreeMap<&'a str, usize> {
    let mut at = BTreeMap::new();
    for (i, id) in ids.iter().enumerate() {
        at.insert(*id, i);
    }
    at
}

/// How many items of either list find no equal partner in the other.
fn unmatched<T: PartialEq>(mine: &[T], theirs: &[T]) -> usize {
    let mut left: Vec<&T> = mine.iter().collect();
    let mut extra = 0;
    for item in theirs {
        match left.iter().position(|x| *x == item) {
            Some(at) => {
                left.swap_remove(at);
            }
            None => extra += 1,
        }
    }
    extra + left.len()
}
