//! The parts of a document page a route can name: a plan's sections, a
//! board's views, a stakeholder map's views.

/// One section (tab) of the plan page, named in the URL (`#/plan/<id>/roles`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum PlanSection {
    #[default]
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
    /// Every section, in the order the tabs show them.
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

    /// The name in the URL. Links live on in bookmarks and e-mails: a key
    /// that changes must stay readable by [`PlanSection::from_key`].
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

    /// The section a URL key names, if any.
    pub fn from_key(key: &str) -> Option<PlanSection> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// How a workshop board is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BoardView {
    /// Editing, with the app's header and toolbars (`#/board/<id>`).
    #[default]
    Editor,
    /// Full screen for the room (`#/board/<id>/projector`).
    Projector,
}

impl BoardView {
    /// Every view.
    pub const ALL: [BoardView; 2] = [Self::Editor, Self::Projector];

    /// The name in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Self::Editor => "editor",
            Self::Projector => "projector",
        }
    }

    /// The view a URL key names, if any.
    pub fn from_key(key: &str) -> Option<BoardView> {
        Self::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// One view (tab) of a stakeholder map, named in the URL (`#/map/<id>/grid`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum MapView {
    /// The table of stakeholders (`#/map/<id>`).
    #[default]
    Register,
    /// The power/interest grid.
    Grid,
    /// Assessing stakeholders together.
    Assess,
    /// The communication plan.
    Communication,
    /// The grid or the assessment full screen, for the room.
    Projector,
}

impl MapView {
    /// Every view; the tabs show all but the projector.
    pub const ALL: [MapView; 5] = [Self::Register, Self::Grid, Self::Assess, Self::Communication, Self::Projector];

    /// The name in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Self::Register => "register",
            Self::Grid => "grid",
            Self::Assess => "assess",
            Self::Communication => "communication",
            Self::Projector => "projector",
        }
    }

    /// What the tab says.
    pub fn label(self) -> &'static str {
        match self {
            Self::Register => "Register",
            Self::Grid => "Power/interest grid",
            Self::Assess => "Assess together",
            Self::Communication => "Communication plan",
            Self::Projector => "Projector",
        }
    }

    /// The view a URL key names, if any.
    pub fn from_key(key: &str) -> Option<MapView> {
        Self::ALL.into_iter().find(|v| v.key() == key)
    }
}
