//! The workspace: every document the user has, and the queries the library needs.

use super::document::{Board, BoardTemplate, DocRef, Document, DocumentKind, StakeholderMap};
use super::plan::Plan;
use super::text::fold_case;
use super::ids::{BoardId, MapId, PlanId, TemplateId};
use super::time::Timestamp;

/// All of a user's documents.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Workspace {
    pub plans: Vec<Plan>,
    pub boards: Vec<Board>,
    pub stakeholder_maps: Vec<StakeholderMap>,
    /// Board templates the user saved, offered beside the built-in ones.
    pub board_templates: Vec<BoardTemplate>,
}

/// One line of the library.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentSummary {
    pub doc: DocRef,
    pub title: String,
    pub updated_at: Timestamp,
    /// Title of the plan a board or map belongs to.
    pub plan_title: Option<String>,
}

/// Applies `$body` to the matching vector of `$ws` with the document found by id.
macro_rules! by_kind {
    ($ws:expr, $kind:expr, $list:ident => $body:expr) => {
        match $kind {
            DocumentKind::Plan => { let $list = &$ws.plans; $body }
            DocumentKind::Board => { let $list = &$ws.boards; $body }
            DocumentKind::StakeholderMap => { let $list = &$ws.stakeholder_maps; $body }
            DocumentKind::BoardTemplate => { let $list = &$ws.board_templates; $body }
        }
    };
}

