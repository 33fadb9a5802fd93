//! Commands on the board templates a user saves: a board's layout saved
//! under a name, and a new board made from it. Renaming, deleting (with
//! undo) and restoring them are the commands every document has.

use super::{CommandError, Outcome};
use crate::model::board::{Board, BoardTemplate};
use crate::model::document::{DocRef, Document};
use crate::model::env::Env;
use crate::model::ids::{BoardId, PlanId, TemplateId};
use crate::model::values;
use crate::model::workspace::Workspace;

/// Saves the areas (titles, order) and grid width of a board as a template.
pub(super) fn save_as_template(ws: &mut Workspace, board_id: &BoardId, title: &str, env: &mut Env<'_>) -> Result<Outcome, CommandError> {
    let title = values::title(title)?;
    let board = ws.board(board_id).ok_or_else(|| CommandError::DocumentNotFound(DocRef::board(board_id)))?;
    let template = BoardTemplate::from_board(board, env.new_id(), title, env.now);
    let doc = DocRef::template(&template.id);
    ws.put(Document::BoardTemplate(template));
    Ok(Outcome { changed: vec![doc.clone()], created: Some(doc), ..Outcome::default() })
}

/// A new board laid out as a saved template, named after it (and its plan)
/// unless `title` is given.
pub(super) fn create_board_from(
    ws: &mut Workspace,
    template_id: &TemplateId,
    title: Option<String>,
    plan_id: Option<PlanId>,
    env: &mut Env<'_>,
) -> Result<Outcome, CommandError> {
    let template = ws.board_template(template_id).ok_or_else(|| CommandError::DocumentNotFound(DocRef::template(template_id)))?;
    let plan_title = plan_id.as_ref().and_then(|id| ws.plan(id)).map(|p| p.title.as_str());
    let title = values::title(&title.unwrap_or_else(|| template.board_title(plan_title)))?;
    let mut board = Board::new(env.new_id(), title, plan_id, env.now);
    (board.columns, board.areas) = template.layout(env.ids, env.now);
    let doc = DocRef::board(&board.id);
    ws.put(Document::Board(board));
    Ok(Outcome { changed: vec![doc.clone()], created: Some(doc), ..Outcome::default() })
}

#[cfg(test)]
mod tests {
    use crate::model::board::{BoardEdit, Template};
    use crate::model::command::test_workspace::TestWorkspace;
    use crate::model::ids::{BoardId, TemplateId};
    use crate::model::{Command, CommandError, DocRef, DocumentKind};

    fn swot_with_a_note() -> (TestWorkspace, BoardId) {
        let mut app = TestWorkspace::default();
        let board_id = BoardId::from(app.create(Command::CreateBoard { title: Some("Q3".into()), template: Template::Swot, plan_id: None }));
        let area_id = app.ws.board(&board_id).unwrap().areas[0].id.clone();
        let add = BoardEdit::AddNote(crate::model::board::edit::NewNote { area_id, text: "Wiki".into(), ..Default::default() });
        app.apply(Command::EditBoard { board_id: board_id.clone(), edit: add }).unwrap();
        assert_eq!(app.ws.board(&board_id).unwrap().notes.len(), 1);
        (app, board_id)
    }

    #[test]
    fn a_board_saved_as_a_template_makes_boards_with_its_areas_and_no_notes() {
        let (mut app, board_id) = swot_with_a_note();
        let saved = app.apply(Command::SaveAsTemplate { board_id: board_id.clone(), title: " Our SWOT ".into() }).unwrap();
        let template = saved.created.unwrap();
        assert_eq!(template.kind, DocumentKind::BoardTemplate);
        assert_eq!(saved.changed, vec![template.clone()]);
        assert_eq!(app.ws.title(&template).as_deref(), Some("Our SWOT"));
        assert!(app.ws.summaries("").iter().all(|s| s.doc.kind != DocumentKind::BoardTemplate), "not listed as a document");

        let template_id = TemplateId::from(template.id.as_str());
        let made = BoardId::from(app.create(Command::CreateBoardFromTemplate { template_id, title: None, plan_id: None }));
        let (original, made) = (app.ws.board(&board_id).unwrap(), app.ws.board(&made).unwrap());
        assert_eq!(made.title, "Our SWOT");
        assert_eq!(made.columns, original.columns);
        let titles = |b: &crate::model::Board| b.areas.iter().map(|a| a.title.clone()).collect::<Vec<_>>();
        assert_eq!(titles(made), titles(original));
        assert!(made.notes.is_empty() && made.clusters.is_empty() && made.voting.is_none());
        assert!(made.areas.iter().all(|a| original.areas.iter().all(|o| o.id != a.id)), "fresh ids");
    }

    #[test]
    fn a_template_is_renamed_and_deleted_with_undo_like_any_document() {
        let (mut app, board_id) = swot_with_a_note();
        let template = app.apply(Command::SaveAsTemplate { board_id, title: "Ours".into() }).unwrap().created.unwrap();
        app.apply(Command::Rename { doc: template.clone(), title: "Quarterly".into() }).unwrap();
        assert_eq!(app.ws.title(&template).as_deref(), Some("Quarterly"));
        let undo = app.apply(Command::Delete { doc: template.clone() }).unwrap().undo.unwrap();
        assert!(app.ws.board_templates.is_empty());
        app.apply(*undo).unwrap();
        assert_eq!(app.ws.title(&template).as_deref(), Some("Quarterly"));
    }

    #[test]
    fn refuses_an_empty_name_and_a_missing_template() {
        let (mut app, board_id) = swot_with_a_note();
        assert!(matches!(app.apply(Command::SaveAsTemplate { board_id, title: "  ".into() }), Err(CommandError::Value(_))));
        let gone = TemplateId::from("gone");
        assert_eq!(
            app.apply(Command::CreateBoardFromTemplate { template_id: gone.clone(), title: None, plan_id: None }),
            Err(CommandError::DocumentNotFound(DocRef::template(&gone)))
        );
    }
}
