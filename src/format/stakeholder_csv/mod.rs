//! Stakeholders from pasted text or a CSV file, and the register and
//! communication plan as CSV (`write.rs`). Reading takes lines (one name
//! each), a spreadsheet's copy (tabs) or CSV (commas or semicolons, RFC 4180
//! quotes); a first row naming columns maps them by name, otherwise by place
//! ([`columns::POSITIONAL`]). It returns the good rows, each with its
//! warnings, and the bad rows with their line and reason: an empty name is
//! refused; a name already there is warned about; a score outside 1–5 is
//! clamped, an unknown attitude read as neutral, each with a warning.

pub mod columns;
mod row;
mod write;
#[cfg(test)]
mod tests;

use std::fmt;

pub use columns::Column;
pub use row::RowWarning;
pub use write::{communication_csv, register_csv};

use super::csv::{detect_separator, parse, Record};
use crate::model::plan::Plan;
use crate::model::stakeholder::{MapEdit, NewStakeholder, StakeholderMap};
use crate::model::text::fold_for_search;

/// What was read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StakeholderRows {
    pub rows: Vec<GoodRow>,
    pub bad: Vec<BadRow>,
    /// The separator found (`None`: one name per line).
    pub separator: Option<char>,
    /// Whether the first row was a header.
    pub header: bool,
    /// Headers Liaison does not know: their columns were not read.
    pub ignored_columns: Vec<String>,
}

/// A row that becomes a stakeholder.
#[derive(Debug, Clone, PartialEq)]
pub struct GoodRow {
    /// The line of the text it starts on (1 is the first).
    pub line: usize,
    pub stakeholder: NewStakeholder,
    pub warnings: Vec<RowWarning>,
}

/// A row left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRow {
    pub line: usize,
    pub reason: RowError,
}

/// Why a row was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowError {
    EmptyName,
    /// A quote opened on this line is never closed.
    UnclosedQuote,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyName => write!(f, "the name is empty"),
            Self::UnclosedQuote => write!(f, "a quote (\") opened here is never closed"),
        }
    }
}

impl StakeholderRows {
    /// The edit adding every good row in one undoable step (`None` when there is none).
    pub fn edit(&self) -> Option<MapEdit> {
        (!self.rows.is_empty()).then(|| MapEdit::AddStakeholders(self.rows.iter().map(|r| r.stakeholder.clone()).collect()))
    }

    /// How many rows have warnings.
    pub fn warned(&self) -> usize {
        self.rows.iter().filter(|r| !r.warnings.is_empty()).count()
    }
}

/// Reads pasted text or a CSV file's text into stakeholders for `map`;
/// departments, owners and initiatives are found by name in `plan` (the
/// map's linked plan, when here).
pub fn read_stakeholders(text: &str, map: &StakeholderMap, plan: Option<&Plan>) -> StakeholderRows {
    let separator = detect_separator(text);
    let mut records = parse(text, separator).into_iter().peekable();
    let header: Option<Vec<Option<Column>>> = records.peek().and_then(header_of);
    let mut read = StakeholderRows { separator, header: header.is_some(), ..StakeholderRows::default() };
    let columns: Vec<Option<Column>> = match header {
        Some(columns) => {
            let first = records.next().expect("peeked");
            read.ignored_columns =
                first.cells.iter().zip(&columns).filter(|(c, col)| col.is_none() && !c.trim().is_empty()).map(|(c, _)| c.trim().to_string()).collect();
            columns
        }
        None => columns::POSITIONAL.iter().copied().map(Some).collect(),
    };
    let mut names: Vec<String> = map.stakeholders.iter().map(|s| fold_for_search(s.name.trim())).collect();
    let known = row::Known::of(plan);
    for record in records {
        let Record { line, cells, unclosed_quote } = record;
        if unclosed_quote {
            read.bad.push(BadRow { line, reason: RowError::UnclosedQuote });
            continue;
        }
        match row::read_row(&cells, &columns, &known) {
            Ok((stakeholder, mut warnings)) => {
                let folded = fold_for_search(stakeholder.name.trim());
                if names.contains(&folded) {
                    warnings.insert(0, RowWarning::DuplicateName { name: stakeholder.name.clone() });
                }
                names.push(folded);
                read.rows.push(GoodRow { line, stakeholder, warnings });
            }
            Err(reason) => read.bad.push(BadRow { line, reason }),
        }
    }
    read
}

/// The columns the first record names, if it is a header: it names the
/// name column, or at least two columns Liaison knows.
fn header_of(first: &Record) -> Option<Vec<Option<Column>>> {
    let columns: Vec<Option<Column>> = first.cells.iter().map(|c| Column::from_header(c)).collect();
    let known = columns.iter().flatten().count();
    (columns.contains(&Some(Column::Name)) || known >= 2).then_some(columns)
}