impl Workspace {
    /// How many documents there are.
    pub fn len(&self) -> usize {
        self.plans.len() + self.boards.len() + self.stakeholder_maps.len() + self.board_templates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the library has nothing to list: saved board templates are
    /// not listed (they are offered where boards start).
    pub fn lists_nothing(&self) -> bool {
        self.plans.is_empty() && self.boards.is_empty() && self.stakeholder_maps.is_empty()
    }

    /// Whether a document with this kind and id exists.
    pub fn contains(&self, doc: &DocRef) -> bool {
        by_kind!(self, doc.kind, list => list.iter().any(|d| d.id.as_str() == doc.id))
    }

    /// A copy of one document.
    pub fn get(&self, doc: &DocRef) -> Option<Document> {
        match doc.kind {
            DocumentKind::Plan => self.plans.iter().find(|p| p.id.as_str() == doc.id).cloned().map(Document::Plan),
            DocumentKind::Board => self.boards.iter().find(|b| b.id.as_str() == doc.id).cloned().map(Document::Board),
            DocumentKind::StakeholderMap => {
                self.stakeholder_maps.iter().find(|m| m.id.as_str() == doc.id).cloned().map(Document::StakeholderMap)
            }
            DocumentKind::BoardTemplate => {
                self.board_templates.iter().find(|t| t.id.as_str() == doc.id).cloned().map(Document::BoardTemplate)
            }
        }
    }

    /// When one document last changed.
    pub fn updated_at(&self, doc: &DocRef) -> Option<Timestamp> {
        by_kind!(self, doc.kind, list => list.iter().find(|d| d.id.as_str() == doc.id).map(|d| d.updated_at))
    }

    /// The title of one document.
    pub fn title(&self, doc: &DocRef) -> Option<String> {
        by_kind!(self, doc.kind, list => list.iter().find(|d| d.id.as_str() == doc.id).map(|d| d.title.clone()))
    }

    /// The plan a board or map belongs to, if it names one that is here.
    pub fn plan_of(&self, doc: &DocRef) -> Option<&Plan> {
        let plan_id = match doc.kind {
            DocumentKind::Plan | DocumentKind::BoardTemplate => None,
            DocumentKind::Board => self.boards.iter().find(|b| b.id.as_str() == doc.id)?.plan_id.as_ref(),
            DocumentKind::StakeholderMap => self.stakeholder_maps.iter().find(|m| m.id.as_str() == doc.id)?.plan_id.as_ref(),
        };
        self.plan(plan_id?)
    }

    pub fn plan(&self, id: &PlanId) -> Option<&Plan> {
        self.plans.iter().find(|p| p.id == *id)
    }

    pub fn plan_mut(&mut self, id: &PlanId) -> Option<&mut Plan> {
        self.plans.iter_mut().find(|p| p.id == *id)
    }

    pub fn board(&self, id: &BoardId) -> Option<&Board> {
        self.boards.iter().find(|b| b.id == *id)
    }

    pub fn board_mut(&mut self, id: &BoardId) -> Option<&mut Board> {
        self.boards.iter_mut().find(|b| b.id == *id)
    }

    pub fn map(&self, id: &MapId) -> Option<&StakeholderMap> {
        self.stakeholder_maps.iter().find(|m| m.id == *id)
    }

    pub fn board_template(&self, id: &TemplateId) -> Option<&BoardTemplate> {
        self.board_templates.iter().find(|t| t.id == *id)
    }

    /// Adds a document, or replaces the one with the same kind and id in place.
    pub fn put(&mut self, doc: Document) {
        fn upsert<T>(list: &mut Vec<T>, item: T, same: impl Fn(&T) -> bool) {
            match list.iter().position(same) {
                Some(at) => list[at] = item,
                None => list.push(item),
            }
        }
        match doc {
            Document::Plan(p) => { let id = p.id.clone(); upsert(&mut self.plans, p, |x| x.id == id) }
            Document::Board(b) => { let id = b.id.clone(); upsert(&mut self.boards, b, |x| x.id == id) }
            Document::StakeholderMap(m) => {
                let id = m.id.clone();
                upsert(&mut self.stakeholder_maps, m, |x| x.id == id)
            }
            Document::BoardTemplate(t) => { let id = t.id.clone(); upsert(&mut self.board_templates, t, |x| x.id == id) }
        }
    }

    /// Takes a document out of the workspace.
    pub fn remove(&mut self, doc: &DocRef) -> Option<Document> {
        fn take<T>(list: &mut Vec<T>, same: impl Fn(&T) -> bool) -> Option<T> {
            list.iter().position(same).map(|at| list.remove(at))
        }
        let id = doc.id.as_str();
        match doc.kind {
            DocumentKind::Plan => take(&mut self.plans, |p| p.id.as_str() == id).map(Document::Plan),
            DocumentKind::Board => take(&mut self.boards, |b| b.id.as_str() == id).map(Document::Board),
            DocumentKind::StakeholderMap => {
                take(&mut self.stakeholder_maps, |m| m.id.as_str() == id).map(Document::StakeholderMap)
            }
            DocumentKind::BoardTemplate => take(&mut self.board_templates, |t| t.id.as_str() == id).map(Document::BoardTemplate),
        }
    }

    /// Every document, as owned values.
    pub fn documents(&self) -> Vec<Document> {
        let plans = self.plans.iter().cloned().map(Document::Plan);
        let boards = self.boards.iter().cloned().map(Document::Board);
        let maps = self.stakeholder_maps.iter().cloned().map(Document::StakeholderMap);
        let templates = self.board_templates.iter().cloned().map(Document::BoardTemplate);
        plans.chain(boards).chain(maps).chain(templates).collect()
    }

    /// Every document, taken out of the workspace.
    pub fn into_documents(self) -> Vec<Document> {
        let plans = self.plans.into_iter().map(Document::Plan);
        let boards = self.boards.into_iter().map(Document::Board);
        let maps = self.stakeholder_maps.into_iter().map(Document::StakeholderMap);
        let templates = self.board_templates.into_iter().map(Document::BoardTemplate);
        plans.chain(boards).chain(maps).chain(templates).collect()
    }

    /// References to every document.
    pub fn doc_refs(&self) -> Vec<DocRef> {
        let plans = self.plans.iter().map(|d| DocRef::plan(&d.id));
        let boards = self.boards.iter().map(|d| DocRef::board(&d.id));
        let maps = self.stakeholder_maps.iter().map(|d| DocRef::map(&d.id));
        let templates = self.board_templates.iter().map(|t| DocRef::template(&t.id));
        plans.chain(boards).chain(maps).chain(templates).collect()
    }

    /// The boards and maps that belong to a plan.
    pub fn belonging_to(&self, plan_id: &PlanId) -> Vec<DocRef> {
        let boards = self.boards.iter().filter(|b| b.plan_id.as_ref() == Some(plan_id));
        let maps = self.stakeholder_maps.iter().filter(|m| m.plan_id.as_ref() == Some(plan_id));
        boards.map(|b| DocRef::board(&b.id)).chain(maps.map(|m| DocRef::map(&m.id))).collect()
    }

    /// The library listing: documents whose title contains `query` (ignoring
    /// case), most recently changed first. Saved board templates are not
    /// listed: they are offered where boards are started.
    pub fn summaries(&self, query: &str) -> Vec<DocumentSummary> {
        let query = fold_case(query.trim());
        let plan_title = |id: &Option<PlanId>| id.as_ref().and_then(|id| self.plan(id)).map(|p| p.title.clone());
        let plans = self.plans.iter().map(|p| (DocumentKind::Plan, p.id.as_str(), &p.title, &p.updated_at, None));
        let boards = self
            .boards
            .iter()
            .map(|b| (DocumentKind::Board, b.id.as_str(), &b.title, &b.updated_at, plan_title(&b.plan_id)));
        let maps = self
            .stakeholder_maps
            .iter()
            .map(|m| (DocumentKind::StakeholderMap, m.id.as_str(), &m.title, &m.updated_at, plan_title(&m.plan_id)));
        let mut list: Vec<DocumentSummary> = plans
            .chain(boards)
            .chain(maps)
            .filter(|(_, _, title, _, _)| query.is_empty() || fold_case(title).contains(&query))
            .map(|(kind, id, title, updated_at, plan_title)| DocumentSummary {
                doc: DocRef::new(kind, id),
                title: title.clone(),
                updated_at: *updated_at,
                plan_title,
            })
            .collect();
        list.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then_with(|| a.title.cmp(&b.title)));
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::testing::{at, now, plan};

    fn board(id: &str, title: &str, plan: Option<&str>, when: Timestamp) -> Board {
        Board::new(id.into(), title.into(), plan.map(Into::into), when)
    }

    #[test]
    fn lists_newest_first_and_searches_titles() {
        let mut ws = Workspace::default();
        ws.put(Document::Plan(Plan::new("p".into(), "Growth 2027".into(), at("2026-01-01T00:00:00Z"))));
        ws.put(Document::Board(board("b", "Kick-off workshop", Some("p"), at("2026-02-01T00:00:00Z"))));
        let all = ws.summaries("");
        assert_eq!(all[0].title, "Kick-off workshop");
        assert_eq!(all[0].plan_title.as_deref(), Some("Growth 2027"));
        assert_eq!(ws.summaries("GROWTH").len(), 1);
        assert!(ws.summaries("budget").is_empty());
    }

    #[test]
    fn lists_by_when_documents_changed_whatever_the_spelling_of_the_time() {
        let mut ws = Workspace::default();
        // As text, "…T10:30:00+01:00" sorts after "…T10:00:00.500Z", but it is half an hour earlier.
        ws.put(Document::Board(board("early", "Earlier", None, at("2026-11-22T10:30:00+01:00"))));
        ws.put(Document::Board(board("late", "Later", None, at("2026-11-22T10:00:00.500Z"))));
        let titles: Vec<String> = ws.summaries("").into_iter().map(|s| s.title).collect();
        assert_eq!(titles, ["Later", "Earlier"]);
    }

    #[test]
    fn put_replaces_in_place_and_remove_takes_out() {
        let mut ws = Workspace::default();
        ws.put(Document::Board(board("b", "One", None, now())));
        ws.put(Document::Board(board("b", "Two", None, now())));
        assert_eq!(ws.boards.len(), 1);
        assert_eq!(ws.title(&DocRef::new(DocumentKind::Board, "b")).as_deref(), Some("Two"));
        assert!(ws.remove(&DocRef::new(DocumentKind::Board, "b")).is_some());
        assert!(ws.is_empty());
    }

    #[test]
    fn finds_what_belongs_to_a_plan() {
        let mut ws = Workspace::default();
        ws.put(Document::Board(board("b1", "Mine", Some("p"), now())));
        ws.put(Document::Board(board("b2", "Other", None, now())));
        assert_eq!(ws.belonging_to(&"p".into()), vec![DocRef::new(DocumentKind::Board, "b1")]);
        // "p" is not here: a board naming it belongs to no plan the user can open.
        assert_eq!(ws.plan_of(&DocRef::new(DocumentKind::Board, "b1")), None);
        ws.put(Document::Plan(plan("p", "Growth 2027")));
        assert_eq!(ws.plan_of(&DocRef::new(DocumentKind::Board, "b1")).map(|p| p.id.as_str()), Some("p"));
        assert_eq!(ws.plan_of(&DocRef::new(DocumentKind::Board, "b2")), None);
        assert_eq!(ws.plan_of(&DocRef::new(DocumentKind::Plan, "p")), None);
    }
}
