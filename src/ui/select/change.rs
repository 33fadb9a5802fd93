//! A change to one plan, from any of its areas, as one type: the handles take
//! `impl Into<PlanChange>` so a component passes the area's edit as it is.

use crate::model::ids::PlanId;
use crate::model::{ApprovalEdit, Command, LogEdit, PlanEdit, ReviewEdit, StructureEdit};

/// An edit of one area of a plan.
pub enum PlanChange {
    Plan(PlanEdit),
    Structure(StructureEdit),
    Approval(ApprovalEdit),
    Review(ReviewEdit),
    Log(LogEdit),
}

impl PlanChange {
    /// The command that applies it to plan `plan_id`.
    pub fn command(self, plan_id: PlanId) -> Command {
        match self {
            PlanChange::Plan(edit) => Command::EditPlan { plan_id, edit },
            PlanChange::Structure(edit) => Command::EditStructure { plan_id, edit },
            PlanChange::Approval(edit) => Command::EditApproval { plan_id, edit },
            PlanChange::Review(edit) => Command::EditReview { plan_id, edit },
            PlanChange::Log(edit) => Command::EditLog { plan_id, edit },
        }
    }
}

macro_rules! changes {
    ($($edit:ty => $variant:ident),* $(,)?) => {$(
        impl From<$edit> for PlanChange {
            fn from(edit: $edit) -> Self {
                PlanChange::$variant(edit)
            }
        }
    )*};
}

changes!(PlanEdit => Plan, StructureEdit => Structure, ApprovalEdit => Approval, ReviewEdit => Review, LogEdit => Log);
