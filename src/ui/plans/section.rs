//! The sections of a plan page, each named in the URL (`#/plan/<id>/roles`).

/// One tab of the plan page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanSection {
    Overview,
    Objectives,
    Roles,
    Dependencies,
    Approval,
    Discussion,
    Dashboard,
    Decisions,
    Log,
}

impl PlanSection {
    pub const ALL: [PlanSection; 9] = [
        Self::Overview,
        Self::Objectives,
        Self::Roles,
        Self::Dependencies,
        Self::Approval,
        Self::Discussion,
        Self::Dashboard,
        Self::Decisions,
        Self::Log,
    ];

    /// The name in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Self::Overview => "overview",
            Self::Objectives => "objectives",
            Self::Roles => "roles",
            Self::Dependencies => "dependencies",
            Self::Approval => "approval",
            Self::Discussion => "discussion",
            Self::Dashboard => "dashboard",
            Self::Decisions => "decisions",
            Self::Log => "log",
        }
    }

    /// What the tab says.
    pub fn label(self) -> &'static str {
        match self {
            Self::Overview => "Overview",
            Self::Objectives => "Objectives",
            Self::Roles => "Roles",
            Self::Dependencies => "Dependencies",
            Self::Approval => "Approval",
            Self::Discussion => "Comments",
            Self::Dashboard => "Dashboard",
            Self::Decisions => "Decisions",
            Self::Log => "Updates & lessons",
        }
    }

    /// The section a URL names; anything unknown is the overview.
    pub fn from_key(key: &str) -> PlanSection {
        Self::ALL.into_iter().find(|s| s.key() == key).unwrap_or(Self::Overview)
    }
}
