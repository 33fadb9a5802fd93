//! A plan edited the way the command edits it: each edit runs on a copy
//! that replaces the plan only when the edit is accepted, so a refused
//! edit leaves no trace.

use super::{now, TestEnv};
use crate::model::approval::{edit_approval, ApprovalEdit, ApprovalError};
use crate::model::env::Env;
use crate::model::example::example_plan;
use crate::model::plan::{edit_plan, Plan, PlanEdit, PlanError};
use crate::model::review::{edit_review, ReviewEdit, ReviewError};
use crate::model::structure::{edit_structure, StructureEdit, StructureError};
use crate::model::tracking::{edit_log, LogEdit, LogError};

/// A document and the environment its edits run with.
#[derive(Debug, Clone)]
pub struct Editing<D> {
    pub doc: D,
    pub env: TestEnv,
}

impl<D: Clone> Editing<D> {
    /// `doc`, edited now with ids `id-1`, `id-2`, …
    pub fn new(doc: D) -> Self {
        Editing { doc, env: TestEnv::default() }
    }

    /// Applies `edit` to a copy kept only if the edit is accepted, as the
    /// command does; gives the area's own result.
    pub fn run<E: TestEdit<D>>(&mut self, edit: E) -> Result<E::Undo, E::Error> {
        let mut copy = self.doc.clone();
        let undo = edit.apply_to(&mut copy, &mut self.env.env())?;
        self.doc = copy;
        Ok(undo)
    }
}

impl Editing<Plan> {
    /// The example plan, made now; its ids come from this env, so the ids
    /// of new items never clash with them.
    pub fn example() -> Self {
        let mut env = TestEnv::default();
        let doc = example_plan(&mut env.ids, now());
        Editing { doc, env }
    }
}

/// An area's edit of a document, applied by the area's own edit function.
pub trait TestEdit<D> {
    /// What an accepted edit gives back: the edit that takes it back, where undo is offered.
    type Undo;
    /// The rule the edit broke.
    type Error;

    /// Applies the edit to `doc` with the area's edit function.
    fn apply_to(self, doc: &mut D, env: &mut Env<'_>) -> Result<Self::Undo, Self::Error>;
}

/// Implements [`TestEdit`] on a plan for each area's edit and its function.
macro_rules! plan_edits {
    ($($edit:ty => $apply:ident, $undo:ty, $error:ty;)*) => {$(
        impl TestEdit<Plan> for $edit {
            type Undo = $undo;
            type Error = $error;

            fn apply_to(self, plan: &mut Plan, env: &mut Env<'_>) -> Result<$undo, $error> {
                $apply(plan, self, env)
            }
        }
    )*};
}

plan_edits! {
    PlanEdit => edit_plan, Option<PlanEdit>, PlanError;
    StructureEdit => edit_structure, Option<StructureEdit>, StructureError;
    ApprovalEdit => edit_approval, (), ApprovalError;
    ReviewEdit => edit_review, Option<ReviewEdit>, ReviewError;
    LogEdit => edit_log, Option<LogEdit>, LogError;
}
