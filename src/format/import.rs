//! Bringing a file's documents into the workspace without silently replacing
//! anything: new documents are added, identical ones skipped, and documents
//! that exist with other content are shown so the user chooses.

use std::collections::BTreeMap;

use crate::model::approval::provenance::mark_from_plan_file;
use crate::model::approval::status::follow_round;
use crate::model::hash::plan_hash;
use crate::model::ids::{PlanId, RoundId};
use crate::model::review::copy::{update_copy, CopyUpdate};
use crate::model::{Command, DocRef, Document, Env, Plan, Timestamp, Workspace};

mod differences;
#[cfg(test)]
mod differences_tests;

pub use differences::differences;

/// What an import would do, shown to the user before anything changes.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPreview {
    /// Documents that are new here.
    pub added: Vec<(DocRef, String)>,
    /// Documents that are already here exactly as in the file.
    pub unchanged: Vec<(DocRef, String)>,
    /// Documents that exist here with other content.
    pub conflicts: Vec<Conflict>,
    /// The file's documents that are new or differ (identical ones are dropped).
    incoming: Vec<Document>,
}

/// One document that exists both here and in the file, differently.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub doc: DocRef,
    pub local_title: String,
    pub incoming_title: String,
    pub local_updated_at: Timestamp,
    pub incoming_updated_at: Timestamp,
    /// What differs, in words ("title", "vision", "2 departments").
    pub differences: Vec<String>,
}

/// What to do with conflicting documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Keep the local document and add the file's as a copy with a new id.
    KeepBoth,
    /// Put the file's document in place of the local one.
    Replace,
}

impl ImportPreview {
    /// The same import compared again with the workspace as it is now (another
    /// file or tab may have changed it since the preview was shown). Documents
    /// that were identical then stay skipped.
    pub fn refresh(self, local: &Workspace) -> ImportPreview {
        let mut incoming = Workspace::default();
        for document in self.incoming {
            incoming.put(document);
        }
        let mut refreshed = preview_import(local, incoming);
        refreshed.unchanged.extend(self.unchanged);
        refreshed
    }

    /// Whether importing would change nothing.
    pub fn is_noop(&self) -> bool {
        self.added.is_empty() && self.conflicts.is_empty()
    }
}

/// Compares a file's documents with the workspace. Changes nothing.
pub fn preview_import(local: &Workspace, incoming: Workspace) -> ImportPreview {
    let mut preview = ImportPreview { added: vec![], unchanged: vec![], conflicts: vec![], incoming: Vec::new() };
    for document in incoming.into_documents() {
        let doc = document.doc_ref();
        let title = document.title().to_string();
        match local.get(&doc) {
            None => preview.added.push((doc, title)),
            Some(mine) if mine == document => {
                preview.unchanged.push((doc, title));
                continue;
            }
            Some(mine) => preview.conflicts.push(Conflict {
                differences: differences(&mine, &document),
                local_title: mine.title().to_string(),
                local_updated_at: mine.updated_at(),
                incoming_title: title,
                incoming_updated_at: document.updated_at(),
                doc,
            }),
        }
        preview.incoming.push(document);
    }
    preview
}

/// What an import did: what to save, and what it takes to put the
/// workspace back as it was.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Imported {
    /// Documents added or replaced: these need saving.
    pub changed: Vec<DocRef>,
    /// The local documents the file's replaced, as they were before.
    pub replaced: Vec<Document>,
    /// Documents that were not here before (the file's new documents, and
    /// the copies "Keep both" made).
    pub added: Vec<DocRef>,
    /// Each document written, with its `updated_at` as written: the undo is
    /// refused once one of them has changed since.
    pub written: Vec<(DocRef, Timestamp)>,
}

impl Imported {
    /// The command that takes the import back in one step, if it changed
    /// anything.
    pub fn undo(&self) -> Option<Command> {
        (!self.changed.is_empty()).then(|| Command::UndoImport {
            restore: self.replaced.clone(),
            remove: self.added.clone(),
            written: self.written.clone(),
        })
    }
}

