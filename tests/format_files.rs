//! The file format as a compatibility boundary: every fixture in
//! `tests/fixtures/` is read, and each class of bad file gets its message.

use liaison::format::{
    apply_import, export_documents, export_workspace, preview_import, restore, with_belongings, ConflictChoice,
    ExportMeta, ImportError, MAX_FILE_BYTES,
};
use liaison::model::ids::SequentialIds;
use liaison::format::Warning;
use liaison::model::{apply, Command, Day, DocRef, Env, PlanEdit, PlanStatus, Timestamp, Workspace};

/// When the test files are written: 2026-11-22T12:00:00.000Z.
const WRITTEN: Timestamp = Timestamp::from_millis(1_795_348_800_000);
const META: ExportMeta<'static> = ExportMeta { now: WRITTEN, by: "Liaison" };

/// The environment of a command run by a test.
fn env(ids: &mut SequentialIds) -> Env<'_> {
    Env { now: WRITTEN, today: WRITTEN.day_utc(), ids }
}

/// Every warning, one per line, as the user reads them.
fn said(warnings: &[Warning]) -> String {
    warnings.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn full() -> Workspace {
    restore(&fixture("full-v1.liaison.json")).unwrap().workspace
}

#[test]
fn reads_a_full_version_1_file() {
    let restored = restore(&fixture("full-v1.liaison.json")).unwrap();
    assert!(restored.warnings.is_empty(), "{:?}", restored.warnings);
    let ws = restored.workspace;
    assert_eq!((ws.plans.len(), ws.boards.len(), ws.stakeholder_maps.len()), (1, 2, 1));
    let plan = &ws.plans[0];
    assert_eq!(plan.status, PlanStatus::InReview);
    assert_eq!(plan.departments[1].name, "IT");
    assert_eq!(plan.horizon.end.map(Day::text).as_deref(), Some("2027-12-31"));
    assert_eq!(restored.exported_by, "Liaison");
}

#[test]
fn export_then_import_gives_back_the_same_workspace_with_unknown_fields() {
    let ws = full();
    let text = export_workspace(&ws, META);
    assert!(text.contains("\"sponsor\"") && text.contains("\"cost_centre\"") && text.contains("\"notes\""));
    assert_eq!(restore(&text).unwrap().workspace, ws);
}

#[test]
fn exporting_a_plan_takes_what_belongs_to_it() {
    let ws = full();
    let plan = DocRef::plan(&ws.plans[0].id);
    let docs = with_belongings(&ws, &plan);
    let back = restore(&export_documents(&ws, &docs, META)).unwrap().workspace;
    assert_eq!(back.plans.len(), 1);
    assert_eq!(back.boards.iter().map(|b| b.id.as_str()).collect::<Vec<_>>(), ["b-kickoff"]);
    assert_eq!(back.stakeholder_maps.len(), 1);
}

#[test]
fn a_document_named_twice_is_exported_once() {
    let ws = full();
    let mut docs: Vec<DocRef> = ws.doc_refs().iter().flat_map(|d| with_belongings(&ws, d)).collect();
    docs.extend(ws.doc_refs());
    let back = restore(&export_documents(&ws, &docs, META)).unwrap().workspace;
    assert_eq!(back, ws);
}

#[test]
fn reads_and_writes_objectives_initiatives_and_approval_rounds() {
    use liaison::model::approval::{default_required, SignOffState};
    use liaison::model::structure::{InitiativeStatus, Raci};
    let ws = restore(&fixture("plan-structure-v1.liaison.json")).unwrap().workspace;
    let plan = &ws.plans[0];
    assert_eq!(plan.objectives[0].measure.target, Some(95.0));
    assert_eq!(plan.initiatives[0].status, InitiativeStatus::OnTrack);
    assert_eq!(plan.initiatives[0].raci.get(&"d-it".into()), Some(&Raci::Accountable));
    assert_eq!(plan.initiatives[1].depends_on, vec!["i-inbox"]);
    assert_eq!(plan.approval_rounds[0].sign_offs[0].state, SignOffState::Approved);
    assert_eq!(default_required(plan), vec!["d-fin", "d-it"]);
    assert_eq!(restore(&export_workspace(&ws, META)).unwrap().workspace, ws);
}

#[test]
fn older_rounds_and_sign_offs_get_stable_ids_and_change_times() {
    // plan-structure-v1 was written before rounds and sign-offs had `id` and `updated_at`.
    let text = fixture("plan-structure-v1.liaison.json");
    let round = restore(&text).unwrap().workspace.plans[0].approval_rounds[0].clone();
    let sign_off = &round.sign_offs[0];
    // Made of the round, the department and the time: every reader of the file (and
    // every department's copy of it) gives the same sign-off the same id.
    assert_eq!(sign_off.id, "r-1/d-fin/1795273200000");
    assert_eq!(restore(&text).unwrap().workspace.plans[0].approval_rounds[0].sign_offs[0].id, sign_off.id);
    assert_eq!(sign_off.updated_at.text(), "2026-11-21T15:00:00.000Z", "a sign-off last changed when it was given");
    assert_eq!(round.updated_at.text(), "2026-11-21T15:00:00.000Z", "a round last changed with its latest sign-off");

    let ws = restore(&text).unwrap().workspace;
    let written = export_workspace(&ws, META);
    assert!(written.contains(r#""id": "r-1/d-fin/1795273200000""#), "{written}");
    assert_eq!(restore(&written).unwrap().workspace, ws, "once written, the ids and times are kept as they are");
}

#[test]
fn reads_response_files_and_names_what_is_missing() {
    let restored = restore(&fixture("response-v1.liaison.json")).unwrap();
    let response = &restored.responses[0];
    assert_eq!((response.department_name.as_str(), response.comments.len()), ("Finance", 1));
    assert_eq!(response.sign_off.as_ref().unwrap().state, liaison::model::approval::SignOffState::Approved);
    assert!(restored.workspace.is_empty() && restored.warnings.is_empty());
    let text = r#"{"format": "liaison", "version": 1, "responses": [{"department": "Finance"}]}"#;
    let error = restore(text).unwrap_err().to_string();
    assert!(error.contains("responses[0]: the required field \"plan_id\" is missing"), "{error}");
}

#[test]
fn review_and_response_files_round_trip() {
    use liaison::format::{export_response, export_review};
    use liaison::model::review::build_response;
    let ws = restore(&fixture("plan-structure-v1.liaison.json")).unwrap().workspace;
    let plan = &ws.plans[0];
    let round = &plan.approval_rounds[0];
    let review = restore(&export_review(&ws, &plan.id, &round.id, Default::default(), META).unwrap()).unwrap();
    assert_eq!(review.review, Some((plan.id.clone(), round.id.clone())));
    assert_eq!(review.workspace, ws);
    let response = build_response(plan, &round.id, &"d-fin".into(), "Sofia", Timestamp::parse("2026-11-23T09:00:00.000Z").unwrap()).unwrap();
    let read = restore(&export_response(response.clone(), META)).unwrap();
    assert_eq!(read.responses, vec![response]);
}

#[test]
fn a_signed_response_reads_back_to_the_text_that_was_signed() {
    use liaison::format::export_response;
    use liaison::model::review::build_response;
    use liaison::format::signed::signed_text;
    use liaison::model::review::signature::Signature;
    let ws = restore(&fixture("plan-structure-v1.liaison.json")).unwrap().workspace;
    let mut plan = ws.plans[0].clone();
    plan.vision.push_str(" (Finance's wording)");
    let round = plan.approval_rounds[0].clone();
    let at = Timestamp::parse("2026-11-23T09:00:00.000Z").unwrap();
    let mut env_ids = liaison::model::ids::SequentialIds::default();
    let mut env = liaison::model::Env { now: at, today: at.day_utc(), ids: &mut env_ids };
    let sign = liaison::model::ApprovalEdit::SignOff {
        round_id: round.id.clone(), department_id: "d-fin".into(), state: liaison::model::approval::SignOffState::Approved,
        by: "Sofia".into(), comment: "Fine".into(), how: None,
    };
    liaison::model::approval::edit_approval(&mut plan, sign, &mut env).unwrap();
    let mut response = build_response(&plan, &round.id, &"d-fin".into(), "Sofia", at).unwrap();
    assert!(response.sign_off.as_ref().unwrap().substance.is_some(), "an edited copy's version travels with the approval");
    let text = signed_text(&response);
    response.signature = Some(Signature { public_key: "key".into(), value: "sig".into() });
    let read = restore(&export_response(response, META)).unwrap();
    assert_eq!(signed_text(&read.responses[0]), text);
    assert_eq!(read.responses[0].signature.as_ref().map(|s| s.value.as_str()), Some("sig"));
}

#[test]
fn older_files_without_comments_still_read_and_comments_round_trip() {
    // plan-structure-v1 predates comments; the comments fixture has them.
    assert!(restore(&fixture("plan-structure-v1.liaison.json")).unwrap().workspace.plans[0].comments.is_empty());
    let ws = restore(&fixture("comments-v1.liaison.json")).unwrap().workspace;
    let comments = &ws.plans[0].comments;
    assert_eq!(comments.len(), 2);
    assert!(comments[1].is_open_objection());
    assert_eq!(restore(&export_workspace(&ws, META)).unwrap().workspace, ws);
}

#[test]
fn comments_about_something_gone_are_kept_as_they_were() {
    let text = fixture("comments-v1.liaison.json").replace("\"on\": \"i-inbox\"", "\"on\": \"i-deleted\"").replace("\"department_id\": \"d-it\"", "\"department_id\": \"d-gone\"");
    let restored = restore(&text).unwrap();
    let comment = &restored.workspace.plans[0].comments[1];
    assert_eq!((comment.on.as_deref(), comment.department_id.as_deref()), (Some("i-deleted"), Some("d-gone")));
    assert!(restored.warnings.is_empty(), "{:?}", restored.warnings);
}

#[test]
fn missing_optional_fields_get_defaults() {
    let ws = restore(&fixture("minimal-v1.liaison.json")).unwrap().workspace;
    let plan = &ws.plans[0];
    assert_eq!((plan.status, plan.vision.as_str(), plan.departments.len()), (PlanStatus::Draft, "", 0));
    assert_eq!(plan.updated_at.text(), "1970-01-01T00:00:00.000Z");
}

#[test]
fn repairs_what_it_can_and_says_so() {
    let restored = restore(&fixture("needs-repair-v1.liaison.json")).unwrap();
    let plan = &restored.workspace.plans[0];
    assert_eq!(plan.title, "Untitled plan");
    assert_eq!(plan.horizon.end, None);
    assert_eq!(plan.departments[0].name, "Department 1");
    assert_eq!(plan.departments[0].colour, "blue");
    assert_eq!(plan.departments[1].updated_at.text(), "2026-11-22T10:00:00.000Z");
    assert_eq!(restored.workspace.boards[0].title, "Untitled board");
    let all = said(&restored.warnings);
    for expected in ["plans[0] had no title", "plans[0].horizon", "hot-pink", "plans[0].departments[0].name", "last tuesday", "boards[0]"] {
        assert!(all.contains(expected), "no warning about {expected} in:\n{all}");
    }
}

#[test]
fn each_bad_file_gets_its_own_message() {
    let error = |name: &str| restore(&fixture(name)).unwrap_err();
    match error("not-json.liaison.json") {
        ImportError::NotJson { line, column, .. } => assert_eq!((line, column), (3, 3)),
        other => panic!("{other:?}"),
    }
    assert_eq!(error("foreign.json"), ImportError::NotLiaison { found: None });
    assert_eq!(error("newer-version.liaison.json"), ImportError::NewerVersion { found: 99, known: 1 });
    assert_eq!(error("missing-version.liaison.json"), ImportError::MissingVersion);
    assert!(matches!(error("duplicate-ids.liaison.json"), ImportError::DuplicateId { path, .. } if path == "plans[1]"));
    let wrong = error("wrong-type.liaison.json");
    assert_eq!(
        wrong.to_string(),
        "The file has a problem at plans[0].departments[2].name: it should be text, but it is the number 5."
    );
}

#[test]
fn refuses_other_formats_versions_and_sizes() {
    for not_an_object in ["[1, 2]", "[1, 2, 3]", "[{\"format\": \"liaison\", \"version\": 1}]", "\"liaison\"", "7", "null"] {
        assert_eq!(restore(not_an_object).unwrap_err(), ImportError::NotLiaison { found: None }, "{not_an_object}");
    }
    assert_eq!(
        restore(r#"{"format": "excalidraw", "version": 1}"#).unwrap_err(),
        ImportError::NotLiaison { found: Some("excalidraw".into()) }
    );
    for version in ["0", "-1", "1.5", "\"1\""] {
        let text = format!(r#"{{"format": "liaison", "version": {version}}}"#);
        assert!(matches!(restore(&text).unwrap_err(), ImportError::BadVersion { .. }), "{version}");
    }
    let huge = " ".repeat(MAX_FILE_BYTES + 1);
    assert!(matches!(restore(&huge).unwrap_err(), ImportError::TooLarge { .. }));
    assert!(matches!(restore("").unwrap_err(), ImportError::NotJson { .. }));
    let wrong_list = r#"{"format": "liaison", "version": 1, "plans": {}}"#;
    assert!(restore(wrong_list).unwrap_err().to_string().contains("at plans: it should be a list"));
}

#[test]
fn names_the_path_of_bad_values_deep_in_a_plan() {
    let file = |plan: &str| format!(r#"{{"format": "liaison", "version": 1, "plans": [{plan}]}}"#);
    let message = |plan: &str| restore(&file(plan)).unwrap_err().to_string();
    assert!(message(r#"{"id": "p", "status": "later"}"#).contains("at plans[0].status: \"later\" is not an allowed value"));
    let initiative = r#"{"id": "p", "initiatives": [{"id": "i", "objective_id": "o", "progress": 120}]}"#;
    assert!(message(initiative).contains("at plans[0].initiatives[0].progress: it should be a whole number from 0 to 100"));
    let raci = r#"{"id": "p", "initiatives": [{"id": "i", "objective_id": "o", "raci": {"d1": "boss"}}]}"#;
    assert!(message(raci).contains("at plans[0].initiatives[0].raci.d1: \"boss\" is not an allowed value"));
    assert!(message(r#"{"title": "no id"}"#).contains("at plans[0]: the required field \"id\" is missing"));
    assert!(message(r#"{"id": "p", "horizon": "2027"}"#).contains("at plans[0].horizon: it should be an object"));
    let twice = r#"{"id": "p", "objectives": [{"id": "o"}, {"id": "o"}]}"#;
    assert!(message(twice).contains("at plans[0].objectives[1]: the id “o” is used twice"));
}

#[test]
fn import_adds_new_skips_identical_and_asks_about_the_rest() {
    let mut ids = SequentialIds::default();
    let mut local = full();
    let plan_id = local.plans[0].id.clone();
    let edit = Command::EditPlan { plan_id: plan_id.clone(), edit: PlanEdit::Vision("Changed here".into()) };
    apply(&mut local, edit, &mut env(&mut ids)).unwrap();
    local.boards.retain(|b| b.id != "b-loose");

    let preview = preview_import(&local, full());
    assert_eq!(preview.added.len(), 1);
    assert_eq!(preview.unchanged.len(), 2);
    assert_eq!(preview.conflicts.len(), 1);
    assert_eq!(preview.conflicts[0].differences, vec!["vision"]);

    let mut keep_both = local.clone();
    let changed = apply_import(&mut keep_both, preview.clone(), ConflictChoice::KeepBoth, &mut env(&mut ids)).changed;
    assert_eq!(changed.len(), 2);
    assert_eq!(keep_both.plans.len(), 2);
    assert_eq!(keep_both.plan(&plan_id).unwrap().vision, "Changed here");
    assert!(keep_both.plans[1].title.ends_with("(imported)"));

    let mut replaced = local.clone();
    apply_import(&mut replaced, preview, ConflictChoice::Replace, &mut env(&mut ids));
    assert_eq!(replaced, full());
}

#[test]
fn keeping_both_moves_the_files_boards_to_the_copied_plan() {
    let mut ids = SequentialIds::default();
    let mut local = full();
    local.plans[0].title = "Mine".into();
    local.boards.clear();
    let preview = preview_import(&local, full());
    apply_import(&mut local, preview, ConflictChoice::KeepBoth, &mut env(&mut ids));
    let copy = local.plans.iter().find(|p| p.title.ends_with("(imported)")).unwrap();
    let kickoff = local.boards.iter().find(|b| b.id == "b-kickoff").unwrap();
    assert_eq!(kickoff.plan_id.as_deref(), Some(copy.id.as_str()));
}

#[test]
fn a_preview_is_refreshed_before_it_is_applied() {
    let mut ids = SequentialIds::default();
    let mut local = Workspace::default();
    let shown = preview_import(&local, full());
    assert!(shown.conflicts.is_empty());
    // Meanwhile another file brought the same plan with other content.
    let mut other = full();
    other.plans[0].vision = "Arrived from another file".into();
    local.plans.push(other.plans[0].clone());
    let refreshed = shown.clone().refresh(&local);
    assert_eq!(refreshed.conflicts.len(), 1, "the clash that arrived meanwhile is seen");
    apply_import(&mut local, refreshed, ConflictChoice::KeepBoth, &mut env(&mut ids));
    assert!(local.plans.iter().any(|p| p.vision == "Arrived from another file"), "nothing is replaced unseen");
}

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let mut local = Workspace::default();
    let mut ids = SequentialIds::default();
    let first = preview_import(&local, full());
    apply_import(&mut local, first, ConflictChoice::KeepBoth, &mut env(&mut ids));
    let second = preview_import(&local, full());
    assert!(second.is_noop());
    assert_eq!(second.unchanged.len(), 4);
}

#[test]
fn an_older_board_with_only_a_title_still_reads_and_is_written_back_as_it_was() {
    let text = r#"{ "format": "liaison", "version": 1, "boards": [ { "id": "b-old", "title": "Old retro" } ] }"#;
    let restored = restore(text).unwrap();
    assert!(restored.warnings.is_empty(), "{:?}", restored.warnings);
    let board = &restored.workspace.boards[0];
    assert!(board.areas.is_empty() && board.notes.is_empty() && board.voting.is_none() && board.timer.is_none());
    assert!(!board.texts_hidden && board.columns == 0);
    let written = export_workspace(&restored.workspace, META);
    for field in ["areas", "notes", "clusters", "voting", "timer", "columns", "texts_hidden"] {
        assert!(!written.contains(&format!("\"{field}\"")), "{field} written for an old board: {written}");
    }
    assert_eq!(restore(&written).unwrap().workspace, restored.workspace);
}

#[test]
fn a_full_board_round_trips_with_unknown_fields() {
    use liaison::model::board::outline::markdown;
    let restored = restore(&fixture("board-v1.liaison.json")).unwrap();
    assert!(restored.warnings.is_empty(), "{:?}", restored.warnings);
    let ws = restored.workspace;
    let board = &ws.boards[0];
    assert_eq!((board.columns, board.texts_hidden, board.areas.len(), board.notes.len()), (2, true, 4, 4));
    assert_eq!(board.notes_in_cluster(&"c-tools".into()).map(|n| n.id.as_str()).collect::<Vec<_>>(), ["n-2", "n-3"]);
    assert!(board.clusters[0].collapsed);
    let voting = board.voting.as_ref().unwrap();
    assert_eq!((voting.votes_per_person, voting.remaining(&"v-maria".into()), voting.per_note().get(&liaison::model::ids::NoteId::from("n-2"))), (3, 1, Some(&2)));
    assert_eq!(board.timer.unwrap().remaining(1_795_339_800_000 + 20_000), 100_000);
    assert_eq!(board.notes[1].extra.get("sticker"), Some(&serde_json::json!("star")));
    let text = export_workspace(&ws, META);
    assert!(text.contains("\"background\"") && text.contains("\"sticker\""));
    assert_eq!(restore(&text).unwrap().workspace, ws);
    let md = markdown(board, &ws.plans[0].departments);
    assert!(md.contains("## Weaknesses\n\n- **Tooling** (2 votes)\n  - (hidden) — IT (2 votes)\n  - (hidden) — Support (0 votes)\n"), "{md}");
}

#[test]
fn board_repairs_are_reported_and_bad_ids_refused() {
    let text = fixture("board-v1.liaison.json")
        .replace(r#""id": "n-1", "area_id": "a-s""#, r#""id": "n-1", "area_id": "a-gone""#)
        .replace(r#""id": "n-4", "area_id": "a-o", "text""#, r#""id": "n-4", "area_id": "a-o", "cluster_id": "c-gone", "text""#)
        .replace(r#""note_id": "n-4""#, r#""note_id": "n-deleted""#)
        .replace(r#""label": "Support", "colour": "sky-blue""#, r#""label": "Support", "colour": "pink""#);
    let restored = restore(&text).unwrap();
    let board = &restored.workspace.boards[0];
    assert_eq!(board.notes[0].area_id, "a-s", "moved to the first area");
    assert_eq!(board.notes[3].cluster_id, None);
    assert_eq!(board.notes[2].colour, None);
    assert_eq!(board.voting.as_ref().unwrap().votes.len(), 2);
    assert_eq!(
        restored.warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "boards[0]: 1 note was in no area of the board and moved to “Strengths”.",
            "boards[0]: 1 note was in a group that is not on the board, so now in no group.",
            "boards[0]: 1 note had a colour that is not in the palette, so it was left out.",
            "boards[0].voting: 1 vote was for a note or a participant that is not on the board and was dropped.",
        ]
    );
    let duplicate = fixture("board-v1.liaison.json").replace(r#""id": "n-2""#, r#""id": "n-1""#);
    let error = restore(&duplicate).unwrap_err().to_string();
    assert!(error.contains("boards[0].notes[1]"), "{error}");
    let missing = fixture("board-v1.liaison.json").replace(r#""id": "a-t", "#, "");
    assert!(restore(&missing).is_err());
    let no_areas = r#"{ "format": "liaison", "version": 1, "boards": [ { "id": "b", "title": "T", "notes": [ { "id": "n", "text": "Kept" } ] } ] }"#;
    let restored = restore(no_areas).unwrap();
    assert_eq!(restored.workspace.boards[0].areas[0].title, "Notes");
    assert_eq!(restored.workspace.boards[0].notes[0].text, "Kept");
}

/// No timing assertion: this stays quick only if restoring and moving are one
/// pass over the notes rather than one board copy per note.
#[test]
fn a_board_of_ten_thousand_notes_restores_and_moves_a_note() {
    use liaison::model::board::moves::Nudge;
    use liaison::model::BoardEdit;
    let notes: Vec<String> = (0..10_000)
        .map(|n| format!(r#"{{ "id": "n{n}", "area_id": "a{}", "text": "Idea number {n}" }}"#, n % 4))
        .collect();
    let areas: Vec<String> = (0..4).map(|n| format!(r#"{{ "id": "a{n}", "title": "Area {n}" }}"#)).collect();
    let text = format!(
        r#"{{ "format": "liaison", "version": 1, "boards": [ {{ "id": "b", "title": "Big", "areas": [{}], "notes": [{}] }} ] }}"#,
        areas.join(","),
        notes.join(",")
    );
    let mut ws = restore(&text).unwrap().workspace;
    let mut ids = SequentialIds::default();
    let mut run = |ws: &mut Workspace, edit| {
        apply(ws, Command::EditBoard { board_id: "b".into(), edit }, &mut env(&mut ids)).unwrap()
    };
    run(&mut ws, BoardEdit::MoveNote { note_id: "n9999".into(), area_id: "a0".into(), cluster_id: None, index: 0 });
    run(&mut ws, BoardEdit::NudgeNote { note_id: "n0".into(), nudge: Nudge::NextArea });
    let undo = run(&mut ws, BoardEdit::DeleteNote { note_id: "n5000".into() }).undo.unwrap();
    apply(&mut ws, *undo, &mut env(&mut ids)).unwrap();
    let board = &ws.boards[0];
    assert_eq!(board.notes_in_area(&"a0".into()).next().unwrap().id, "n9999");
    assert_eq!(board.notes_in_area(&"a1".into()).last().unwrap().id, "n0");
    assert_eq!(board.notes.len(), 10_000);
    assert_eq!(restore(&export_workspace(&ws, META)).unwrap().workspace, ws);
}

#[test]
fn an_older_file_without_tracking_logs_still_reads_and_writes_none() {
    // The migration test of the tracking fields: they are optional, so the version stays 1.
    let restored = restore(&fixture("plan-structure-v1.liaison.json")).unwrap();
    let plan = &restored.workspace.plans[0];
    assert!(plan.decisions.is_empty() && plan.updates.is_empty() && plan.lessons.is_empty());
    let text = export_workspace(&restored.workspace, META);
    for absent in ["\"decisions\"", "\"updates\"", "\"lessons\""] {
        assert!(!text.contains(absent), "{absent} written for a plan without it");
    }
}

#[test]
fn reads_and_writes_decisions_updates_and_lessons() {
    use liaison::model::tracking::{ActionStatus, LessonCategory};
    let restored = restore(&fixture("plan-tracking-v1.liaison.json")).unwrap();
    assert!(restored.warnings.is_empty(), "{:?}", restored.warnings);
    let ws = restored.workspace;
    let plan = &ws.plans[0];
    assert_eq!(plan.decisions[0].superseded_by.as_deref(), Some("dec-inbox"));
    assert_eq!(plan.decisions[1].options, ["Ticket tool", "Shared inbox"]);
    assert_eq!(plan.decisions[1].actions[0].status, ActionStatus::Open);
    assert_eq!(plan.updates[1].departments, ["d-fin", "d-mkt"]);
    assert_eq!((plan.lessons[1].category, plan.lessons[1].applied), (LessonCategory::Communication, true));
    assert_eq!(restore(&export_workspace(&ws, META)).unwrap().workspace, ws);
}

#[test]
fn a_plan_without_department_objectives_or_information_needs_still_reads() {
    // An older v1 file: neither list is there; both are empty and are not written back.
    let ws = restore(&fixture("plan-structure-v1.liaison.json")).unwrap().workspace;
    let plan = &ws.plans[0];
    assert!(plan.department_objectives.is_empty() && plan.information_needs.is_empty());
    let text = export_workspace(&ws, META);
    assert!(!text.contains("department_objectives") && !text.contains("information_needs"));
}

#[test]
fn department_objectives_and_information_needs_round_trip_with_unknown_fields() {
    let restored = restore(&fixture("plan-alignment-v1.liaison.json")).unwrap();
    assert!(restored.warnings.is_empty(), "{:?}", restored.warnings);
    let ws = restored.workspace;
    let plan = &ws.plans[0];
    assert_eq!(plan.department_objectives[0].aligned_to.as_deref(), Some("o-prices"));
    assert_eq!(plan.department_objectives[1].aligned_to, None);
    assert_eq!(plan.department_objectives[0].extra["owner_note"], "kept as it came");
    let need = &plan.information_needs[0];
    assert_eq!((need.from_department.as_str(), need.to_department.as_str(), need.what.as_str()), ("d-mkt", "d-fin", "pricing changes"));
    assert!(need.agreed && !plan.information_needs[1].agreed, "agreed defaults to false");
    assert_eq!(need.due.map(Day::text).as_deref(), Some("2027-05-15"));
    let text = export_workspace(&ws, META);
    assert!(text.contains("\"channel\""));
    assert_eq!(restore(&text).unwrap().workspace, ws);
}

#[test]
fn a_wrong_agreed_value_is_named_by_its_path() {
    let text = fixture("plan-alignment-v1.liaison.json").replace("\"agreed\": true", "\"agreed\": \"yes\"");
    assert_eq!(
        restore(&text).unwrap_err().to_string(),
        "The file has a problem at plans[0].information_needs[0].agreed: it should be true or false, but it is the text \"yes\"."
    );
}

#[test]
fn loose_ends_in_a_plan_structure_are_repaired_with_warnings() {
    let restored = restore(&fixture("plan-structure-repair-v1.liaison.json")).unwrap();
    let plan = &restored.workspace.plans[0];
    let orphan = &plan.initiatives[0];
    assert_eq!(orphan.title, "Orphan initiative", "an initiative whose objective is gone is kept");
    assert_eq!(orphan.objective_id, "");
    assert_eq!(orphan.lead_department, None);
    assert_eq!(orphan.contributing_departments, vec!["d-fin"]);
    assert_eq!(orphan.raci.keys().map(|d| d.as_str()).collect::<Vec<_>>(), vec!["d-fin"]);
    assert!(orphan.depends_on.is_empty());
    assert_eq!(plan.objectives[0].owner_department, None);
    assert_eq!(plan.department_objectives.len(), 1);
    assert_eq!(plan.department_objectives[0].aligned_to, None);
    assert!(plan.information_needs.is_empty());
    let all = said(&restored.warnings);
    for expected in [
        "plans[0].initiatives[0] (“Orphan initiative”): its objective “o-deleted” is not in the plan",
        "“d-gone”, “i-gone”",
        "Objective of a removed department",
        "Aligned to nothing",
        "headcount",
        "Kept objective",
    ] {
        assert!(all.contains(expected), "no warning with {expected} in:\n{all}");
    }
    // The repaired plan is written and read back without further warnings.
    let again = restore(&export_workspace(&restored.workspace, META)).unwrap();
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
    assert_eq!(again.workspace, restored.workspace);
}

#[test]
fn tracking_logs_are_not_part_of_what_departments_sign() {
    use liaison::model::hash::plan_hash;
    let ws = restore(&fixture("plan-tracking-v1.liaison.json")).unwrap().workspace;
    let mut plan = ws.plans[0].clone();
    let before = plan_hash(&plan);
    plan.decisions.clear();
    plan.updates.clear();
    plan.lessons.clear();
    assert_eq!(plan_hash(&plan), before);
}

#[test]
fn repairs_tracking_logs_and_says_so() {
    let plan = r#"{"format": "liaison", "version": 1, "exported_at": "2026-11-22T10:00:00.000Z", "plans": [{"id": "p",
        "departments": [{"id": "d1", "name": "Finance"}],
        "decisions": [
          {"id": "a", "date": "soon", "title": "", "departments": ["d1", "gone"], "superseded_by": "b",
           "actions": [{"id": "x", "text": "Do", "due": "2026-13-01", "owner_department": "gone"}]},
          {"id": "b", "date": "2026-11-01", "title": "B", "superseded_by": "a"},
          {"id": "c", "date": "2026-11-01", "title": "C", "superseded_by": "nowhere"}],
        "updates": [{"id": "u", "date": "", "title": "W", "departments": ["gone"]}],
        "lessons": [{"id": "l", "what_happened": "x", "category": "planning", "applied": true}]}]}"#;
    let restored = restore(plan).unwrap();
    let p = &restored.workspace.plans[0];
    assert_eq!((p.decisions[0].title.as_str(), p.decisions[0].date.text().as_str()), ("Untitled decision", "2026-11-22"));
    assert_eq!(p.decisions[0].departments, ["d1"]);
    assert_eq!((p.decisions[0].actions[0].due.as_ref(), p.decisions[0].actions[0].owner_department.as_ref()), (None, None));
    assert_eq!(p.decisions[0].superseded_by, None, "the link closing the loop a → b → a is dropped");
    assert_eq!(p.decisions[1].superseded_by.as_deref(), Some("a"));
    assert_eq!(p.decisions[2].superseded_by, None);
    assert!(p.updates[0].departments.is_empty());
    let all = said(&restored.warnings);
    for expected in ["decisions[0] had no title", "decisions[0].date", "decisions[0].departments: “gone”",
                     "actions[0].due", "actions[0].owner_department", "decisions[0].superseded_by", "decisions[2].superseded_by",
                     "updates[0].date", "updates[0].departments"] {
        assert!(all.contains(expected), "no warning about {expected} in:\n{all}");
    }
    let twice = r#"{"format": "liaison", "version": 1, "plans": [{"id": "p", "lessons": [{"id": "l"}, {"id": "l"}]}]}"#;
    assert!(restore(twice).unwrap_err().to_string().contains("plans[0].lessons[1]"));
    let wrong = r#"{"format": "liaison", "version": 1, "plans": [{"id": "p", "lessons": [{"id": "l", "applied": "yes"}]}]}"#;
    assert!(restore(wrong).unwrap_err().to_string().contains("plans[0].lessons[0].applied: it should be true or false"));
}

#[test]
fn the_dashboard_of_the_tracking_fixture() {
    use liaison::model::dashboard::{dashboard, ApprovalStatus};
    let ws = restore(&fixture("plan-tracking-v1.liaison.json")).unwrap().workspace;
    let d = dashboard(&ws.plans[0], Day::parse("2026-11-22").unwrap());
    assert_eq!(d.objectives.iter().map(|o| o.percent).collect::<Vec<_>>(), [Some(50), Some(65), None]);
    assert_eq!(d.departments.iter().map(|o| o.percent).collect::<Vec<_>>(), [Some(43), Some(70), Some(30)]);
    let overdue: Vec<_> = d.overdue.iter().map(|a| a.what.as_str()).collect();
    assert_eq!(overdue, ["Weekly reply report", "Set up the shared inbox", "Finance approved an older version", "IT has not approved", "Marketing has not approved"]);
    assert_eq!(d.approval, ApprovalStatus::Waiting(vec!["Finance".into(), "IT".into(), "Marketing".into()]));
}

#[test]
fn plan_items_from_a_board_keep_their_origin_and_older_files_write_none() {
    use liaison::model::promote::promoted_from;
    use liaison::model::provenance::BoardItem;
    // The migration test of `origin`: it is optional, so the version stays 1.
    let older = restore(&fixture("plan-tracking-v1.liaison.json")).unwrap().workspace;
    assert!(!export_workspace(&older, META).contains("\"origin\""));
    let restored = restore(&fixture("plan-from-board-v1.liaison.json")).unwrap();
    assert!(restored.warnings.is_empty(), "{:?}", restored.warnings);
    let ws = restored.workspace;
    let plan = &ws.plans[0];
    let origin = plan.initiatives[0].origin.as_ref().unwrap();
    assert_eq!((origin.item, origin.item_id.as_str(), origin.votes), (BoardItem::Cluster, "c-tools", Some(4)));
    assert_eq!(plan.decisions[0].origin.as_ref().unwrap().votes, None);
    let lesson = plan.lessons[0].origin.as_ref().unwrap();
    assert_eq!(lesson.extra.get("facilitator"), Some(&serde_json::json!("Ana")), "unknown fields are kept");
    let found: Vec<_> = promoted_from(&ws, &"b-kickoff".into()).into_iter().map(|p| (p.item_id, p.kind.noun())).collect();
    assert_eq!(found, [("n-reply".to_string(), "objective"), ("c-tools".into(), "initiative"), ("c-tools".into(), "decision")]);
    let text = export_workspace(&ws, META);
    assert!(text.contains("\"facilitator\""));
    assert_eq!(restore(&text).unwrap().workspace, ws);
    // Where a plan item came from is not what departments sign.
    let mut without = plan.clone();
    without.objectives[0].origin = None;
    assert_eq!(liaison::model::hash::plan_hash(&without), liaison::model::hash::plan_hash(plan));
    // An origin this version cannot read (a newer kind of item, a wrong value) does not refuse the file:
    // it is kept as it came and written back.
    let odd = fixture("plan-from-board-v1.liaison.json").replace("\"votes\": 5", "\"votes\": \"five\"").replace("\"item\": \"cluster\"", "\"item\": \"sticker\"");
    let ws = restore(&odd).unwrap().workspace;
    assert!(ws.plans[0].objectives[0].origin.is_none() && ws.plans[0].initiatives[0].origin.is_none());
    assert_eq!(ws.plans[0].objectives[0].extra["origin"]["votes"], serde_json::json!("five"));
    let written = export_workspace(&ws, META);
    assert!(written.contains("\"five\"") && written.contains("\"sticker\""));
}

#[test]
fn times_are_read_in_any_rfc3339_spelling_and_written_in_one() {
    // The only round trip that changes the text: a time spelled with an offset or without
    // milliseconds is the same instant, and Liaison writes every instant one way, in UTC
    // with milliseconds, so that times compare and sort as instants.
    let text = r#"{"format": "liaison", "version": 1, "exported_at": "2026-11-22T12:00:00Z", "plans": [{"id": "p", "title": "Growth",
        "updated_at": "2026-11-22T11:00:00+01:00", "created_at": "2026-11-01T08:00:00Z",
        "departments": [{"id": "d", "name": "IT", "colour": "blue", "updated_at": "2026-11-22T09:59:59.5-00:30"}]}]}"#;
    let restored = restore(text).unwrap();
    assert!(restored.warnings.is_empty(), "{:?}", restored.warnings);
    let plan = &restored.workspace.plans[0];
    assert_eq!(plan.updated_at.text(), "2026-11-22T10:00:00.000Z");
    assert_eq!(plan.created_at.text(), "2026-11-01T08:00:00.000Z");
    // 09:59:59.5 half an hour behind UTC is 10:29:59.500Z: later than the plan's 10:00 although it reads earlier.
    assert_eq!(plan.departments[0].updated_at.text(), "2026-11-22T10:29:59.500Z");
    assert!(plan.departments[0].updated_at > plan.updated_at);
    let written = export_workspace(&restored.workspace, META);
    assert!(written.contains(r#""updated_at": "2026-11-22T10:00:00.000Z""#), "{written}");
    assert!(!written.contains("+01:00") && !written.contains("-00:30"), "{written}");
    assert_eq!(restore(&written).unwrap().workspace, restored.workspace);
}

#[test]
fn a_time_or_a_day_that_is_not_one_is_repaired_with_its_path() {
    use liaison::format::Repair;
    let text = r#"{"format": "liaison", "version": 1, "exported_at": "2026-11-22T12:00:00Z", "plans": [{"id": "p", "title": "Growth",
        "updated_at": "last tuesday",
        "initiatives": [{"id": "i", "objective_id": "", "title": "Inbox", "due": "31/12/2026", "updated_at": "2026-11-20T09:00:00Z"}],
        "approval_rounds": [{"id": "r", "plan_hash": "h", "opened_at": "soon", "required_departments": []}]}]}"#;
    let restored = restore(text).unwrap();
    let plan = &restored.workspace.plans[0];
    assert_eq!(plan.updated_at, WRITTEN, "a time that is not one falls back to when the file was written");
    assert_eq!(plan.initiatives[0].due, None);
    assert_eq!(plan.approval_rounds[0].opened_at, WRITTEN, "and inside the plan, to the plan's time");
    let paths: Vec<(&str, &Repair)> = restored.warnings.iter().map(|w| (w.path.as_str(), &w.repair)).collect();
    assert_eq!(paths, [
        ("plans[0].updated_at", &Repair::BadTime { found: "last tuesday".into() }),
        ("plans[0].initiatives[0].due", &Repair::BadDay { found: "31/12/2026".into(), used: None }),
        ("plans[0].approval_rounds[0].opened_at", &Repair::BadTime { found: "soon".into() }),
    ]);
    assert!(said(&restored.warnings).contains("plans[0].initiatives[0].due: “31/12/2026” is not a date, so it was left empty."));
}

#[test]
fn a_board_alone_shows_its_departments_where_its_plan_is_not() {
    use liaison::model::board::Board;
    let restored = restore(&fixture("board-elsewhere-v1.liaison.json")).unwrap();
    assert!(restored.warnings.is_empty(), "{:?}", restored.warnings);
    let ws = restored.workspace;
    let board = &ws.boards[0];
    assert!(ws.plan(board.plan_id.as_ref().unwrap()).is_none(), "its plan is elsewhere");
    let shown = board.known_departments(None);
    let tags: Vec<(String, &str)> = board.notes.iter().filter_map(|n| Board::note_tag(n, &shown)).map(|(name, c)| (name, c.name)).collect();
    assert_eq!(tags, [("Finance".to_string(), "orange"), ("IT".into(), "blue"), ("Support".into(), "sky-blue")]);
    assert_eq!(board.department_for_new_note(&"a-it".into(), &shown).as_deref(), Some("d-it"), "a lane still gives its department");
    let text = export_workspace(&ws, META);
    assert_eq!(restore(&text).unwrap().workspace, ws, "written back as it came");
}

#[test]
fn a_board_exported_alone_carries_its_plans_departments_as_they_are_now() {
    // Older boards have no copy: a change to the plan's departments gives them one.
    let mut ws = restore(&fixture("board-v1.liaison.json")).unwrap().workspace;
    assert!(ws.boards[0].departments.is_empty(), "written before boards kept a copy");
    let it = ws.plans[0].departments.iter().find(|d| d.name == "IT").unwrap().id.clone();
    let rename = PlanEdit::EditDepartment { department_id: it, edit: liaison::model::plan::DepartmentEdit::Name("Technology".into()) };
    apply(&mut ws, Command::EditPlan { plan_id: "p-growth".into(), edit: rename }, &mut env(&mut SequentialIds::default())).unwrap();
    let text = export_documents(&ws, &[DocRef::board(&"b-swot".into())], META);
    let alone = restore(&text).unwrap().workspace;
    assert!(alone.plans.is_empty());
    let names: Vec<String> = alone.boards[0].known_departments(None).into_iter().map(|d| d.name).collect();
    assert_eq!(names, ["Finance", "Technology"]);
}
