//! Boards and what is on them, each with only what identifies it and
//! changed now; a test sets the fields it is about.

use super::now;
use crate::model::board::{Area, Cluster, Note};
use crate::model::document::Board;

/// An empty board of no plan, made now.
pub fn board(id: &str, title: &str) -> Board {
    Board::new(id.into(), title.into(), None, now())
}

/// An area with only a title.
pub fn area(id: &str, title: &str) -> Area {
    Area { id: id.into(), title: title.into(), department_id: None, updated_at: now(), extra: Default::default() }
}

/// An open (not collapsed) cluster in `area_id`.
pub fn cluster(id: &str, area_id: &str, title: &str) -> Cluster {
    Cluster {
        id: id.into(),
        area_id: area_id.into(),
        title: title.into(),
        collapsed: false,
        updated_at: now(),
        extra: Default::default(),
    }
}

/// A note in `area_id`, grouped in `cluster_id` when given, with only a
/// text: no department, label, colour or author; made now.
pub fn note(id: &str, area_id: &str, cluster_id: Option<&str>, text: &str) -> Note {
    Note {
        id: id.into(),
        area_id: area_id.into(),
        text: text.into(),
        department_id: None,
        label: None,
        colour: None,
        author: None,
        cluster_id: cluster_id.map(Into::into),
        created_at: now(),
        updated_at: now(),
        extra: Default::default(),
    }
}
