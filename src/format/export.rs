//! Writes documents into an envelope: a single document with what belongs to
//! it, or the whole workspace.

use serde_json::{json, Map};

use super::envelope::{Envelope, CURRENT_VERSION, FORMAT_NAME};
use super::json::to_json;
use crate::model::text::fold_case;
use crate::model::ids::{PlanId, RoundId};
use crate::model::review::sharing::{review_copy, Include};
use crate::model::review::Response;
use crate::model::time::Timestamp;
use crate::model::{DocRef, Document, DocumentKind, Workspace};

/// Who writes the file, and when.
#[derive(Debug, Clone, Copy)]
pub struct ExportMeta<'a> {
    pub now: Timestamp,
    pub by: &'a str,
}

/// `doc` and, for a plan, the boards and stakeholder maps that belong to it.
pub fn with_belongings(ws: &Workspace, doc: &DocRef) -> Vec<DocRef> {
    let mut docs = vec![doc.clone()];
    if doc.kind == DocumentKind::Plan {
        docs.extend(ws.belonging_to(&PlanId::from(doc.id.as_str())));
    }
    docs
}

/// An envelope holding these documents.
pub fn envelope_of(documents: impl IntoIterator<Item = Document>, meta: ExportMeta<'_>) -> Envelope {
    let mut envelope = Envelope {
        format: FORMAT_NAME.into(),
        version: CURRENT_VERSION,
        exported_at: meta.now,
        exported_by: meta.by.into(),
        plans: Vec::new(),
        boards: Vec::new(),
        stakeholder_maps: Vec::new(),
        board_templates: Vec::new(),
        responses: Vec::new(),
        extra: Map::new(),
    };
    for document in documents {
        match document {
            Document::Plan(p) => envelope.plans.push(p),
            Document::Board(b) => envelope.boards.push(b),
            Document::StakeholderMap(m) => envelope.stakeholder_maps.push(m),
            Document::BoardTemplate(t) => envelope.board_templates.push(t),
        }
    }
    envelope
}

/// The file text for these documents (each once, however often it is
/// named), indented for people who open it.
pub fn export_documents(ws: &Workspace, docs: &[DocRef], meta: ExportMeta<'_>) -> String {
    let mut seen = std::collections::BTreeSet::new();
    let documents = docs.iter().filter(|doc| seen.insert(*doc)).filter_map(|doc| ws.get(doc));
    to_json(&envelope_of(documents, meta), true)
}

/// The review file of an approval round: the plan as it stands (with what
/// `include` shares, see [`review_copy`]), marked with the round, so a
/// department's Liaison opens it ready to review.
pub fn export_review(ws: &Workspace, plan_id: &PlanId, round_id: &RoundId, include: Include, meta: ExportMeta<'_>) -> Option<String> {
    let (plan, _) = review_copy(ws.plan(plan_id)?, include);
    let mut envelope = envelope_of([Document::Plan(plan)], meta);
    envelope.extra.insert("review".into(), json!({ "plan_id": plan_id, "round_id": round_id }));
    Some(to_json(&envelope, true))
}

/// The plan and round a review file is for (see [`export_review`]).
pub fn review_target(extra: &Map<String, serde_json::Value>) -> Option<(PlanId, RoundId)> {
    let review = extra.get("review")?;
    let text = |key| review.get(key).and_then(|v| v.as_str()).map(str::to_string);
    Some((text("plan_id")?.into(), text("round_id")?.into()))
}

/// A response file: one department's response and nothing else.
pub fn export_response(response: Response, meta: ExportMeta<'_>) -> String {
    let mut envelope = envelope_of([], meta);
    envelope.responses.push(response);
    to_json(&envelope, true)
}

/// The file text of every document: a full backup.
pub fn export_workspace(ws: &Workspace, meta: ExportMeta<'_>) -> String {
    export_documents(ws, &ws.doc_refs(), meta)
}

/// `customer-first-2027.liaison.json` from a title.
pub fn file_name(title: &str) -> String {
    let mut slug = String::new();
    for c in fold_case(title).chars() {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    format!("{}.liaison.json", if slug.is_empty() { "liaison" } else { &slug })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_slugs() {
        assert_eq!(file_name("Example: Customer-first 2027"), "example-customer-first-2027.liaison.json");
        assert_eq!(file_name("///"), "liaison.liaison.json");
        assert_eq!(file_name("Ärger & Freude"), "ärger-freude.liaison.json");
    }
}
