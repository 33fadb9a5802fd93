//! The handle of one entity of a plan (an objective, a decision, …):
//! memoised fields, field edits and removal with undo.

use std::marker::PhantomData;

use leptos::prelude::*;

use super::change::PlanChange;
use super::plan::PlanHandle;
use crate::model::entity::{find, Entity};
use crate::model::plan::DepartmentEdit;
use crate::model::review::Comment;
use crate::model::structure::{
    DepartmentObjective, DepartmentObjectiveField, InformationNeed, InformationNeedField, Initiative, InitiativeField, Objective,
    ObjectiveField,
};
use crate::model::tracking::{Decision, DecisionEdit, Lesson, LessonEdit, PlanUpdate, UpdateEdit};
use crate::model::{CommandError, Department, LogEdit, Plan, PlanEdit, ReviewEdit, StructureEdit};

/// An entity kept in a list of the plan, and how it is removed.
pub trait PlanEntity: Entity + Sized + 'static {
    /// The fields an edit can change.
    type Field: 'static;

    /// The plan's list it lives in.
    fn all(plan: &Plan) -> &[Self];

    /// The edit that changes one field.
    fn edit(id: Self::Id, field: Self::Field) -> PlanChange;

    /// The edit that removes it (its undo comes back in the outcome).
    fn removal(id: Self::Id) -> PlanChange;
}

/// One entity of a plan, by id. Cheap to copy into closures.
pub struct Item<E: PlanEntity> {
    plan: PlanHandle,
    id: StoredValue<E::Id>,
    kind: PhantomData<fn() -> E>,
}

impl<E: PlanEntity> Clone for Item<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E: PlanEntity> Copy for Item<E> {}

impl<E: PlanEntity> Item<E> {
    pub(super) fn new(plan: PlanHandle, id: E::Id) -> Self {
        Item { plan, id: StoredValue::new(id), kind: PhantomData }
    }

    pub fn id(self) -> E::Id {
        self.id.get_value()
    }

    pub fn plan(self) -> PlanHandle {
        self.plan
    }

    /// A field that re-renders only when it changes; its default once the
    /// entity is gone.
    pub fn read<T>(self, field: impl Fn(&E) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Clone + Default + Send + Sync + 'static,
    {
        self.plan.read(move |plan| self.find_in(plan).map(&field).unwrap_or_default())
    }

    /// Reads the entity without tracking (in event handlers).
    pub fn with_untracked<T>(self, read: impl FnOnce(&E) -> T) -> Option<T> {
        self.plan.with_untracked(|plan| self.find_in(plan).map(read)).flatten()
    }

    /// The entity in `plan`. Compiled once per kind of entity, not into
    /// every field read.
    #[inline(never)]
    fn find_in(self, plan: &Plan) -> Option<&E> {
        self.id.with_value(|id| find(E::all(plan), id))
    }

    /// Changes one field; the result says why it was refused.
    pub fn set(self, field: E::Field) -> Result<(), CommandError> {
        self.plan.run(E::edit(self.id(), field)).map(drop)
    }

    /// A callback for a field: each value becomes the field `make` builds.
    pub fn edit<A: 'static>(self, make: impl Fn(A) -> E::Field + Send + Sync + 'static) -> Callback<A, Result<(), CommandError>> {
        Callback::new(move |value: A| self.set(make(value)))
    }

    /// Removes it and offers Undo in a toast saying `said`.
    pub fn remove_with_undo(self, said: String) {
        self.plan.run_with_undo(E::removal(self.id()), said);
    }
}

macro_rules! plan_entities {
    ($($entity:ty { list: $list:ident, field: $field:ty, edit: |$id:ident, $f:ident| $edit:expr, remove: |$rid:ident| $remove:expr }),* $(,)?) => {$(
        impl PlanEntity for $entity {
            type Field = $field;

            fn all(plan: &Plan) -> &[Self] {
                &plan.$list
            }

            fn edit($id: Self::Id, $f: $field) -> PlanChange {
                $edit.into()
            }

            fn removal($rid: Self::Id) -> PlanChange {
                $remove.into()
            }
        }
    )*};
}

/// Comments are never edited, only marked; their field edits are review edits.
pub enum Never {}

plan_entities!(
    Department {
        list: departments, field: DepartmentEdit,
        edit: |department_id, edit| PlanEdit::EditDepartment { department_id, edit },
        remove: |department_id| PlanEdit::RemoveDepartment { department_id }
    },
    Objective {
        list: objectives, field: ObjectiveField,
        edit: |objective_id, edit| StructureEdit::EditObjective { objective_id, edit },
        remove: |objective_id| StructureEdit::DeleteObjective { objective_id }
    },
    Initiative {
        list: initiatives, field: InitiativeField,
        edit: |initiative_id, edit| StructureEdit::EditInitiative { initiative_id, edit },
        remove: |initiative_id| StructureEdit::DeleteInitiative { initiative_id }
    },
    DepartmentObjective {
        list: department_objectives, field: DepartmentObjectiveField,
        edit: |id, edit| StructureEdit::EditDepartmentObjective { id, edit },
        remove: |id| StructureEdit::DeleteDepartmentObjective { id }
    },
    InformationNeed {
        list: information_needs, field: InformationNeedField,
        edit: |id, edit| StructureEdit::EditInformationNeed { id, edit },
        remove: |id| StructureEdit::DeleteInformationNeed { id }
    },
    Decision {
        list: decisions, field: DecisionEdit,
        edit: |decision_id, edit| LogEdit::EditDecision { decision_id, edit },
        remove: |decision_id| LogEdit::RemoveDecision { decision_id }
    },
    PlanUpdate {
        list: updates, field: UpdateEdit,
        edit: |update_id, edit| LogEdit::EditUpdate { update_id, edit },
        remove: |update_id| LogEdit::RemoveUpdate { update_id }
    },
    Lesson {
        list: lessons, field: LessonEdit,
        edit: |lesson_id, edit| LogEdit::EditLesson { lesson_id, edit },
        remove: |lesson_id| LogEdit::RemoveLesson { lesson_id }
    },
);

impl PlanEntity for Comment {
    type Field = Never;

    fn all(plan: &Plan) -> &[Self] {
        &plan.comments
    }

    fn edit(_: Self::Id, never: Never) -> PlanChange {
        match never {}
    }

    fn removal(comment_id: Self::Id) -> PlanChange {
        ReviewEdit::DeleteComment { comment_id }.into()
    }
}
