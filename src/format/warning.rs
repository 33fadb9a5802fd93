//! What was repaired while a file or a stored entry was read: where (the
//! path of the field in the file) and what was done, so the user can be told
//! in a sentence and the app can group or count repairs by kind.

use std::fmt;

use crate::model::time::Day;

/// One repair, at one place of a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// Where in the file: `plans[0].initiatives[2].due`; empty when it is
    /// about the whole file.
    pub path: String,
    /// The title of the thing at `path`, when that helps people find it.
    pub about: Option<String>,
    pub repair: Repair,
}

/// What was done.
#[derive(Debug, Clone, PartialEq)]
pub enum Repair {
    /// The file was written in an older format and was brought up to date.
    Migrated { from: u64, to: u64 },
    /// It had no title and now has this one.
    Untitled { called: String },
    /// A time that is not a time was replaced by the nearest one known
    /// (the time of what holds it, or of the file).
    BadTime { found: String },
    /// A day that is not a day: left empty, or replaced by `used`.
    BadDay { found: String, used: Option<Day> },
    /// A number beyond what can be used was replaced by the nearest that can.
    OutOfRange { found: u64, used: u64 },
    /// An entry of a board's copy of its departments was left out, or shown grey.
    DepartmentCopy(CopyRepair),
    /// A stakeholder map's entry was repaired or left out.
    Stakeholder(StakeholderRepair),
    /// Any other repair, as a sentence about what is at the path.
    Other(String),
}

/// What was wrong with one department a board keeps a copy of (its name and
/// colour, to show notes where the plan is not).
#[derive(Debug, Clone, PartialEq)]
pub enum CopyRepair {
    /// Not readable (not an object, a field of the wrong kind): left out.
    Unreadable { detail: String },
    /// No id or no name, so no note could show it: left out.
    Incomplete,
    /// A second entry for the same department: left out.
    Repeated { id: String },
    /// A colour not in the palette: shown grey.
    UnknownColour { found: String },
}

/// What was wrong with a part of a stakeholder map (a stakeholder, a
/// placement, a contact, an assessment): maps are read forgivingly, so no
/// bad entry refuses the file.
#[derive(Debug, Clone, PartialEq)]
pub enum StakeholderRepair {
    /// A power or interest score outside 1–5 (or not a whole number): the nearest score was used.
    ScoreClamped { found: String, used: u8 },
    /// An attitude this version does not know: read as neutral.
    UnknownAttitude { found: String },
    /// Another value this version does not know (a kind, channel,
    /// frequency, strategy): `used` instead (empty: left out).
    UnknownValue { found: String, used: &'static str },
    /// Not readable (not an object, a field of the wrong kind, no id): left out.
    Dropped { detail: String },
    /// A second entry with the same id: left out.
    Repeated { id: String },
    /// No name: given this one.
    Unnamed { called: String },
    /// Entries pointing at a stakeholder or participant not there: left out.
    Dangling { what: &'static str, count: usize },
}

impl Warning {
    pub fn new(path: impl Into<String>, repair: Repair) -> Warning {
        Warning { path: path.into(), about: None, repair }
    }

    /// The same warning, naming the title of what it is about.
    pub fn about(mut self, title: impl Into<String>) -> Warning {
        self.about = Some(title.into());
        self
    }

    /// A repair told in a sentence about the thing at `path`.
    pub fn said(path: impl Into<String>, sentence: impl Into<String>) -> Warning {
        Warning::new(path, Repair::Other(sentence.into()))
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = match &self.about {
            Some(title) => format!("{} (“{title}”)", self.path),
            None => self.path.clone(),
        };
        match &self.repair {
            Repair::Migrated { from, to } => {
                write!(f, "This file was written in format version {from} and was updated to version {to}.")
            }
            Repair::Untitled { called } => write!(f, "{path} had no title and was called “{called}”."),
            Repair::BadTime { found } => write!(f, "{path}: “{found}” is not a valid time and was replaced."),
            Repair::BadDay { found, used: None } => write!(f, "{path}: “{found}” is not a date, so it was left empty."),
            Repair::BadDay { found, used: Some(day) } => write!(f, "{path}: “{found}” is not a date, so {day} was used."),
            Repair::OutOfRange { found, used } => write!(f, "{path}: {found} is more than can be used, so {used} was used."),
            Repair::DepartmentCopy(CopyRepair::Unreadable { detail }) => write!(f, "{path}: {detail}, so this department was left out."),
            Repair::DepartmentCopy(CopyRepair::Incomplete) => write!(f, "{path}: a department without an id or a name was left out."),
            Repair::DepartmentCopy(CopyRepair::Repeated { id }) => write!(f, "{path}: the department “{id}” was listed again and left out."),
            Repair::DepartmentCopy(CopyRepair::UnknownColour { found }) => {
                write!(f, "{path}: “{found}” is not a department colour, so it is shown grey.")
            }
            Repair::Stakeholder(repair) => stakeholder_sentence(f, &path, repair),
            Repair::Other(sentence) if path.is_empty() => f.write_str(sentence),
            Repair::Other(sentence) => write!(f, "{path}: {sentence}"),
        }
    }
}

fn stakeholder_sentence(f: &mut fmt::Formatter<'_>, path: &str, repair: &StakeholderRepair) -> fmt::Result {
    match repair {
        StakeholderRepair::ScoreClamped { found, used } => write!(f, "{path}: {found} is not a score from 1 to 5, so {used} was used."),
        StakeholderRepair::UnknownAttitude { found } => write!(f, "{path}: “{found}” is not an attitude Liaison knows, so it reads as neutral."),
        StakeholderRepair::UnknownValue { found, used: "" } => write!(f, "{path}: “{found}” is not a value Liaison knows, so it was left out."),
        StakeholderRepair::UnknownValue { found, used } => write!(f, "{path}: “{found}” is not a value Liaison knows, so “{used}” was used."),
        StakeholderRepair::Dropped { detail } => write!(f, "{path}: {detail}, so it was left out."),
        StakeholderRepair::Repeated { id } => write!(f, "{path}: “{id}” was listed again and left out."),
        StakeholderRepair::Unnamed { called } => write!(f, "{path} had no name and was called “{called}”."),
        StakeholderRepair::Dangling { what, count } => write!(f, "{path}: {count} {what} for someone not there {} left out.", if *count == 1 { "was" } else { "were" }),
    }
}
