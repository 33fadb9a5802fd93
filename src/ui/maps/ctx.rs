//! What the views of one stakeholder map share: the map's handle (memoised
//! parts of it and of its plan, a way to run its edits) and the view choices
//! of this screen, never saved.

use leptos::prelude::*;

use crate::model::ids::MapId;
use crate::model::stakeholder::{AssessmentEdit, MapEdit, StakeholderMap};
use crate::model::{Command, CommandError, Department, Outcome, Plan};
use crate::ui::select::memo;
use crate::ui::state::{use_app, AppState};

/// A change to a map: its stakeholders or an assessment.
pub enum MapChange {
    Map(MapEdit),
    Assessment(AssessmentEdit),
}

impl From<MapEdit> for MapChange {
    fn from(edit: MapEdit) -> Self {
        MapChange::Map(edit)
    }
}

impl From<AssessmentEdit> for MapChange {
    fn from(edit: AssessmentEdit) -> Self {
        MapChange::Assessment(edit)
    }
}

/// The handle of one map page. Cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct MapCtx {
    pub state: AppState,
    id: StoredValue<MapId>,
    /// The departments of the map's plan (none without one).
    pub departments: Memo<Vec<Department>>,
}

/// The map page's handle, provided by the page.
pub fn use_map() -> MapCtx {
    expect_context::<MapCtx>()
}

impl MapCtx {
    /// Makes the handle for map `id` and provides it to the page's children.
    pub fn provide(id: MapId) -> MapCtx {
        let state = use_app();
        let id = StoredValue::new(id);
        let ctx = MapCtx { state, id, departments: plan_part(state, id, |p| p.departments.clone()) };
        provide_context(ctx);
        ctx
    }

    /// The map's id.
    pub fn id(self) -> MapId {
        self.id.get_value()
    }

    /// A part of the map that re-renders only when it changes; its default once the map is gone.
    pub fn read<T>(self, part: impl Fn(&StakeholderMap) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Clone + Default + Send + Sync + 'static,
    {
        let (state, id) = (self.state, self.id);
        memo(move || id.with_value(|id| state.workspace.with(|ws| ws.map(id).map(&part))).unwrap_or_default())
    }

    /// A part of the plan the map belongs to; its default without one.
    pub fn read_plan<T>(self, part: impl Fn(&Plan) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Clone + Default + Send + Sync + 'static,
    {
        plan_part(self.state, self.id, part)
    }

    /// Reads the map (tracked); `None` once it is gone.
    pub fn with<T>(self, read: impl FnOnce(&StakeholderMap) -> T) -> Option<T> {
        self.id.with_value(|id| self.state.workspace.with(|ws| ws.map(id).map(read)))
    }

    /// Reads the map without tracking (in event handlers).
    pub fn with_untracked<T>(self, read: impl FnOnce(&StakeholderMap) -> T) -> Option<T> {
        self.id.with_value(|id| self.state.workspace.with_untracked(|ws| ws.map(id).map(read)))
    }

    /// Reads the map and its plan, if here, without tracking.
    pub fn with_plan_untracked<T>(self, read: impl FnOnce(&StakeholderMap, Option<&Plan>) -> T) -> Option<T> {
        self.id.with_value(|id| {
            self.state.workspace.with_untracked(|ws| {
                let map = ws.map(id)?;
                Some(read(map, map.plan_id.as_ref().and_then(|p| ws.plan(p))))
            })
        })
    }

    fn command(self, edit: impl Into<MapChange>) -> Command {
        let map_id = self.id();
        match edit.into() {
            MapChange::Map(edit) => Command::EditMap { map_id, edit },
            MapChange::Assessment(edit) => Command::EditAssessment { map_id, edit },
        }
    }

    /// Runs one edit; the error names the rule it broke.
    pub fn run(self, edit: impl Into<MapChange>) -> Result<Outcome, CommandError> {
        self.state.run(self.command(edit))
    }

    /// Runs one edit and shows why it was refused as a toast.
    pub fn run_or_toast(self, edit: impl Into<MapChange>) -> Option<Outcome> {
        self.state.run_or_toast(self.command(edit))
    }

    /// Runs an edit that can be taken back and offers Undo in a toast.
    pub fn run_with_undo(self, edit: impl Into<MapChange>, said: &str) {
        if let Some(outcome) = self.run_or_toast(edit) {
            self.state.toast(said, false, outcome.undo.map(|u| *u));
        }
    }
}

fn plan_part<T>(state: AppState, id: StoredValue<MapId>, part: impl Fn(&Plan) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Clone + Default + Send + Sync + 'static,
{
    memo(move || id.with_value(|id| state.workspace.with(|ws| ws.plan(ws.map(id)?.plan_id.as_ref()?).map(&part))).unwrap_or_default())
}
