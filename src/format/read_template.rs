//! Reads and repairs the board templates a user saved (`board_templates`):
//! defaults for what is missing, exact paths for what is wrong, and each
//! repair said (an empty name or area title, a grid too wide to show).

use super::error::ImportError;
use super::read::Fields;
use super::repair::repair_title;
use super::warning::{Repair, Warning};
use crate::model::board::{BoardTemplate, TemplateArea};
use crate::model::time::Timestamp;

/// The widest grid a template keeps; wider is read as this.
pub const MAX_COLUMNS: u32 = 12;

/// One saved template; times it lacks are the file's.
pub fn board_template(mut f: Fields, file_time: Timestamp) -> Result<BoardTemplate, ImportError> {
    let updated_at = f.time("updated_at", file_time)?;
    let columns_path = f.path_of("columns");
    let columns = f.opt_whole("columns")?.unwrap_or_default();
    let kept = columns.min(u64::from(MAX_COLUMNS)) as u32;
    if u64::from(kept) != columns {
        f.notes().push(Warning::new(columns_path, Repair::OutOfRange { found: columns, used: u64::from(kept) }));
    }
    Ok(BoardTemplate {
        id: f.id("id")?,
        title: f.text("title")?,
        columns: kept,
        areas: f.list("areas", |mut a| Ok(TemplateArea { title: a.text("title")?, extra: a.rest() }))?,
        created_at: f.time("created_at", updated_at)?,
        updated_at,
        extra: f.rest(),
    })
}

/// Names what has no name: the template, then each area by its place.
pub fn repair_template(template: &mut BoardTemplate, path: &str, warnings: &mut Vec<Warning>) {
    repair_title(&mut template.title, "Untitled template", || path.to_string(), warnings);
    for (n, area) in template.areas.iter_mut().enumerate() {
        repair_title(&mut area.title, &format!("Area {}", n + 1), || format!("{path}.areas[{n}]"), warnings);
    }
}
