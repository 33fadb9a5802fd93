//! Where a plan item came from: the workshop note or group it was made from,
//! kept as provenance (not part of what departments sign off), so a plan can
//! always point back to the workshop and a board to what its notes became.

use serde::Serialize;
use serde_json::{Map, Value};

use super::ids::BoardId;
use super::keyed::Keyed;
use super::time::Timestamp;

/// A note or a group of notes on a board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BoardItem {
    #[default]
    Note,
    Cluster,
}

impl Keyed for BoardItem {
    const ALL: &'static [BoardItem] = &[Self::Note, Self::Cluster];

    fn key(self) -> &'static str {
        match self {
            Self::Note => "note",
            Self::Cluster => "cluster",
        }
    }
}

/// Where a plan item came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Origin {
    pub board_id: BoardId,
    /// The board's title then: the board may be renamed or deleted since.
    pub board_title: String,
    pub item: BoardItem,
    pub item_id: String,
    /// The votes it had, when the board's results were revealed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub votes: Option<u32>,
    /// When it was taken into the plan.
    pub at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

