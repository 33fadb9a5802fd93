//! Stakeholder maps as a compatibility boundary: the fixture reads with
//! every field and writes back unchanged (unknown fields kept); an older
//! title-only map still reads and writes back as it was; bad entries are
//! repaired or left out with typed warnings naming their path; pasting and
//! CSV handle a thousand lines quickly; the plan ties read from a file.

use std::time::Instant;

use liaison::format::stakeholder_csv::{read_stakeholders, register_csv};
use liaison::format::{export_workspace, restore, ExportMeta, Repair, StakeholderRepair};
use liaison::model::stakeholder::ties::{stakeholder_risks, unasked_key_players, Unasked};
use liaison::model::stakeholder::{Attitude, Channel, Frequency, NextContact, Strategy};
use liaison::model::{Day, Timestamp};

const WRITTEN: Timestamp = Timestamp::from_millis(1_795_348_800_000);
const META: ExportMeta<'static> = ExportMeta { now: WRITTEN, by: "Liaison" };

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

#[test]
fn a_map_reads_with_every_field_and_round_trips_with_unknown_fields() {
    let restored = restore(&fixture("stakeholder-map-v1.liaison.json")).unwrap();
    assert!(restored.warnings.is_empty(), "{:?}", restored.warnings);
    let ws = &restored.workspace;
    let map = &ws.stakeholder_maps[0];
    assert_eq!(map.stakeholders.len(), 3);
    let ines = &map.stakeholders[0];
    assert_eq!((ines.power.get(), ines.interest.get(), ines.attitude), (5, 4, Attitude::Critic));
    assert!(ines.is_key_player());
    assert_eq!(ines.placements.len(), 2);
    assert_eq!(ines.communication.contacts[0].day, day("2026-11-10"));
    assert_eq!(ines.next_contact(&ws.plans[0].initiatives), NextContact::Due(day("2026-11-24")));
    assert_eq!(ines.extra["mood_ring"], "kept as it came");
    let council = &map.stakeholders[1];
    assert_eq!(council.strategy().strategy, Strategy::KeepSatisfied);
    assert!(council.strategy().overridden);
    assert_eq!((council.channel_label(), council.frequency().0), ("Monthly council meeting".to_string(), Frequency::PerMilestone));
    assert_eq!(council.next_contact(&ws.plans[0].initiatives), NextContact::Due(day("2027-03-01")));
    assert_eq!(map.stakeholders[2].channel(), (Channel::Newsletter, true));
    let spread = map.assessments[0].spread(&"s-ines".into()).unwrap();
    assert!(spread.wide());
    assert_eq!(map.extra["facilitator_notes"], "kept as it came");

    let written = export_workspace(ws, META);
    let again = restore(&written).unwrap();
    assert_eq!(again.workspace, restored.workspace);
    let value: serde_json::Value = serde_json::from_str(&written).unwrap();
    let press = &value["stakeholder_maps"][0]["stakeholders"][2];
    assert!(press.get("communication").is_none() && press.get("placements").is_none(), "empty parts are left out: {press}");
}

#[test]
fn an_older_title_only_map_still_reads_and_writes_back_unchanged() {
    let full = fixture("full-v1.liaison.json");
    let restored = restore(&full).unwrap();
    let map = &restored.workspace.stakeholder_maps[0];
    assert!(map.stakeholders.is_empty() && map.assessments.is_empty());
    let written: serde_json::Value = serde_json::from_str(&export_workspace(&restored.workspace, META)).unwrap();
    let original: serde_json::Value = serde_json::from_str(&full).unwrap();
    assert_eq!(written["stakeholder_maps"], original["stakeholder_maps"]);
}

