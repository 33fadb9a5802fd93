//! Files out: documents with what belongs to them, a round's review file, a
//! department's response, the whole workspace as a backup, and the raw text
//! of an entry set aside as unreadable.

use leptos::prelude::*;

use super::saving::Saving;
use super::toasts::Toasts;
use crate::format::{self, ExportMeta};
use crate::model::review::build_response;
use crate::format::signed::signed_text;
use crate::model::review::signature::{fingerprint, Signature};
use crate::ui::signing;
use crate::model::review::sharing::Include;
use crate::model::ids::{DepartmentId, PlanId, RoundId};
use crate::model::{CommandError, DocRef, Workspace};
use crate::store::AsideEntry;
use crate::ui::common::files::download_text;
use crate::ui::system::{now, today};

/// Downloads. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Exports {
    workspace: RwSignal<Workspace>,
    saving: Saving,
    toasts: Toasts,
}

impl Exports {
    /// Exports from `workspace`; set-aside entries come from `saving`, and
    /// what cannot be exported is said through `toasts`.
    pub fn new(workspace: RwSignal<Workspace>, saving: Saving, toasts: Toasts) -> Exports {
        Exports { workspace, saving, toasts }
    }

    /// Downloads documents (with what belongs to each) as a Liaison file.
    pub fn documents(self, docs: Vec<DocRef>, file_title: &str) {
        let now = now();
        let text = self.workspace.with_untracked(|ws| {
            let all: Vec<DocRef> = docs.iter().flat_map(|d| format::with_belongings(ws, d)).collect();
            format::export_documents(ws, &all, ExportMeta { now, by: "Liaison" })
        });
        download_text(&format::file_name(file_title), &text);
    }

    /// Downloads the review file of an approval round, sharing what `include` says.
    pub fn review(self, plan_id: &PlanId, round_id: &RoundId, include: Include) {
        let now = now();
        let meta = ExportMeta { now, by: "Liaison" };
        let file = self.workspace.with_untracked(|ws| {
            let text = format::export_review(ws, plan_id, round_id, include, meta)?;
            Some((format!("{} review", ws.plan(plan_id)?.title), text))
        });
        if let Some((title, text)) = file {
            download_text(&format::file_name(&title), &text);
        }
    }

    /// Downloads a department's response to an approval round, signed with
    /// this browser's key for the plan and department (unsigned, and said so,
    /// when the browser cannot sign).
    pub fn response(self, plan_id: &PlanId, round_id: &RoundId, department_id: &DepartmentId, by: &str) {
        let now = now();
        let response = self.workspace.with_untracked(|ws| {
            let plan = ws.plan(plan_id).ok_or_else(|| CommandError::DocumentNotFound(DocRef::plan(plan_id)))?;
            build_response(plan, round_id, department_id, by, now).map_err(CommandError::from)
        });
        let mut response = match response {
            Ok(response) => response,
            Err(why) => return self.toasts.refused(&why),
        };
        let (toasts, key_name) = (self.toasts, format!("{plan_id}/{department_id}"));
        leptos::task::spawn_local(async move {
            let said = match signing::sign(&key_name, &signed_text(&response)).await {
                Ok(signed) => {
                    let print = fingerprint(&signed.public_key);
                    response.signature = Some(Signature { public_key: signed.public_key, value: signed.signature });
                    Ok(format!("The response is signed with your key for {}: fingerprint {print}. The liaison can check it with you by phone.", response.department_name))
                }
                Err(why) => Err(format!("{why} The response was exported unsigned; tell the liaison to expect that.")),
            };
            let title = format!("{} response {}", response.plan_title, response.department_name);
            let by = response.department_name.clone();
            let text = format::export_response(response, ExportMeta { now, by: &by });
            download_text(&format::file_name(&title), &text);
            match said {
                Ok(text) => toasts.push(text, false, None),
                Err(text) => toasts.push(text, true, None),
            }
        });
    }

    /// Downloads the whole workspace: the backup, named after today.
    pub fn everything(self) {
        let refs = self.workspace.with_untracked(Workspace::doc_refs);
        self.documents(refs, &format!("liaison-backup-{}", today()));
    }

    /// Downloads the raw text of a set-aside entry, as it was stored.
    pub fn aside_entry(self, entry: &AsideEntry) {
        download_text("liaison-unreadable-entry.txt", &self.saving.aside_text(entry));
    }
}
