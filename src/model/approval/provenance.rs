//! Where a sign-off came from, and which ones count. A round is approved only
//! on sign-offs a department sent (its response file, or given in its own
//! browser) or that the liaison recorded on its behalf, saying how it was
//! given; a sign-off that merely arrived inside a plan file is shown as
//! unverified until the liaison confirms it.

use serde::Serialize;

use super::{ApprovalRound, SignOff};
use crate::model::review::signature::KeyCheck;
use crate::model::keyed::Keyed;
use crate::model::plan::Plan;

/// How the liaison was given a decision they record for a department.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HowGiven {
    Meeting,
    Email,
    Phone,
    /// Confirmed by the liaison after it arrived in a plan file.
    Confirmed,
    /// Recorded before the app asked (older files).
    #[default]
    NotSaid,
}

impl Keyed for HowGiven {
    const ALL: &'static [HowGiven] = &[Self::Meeting, Self::Email, Self::Phone, Self::Confirmed, Self::NotSaid];

    fn key(self) -> &'static str {
        match self {
            Self::Meeting => "meeting",
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Confirmed => "confirmed",
            Self::NotSaid => "not_said",
        }
    }
}

impl HowGiven {
    /// The choices the liaison picks from when recording a decision.
    pub const OFFERED: &'static [HowGiven] = &[Self::Meeting, Self::Email, Self::Phone];

    /// What the user reads ("in a meeting").
    pub fn label(self) -> &'static str {
        match self {
            Self::Meeting => "in a meeting",
            Self::Email => "by e-mail",
            Self::Phone => "by phone",
            Self::Confirmed => "confirmed after it came in a plan file",
            Self::NotSaid => "how it was given was not recorded",
        }
    }
}

/// How a sign-off reached this copy of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "source", rename_all = "snake_case")]
pub enum Source {
    /// Given in this browser by someone reviewing as the department.
    Given,
    /// Recorded by the liaison on the department's behalf.
    Recorded { how: HowGiven },
    /// Merged from the department's response file, with how its signature
    /// stood against the key known for the department.
    Response { key: KeyCheck },
    /// Came inside a plan file (a Replace, a copy or a review file): not
    /// counted until confirmed.
    PlanFile,
}

impl Default for Source {
    /// What a sign-off written before sources were kept is taken to be.
    fn default() -> Self {
        Source::Recorded { how: HowGiven::NotSaid }
    }
}

impl Source {
    /// Whether a round counts it.
    pub fn counts(self) -> bool {
        match self {
            Source::PlanFile => false,
            Source::Response { key } => key.counts(),
            Source::Given | Source::Recorded { .. } => true,
        }
    }

    /// The key a file writes, for reading it back.
    pub fn key(self) -> &'static str {
        match self {
            Self::Given => "given",
            Self::Recorded { .. } => "recorded",
            Self::Response { .. } => "response",
            Self::PlanFile => "plan_file",
        }
    }

    /// Read from a file's `source`, `how` and `key` keys; unknown or missing is the default.
    pub fn read(source: Option<&str>, how: Option<&str>, key: Option<&str>) -> Source {
        match source {
            Some("given") => Source::Given,
            Some("response") => Source::Response { key: KeyCheck::read(key) },
            Some("plan_file") => Source::PlanFile,
            _ => Source::Recorded { how: how.and_then(HowGiven::from_key).unwrap_or_default() },
        }
    }

    /// Where it came from, as the approval table says it.
    pub fn label(self) -> String {
        match self {
            Self::Given => "Given in this browser".into(),
            Self::Recorded { how } => format!("Recorded by the liaison, {}", how.label()),
            Self::Response { key } => format!("From the department's response file, {}", key.label()),
            Self::PlanFile => "Unverified: came inside a plan file".into(),
        }
    }
}

