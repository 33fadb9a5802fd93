//! Saved board templates as a compatibility boundary: a file holding them
//! reads, keeps what it does not know and writes back unchanged; a file
//! without them writes none; what can be repaired is, with a typed warning
//! naming where; a wrong shape is refused with its path.

use liaison::format::{export_workspace, restore, ExportMeta, ImportError, Repair};
use liaison::model::ids::SequentialIds;
use liaison::model::{apply, Command, Env, Timestamp};

const WRITTEN: Timestamp = Timestamp::from_millis(1_795_348_800_000);
const META: ExportMeta<'static> = ExportMeta { now: WRITTEN, by: "Liaison" };

fn fixture() -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/board-templates-v1.liaison.json", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn saved_templates_read_and_round_trip_with_unknown_fields() {
    let restored = restore(&fixture()).unwrap();
    assert!(restored.warnings.is_empty(), "{:?}", restored.warnings);
    let templates = &restored.workspace.board_templates;
    assert_eq!(templates.len(), 2);
    let retro = &templates[0];
    assert_eq!((retro.title.as_str(), retro.columns), ("Quarterly retro", 3));
    assert_eq!(retro.areas.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(), ["Went well", "To change", "Ideas"]);
    assert_eq!(retro.extra["made_by"], "a later version");
    assert_eq!(retro.areas[1].extra["hint"], "kept as it came");
    assert!(templates[1].areas.is_empty() && templates[1].columns == 0);

    let written = export_workspace(&restored.workspace, META);
    let again = restore(&written).unwrap();
    assert_eq!(again.workspace, restored.workspace);
    let value: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert!(value["board_templates"][1].get("areas").is_none(), "empty lists are left out");
}

#[test]
fn a_file_without_templates_writes_none() {
    let mut ws = restore(&fixture()).unwrap().workspace;
    ws.board_templates.clear();
    let written = export_workspace(&ws, META);
    assert!(!written.contains("board_templates"));
}

#[test]
fn a_board_made_from_a_read_template_has_its_areas() {
    let mut ws = restore(&fixture()).unwrap().workspace;
    let mut ids = SequentialIds::default();
    let mut env = Env { now: WRITTEN, today: WRITTEN.day_utc(), ids: &mut ids };
    let command = Command::CreateBoardFromTemplate { template_id: "t-retro".into(), title: None, plan_id: None };
    let board = apply(&mut ws, command, &mut env).unwrap().created.unwrap();
    let board = ws.board(&board.id.as_str().into()).unwrap();
    assert_eq!(board.title, "Quarterly retro");
    assert_eq!((board.columns, board.areas.len(), board.notes.len()), (3, 3, 0));
}

#[test]
fn repairs_are_said_with_their_kind_and_place() {
    let text = fixture()
        .replace(r#""title": "Quarterly retro""#, r#""title": "  ""#)
        .replace(r#"{ "title": "Ideas" }"#, r#"{ "title": "" }"#)
        .replace(r#""columns": 3"#, r#""columns": 40"#);
    let restored = restore(&text).unwrap();
    let repairs: Vec<(&str, &Repair)> = restored.warnings.iter().map(|w| (w.path.as_str(), &w.repair)).collect();
    assert_eq!(
        repairs,
        [
            ("board_templates[0].columns", &Repair::OutOfRange { found: 40, used: 12 }),
            ("board_templates[0]", &Repair::Untitled { called: "Untitled template".into() }),
            ("board_templates[0].areas[2]", &Repair::Untitled { called: "Area 3".into() }),
        ]
    );
    let retro = &restored.workspace.board_templates[0];
    assert_eq!((retro.title.as_str(), retro.columns, retro.areas[2].title.as_str()), ("Untitled template", 12, "Area 3"));
    assert!(restored.warnings[0].to_string().contains("40 is more than can be used, so 12 was used"));
}

#[test]
fn wrong_shapes_and_repeated_ids_are_refused_with_their_path() {
    let wrong = fixture().replace(r#""columns": 3"#, r#""columns": "three""#);
    let error = restore(&wrong).unwrap_err().to_string();
    assert!(error.contains("board_templates[0].columns"), "{error}");
    let wrong = fixture().replace(r#"{ "title": "Ideas" }"#, r#""Ideas""#);
    assert!(restore(&wrong).unwrap_err().to_string().contains("board_templates[0].areas[2]"));
    let repeated = fixture().replace(r#""id": "t-empty""#, r#""id": "t-retro""#);
    assert!(matches!(restore(&repeated), Err(ImportError::DuplicateId { .. })));
}
