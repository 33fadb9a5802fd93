//! Stakeholder map edits on the one write path: each runs on a copy of the
//! map with its linked plan (when here), which replaces the map only when
//! the edit is accepted; a link must name a plan that is here.

use super::{CommandError, Command, Outcome};
use crate::model::document::{DocRef, Document};
use crate::model::env::Env;
use crate::model::ids::MapId;
use crate::model::plan::Plan;
use crate::model::stakeholder::{edit_assessment, edit_map, AssessmentEdit, MapEdit, StakeholderMap};
use crate::model::workspace::Workspace;

/// [`Command::EditMap`]: warnings that do not refuse the edit (a name
/// already on the map) come back in the outcome's report.
pub(super) fn edit(ws: &mut Workspace, map_id: MapId, edit: MapEdit, env: &mut Env<'_>) -> Result<Outcome, CommandError> {
    if let MapEdit::LinkPlan { plan_id: Some(id) } = &edit {
        if ws.plan(id).is_none() {
            return Err(CommandError::DocumentNotFound(DocRef::plan(id)));
        }
    }
    let mut report = Vec::new();
    let mut outcome = on_map(ws, &map_id, env, |map, plan, env| {
        let done = edit_map(map, edit, plan, env)?;
        report = done.warnings.iter().map(ToString::to_string).collect();
        Ok(done.undo.map(|edit| Command::EditMap { map_id: map_id.clone(), edit }))
    })?;
    outcome.report = report;
    Ok(outcome)
}

/// [`Command::EditAssessment`].
pub(super) fn assess(ws: &mut Workspace, map_id: MapId, edit: AssessmentEdit, env: &mut Env<'_>) -> Result<Outcome, CommandError> {
    on_map(ws, &map_id, env, |map, plan, env| {
        let undo = edit_assessment(map, edit, plan, env)?;
        Ok(undo.map(|edit| Command::EditAssessment { map_id: map_id.clone(), edit }))
    })
}

/// Runs `edit` on a copy of the map with its linked plan, as `on_plan` does for plans.
fn on_map(
    ws: &mut Workspace,
    map_id: &MapId,
    env: &mut Env<'_>,
    edit: impl FnOnce(&mut StakeholderMap, Option<&Plan>, &mut Env<'_>) -> Result<Option<Command>, CommandError>,
) -> Result<Outcome, CommandError> {
    let doc = DocRef::map(map_id);
    let map = ws.stakeholder_maps.iter().find(|m| m.id == *map_id).ok_or_else(|| CommandError::DocumentNotFound(doc.clone()))?;
    let plan = map.plan_id.as_ref().and_then(|id| ws.plan(id));
    let mut edited = map.clone();
    let undo = edit(&mut edited, plan, env)?;
    edited.updated_at = env.now;
    ws.put(Document::StakeholderMap(edited));
    Ok(Outcome { changed: vec![doc], undo: undo.map(Box::new), ..Outcome::default() })
}
