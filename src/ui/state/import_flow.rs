//! Opening a file: read it through the format's restore, merge department
//! responses into their plans, add new documents, ask about any that would
//! replace local ones, and say why a file was refused.

use leptos::prelude::*;

use super::dispatch::Dispatch;
use super::response_check;
use super::reviewers::Reviewers;
use super::toasts::Toasts;
use crate::format::import::{apply_review_copy, review_file, ReviewFile};
use crate::format::{self, apply_import, preview_import, ConflictChoice, ImportPreview, Warning};
use crate::model::review::copy::CopyUpdate;
use crate::ui::system::now;
use crate::model::ids::PlanId;
use crate::model::review::Response;
use crate::model::{Command, DocRef, DocumentKind};
use crate::ui::route::{PlanSection, Route};
use crate::ui::system::measured;

/// A file whose documents clash with local ones, waiting for the user's choice.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    pub file_name: String,
    pub preview: ImportPreview,
    pub warnings: Vec<Warning>,
    /// For a review file, the plan to open at its approval section.
    pub review: Option<PlanId>,
}

/// A review file opens its plan at the approval section, ready to review.
fn open_review(review: &Option<PlanId>) {
    if let Some(plan_id) = review {
        Route::Plan { id: plan_id.clone(), section: PlanSection::Approval }.go();
    }
}

/// Says `text` with what was repaired while the file was read: a couple of
/// notes inline, more as a count with the list under "Show details".
fn say_with_notes(toasts: Toasts, mut text: String, warnings: &[Warning], undo: Option<Command>) {
    let notes: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    if notes.len() <= 2 {
        if !notes.is_empty() {
            text.push_str(&format!(" Notes: {}", notes.join(" ")));
        }
        toasts.push(text, false, undo);
    } else {
        text.push_str(&format!(" {} things were repaired while reading it.", notes.len()));
        toasts.push_detailed(text, notes, undo);
    }
}

/// What updating a reviewer's copy did, in words.
fn copy_updated(file_name: &str, title: &str, update: &CopyUpdate) -> String {
    let mut text = format!("Opened “{file_name}”: your copy of “{title}” is now the version under review.");
    let kept = |n: usize, one: &str, many: &str| match n {
        0 => None,
        1 => Some(format!("1 {one}")),
        n => Some(format!("{n} {many}")),
    };
    let kept: Vec<String> = [kept(update.kept_comments, "comment", "comments"), kept(update.kept_sign_offs, "decision", "decisions")]
        .into_iter()
        .flatten()
        .collect();
    if !kept.is_empty() {
        text.push_str(&format!(" Kept what you wrote here: {}.", kept.join(" and ")));
    }
    if update.own_edits_replaced {
        text.push_str(" Your own edits to the copy were replaced by the liaison's version; Undo brings them back.");
    }
    text
}

/// Files being opened. Cheap to copy.
#[derive(Clone, Copy)]
pub struct ImportFlow {
    dispatch: Dispatch,
    toasts: Toasts,
    reviewers: Reviewers,
    /// Files waiting for a choice, first shown first.
    pub pending: RwSignal<Vec<PendingImport>>,
    /// Why the files of the last pick that were refused were refused.
    pub refused: RwSignal<Option<String>>,
    /// What the last responses merged changed, shown beside their round.
    pub merged: RwSignal<Option<MergeReport>>,
}

/// What merging responses into a plan changed, line by line.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeReport {
    pub plan_id: PlanId,
    pub lines: Vec<String>,
}

impl ImportFlow {
    /// Nothing being opened yet.
    pub fn new(dispatch: Dispatch, toasts: Toasts, reviewers: Reviewers) -> ImportFlow {
        ImportFlow { dispatch, toasts, reviewers, pending: RwSignal::new(Vec::new()), refused: RwSignal::new(None), merged: RwSignal::new(None) }
    }

    /// Reads a file's text and adds its documents, asking first about any
    /// that would replace local ones. A refused file changes nothing.
    pub fn import_text(self, file_name: String, text: &str) {
        measured("liaison:import", || self.import_now(file_name, text));
    }

    fn import_now(self, file_name: String, text: &str) {
        let restored = match format::restore(text) {
            Ok(restored) => restored,
            Err(error) => {
                self.refuse(format!("“{file_name}” was not opened. {error} Nothing was changed."));
                return;
            }
        };
        if restored.responses.is_empty() {
            return self.import_documents(file_name, restored, false);
        }
        // Signatures are checked by the browser, which answers later.
        leptos::task::spawn_local(async move {
            let mut restored = restored;
            let responses = std::mem::take(&mut restored.responses);
            match response_check::check(responses).await {
                Err(why) => self.refuse(format!("“{file_name}” was not opened. {why} Nothing was changed.")),
                Ok(responses) => {
                    if self.merge_responses(&file_name, responses) {
                        self.import_documents(file_name, restored, true);
                    }
                }
            }
        });
    }

