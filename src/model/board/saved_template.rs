//! A board template the user saved from a board: its areas' titles in order
//! and the grid width, nothing else (no notes, groups, votes or timer, and no
//! department lanes, so it suits any plan). Kept in the workspace as a
//! document of its own, offered beside the built-in [`super::Template`]s.

use serde::Serialize;
use serde_json::{Map, Value};

use super::{Area, Board};
use crate::model::ids::{IdSource, TemplateId};
use crate::model::time::Timestamp;

/// A user's own board template.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BoardTemplate {
    pub id: TemplateId,
    /// Its name, as the template lists show it.
    pub title: String,
    /// How many columns the areas are laid out in; 0 lets the screen choose.
    #[serde(skip_serializing_if = "is_zero")]
    pub columns: u32,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<TemplateArea>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One area a board made from the template starts with.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TemplateArea {
    pub title: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl BoardTemplate {
    /// The template of `board`'s layout, called `title`.
    pub fn from_board(board: &Board, id: TemplateId, title: String, now: Timestamp) -> BoardTemplate {
        let areas = board.areas.iter().map(|a| TemplateArea { title: a.title.clone(), extra: Map::new() }).collect();
        BoardTemplate { id, title, columns: board.columns, areas, created_at: now, updated_at: now, extra: Map::new() }
    }

    /// The grid width and the areas of a new board made from it, with fresh ids.
    pub fn layout(&self, ids: &mut dyn IdSource, now: Timestamp) -> (u32, Vec<Area>) {
        let areas = self
            .areas
            .iter()
            .map(|a| Area { id: ids.next_id().into(), title: a.title.clone(), department_id: None, updated_at: now, extra: Map::new() })
            .collect();
        (self.columns, areas)
    }

    /// The title of a new board made from it, with the plan it belongs to,
    /// as the built-in templates name theirs ("Quarterly retro — Growth 2027").
    pub fn board_title(&self, plan_title: Option<&str>) -> String {
        match plan_title.map(str::trim).filter(|t| !t.is_empty()) {
            Some(plan) => format!("{} — {plan}", self.title),
            None => self.title.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::board::{Participant, Voting};
    use crate::model::ids::SequentialIds;
    use crate::model::testing::{area, board, cluster, note, now};

    #[test]
    fn keeps_the_areas_and_the_grid_and_nothing_else() {
        let mut retro = board("b", "Retro");
        retro.columns = 3;
        retro.areas = vec![area("a1", "Start"), Area { department_id: Some("it".into()), ..area("a2", "IT") }];
        retro.clusters.push(cluster("c", "a1", "Tools"));
        retro.notes.push(note("n", "a1", Some("c"), "Wiki"));
        retro.voting = Some(Voting::new(vec![Participant::named("p".into(), "Ana".into())], 3, false, now()));
        let template = BoardTemplate::from_board(&retro, "t".into(), "Our retro".into(), now());
        let json = serde_json::to_value(&template).unwrap();
        assert_eq!(json["areas"], serde_json::json!([{"title": "Start"}, {"title": "IT"}]));
        assert_eq!(json["columns"], 3);
        assert!(json.get("notes").is_none() && json.get("voting").is_none());

        let (columns, areas) = template.layout(&mut SequentialIds::default(), now());
        assert_eq!(columns, 3);
        assert_eq!(areas.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(), ["Start", "IT"]);
        assert!(areas.iter().all(|a| a.department_id.is_none() && a.id != "a1" && a.id != "a2"));
        assert_ne!(areas[0].id, areas[1].id);
        assert_eq!(template.board_title(Some("Growth")), "Our retro — Growth");
        assert_eq!(template.board_title(Some("  ")), "Our retro");
    }
}
