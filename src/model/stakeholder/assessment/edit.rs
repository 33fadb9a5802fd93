//! The changes to a map's assessments, applied by [`edit_assessment`] on a
//! copy of the map, and the rules they can break. Every edit but starting
//! and discarding acts on the session under way (the map's last).

use std::fmt;

use serde_json::Map;

use super::{Assessment, AssessmentScore, Settled};
use crate::model::board::voting::NewParticipant;
use crate::model::board::Participant;
use crate::model::entity::{self, Removed};
use crate::model::env::Env;
use crate::model::ids::{AssessmentId, DepartmentId, ParticipantId, StakeholderId};
use crate::model::plan::Plan;
use crate::model::stakeholder::edit::place;
use crate::model::stakeholder::grid::{PlacementHow, Position};
use crate::model::stakeholder::{Stakeholder, StakeholderMap};
use crate::model::text::fold_for_search;

/// A change to a map's assessments.
#[derive(Debug, Clone, PartialEq)]
pub enum AssessmentEdit {
    /// A new session (earlier ones are kept); undone by `Discard`.
    Start { stakeholder_ids: Vec<StakeholderId>, participants: Vec<NewParticipant> },
    /// A participant's scores for a stakeholder, replacing any they gave.
    Score { participant_id: ParticipantId, stakeholder_id: StakeholderId, position: Position },
    /// Takes a participant's scores for a stakeholder back.
    Unscore { participant_id: ParticipantId, stakeholder_id: StakeholderId },
    /// Shows (or hides again) everyone's scores.
    Reveal(bool),
    /// Settles a stakeholder's position: `None` takes the medians. Moves
    /// them on the grid, dated, with `by` (who settled) when known.
    Settle { stakeholder_id: StakeholderId, position: Option<Position>, by: String },
    /// Puts a stakeholder and the session's settled positions back (undo of settling).
    PutBack { stakeholder: Box<Stakeholder>, settled: Vec<Settled> },
    Discard { assessment_id: AssessmentId },
    /// Puts a discarded session back at its place (undo).
    Restore { removed: Box<Removed<Assessment>> },
}

/// Why an assessment edit was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssessmentError {
    NoAssessment,
    NoStakeholders,
    NoParticipants,
    EmptyParticipantName,
    DuplicateParticipant(String),
    ParticipantNotFound,
    /// Not on the map.
    StakeholderNotFound,
    /// On the map, but not assessed in this session.
    NotAssessed,
    DepartmentNotFound(DepartmentId),
    /// Positions are settled once everyone's scores are shown.
    NotRevealed,
    /// No one scored them and no position was chosen.
    NothingToSettle,
}

impl fmt::Display for AssessmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoAssessment => write!(f, "There is no assessment on this map: start one first."),
            Self::NoStakeholders => write!(f, "Choose at least one stakeholder to assess."),
            Self::NoParticipants => write!(f, "An assessment needs at least one participant."),
            Self::EmptyParticipantName => write!(f, "A participant needs a name or a department."),
            Self::DuplicateParticipant(name) => write!(f, "“{name}” is already a participant."),
            Self::ParticipantNotFound => write!(f, "This participant is not in the assessment."),
            Self::StakeholderNotFound => write!(f, "This stakeholder is no longer on the map."),
            Self::NotAssessed => write!(f, "This stakeholder is not assessed in this session."),
            Self::DepartmentNotFound(_) => write!(f, "This department is not in the map's plan."),
            Self::NotRevealed => write!(f, "Reveal the scores before settling a position."),
            Self::NothingToSettle => write!(f, "No one has scored this stakeholder yet: score or choose a position first."),
        }
    }
}

impl std::error::Error for AssessmentError {}

/// Applies one edit; `plan` is the map's linked plan when it is here (its
/// departments can take part). Returns the edit that takes it back.
pub fn edit_assessment(
    map: &mut StakeholderMap,
    edit: AssessmentEdit,
    plan: Option<&Plan>,
    env: &mut Env<'_>,
) -> Result<Option<AssessmentEdit>, AssessmentError> {
    let now = env.now;
    match edit {
        AssessmentEdit::Start { stakeholder_ids, participants } => {
            let assessment = start(map, stakeholder_ids, participants, plan, env)?;
            let assessment_id = assessment.id.clone();
            map.assessments.push(assessment);
            return Ok(Some(AssessmentEdit::Discard { assessment_id }));
        }
        AssessmentEdit::Discard { assessment_id } => {
            let removed = entity::remove(&mut map.assessments, &assessment_id).ok_or(AssessmentError::NoAssessment)?;
            return Ok(Some(AssessmentEdit::Restore { removed: Box::new(removed) }));
        }
        AssessmentEdit::Restore { removed } => {
            entity::restore(&mut map.assessments, *removed);
            return Ok(None);
        }
        AssessmentEdit::PutBack { stakeholder, settled } => {
            if let Some(s) = map.stakeholders.iter_mut().find(|s| s.id == stakeholder.id) {
                *s = *stakeholder;
            }
            current(map)?.settled = settled;
            return Ok(None);
        }
        AssessmentEdit::Settle { stakeholder_id, position, by } => return settle(map, stakeholder_id, position, by, env),
        _ => {}
    }
    let assessment = current(map)?;
    assessment.updated_at = now;
    match edit {
        AssessmentEdit::Score { participant_id, stakeholder_id, position } => {
            assessment.participant(&participant_id).ok_or(AssessmentError::ParticipantNotFound)?;
            if !assessment.stakeholder_ids.contains(&stakeholder_id) {
                return Err(AssessmentError::NotAssessed);
            }
            let undo = match assessment.scores.iter_mut().find(|s| s.participant_id == participant_id && s.stakeholder_id == stakeholder_id) {
                Some(score) => {
                    let before = score.position();
                    (score.power, score.interest) = (position.power, position.interest);
                    AssessmentEdit::Score { participant_id, stakeholder_id, position: before }
                }
                None => {
                    let (power, interest) = (position.power, position.interest);
                    let (p, s) = (participant_id.clone(), stakeholder_id.clone());
                    assessment.scores.push(AssessmentScore { participant_id: p, stakeholder_id: s, power, interest, extra: Map::new() });
                    AssessmentEdit::Unscore { participant_id, stakeholder_id }
                }
            };
            Ok(Some(undo))
        }
        AssessmentEdit::Unscore { participant_id, stakeholder_id } => {
            assessment.scores.retain(|s| !(s.participant_id == participant_id && s.stakeholder_id == stakeholder_id));
            Ok(None)
        }
        AssessmentEdit::Reveal(revealed) => {
            assessment.revealed = revealed;
            Ok(Some(AssessmentEdit::Reveal(!revealed)))
        }
        _ => unreachable!("handled above"),
    }
}

