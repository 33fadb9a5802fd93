//! The handle of one approval round of the page's plan: parts of it read
//! together with the plan it belongs to, memoised.

use leptos::prelude::*;

use crate::model::approval::ApprovalRound;
use crate::model::entity::find;
use crate::model::ids::RoundId;
use crate::model::Plan;
use crate::ui::select::PlanHandle;

/// One approval round, by id. Cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct RoundHandle {
    plan: PlanHandle,
    id: StoredValue<RoundId>,
}

impl RoundHandle {
    pub fn new(plan: PlanHandle, id: RoundId) -> Self {
        RoundHandle { plan, id: StoredValue::new(id) }
    }

    pub fn id(self) -> RoundId {
        self.id.get_value()
    }

    pub fn plan(self) -> PlanHandle {
        self.plan
    }

    /// A part of the round, read with its plan (for department names), that
    /// re-renders only when it changes; its default once the round is gone.
    pub fn read<T>(self, part: impl Fn(&Plan, &ApprovalRound) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Clone + Default + Send + Sync + 'static,
    {
        let id = self.id;
        self.plan.read(move |plan| id.with_value(|id| find(&plan.approval_rounds, id).map(|round| part(plan, round))).unwrap_or_default())
    }
}
