//! Edits of a plan's approval: opening rounds on the plan as it stands,
//! choosing who must sign off and by when, and recording each department's
//! decision; and the rules they can break.

use std::fmt;

use super::status::follow_round;
use super::{default_required, ApprovalRound, HowGiven, SignOff, SignOffState, Source};
use crate::model::entity;
use crate::model::env::Env;
use crate::model::hash::{canonical_substance, hash_of};
use crate::model::ids::{DepartmentId, RoundId, SignOffId};
use crate::model::plan::Plan;
use crate::model::review::signature::KeyCheck;
use crate::model::time::{Day, Timestamp};

/// A change to a plan's approval rounds.
#[derive(Debug, Clone, PartialEq)]
pub enum ApprovalEdit {
    /// A round for the plan as it stands now; `required` empty means the
    /// default (every department Responsible or Accountable for something).
    OpenRound { due: Option<Day>, required: Vec<DepartmentId> },
    SetRoundDue { round_id: RoundId, due: Option<Day> },
    SetRequired { round_id: RoundId, department_id: DepartmentId, required: bool },
    /// A department's decision on the plan as it stands now: given in this
    /// browser by its reviewer (`how` is `None`), or recorded by the liaison
    /// saying how it was given.
    SignOff { round_id: RoundId, department_id: DepartmentId, state: SignOffState, by: String, comment: String, how: Option<HowGiven> },
    /// The liaison confirms a sign-off that came inside a plan file: it counts from now on.
    ConfirmSignOff { round_id: RoundId, sign_off_id: SignOffId },
    /// The liaison accepts the new key a department's response was signed
    /// with (checked with the department): its sign-off counts from now on.
    AcceptKey { round_id: RoundId, sign_off_id: SignOffId },
}

/// Why a change to the approval was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApprovalError {
    NoDepartmentToSignOff,
    RoundNotFound,
    SignOffNotFound,
    DepartmentNotFound(DepartmentId),
}

impl fmt::Display for ApprovalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoDepartmentToSignOff => write!(
                f,
                "Choose at least one department to sign off (by default those Responsible or Accountable for an initiative)."
            ),
            Self::RoundNotFound => write!(f, "This approval round is no longer in the plan."),
            Self::SignOffNotFound => write!(f, "This sign-off is no longer in the round."),
            Self::DepartmentNotFound(_) => write!(f, "This department is no longer in the plan."),
        }
    }
}

impl std::error::Error for ApprovalError {}

/// Applies `edit` to `plan`. Nothing here offers an undo: a sign-off is a
/// record, and a round is closed by opening the next.
pub fn edit_approval(plan: &mut Plan, edit: ApprovalEdit, env: &mut Env<'_>) -> Result<(), ApprovalError> {
    let now = env.now;
    match edit {
        ApprovalEdit::OpenRound { due, required } => {
            let required = if required.is_empty() { default_required(plan) } else { required };
            if required.is_empty() {
                return Err(ApprovalError::NoDepartmentToSignOff);
            }
            for id in &required {
                department_exists(plan, id)?;
            }
            let substance = canonical_substance(plan);
            let round = ApprovalRound {
                id: env.new_id(),
                plan_hash: hash_of(&substance),
                opened_at: now,
                due,
                required_departments: required,
                sign_offs: Vec::new(),
                substance: Some(substance),
                updated_at: now,
                extra: Default::default(),
            };
            plan.approval_rounds.push(round);
        }
        ApprovalEdit::SetRoundDue { round_id, due } => {
            entity::edit(&mut plan.approval_rounds, &round_id, now, ApprovalError::RoundNotFound, |round| {
                round.due = due;
                Ok(())
            })?;
        }
        ApprovalEdit::SetRequired { round_id, department_id, required } => {
            // Taking a department off is always allowed, even one no longer in
            // the plan (from a file), so a round can never be stuck waiting.
            if required {
                department_exists(plan, &department_id)?;
            }
            entity::edit(&mut plan.approval_rounds, &round_id, now, ApprovalError::RoundNotFound, |round| {
                round.required_departments.retain(|d| *d != department_id);
                if required {
                    round.required_departments.push(department_id);
                } else if round.required_departments.is_empty() {
                    return Err(ApprovalError::NoDepartmentToSignOff);
                }
                Ok(())
            })?;
        }
        ApprovalEdit::SignOff { round_id, department_id, state, by, comment, how } => {
            department_exists(plan, &department_id)?;
            let (id, by) = (env.new_id(), by.trim().to_string());
            let source = how.map_or(Source::Given, |how| Source::Recorded { how });
            let plan_hash = crate::model::hash::plan_hash(plan);
            let sign_off = SignOff { id, department_id, state, by, at: now, comment, plan_hash, source, signed_with: None, substance: None, updated_at: now, extra: Default::default() };
            entity::edit(&mut plan.approval_rounds, &round_id, now, ApprovalError::RoundNotFound, |round| {
                round.sign_offs.push(sign_off);
                Ok(())
            })?;
        }
        // Both make a decision count: the liaison vouches for where it came from.
        ApprovalEdit::AcceptKey { round_id, sign_off_id } => {
            vouch(plan, &round_id, &sign_off_id, Source::Response { key: KeyCheck::Accepted }, now)?;
        }
        ApprovalEdit::ConfirmSignOff { round_id, sign_off_id } => {
            vouch(plan, &round_id, &sign_off_id, Source::Recorded { how: HowGiven::Confirmed }, now)?;
        }
    }
    follow_round(plan);
    Ok(())
}

