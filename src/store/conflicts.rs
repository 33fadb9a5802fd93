//! What this tab may still change while documents are in conflict with
//! another tab's saves. A document in conflict holds edits this tab cannot
//! write (another tab saved a newer revision); taking more edits to it would
//! let the user type on as if they were saved, so a command that would
//! change it is refused, and says so, until the user chooses whose version
//! to keep. The edits already made stay in memory, so "keep mine as a copy"
//! carries every one of them. Commands that leave those documents alone
//! (another document, a copy of the one in conflict) run as usual.

use std::collections::BTreeSet;

use crate::model::{apply, Command, CommandError, DocRef, Env, Outcome, Workspace};

/// Applies `command` unless it would change a document in `in_conflict`;
/// then the workspace is left exactly as it was and the error names the
/// document. Which documents a command changes is what it reports
/// ([`Outcome::changed`]), so no list of commands is kept here to drift.
pub fn apply_unless_in_conflict(
    ws: &mut Workspace,
    command: Command,
    env: &mut Env<'_>,
    in_conflict: &BTreeSet<DocRef>,
) -> Result<Outcome, CommandError> {
    if in_conflict.is_empty() {
        return apply(ws, command, env);
    }
    // Only while a conflict is open (rare, and short) does a command pay
    // for a copy to go back to.
    let before = ws.clone();
    let outcome = apply(ws, command, env)?;
    match outcome.changed.iter().find(|doc| in_conflict.contains(doc)) {
        None => Ok(outcome),
        Some(doc) => {
            *ws = before;
            let title = ws.title(doc).unwrap_or_else(|| doc.kind.label().to_string());
            Err(CommandError::ChangedInAnotherTab { doc: doc.clone(), title })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::board::edit::NewNote;
    use crate::model::testing::{board, TestEnv};
    use crate::model::{BoardEdit, Document};

    fn two_boards() -> Workspace {
        let mut ws = Workspace::default();
        for (id, title) in [("b-1", "Retro"), ("b-2", "Ideas")] {
            let mut b = board(id, title);
            b.areas.push(crate::model::testing::area("a-1", "Went well"));
            ws.put(Document::Board(b));
        }
        ws
    }

    fn add_note(board_id: &str, text: &str) -> Command {
        let note = NewNote { area_id: "a-1".into(), text: text.into(), department_id: None, label: None, colour: None, author: None };
        Command::EditBoard { board_id: board_id.into(), edit: BoardEdit::AddNote(note) }
    }

    fn note_texts(ws: &Workspace, id: &str) -> Vec<String> {
        ws.board(&id.into()).unwrap().notes.iter().map(|n| n.text.clone()).collect()
    }

    #[test]
    fn an_edit_to_a_document_in_conflict_is_refused_and_changes_nothing() {
        let mut ws = two_boards();
        let mut env = TestEnv::default();
        apply_unless_in_conflict(&mut ws, add_note("b-1", "Before the conflict"), &mut env.env(), &BTreeSet::new()).unwrap();
        let in_conflict = BTreeSet::from([DocRef::board(&"b-1".into())]);
        let before = ws.clone();

        let refused = apply_unless_in_conflict(&mut ws, add_note("b-1", "After"), &mut env.env(), &in_conflict).unwrap_err();
        assert_eq!(refused, CommandError::ChangedInAnotherTab { doc: DocRef::board(&"b-1".into()), title: "Retro".into() });
        assert_eq!(ws, before, "nothing taken in, and the edit made before the conflict is still there");
        assert_eq!(note_texts(&ws, "b-1"), ["Before the conflict"]);
        assert_eq!(
            refused.to_string(),
            "Not saved: “Retro” was changed in another tab. Choose in the bar at the top: keep yours as a copy, or take theirs."
        );
        for command in [Command::Rename { doc: DocRef::board(&"b-1".into()), title: "New".into() }, Command::Delete { doc: DocRef::board(&"b-1".into()) }] {
            assert!(matches!(apply_unless_in_conflict(&mut ws, command, &mut env.env(), &in_conflict), Err(CommandError::ChangedInAnotherTab { .. })));
        }
        assert_eq!(ws, before);
    }

    #[test]
    fn other_documents_and_a_copy_of_the_one_in_conflict_can_still_change() {
        let mut ws = two_boards();
        let mut env = TestEnv::default();
        apply_unless_in_conflict(&mut ws, add_note("b-1", "Mine"), &mut env.env(), &BTreeSet::new()).unwrap();
        let in_conflict = BTreeSet::from([DocRef::board(&"b-1".into())]);

        apply_unless_in_conflict(&mut ws, add_note("b-2", "Elsewhere"), &mut env.env(), &in_conflict).unwrap();
        assert_eq!(note_texts(&ws, "b-2"), ["Elsewhere"]);
        // "Keep mine as a copy": the copy holds every edit made here.
        let copied = apply_unless_in_conflict(&mut ws, Command::Duplicate { doc: DocRef::board(&"b-1".into()) }, &mut env.env(), &in_conflict).unwrap();
        let copy = copied.created.unwrap();
        assert_eq!(note_texts(&ws, &copy.id), ["Mine"]);
        assert_eq!(ws.title(&copy).as_deref(), Some("Retro (copy)"));
    }

    #[test]
    fn a_refusal_of_the_commands_own_rule_comes_first() {
        let mut ws = two_boards();
        let in_conflict = BTreeSet::from([DocRef::board(&"b-1".into())]);
        let refused = apply_unless_in_conflict(&mut ws, add_note("b-1", "  "), &mut TestEnv::default().env(), &in_conflict).unwrap_err();
        assert!(matches!(refused, CommandError::Board(_)), "{refused:?}");
    }
}
