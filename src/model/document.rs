//! The kinds of document a workspace holds, and a uniform way to refer to them.

pub use super::board::{Board, BoardTemplate};
pub use super::stakeholder::StakeholderMap;
use super::ids::{BoardId, MapId, PlanId, TemplateId};
use super::plan::Plan;
use super::time::Timestamp;

/// Which kind of document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocumentKind {
    Plan,
    Board,
    StakeholderMap,
    /// A board template the user saved: no page of its own, offered where
    /// boards are started.
    BoardTemplate,
}

impl DocumentKind {
    /// Every kind the library lists, each with a page of its own, in that
    /// order (saved board templates are offered where boards start instead).
    pub const ALL: [DocumentKind; 3] = [Self::Plan, Self::Board, Self::StakeholderMap];

    /// What the user reads ("Workshop board").
    pub fn label(self) -> &'static str {
        match self {
            Self::Plan => "Plan",
            Self::Board => "Workshop board",
            Self::StakeholderMap => "Stakeholder map",
            Self::BoardTemplate => "Board template",
        }
    }

    /// A short name used in URLs and storage keys.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Plan => "plan",
            Self::Board => "board",
            Self::StakeholderMap => "map",
            Self::BoardTemplate => "template",
        }
    }

    /// The kind named by `slug`.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().chain([Self::BoardTemplate]).find(|k| k.slug() == slug)
    }

    /// The title a new document of this kind starts with.
    pub fn untitled(self) -> &'static str {
        match self {
            Self::Plan => "Untitled plan",
            Self::Board => "Untitled board",
            Self::StakeholderMap => "Untitled stakeholder map",
            Self::BoardTemplate => "Untitled template",
        }
    }
}

/// Points at one document of a workspace.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocRef {
    pub kind: DocumentKind,
    pub id: String,
}

impl DocRef {
    pub fn new(kind: DocumentKind, id: impl Into<String>) -> Self {
        DocRef { kind, id: id.into() }
    }

    pub fn plan(id: &PlanId) -> Self {
        DocRef::new(DocumentKind::Plan, id.as_str())
    }

    pub fn board(id: &BoardId) -> Self {
        DocRef::new(DocumentKind::Board, id.as_str())
    }

    pub fn map(id: &MapId) -> Self {
        DocRef::new(DocumentKind::StakeholderMap, id.as_str())
    }

    pub fn template(id: &TemplateId) -> Self {
        DocRef::new(DocumentKind::BoardTemplate, id.as_str())
    }
}

/// Any one document, owned.
#[derive(Debug, Clone, PartialEq)]
pub enum Document {
    Plan(Plan),
    Board(Board),
    StakeholderMap(StakeholderMap),
    BoardTemplate(BoardTemplate),
}

/// The fields every document shares, read and written the same way.
macro_rules! common_fields {
    ($self:ident, $doc:ident => $body:expr) => {
        match $self {
            Document::Plan($doc) => $body,
            Document::Board($doc) => $body,
            Document::StakeholderMap($doc) => $body,
            Document::BoardTemplate($doc) => $body,
        }
    };
}

impl Document {
    pub fn kind(&self) -> DocumentKind {
        match self {
            Document::Plan(_) => DocumentKind::Plan,
            Document::Board(_) => DocumentKind::Board,
            Document::StakeholderMap(_) => DocumentKind::StakeholderMap,
            Document::BoardTemplate(_) => DocumentKind::BoardTemplate,
        }
    }

    pub fn id(&self) -> &str {
        common_fields!(self, d => d.id.as_str())
    }

    pub fn title(&self) -> &str {
        common_fields!(self, d => &d.title)
    }

    pub fn updated_at(&self) -> Timestamp {
        common_fields!(self, d => d.updated_at)
    }

    pub fn doc_ref(&self) -> DocRef {
        DocRef::new(self.kind(), self.id())
    }

    /// The plan a board or map belongs to.
    pub fn plan_id(&self) -> Option<&PlanId> {
        match self {
            Document::Plan(_) | Document::BoardTemplate(_) => None,
            Document::Board(b) => b.plan_id.as_ref(),
            Document::StakeholderMap(m) => m.plan_id.as_ref(),
        }
    }
}
