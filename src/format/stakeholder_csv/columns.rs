//! The columns of a stakeholder table, found by their header (ignoring
//! case, spaces, `_` and `-`, with a few other names people use) or by
//! their place when there is no header, and the values of closed sets as
//! written in cells (a key such as `one_to_one` or a label such as `1:1`).

use crate::model::keyed::Keyed;
use crate::model::text::fold_for_search;

/// A column Liaison reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Name,
    Kind,
    Role,
    Department,
    Organisation,
    /// A department of the plan by name, else an outside organisation
    /// (the third column of a list without a header).
    DepartmentOrOrganisation,
    Contact,
    Power,
    Interest,
    /// Written for people; worked out again from the scores when read.
    Quadrant,
    Attitude,
    Strategy,
    Tags,
    Notes,
    Initiatives,
    Owner,
    NeedsToHear,
    Channel,
    Frequency,
    LastContact,
    /// Written for people; worked out again when read.
    NextContactDue,
}

impl Column {
    /// The header written.
    pub fn header(self) -> &'static str {
        match self {
            Self::Name => "Name",
            Self::Kind => "Kind",
            Self::Role => "Role",
            Self::Department => "Department",
            Self::Organisation => "Organisation",
            Self::DepartmentOrOrganisation => "Department or organisation",
            Self::Contact => "Contact",
            Self::Power => "Power",
            Self::Interest => "Interest",
            Self::Quadrant => "Quadrant",
            Self::Attitude => "Attitude",
            Self::Strategy => "Strategy",
            Self::Tags => "Tags",
            Self::Notes => "Notes",
            Self::Initiatives => "Initiatives",
            Self::Owner => "Owner",
            Self::NeedsToHear => "What they need to hear",
            Self::Channel => "Channel",
            Self::Frequency => "Frequency",
            Self::LastContact => "Last contact",
            Self::NextContactDue => "Next contact due",
        }
    }

    /// The column a header names, if Liaison knows it.
    pub fn from_header(header: &str) -> Option<Column> {
        let key: String = squash(header);
        let column = match key.as_str() {
            "name" | "stakeholder" | "fullname" => Self::Name,
            "kind" | "type" => Self::Kind,
            "role" | "jobtitle" | "position" => Self::Role,
            "department" | "dept" => Self::Department,
            "organisation" | "organization" | "org" | "company" => Self::Organisation,
            "departmentororganisation" | "departmentororganization" => Self::DepartmentOrOrganisation,
            "contact" | "email" | "phone" => Self::Contact,
            "power" | "influence" => Self::Power,
            "interest" => Self::Interest,
            "quadrant" => Self::Quadrant,
            "attitude" | "stance" => Self::Attitude,
            "strategy" | "engagementstrategy" | "engagement" => Self::Strategy,
            "tags" | "tag" | "labels" => Self::Tags,
            "notes" | "note" | "comments" => Self::Notes,
            "initiatives" | "initiative" | "linkedinitiatives" => Self::Initiatives,
            "owner" | "ownerdepartment" | "relationshipowner" | "ownedby" => Self::Owner,
            "whattheyneedtohear" | "needstohear" | "message" | "keymessage" => Self::NeedsToHear,
            "channel" => Self::Channel,
            "frequency" | "howoften" => Self::Frequency,
            "lastcontact" | "lastcontacted" => Self::LastContact,
            "nextcontactdue" | "nextcontact" | "nextdue" => Self::NextContactDue,
            _ => return None,
        };
        Some(column)
    }
}

/// The columns of a list without a header, in order.
pub const POSITIONAL: [Column; 9] = [
    Column::Name,
    Column::Role,
    Column::DepartmentOrOrganisation,
    Column::Power,
    Column::Interest,
    Column::Attitude,
    Column::Contact,
    Column::Tags,
    Column::Notes,
];

/// Text folded for comparing names: case and accents ignored, and
/// spaces, `_`, `-` and `:` left out.
pub fn squash(text: &str) -> String {
    fold_for_search(text).chars().filter(|c| !matches!(c, ' ' | '_' | '-' | ':' | '\u{a0}')).collect()
}

/// The value of a closed set a cell names, by key or label (squashed).
pub fn choice<T: Keyed>(cell: &str, label: impl Fn(T) -> &'static str) -> Option<T> {
    let cell = squash(cell);
    T::ALL.iter().copied().find(|v| squash(v.key()) == cell || squash(label(*v)) == cell)
}

/// A list cell ("Cost; Customers") split at `;` (or `,` when there is no `;`), trimmed, blanks left out.
pub fn list(cell: &str) -> Vec<String> {
    let separator = if cell.contains(';') { ';' } else { ',' };
    cell.split(separator).map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect()
}
