//! Brings files of older versions up to [`CURRENT_VERSION`], one step at a time,
//! on the raw JSON before it is read into typed values.

use serde_json::Value;

use super::envelope::CURRENT_VERSION;

/// One step: rewrites a file of version `from` into version `from + 1`.
type Step = fn(&mut Value);

/// `STEPS[n]` turns version `n + 1` into `n + 2`. Version 1 is the first
/// released format, so there are none yet; each future format change adds one
/// step here, a fixture in `tests/fixtures/` and a test in `tests/format_files.rs`.
const STEPS: [Step; (CURRENT_VERSION - 1) as usize] = [];

/// Migrates `file` (of version `from`, 1 ≤ from ≤ current) to the current
/// version and returns how many steps ran.
pub fn migrate(file: &mut Value, from: u64) -> usize {
    let first = from.saturating_sub(1) as usize;
    let steps = STEPS.get(first..).unwrap_or(&[]);
    for step in steps {
        step(file);
    }
    if let Some(object) = file.as_object_mut() {
        object.insert("version".into(), Value::from(CURRENT_VERSION));
    }
    steps.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn current_version_passes_through_unchanged() {
        let mut file = json!({"format": "liaison", "version": 1, "plans": []});
        let before = file.clone();
        assert_eq!(migrate(&mut file, CURRENT_VERSION), 0);
        assert_eq!(file, before);
    }
}
