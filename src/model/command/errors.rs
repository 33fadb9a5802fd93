//! Why a command was refused: the rule of the area it broke, a document
//! that is gone, or one another tab changed under this one. The workspace
//! is unchanged. The UI matches on the area's error to place a message next
//! to its field or to offer the next step.

use std::fmt;

use crate::model::approval::ApprovalError;
use crate::model::board::{BoardError, VotingError};
use crate::model::document::DocRef;
use crate::model::plan::PlanError;
use crate::model::promote::PromoteError;
use crate::model::review::{ResponseError, ReviewError};
use crate::model::stakeholder::{AssessmentError, MapError};
use crate::model::structure::StructureError;
use crate::model::tracking::LogError;
use crate::model::values::ValueError;

/// Why a command was refused. The workspace is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandError {
    DocumentNotFound(DocRef),
    /// A document an import wrote was edited since, so undoing the import
    /// would lose that edit.
    ChangedSinceImport { title: String },
    /// Another tab saved the document while this one had unsaved edits to
    /// it: until the user chooses whose version to keep, edits to it are
    /// refused rather than taken as if they would be saved
    /// (`store::conflicts` holds the rule).
    ChangedInAnotherTab { doc: DocRef, title: String },
    /// A value broke its rule (an empty title for a new document).
    Value(ValueError),
    Plan(PlanError),
    Structure(StructureError),
    Approval(ApprovalError),
    Review(ReviewError),
    Response(ResponseError),
    Log(LogError),
    Board(BoardError),
    Voting(VotingError),
    Map(MapError),
    Assessment(AssessmentError),
    Promote(PromoteError),
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DocumentNotFound(doc) => write!(f, "This {} no longer exists.", doc.kind.label().to_ascii_lowercase()),
            Self::ChangedSinceImport { title } => write!(
                f,
                "“{title}” was changed after the file was opened, so the import was not undone: undoing it would lose that change."
            ),
            Self::ChangedInAnotherTab { title, .. } => write!(
                f,
                "Not saved: “{title}” was changed in another tab. Choose in the bar at the top: keep yours as a copy, or take theirs."
            ),
            Self::Value(why) => write!(f, "{why}"),
            Self::Plan(why) => write!(f, "{why}"),
            Self::Structure(why) => write!(f, "{why}"),
            Self::Approval(why) => write!(f, "{why}"),
            Self::Review(why) => write!(f, "{why}"),
            Self::Response(why) => write!(f, "{why}"),
            Self::Log(why) => write!(f, "{why}"),
            Self::Board(why) => write!(f, "{why}"),
            Self::Voting(why) => write!(f, "{why}"),
            Self::Map(why) => write!(f, "{why}"),
            Self::Assessment(why) => write!(f, "{why}"),
            Self::Promote(why) => write!(f, "{why}"),
        }
    }
}

impl std::error::Error for CommandError {}

macro_rules! wraps {
    ($($area:ident => $variant:ident),* $(,)?) => {
        $(impl From<$area> for CommandError {
            fn from(why: $area) -> Self {
                CommandError::$variant(why)
            }
        })*
    };
}

wraps!(
    ValueError => Value, PlanError => Plan, StructureError => Structure, ApprovalError => Approval,
    ReviewError => Review, ResponseError => Response, LogError => Log, BoardError => Board,
    VotingError => Voting, MapError => Map, AssessmentError => Assessment, PromoteError => Promote,
);
