//! One row of a stakeholder table into a [`NewStakeholder`]: each cell read
//! by its column, forgivingly (a bad value is left out or replaced, with a
//! warning); only an empty name refuses the row.

use std::fmt;

use super::columns::{choice, list, squash, Column};
use super::RowError;
use crate::format::csv::unguard;
use crate::model::ids::{DepartmentId, InitiativeId};
use crate::model::plan::{Department, Plan};
use crate::model::stakeholder::{Affiliation, Attitude, Channel, Frequency, NewStakeholder, Position, Score, StakeholderKind, Strategy};
use crate::model::structure::Initiative;
use crate::model::time::Day;

/// Said about a row that was still read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowWarning {
    /// The name is on the map already, or earlier in the text.
    DuplicateName { name: String },
    /// A score outside 1–5, clamped.
    ScoreClamped { column: Column, found: String, used: u8 },
    /// A score that is not a whole number: the middle (3) was used.
    NotAScore { column: Column, found: String },
    UnknownAttitude { found: String },
    /// A kind, strategy or frequency Liaison does not know: left as the default.
    UnknownValue { column: Column, found: String },
    /// Not a department of the plan: read as an outside organisation.
    DepartmentAsOrganisation { found: String },
    /// An owner that is not a department of the plan: left out.
    UnknownOwner { found: String },
    /// An initiative the plan does not have: left out.
    UnknownInitiative { found: String },
    /// Not a `YYYY-MM-DD` day: left out.
    BadDay { found: String },
}

impl fmt::Display for RowWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DuplicateName { name } => write!(f, "“{name}” is already on the map: added again"),
            Self::ScoreClamped { column, found, used } => write!(f, "{}: {found} is not from 1 to 5, so {used} was used", column.header()),
            Self::NotAScore { column, found } => write!(f, "{}: “{found}” is not a score, so 3 was used", column.header()),
            Self::UnknownAttitude { found } => write!(f, "Attitude: “{found}” is not known, so neutral was used"),
            Self::UnknownValue { column, found } => write!(f, "{}: “{found}” is not known, so it was left as the default", column.header()),
            Self::DepartmentAsOrganisation { found } => write!(f, "“{found}” is not a department of the plan, so it was read as an outside organisation"),
            Self::UnknownOwner { found } => write!(f, "Owner: “{found}” is not a department of the plan, so it was left out"),
            Self::UnknownInitiative { found } => write!(f, "Initiatives: “{found}” is not in the plan, so it was left out"),
            Self::BadDay { found } => write!(f, "Last contact: “{found}” is not a date (YYYY-MM-DD), so it was left out"),
        }
    }
}

/// The plan's departments and initiatives, to find by name (or id).
pub(super) struct Known<'a> {
    departments: &'a [Department],
    initiatives: &'a [Initiative],
}