fn current(map: &mut StakeholderMap) -> Result<&mut Assessment, AssessmentError> {
    map.assessments.last_mut().ok_or(AssessmentError::NoAssessment)
}

fn start(
    map: &StakeholderMap,
    stakeholder_ids: Vec<StakeholderId>,
    wanted: Vec<NewParticipant>,
    plan: Option<&Plan>,
    env: &mut Env<'_>,
) -> Result<Assessment, AssessmentError> {
    if stakeholder_ids.is_empty() {
        return Err(AssessmentError::NoStakeholders);
    }
    if let Some(_missing) = stakeholder_ids.iter().find(|id| map.stakeholder(id).is_none()) {
        return Err(AssessmentError::StakeholderNotFound);
    }
    let mut stakeholders: Vec<StakeholderId> = Vec::with_capacity(stakeholder_ids.len());
    for id in stakeholder_ids {
        if !stakeholders.contains(&id) {
            stakeholders.push(id);
        }
    }
    let departments = plan.map(|p| p.departments.as_slice()).unwrap_or_default();
    let mut participants: Vec<Participant> = Vec::with_capacity(wanted.len());
    for NewParticipant { name, department_id } in wanted {
        let department = match &department_id {
            Some(id) => Some(departments.iter().find(|d| d.id == *id).ok_or_else(|| AssessmentError::DepartmentNotFound(id.clone()))?),
            None => None,
        };
        let name = match (name.trim(), department) {
            ("", Some(department)) => department.name.clone(),
            ("", None) => return Err(AssessmentError::EmptyParticipantName),
            (name, _) => name.to_string(),
        };
        if participants.iter().any(|p| fold_for_search(&p.name) == fold_for_search(&name)) {
            return Err(AssessmentError::DuplicateParticipant(name));
        }
        participants.push(Participant { id: env.new_id(), name, department_id, extra: Map::new() });
    }
    if participants.is_empty() {
        return Err(AssessmentError::NoParticipants);
    }
    Ok(Assessment {
        id: env.new_id(),
        day: env.today,
        stakeholder_ids: stakeholders,
        participants,
        scores: Vec::new(),
        revealed: false,
        settled: Vec::new(),
        started_at: env.now,
        updated_at: env.now,
        extra: Map::new(),
    })
}

fn settle(
    map: &mut StakeholderMap,
    stakeholder_id: StakeholderId,
    chosen: Option<Position>,
    by: String,
    env: &mut Env<'_>,
) -> Result<Option<AssessmentEdit>, AssessmentError> {
    let assessment = map.assessments.last().ok_or(AssessmentError::NoAssessment)?;
    if !assessment.stakeholder_ids.contains(&stakeholder_id) {
        return Err(AssessmentError::NotAssessed);
    }
    if !assessment.revealed {
        return Err(AssessmentError::NotRevealed);
    }
    let median = assessment.spread(&stakeholder_id).map(|s| s.median());
    let position = chosen.or(median).ok_or(AssessmentError::NothingToSettle)?;
    let (assessment_id, settled_before) = (assessment.id.clone(), assessment.settled.clone());
    let stakeholder = map.stakeholders.iter_mut().find(|s| s.id == stakeholder_id).ok_or(AssessmentError::StakeholderNotFound)?;
    let undo = AssessmentEdit::PutBack { stakeholder: Box::new(stakeholder.clone()), settled: settled_before };
    // Settling where they stand is still dated: the history shows the room confirmed it.
    place(stakeholder, position, PlacementHow::Assessed, by.trim().to_string(), env.today, env.now);
    if let Some(last) = stakeholder.placements.last_mut() {
        last.assessment_id = Some(assessment_id);
    }
    stakeholder.updated_at = env.now;
    let assessment = current(map)?;
    assessment.settled.retain(|s| s.stakeholder_id != stakeholder_id);
    let (power, interest) = (position.power, position.interest);
    let median = chosen.is_none() || chosen == median;
    assessment.settled.push(Settled { stakeholder_id, power, interest, median, extra: Map::new() });
    assessment.updated_at = env.now;
    Ok(Some(undo))
}
