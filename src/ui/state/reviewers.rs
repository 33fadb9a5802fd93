//! Whom this browser reviews each plan as, kept in storage so a reload or
//! the next day finds the same choice (see [`crate::store::reviewing`]).

use leptos::prelude::*;

use crate::model::ids::{DepartmentId, PlanId};
use crate::model::Timestamp;
use crate::store::browser::BrowserStore;
use crate::store::reviewing::{self, Reviewing, Reviews};

fn find<'a>(all: &'a Reviews, plan_id: &PlanId) -> Option<&'a Reviewing> {
    all.iter().find(|(p, _)| p == plan_id).map(|(_, r)| r)
}

/// This browser's reviews. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Reviewers {
    all: RwSignal<Reviews>,
}

impl Reviewers {
    /// As stored; none when storage cannot be read.
    pub fn load() -> Reviewers {
        let all = BrowserStore::open().map(|store| reviewing::read(&store)).unwrap_or_default();
        Reviewers { all: RwSignal::new(all) }
    }

    /// This browser's review of `plan_id`; tracked.
    pub fn of(self, plan_id: &PlanId) -> Reviewing {
        self.all.with(|all| find(all, plan_id).cloned().unwrap_or_default())
    }

    /// The department this browser reviews `plan_id` as; tracked.
    pub fn department(self, plan_id: &PlanId) -> Option<DepartmentId> {
        self.all.with(|all| find(all, plan_id).and_then(|r| r.department_id.clone()))
    }

    /// Reviews `plan_id` as `department_id` (`None`: as the liaison).
    pub fn choose(self, plan_id: PlanId, department_id: Option<DepartmentId>) {
        self.change(plan_id, |r| r.department_id = department_id);
    }

    /// A review file of `plan_id` was opened now.
    pub fn received(self, plan_id: PlanId, now: Timestamp) {
        self.change(plan_id, |r| r.received_at = Some(now));
    }

    fn change(self, plan_id: PlanId, change: impl FnOnce(&mut Reviewing)) {
        self.all.update(|all| {
            if !all.iter().any(|(p, _)| *p == plan_id) {
                all.push((plan_id.clone(), Reviewing::default()));
            }
            if let Some((_, review)) = all.iter_mut().find(|(p, _)| *p == plan_id) {
                change(review);
            }
        });
        // Kept for the next visit when storage allows; the choice holds for
        // this visit either way.
        if let Ok(store) = BrowserStore::open() {
            let _ = self.all.with_untracked(|all| reviewing::write(&store, all));
        }
    }
}
