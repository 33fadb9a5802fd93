//! The handle of one plan: memoised parts of it and its edits.

use leptos::prelude::*;

use super::change::PlanChange;
use super::item::{Item, PlanEntity};
use super::memo::memo;
use crate::model::ids::PlanId;
use crate::model::{CommandError, Outcome, Plan};
use crate::ui::state::{use_app, AppState};

/// One plan of the workspace, by id. Cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct PlanHandle {
    app: AppState,
    id: StoredValue<PlanId>,
}

/// The plan of the page, provided by [`PlanHandle::provide`].
pub fn use_plan() -> PlanHandle {
    expect_context::<PlanHandle>()
}

impl PlanHandle {
    /// The handle of plan `id` (reads the app's state from the context).
    pub fn new(id: PlanId) -> Self {
        PlanHandle { app: use_app(), id: StoredValue::new(id) }
    }

    /// Makes the handle of plan `id` and provides it to the components
    /// below (the plan page does, for its sections and their cards).
    pub fn provide(id: PlanId) -> Self {
        let plan = PlanHandle::new(id);
        provide_context(plan);
        plan
    }

    pub fn app(self) -> AppState {
        self.app
    }

    pub fn id(self) -> PlanId {
        self.id.get_value()
    }

    /// A part of the plan that re-renders only when it changes; its
    /// default once the plan is gone.
    pub fn read<T>(self, part: impl Fn(&Plan) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Clone + Default + Send + Sync + 'static,
    {
        memo(move || {
            let mut value = None;
            self.visit(&mut |plan| value = Some(part(plan)));
            value.unwrap_or_default()
        })
    }

    /// Reads the plan, tracked; `None` once it is gone.
    pub fn with<T>(self, read: impl FnOnce(&Plan) -> T) -> Option<T> {
        let (mut read, mut value) = (Some(read), None);
        self.visit(&mut |plan| value = read.take().map(|read| read(plan)));
        value
    }

    /// Calls `read` with the plan, tracked, if it is here. Not generic, so
    /// the lookup is compiled once rather than into every part read.
    #[inline(never)]
    fn visit(self, read: &mut dyn FnMut(&Plan)) {
        self.id.with_value(|id| self.app.workspace.with(|ws| ws.plan(id).map(read)));
    }

    /// Reads the plan without tracking (in event handlers).
    pub fn with_untracked<T>(self, read: impl FnOnce(&Plan) -> T) -> Option<T> {
        self.id.with_value(|id| self.app.workspace.with_untracked(|ws| ws.plan(id).map(read)))
    }

    /// One entity of the plan.
    pub fn item<E: PlanEntity>(self, id: E::Id) -> Item<E> {
        Item::new(self, id)
    }

    /// Applies an edit through the one write path; the workspace is
    /// unchanged when it is refused.
    pub fn run(self, change: impl Into<PlanChange>) -> Result<Outcome, CommandError> {
        self.app.run(change.into().command(self.id()))
    }

    /// Applies an edit and shows why it was refused as a toast.
    pub fn run_or_toast(self, change: impl Into<PlanChange>) -> Option<Outcome> {
        self.app.run_or_toast(change.into().command(self.id()))
    }

    /// Applies an edit that can be taken back and offers Undo in a toast
    /// saying `said`.
    pub fn run_with_undo(self, change: impl Into<PlanChange>, said: String) {
        if let Some(outcome) = self.run_or_toast(change) {
            self.app.toast(said, false, outcome.undo.map(|undo| *undo));
        }
    }

    /// A callback for a field or an "add" row: each value becomes the edit
    /// `make` builds from it; the result says why it was refused.
    pub fn edit<A: 'static, C: Into<PlanChange>>(
        self,
        make: impl Fn(A) -> C + Send + Sync + 'static,
    ) -> Callback<A, Result<(), CommandError>> {
        Callback::new(move |value: A| self.run(make(value)).map(drop))
    }
}