    /// The documents of a file read (after its responses, if it had any).
    fn import_documents(self, file_name: String, restored: format::Restored, had_responses: bool) {
        if restored.workspace.is_empty() {
            if !had_responses {
                self.toasts.push(format!("“{file_name}” holds no documents: nothing was added."), false, None);
            }
            return;
        }
        let mut workspace = restored.workspace;
        if let Some((plan_id, round_id)) = &restored.review {
            self.reviewers.received(plan_id.clone(), now());
            let action = workspace.plan(plan_id).map(|incoming| self.dispatch.workspace().with_untracked(|ws| review_file(ws, incoming, round_id)));
            match action {
                Some(ReviewFile::UpdateCopy) => {
                    if let Some(crate::model::Document::Plan(plan)) = workspace.remove(&DocRef::plan(plan_id)) {
                        self.update_copy(&file_name, plan, &restored.warnings);
                    }
                }
                Some(kept @ (ReviewFile::AlreadyHere | ReviewFile::Older)) => {
                    workspace.remove(&DocRef::plan(plan_id));
                    let text = match kept {
                        ReviewFile::Older => format!("“{file_name}” is the review of an earlier round than your copy has: nothing was taken from it, and what you wrote is kept."),
                        _ => format!("You already have this version under review from “{file_name}”: nothing changed, and what you wrote is kept."),
                    };
                    say_with_notes(self.toasts, text, &restored.warnings, None);
                    open_review(&Some(plan_id.clone()));
                }
                _ => {}
            }
            if workspace.is_empty() {
                return;
            }
        }
        let (warnings, review) = (restored.warnings, restored.review.map(|(plan_id, _)| plan_id));
        let preview = self.dispatch.workspace().with_untracked(|ws| preview_import(ws, workspace));
        let pending = PendingImport { file_name, preview, warnings, review };
        if pending.preview.is_noop() {
            let count = pending.preview.unchanged.len();
            let documents = if count == 1 { "document" } else { "documents" };
            let text = format!("Everything in “{}” is already here ({count} {documents}).", pending.file_name);
            say_with_notes(self.toasts, text, &pending.warnings, None);
            open_review(&pending.review);
        } else if pending.preview.conflicts.is_empty() {
            // Nothing can have changed since the preview: apply it as it is.
            self.apply_pending(pending, ConflictChoice::KeepBoth, false);
        } else {
            self.pending.update(|queue| queue.push(pending));
        }
    }

    /// A newer review file of a plan reviewed here: the copy here becomes the
    /// version under review, keeping what was written here; never a fork.
    fn update_copy(self, file_name: &str, plan: crate::model::Plan, warnings: &[Warning]) {
        let plan_id = plan.id.clone();
        let mut done = None;
        self.dispatch.change(|ws, _| {
            done = apply_review_copy(ws, plan);
            done.as_ref().map(|(imported, _)| imported.changed.clone()).unwrap_or_default()
        });
        let Some((imported, update)) = done else { return };
        let title = self.dispatch.workspace().with_untracked(|ws| ws.plan(&plan_id).map(|p| p.title.clone())).unwrap_or_default();
        say_with_notes(self.toasts, copy_updated(file_name, &title, &update), warnings, imported.undo());
        open_review(&Some(plan_id));
    }

    /// Says why a file was refused, after what earlier files of the same
    /// pick said (see [`crate::ui::common::files::import_files`]).
    pub fn refuse(self, message: String) {
        // An older report beside a refusal reads as if this file had done it.
        self.merged.set(None);
        self.refused.update(|shown| {
            *shown = Some(match shown.take() {
                Some(earlier) => format!("{earlier} {message}"),
                None => message,
            })
        });
    }

    /// Merges department responses into their plans, all or none; says what
    /// changed. Returns whether the file was accepted.
    fn merge_responses(self, file_name: &str, responses: Vec<Response>) -> bool {
        let plan_id = responses[0].plan_id.clone();
        let checked = responses.clone();
        let merged = self.dispatch.run(Command::MergeResponses { responses });
        if merged.is_ok() {
            response_check::remember_first_keys(&checked);
        }
        match merged {
            Err(why) => {
                self.refuse(format!("“{file_name}” was not opened. {why} Nothing was changed."));
                false
            }
            // Said beside the round it changed, not in a toast over its table.
            Ok(outcome) => {
                let lines = match outcome.report.is_empty() {
                    true => vec![format!("“{file_name}” was merged before: nothing changed.")],
                    false => outcome.report.into_iter().map(|line| format!("{line} (“{file_name}”)")).collect(),
                };
                // Newest first: what the file just opened changed is what the user looks for.
                self.merged.update(|report| match report {
                    Some(report) if report.plan_id == plan_id => {
                        report.lines.splice(0..0, lines);
                    }
                    _ => *report = Some(MergeReport { plan_id: plan_id.clone(), lines }),
                });
                Route::Plan { id: plan_id, section: PlanSection::Approval }.go();
                true
            }
        }
    }

    /// Carries out an import the user has seen, against the workspace as it
    /// is now. A clash the user was not shown is never resolved by replacing.
    pub fn finish(self, pending: PendingImport, choice: ConflictChoice) {
        self.apply_pending(pending, choice, true);
    }

    fn apply_pending(self, pending: PendingImport, choice: ConflictChoice, refresh: bool) {
        self.merged.set(None);
        let review = pending.review.clone();
        let mut undo = None;
        let changed = self.dispatch.change(|ws, context| {
            let (mut preview, mut choice) = (pending.preview, choice);
            if refresh {
                let shown: Vec<DocRef> = preview.conflicts.iter().map(|c| c.doc.clone()).collect();
                preview = preview.refresh(ws);
                if preview.conflicts.iter().any(|c| !shown.contains(&c.doc)) {
                    choice = ConflictChoice::KeepBoth;
                }
            }
            let imported = apply_import(ws, preview, choice, context);
            undo = imported.undo();
            imported.changed
        });
        let count = changed.len();
        let text = format!("Opened “{}”: {count} document{} added or updated.", pending.file_name, if count == 1 { "" } else { "s" });
        // Undo puts back what was replaced and removes what was added, in one step.
        say_with_notes(self.toasts, text, &pending.warnings, undo);
        if review.is_some() && !changed.is_empty() {
            // "Keep both" gives the file's plan a new id: open the plan the file became.
            let plan = changed.iter().find(|d| d.kind == DocumentKind::Plan).map(|d| PlanId::from(d.id.as_str()));
            open_review(&plan.or(review));
        } else if let [doc] = changed.as_slice() {
            Route::open(doc.clone()).go();
        }
    }
}