#[test]
fn bad_entries_are_repaired_or_left_out_with_their_path() {
    let text = fixture("stakeholder-map-v1.liaison.json")
        .replace(r#""power": 5, "interest": 4, "attitude": "critic""#, r#""power": 9, "interest": 0, "attitude": "grumpy""#)
        .replace(r#""id": "s-press", "name": "Local Gazette""#, r#""id": "s-ines", "name": "Local Gazette""#)
        .replace(r#""kind": "group""#, r#""kind": "committee""#)
        .replace(r#""tags": ["budget", "systems"]"#, r#""tags": ["budget", "systems"], "initiative_ids_": 1"#)
        .replace(r#"{ "id": "c-1", "day": "2026-11-10""#, r#"{ "id": "c-1", "day": "someday""#)
        .replace(r#""participant_id": "pa-1", "stakeholder_id": "s-council""#, r#""participant_id": "pa-9", "stakeholder_id": "s-council""#);
    let restored = restore(&text).unwrap();
    let map = &restored.workspace.stakeholder_maps[0];
    let ines = &map.stakeholders[0];
    assert_eq!((ines.power.get(), ines.interest.get(), ines.attitude), (5, 1, Attitude::Neutral));
    assert_eq!(map.stakeholders.len(), 2, "the repeated id is left out");
    assert!(ines.communication.contacts.is_empty(), "a contact without a day is left out");
    assert_eq!(map.assessments[0].scores.len(), 3);
    let seen: Vec<(&str, &Repair)> = restored.warnings.iter().map(|w| (w.path.as_str(), &w.repair)).collect();
    let at = "stakeholder_maps[0]";
    let expect = |path: &str, repair: StakeholderRepair| (path.to_string(), Repair::Stakeholder(repair));
    let wanted = [
        expect(&format!("{at}.stakeholders[0].power"), StakeholderRepair::ScoreClamped { found: "9".into(), used: 5 }),
        expect(&format!("{at}.stakeholders[0].interest"), StakeholderRepair::ScoreClamped { found: "0".into(), used: 1 }),
        expect(&format!("{at}.stakeholders[0].attitude"), StakeholderRepair::UnknownAttitude { found: "grumpy".into() }),
        expect(&format!("{at}.stakeholders[1].kind"), StakeholderRepair::UnknownValue { found: "committee".into(), used: "person" }),
        expect(&format!("{at}.stakeholders[2]"), StakeholderRepair::Repeated { id: "s-ines".into() }),
        expect(&format!("{at}.assessments[0]"), StakeholderRepair::Dangling { what: "score", count: 1 }),
    ];
    for (path, repair) in &wanted {
        assert!(seen.contains(&(path.as_str(), repair)), "{path}: {repair:?} not in {seen:#?}");
    }
    let said: Vec<String> = restored.warnings.iter().map(ToString::to_string).collect();
    assert!(said.contains(&format!("{at}.stakeholders[0].power: 9 is not a score from 1 to 5, so 5 was used.")), "{said:#?}");
    assert!(said.iter().any(|s| s.starts_with(&format!("{at}.stakeholders[0].communication.contacts[0].day"))), "{said:#?}");
    let rewritten = restore(&export_workspace(&restored.workspace, META)).unwrap();
    assert!(rewritten.warnings.is_empty(), "what was repaired is written right: {:?}", rewritten.warnings);
}

#[test]
fn a_map_with_a_wrong_list_still_opens() {
    let text = fixture("stakeholder-map-v1.liaison.json").replace(r#""assessments": ["#, r#""assessments": 5, "was": ["#);
    let restored = restore(&text).unwrap();
    assert!(restored.workspace.stakeholder_maps[0].assessments.is_empty());
    assert!(restored.warnings.iter().any(|w| w.path == "stakeholder_maps[0].assessments"));
}

#[test]
fn the_plan_ties_read_from_a_file() {
    let ws = restore(&fixture("stakeholder-map-v1.liaison.json")).unwrap().workspace;
    let plan = &ws.plans[0];
    let unasked = unasked_key_players(&ws.stakeholder_maps, plan);
    let seen: Vec<(&str, &Unasked)> = unasked.iter().map(|u| (u.stakeholder_id.as_str(), &u.why)).collect();
    assert_eq!(seen, [("s-ines", &Unasked::Department("d-it".into())), ("s-council", &Unasked::Outside { organisation: "Staff representation".into() })]);
    let risks: Vec<(String, Attitude)> = stakeholder_risks(&ws.stakeholder_maps, plan).into_iter().map(|r| (r.name, r.attitude)).collect();
    assert_eq!(risks, [("Works council".to_string(), Attitude::Blocker), ("Ines Duarte".to_string(), Attitude::Critic)]);
}

#[test]
fn a_thousand_pasted_lines_and_a_thousand_stakeholders_are_quick() {
    let ws = restore(&fixture("stakeholder-map-v1.liaison.json")).unwrap().workspace;
    let (plan, map) = (&ws.plans[0], &ws.stakeholder_maps[0]);
    let text: String = std::iter::once("Name,Role,Department,Power,Interest,Attitude\r\n".to_string())
        .chain((0..1000).map(|n| format!("\"Person {n}, Jr\",\"Role \"\"{n}\"\"\",Finance,{},{},supporter\r\n", n % 7, n % 5 + 1)))
        .collect();
    let started = Instant::now();
    let read = read_stakeholders(&text, map, Some(plan));
    let took = started.elapsed();
    assert_eq!((read.rows.len(), read.bad.len()), (1000, 0));
    assert!(took.as_millis() < 500, "1,000 lines took {took:?}");

    let many: Vec<String> = (0..1000)
        .map(|n| format!(r#"{{ "id": "s{n}", "name": "Person {n}", "power": {}, "interest": {}, "attitude": "neutral" }}"#, n % 5 + 1, n % 3 + 1))
        .collect();
    let file = fixture("stakeholder-map-v1.liaison.json").replacen(r#""stakeholders": ["#, &format!(r#""stakeholders": [{},"#, many.join(",")), 1);
    let started = Instant::now();
    let big = restore(&file).unwrap().workspace;
    assert_eq!(big.stakeholder_maps[0].stakeholders.len(), 1003);
    let csv = register_csv(&big.stakeholder_maps[0], Some(plan));
    assert!(started.elapsed().as_millis() < 1000, "{:?}", started.elapsed());
    assert_eq!(csv.matches("\r\n").count(), 1004);
}
