//! Times the pure import steps natively on a file, next to the cost of plain
//! JSON parsing, to see where import time goes:
//! `cargo run --release --example import_timing -- big.liaison.json`.

use std::time::Instant;

use liaison::format::{apply_import, preview_import, restore, ConflictChoice};
use liaison::model::ids::SequentialIds;
use liaison::model::{Env, Timestamp, Workspace};

fn timed<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let result = f();
    println!("{label:<34} {:>8.1} ms", start.elapsed().as_secs_f64() * 1e3);
    result
}

fn main() {
    let path = std::env::args().nth(1).expect("a file to read");
    let text = std::fs::read_to_string(path).expect("a readable file");
    timed("floor: skim the JSON", || serde_json::from_str::<serde::de::IgnoredAny>(&text).unwrap());
    timed("floor: parse into serde_json::Value", || serde_json::from_str::<serde_json::Value>(&text).unwrap());
    let restored = timed("restore (check, read, repair)", || restore(&text).unwrap());
    let mut ws = Workspace::default();
    let preview = timed("preview against an empty workspace", || preview_import(&ws, restored.workspace));
    let mut ids = SequentialIds::default();
    let now = Timestamp::parse("2026-11-22T10:00:00Z").expect("a time");
    let mut cx = Env { now, today: now.day_utc(), ids: &mut ids };
    timed("apply", || apply_import(&mut ws, preview, ConflictChoice::KeepBoth, &mut cx));
}