/// Carries out a previewed import; says what it added and what it replaced.
pub fn apply_import(local: &mut Workspace, preview: ImportPreview, choice: ConflictChoice, cx: &mut Env<'_>) -> Imported {
    let conflicting: Vec<DocRef> = preview.conflicts.iter().map(|c| c.doc.clone()).collect();
    let mut renamed_plans = BTreeMap::new();
    let mut documents = preview.incoming;
    if choice == ConflictChoice::KeepBoth {
        for document in documents.iter_mut().filter(|d| conflicting.contains(&d.doc_ref())) {
            let new_id = cx.ids.next_id();
            match document {
                Document::Plan(p) => {
                    let new_id = PlanId::from(new_id);
                    renamed_plans.insert(p.id.clone(), new_id.clone());
                    (p.id, p.title) = (new_id, format!("{} (imported)", p.title));
                }
                Document::Board(b) => (b.id, b.title) = (new_id.into(), format!("{} (imported)", b.title)),
                Document::StakeholderMap(m) => (m.id, m.title) = (new_id.into(), format!("{} (imported)", m.title)),
                Document::BoardTemplate(t) => (t.id, t.title) = (new_id.into(), format!("{} (imported)", t.title)),
            }
        }
        // A board or map from the file follows its plan to the plan's new id.
        for document in documents.iter_mut() {
            let plan_id = match document {
                Document::Board(b) => &mut b.plan_id,
                Document::StakeholderMap(m) => &mut m.plan_id,
                Document::Plan(_) | Document::BoardTemplate(_) => continue,
            };
            if let Some(new_id) = plan_id.as_ref().and_then(|id| renamed_plans.get(id)) {
                *plan_id = Some(new_id.clone());
            }
        }
    }
    let mut imported = Imported::default();
    for mut document in documents {
        let doc = document.doc_ref();
        if let Document::Plan(plan) = &mut document {
            // A file can carry anyone's approval: only a response or the
            // liaison makes one count.
            mark_from_plan_file(plan, local.plan(&plan.id));
            follow_round(plan);
        }
        match local.get(&doc) {
            Some(mine) => imported.replaced.push(mine),
            None => imported.added.push(doc.clone()),
        }
        imported.written.push((doc.clone(), document.updated_at()));
        imported.changed.push(doc);
        local.put(document);
    }
    imported
}

/// What opening a review file does with the plan it carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewFile {
    /// The plan is not here: it is added like any new document.
    New,
    /// The round is new to the copy here (a reviewer getting the next
    /// round): the copy is updated in place.
    UpdateCopy,
    /// The copy here already has that round on the same version (the same
    /// file opened again): nothing to do, and nothing written here is lost.
    AlreadyHere,
    /// The copy here has a later round: the file is an older review, and
    /// nothing is taken from it.
    Older,
    /// The copy here has that round but another version: shown and asked
    /// about as any other import, so the owner's edits are never replaced unasked.
    Compare,
}

/// What opening the review file of `incoming`'s round `round_id` does here.
pub fn review_file(local: &Workspace, incoming: &Plan, round_id: &RoundId) -> ReviewFile {
    let Some(mine) = local.plan(&incoming.id) else { return ReviewFile::New };
    let Some(at) = mine.approval_rounds.iter().position(|r| r.id == *round_id) else { return ReviewFile::UpdateCopy };
    if at + 1 < mine.approval_rounds.len() {
        ReviewFile::Older
    } else if plan_hash(mine) == plan_hash(incoming) {
        ReviewFile::AlreadyHere
    } else {
        ReviewFile::Compare
    }
}

/// Puts the review file's plan in place of the copy here (see
/// [`updates_copy`]), keeping what was written here; one undoable step.
pub fn apply_review_copy(local: &mut Workspace, incoming: Plan) -> Option<(Imported, CopyUpdate)> {
    let mine = local.plan(&incoming.id)?.clone();
    let (updated, update) = update_copy(&mine, incoming);
    let doc = DocRef::plan(&updated.id);
    let imported = Imported {
        changed: vec![doc.clone()],
        replaced: vec![Document::Plan(mine)],
        added: Vec::new(),
        written: vec![(doc, updated.updated_at)],
    };
    local.put(Document::Plan(updated));
    Some((imported, update))
}

#[cfg(test)]
mod review_file_tests {
    use super::*;
    use crate::model::testing::{approval_round, plan_with_roles};

    #[test]
    fn a_review_file_updates_a_copy_without_its_round_and_changes_nothing_the_second_time() {
        let mut local = Workspace::default();
        let mut incoming = plan_with_roles();
        incoming.approval_rounds.push(approval_round("r1", &plan_hash(&incoming), &["d1"]));
        assert_eq!(review_file(&local, &incoming, &"r1".into()), ReviewFile::New);
        local.put(Document::Plan(plan_with_roles()));
        assert_eq!(review_file(&local, &incoming, &"r1".into()), ReviewFile::UpdateCopy);
        let (_, update) = apply_review_copy(&mut local, incoming.clone()).unwrap();
        assert!(!update.own_edits_replaced);
        assert_eq!(review_file(&local, &incoming, &"r1".into()), ReviewFile::AlreadyHere, "the same file again");
        let mut edited = incoming.clone();
        edited.vision = "The owner's later wording".into();
        assert_eq!(review_file(&local, &edited, &"r1".into()), ReviewFile::Compare);
        let mut next = incoming.clone();
        next.approval_rounds.push(approval_round("r2", &plan_hash(&incoming), &["d1"]));
        apply_review_copy(&mut local, next).unwrap();
        assert_eq!(review_file(&local, &incoming, &"r1".into()), ReviewFile::Older, "round 1's file after round 2's");
    }
}