impl<'a> Known<'a> {
    pub fn of(plan: Option<&'a Plan>) -> Known<'a> {
        match plan {
            Some(p) => Known { departments: &p.departments, initiatives: &p.initiatives },
            None => Known { departments: &[], initiatives: &[] },
        }
    }

    fn department(&self, cell: &str) -> Option<DepartmentId> {
        let key = squash(cell);
        self.departments.iter().find(|d| squash(&d.name) == key || d.id.as_str() == cell.trim()).map(|d| d.id.clone())
    }

    fn initiative(&self, cell: &str) -> Option<InitiativeId> {
        let key = squash(cell);
        self.initiatives.iter().find(|i| squash(&i.title) == key || i.id.as_str() == cell.trim()).map(|i| i.id.clone())
    }
}

/// The stakeholder of one row and what was said about it.
pub(super) fn read_row(cells: &[String], columns: &[Option<Column>], known: &Known<'_>) -> Result<(NewStakeholder, Vec<RowWarning>), RowError> {
    let mut s = NewStakeholder::default();
    let mut warnings = Vec::new();
    let (mut power, mut interest) = (None, None);
    let mut strategy = None;
    for (cell, column) in cells.iter().zip(columns) {
        let (Some(column), cell) = (*column, unguard(cell.trim()).trim()) else { continue };
        if cell.is_empty() {
            continue;
        }
        match column {
            Column::Name => s.name = cell.to_string(),
            Column::Kind => match choice::<StakeholderKind>(cell, StakeholderKind::label) {
                Some(kind) => s.kind = kind,
                None if squash(cell) == "organization" => s.kind = StakeholderKind::Organisation,
                None => warnings.push(RowWarning::UnknownValue { column, found: cell.into() }),
            },
            Column::Role => s.role = cell.into(),
            Column::Department | Column::DepartmentOrOrganisation => match known.department(cell) {
                Some(id) => s.affiliation = Affiliation::Department(id),
                None => {
                    if column == Column::Department {
                        warnings.push(RowWarning::DepartmentAsOrganisation { found: cell.into() });
                    }
                    s.affiliation = Affiliation::Outside(cell.into());
                }
            },
            Column::Organisation if !matches!(s.affiliation, Affiliation::Department(_)) => s.affiliation = Affiliation::Outside(cell.into()),
            Column::Organisation => {}
            Column::Contact => s.contact = cell.into(),
            Column::Power => power = Some(score(cell, column, &mut warnings)),
            Column::Interest => interest = Some(score(cell, column, &mut warnings)),
            Column::Attitude => match choice::<Attitude>(cell, Attitude::label) {
                Some(attitude) => s.attitude = attitude,
                None => warnings.push(RowWarning::UnknownAttitude { found: cell.into() }),
            },
            Column::Strategy => match choice::<Strategy>(cell, Strategy::label) {
                Some(chosen) => strategy = Some(chosen),
                None => warnings.push(RowWarning::UnknownValue { column, found: cell.into() }),
            },
            Column::Tags => s.tags = list(cell),
            Column::Notes => s.notes = cell.into(),
            Column::Initiatives => {
                for title in list(cell) {
                    match known.initiative(&title) {
                        Some(id) => s.initiative_ids.push(id),
                        None => warnings.push(RowWarning::UnknownInitiative { found: title }),
                    }
                }
            }
            Column::Owner => match known.department(cell) {
                Some(id) => s.owner_department_id = Some(id),
                None => warnings.push(RowWarning::UnknownOwner { found: cell.into() }),
            },
            Column::NeedsToHear => s.needs_to_hear = cell.into(),
            Column::Channel => match choice::<Channel>(cell, Channel::label) {
                Some(channel) => s.channel = Some(channel),
                None => (s.channel, s.channel_other) = (Some(Channel::Other), cell.into()),
            },
            Column::Frequency => match choice::<Frequency>(cell, Frequency::label) {
                Some(frequency) => s.frequency = Some(frequency),
                None => warnings.push(RowWarning::UnknownValue { column, found: cell.into() }),
            },
            Column::LastContact => match Day::parse(cell) {
                Some(day) => s.last_contact = Some(day),
                None => warnings.push(RowWarning::BadDay { found: cell.into() }),
            },
            Column::Quadrant | Column::NextContactDue => {}
        }
    }
    if s.name.trim().is_empty() {
        return Err(RowError::EmptyName);
    }
    if power.is_some() || interest.is_some() {
        s.position = Some(Position::new(power.unwrap_or_default(), interest.unwrap_or_default()));
    }
    follow_defaults(&mut s, strategy);
    Ok((s, warnings))
}

/// A strategy, channel or frequency equal to what the position gives reads
/// as following it (the files written show the defaults in full), so
/// writing and reading back changes nothing.
fn follow_defaults(s: &mut NewStakeholder, strategy: Option<Strategy>) {
    let from_quadrant = s.position.unwrap_or_default().quadrant().strategy();
    s.strategy_override = strategy.filter(|chosen| *chosen != from_quadrant);
    let (channel, frequency) = crate::model::stakeholder::communication::default_for(s.strategy_override.unwrap_or(from_quadrant));
    if s.channel == Some(channel) {
        s.channel = None;
    }
    if s.frequency == Some(frequency) {
        s.frequency = None;
    }
}

/// A score from a cell: clamped to 1–5, or 3 when not a whole number, with a warning.
fn score(cell: &str, column: Column, warnings: &mut Vec<RowWarning>) -> Score {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        warnings.push(RowWarning::NotAScore { column, found: cell.into() });
        return Score::default();
    }
    let n = digits.bytes().fold(0i64, |n, b| n * 10 + i64::from(b - b'0')) * if cell.starts_with('-') { -1 } else { 1 };
    let used = Score::clamped(n);
    if i64::from(used.get()) != n {
        warnings.push(RowWarning::ScoreClamped { column, found: cell.into(), used: used.get() });
    }
    used
}