/// Marks the sign-offs `incoming` brings that `local` does not have as they
/// are (by id and content) as having come in a plan file: a file can carry
/// anyone's approval, so only a response or the liaison makes one count.
/// Returns how many were marked.
pub fn mark_from_plan_file(incoming: &mut Plan, local: Option<&Plan>) -> usize {
    let known = |round: &ApprovalRound, sign_off: &SignOff| -> Option<SignOff> {
        let rounds = local.map(|p| p.approval_rounds.as_slice()).unwrap_or_default();
        let mine = rounds.iter().find(|r| r.id == round.id)?.sign_offs.iter().find(|s| s.id == sign_off.id)?;
        // How it arrived is this copy's own record, not part of the decision.
        let same = SignOff { source: mine.source, signed_with: mine.signed_with.clone(), ..sign_off.clone() } == *mine;
        same.then(|| mine.clone())
    };
    let mut marked = 0;
    for round in &mut incoming.approval_rounds {
        let checked: Vec<Option<SignOff>> = round.sign_offs.iter().map(|s| known(round, s)).collect();
        for (sign_off, mine) in round.sign_offs.iter_mut().zip(checked) {
            match mine {
                Some(mine) => (sign_off.source, sign_off.signed_with) = (mine.source, mine.signed_with),
                None if sign_off.source != Source::PlanFile => {
                    sign_off.source = Source::PlanFile;
                    marked += 1;
                }
                None => {}
            }
        }
    }
    marked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::approval::{RoundState, SignOffState};
    use crate::model::hash::plan_hash;
    use crate::model::testing::{approval_round, plan_with_roles, sign_off};

    fn approved_plan() -> Plan {
        let mut plan = plan_with_roles();
        let hash = plan_hash(&plan);
        let ids: Vec<String> = plan.departments.iter().take(2).map(|d| d.id.to_string()).collect();
        let mut round = approval_round("r1", &hash, &[&ids[0], &ids[1]]);
        round.sign_offs = ids.iter().enumerate().map(|(n, d)| sign_off(&format!("s{n}"), d, SignOffState::Approved, &hash)).collect();
        plan.approval_rounds.push(round);
        plan
    }

    #[test]
    fn sign_offs_brought_by_a_plan_file_do_not_count_until_confirmed() {
        let mut forged = approved_plan();
        let hash = plan_hash(&forged);
        assert_eq!(forged.approval_rounds[0].state(&hash), RoundState::Approved);
        assert_eq!(mark_from_plan_file(&mut forged, None), 2);
        let round = &forged.approval_rounds[0];
        assert!(matches!(round.state(&hash), RoundState::Waiting { departments } if departments.len() == 2));
        assert!(round.positions(&hash, None).iter().all(|p| p.unverified));
    }

    #[test]
    fn sign_offs_already_here_keep_where_they_came_from() {
        let mut local = approved_plan();
        local.approval_rounds[0].sign_offs[0].source = Source::Response { key: KeyCheck::Unsigned };
        let mut incoming = local.clone();
        incoming.approval_rounds[0].sign_offs[0].source = Source::Given;
        // The same id with another decision is not the one kept here.
        incoming.approval_rounds[0].sign_offs[1].state = SignOffState::Rejected;
        assert_eq!(mark_from_plan_file(&mut incoming, Some(&local)), 1);
        let sources: Vec<Source> = incoming.approval_rounds[0].sign_offs.iter().map(|s| s.source).collect();
        assert_eq!(sources, vec![Source::Response { key: KeyCheck::Unsigned }, Source::PlanFile]);
    }

    #[test]
    fn sources_read_back_as_written_and_older_ones_as_recorded() {
        let response = Source::Response { key: KeyCheck::Known };
        for source in [Source::Given, response, Source::PlanFile, Source::Recorded { how: HowGiven::Phone }] {
            let (how, key) = match source {
                Source::Recorded { how } => (Some(how.key()), None),
                Source::Response { key } => (None, Some(key.key())),
                _ => (None, None),
            };
            assert_eq!(Source::read(Some(source.key()), how, key), source);
        }
        assert_eq!(Source::read(None, None, None), Source::Recorded { how: HowGiven::NotSaid });
        assert!(!Source::Response { key: KeyCheck::Changed }.counts());
        assert!(Source::default().counts() && !Source::PlanFile.counts());
    }
}