/// Gives a sign-off of a round the source the liaison vouches for.
fn vouch(plan: &mut Plan, round_id: &RoundId, sign_off_id: &SignOffId, source: Source, now: Timestamp) -> Result<(), ApprovalError> {
    entity::edit(&mut plan.approval_rounds, round_id, now, ApprovalError::RoundNotFound, |round| {
        let sign_off = round.sign_offs.iter_mut().find(|s| s.id == *sign_off_id).ok_or(ApprovalError::SignOffNotFound)?;
        (sign_off.source, sign_off.updated_at) = (source, now);
        Ok(())
    })
}

fn department_exists(plan: &Plan, id: &DepartmentId) -> Result<(), ApprovalError> {
    match entity::contains(&plan.departments, id) {
        true => Ok(()),
        false => Err(ApprovalError::DepartmentNotFound(id.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::{IdSource, SequentialIds};
    use crate::model::hash::plan_hash;
    use crate::model::plan::PlanStatus;
    use crate::model::approval::RoundState;
    use crate::model::testing::{bare_plan, day, plan_with_roles, Editing};

    fn sign(fx: &mut Editing<Plan>, department: usize, state: SignOffState) {
        let (round_id, department_id) = (fx.doc.approval_rounds[0].id.clone(), fx.doc.departments[department].id.clone());
        fx.run(ApprovalEdit::SignOff { round_id, department_id, state, by: "Someone".into(), comment: String::new(), how: None }).unwrap();
    }

    #[test]
    fn a_round_asks_the_responsible_and_accountable_departments_by_default() {
        let mut fx = Editing::new(plan_with_roles());
        fx.run(ApprovalEdit::OpenRound { due: Some(day("2026-12-15")), required: vec![] }).unwrap();
        let plan = &fx.doc;
        let round = &plan.approval_rounds[0];
        assert_eq!(round.required_departments, vec![plan.departments[0].id.clone(), plan.departments[1].id.clone()]);
        assert_eq!(round.plan_hash, plan_hash(plan));
        assert_eq!(plan.status, PlanStatus::InReview);
    }

    #[test]
    fn a_plan_without_roles_needs_departments_chosen() {
        let mut fx = Editing::new(bare_plan());
        assert_eq!(fx.run(ApprovalEdit::OpenRound { due: None, required: vec![] }), Err(ApprovalError::NoDepartmentToSignOff));
        // A due day is typed as a day: "31/12/2026" never becomes one (the rule in `values`).
        assert!(crate::model::values::optional_day(Some("31/12/2026")).is_err());
    }

    #[test]
    fn approvals_go_stale_when_the_substance_changes_but_not_for_cosmetics() {
        let mut fx = Editing::new(plan_with_roles());
        fx.run(ApprovalEdit::OpenRound { due: None, required: vec![] }).unwrap();
        sign(&mut fx, 0, SignOffState::Approved);
        sign(&mut fx, 1, SignOffState::Approved);
        let plan = &mut fx.doc;
        assert_eq!(plan.approval_rounds[0].state(&plan_hash(plan)), RoundState::Approved);
        assert_eq!(plan.status, PlanStatus::Approved);
        plan.departments[1].colour = "yellow".into();
        assert_eq!(plan.approval_rounds[0].state(&plan_hash(plan)), RoundState::Approved);
        plan.initiatives[0].due = Some(day("2027-04-01"));
        let positions = plan.approval_rounds[0].positions(&plan_hash(plan), Some(day("2026-11-23")));
        assert!(positions.iter().all(|p| p.stale));
    }

    #[test]
    fn a_copy_keeps_its_approvals_of_the_current_version_and_its_references_by_kind() {
        let mut fx = Editing::new(plan_with_roles());
        // Ids shared across kinds, as a hand-made file may have them.
        let shared = fx.doc.departments[0].id.to_string();
        fx.doc.objectives[0].id = shared.as_str().into();
        fx.doc.initiatives[0].objective_id = shared.as_str().into();
        fx.run(ApprovalEdit::OpenRound { due: None, required: vec![] }).unwrap();
        sign(&mut fx, 0, SignOffState::Approved);
        sign(&mut fx, 1, SignOffState::Approved);
        let plan = &fx.doc;
        assert_eq!(plan.approval_rounds[0].state(&plan_hash(plan)), RoundState::Approved);
        let mut copy = plan.clone();
        let mut ids = SequentialIds::default();
        (0..1000).for_each(|_| drop(ids.next_id()));
        copy.renew_ids(&mut ids);
        assert_eq!(copy.approval_rounds[0].state(&plan_hash(&copy)), RoundState::Approved);
        assert_eq!(copy.initiatives[0].objective_id, copy.objectives[0].id);
        assert!(copy.initiatives[0].raci.contains_key(&copy.departments[0].id));
        assert_ne!(copy.objectives[0].id.as_str(), copy.departments[0].id.as_str());
    }
}
