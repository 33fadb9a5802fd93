//! The app's shared state, handed to components through context as one `Copy`
//! handle. Every change goes through [`AppState::run`]: command, then autosave.

use leptos::prelude::*;

use super::common::files::download_text;
use super::route::Route;
use super::system::{measured, now, BrowserIds};
use crate::format::{self, apply_import, preview_import, ConflictChoice, ExportMeta, ImportPreview};
use crate::model::review::build_response;
use crate::model::{apply, Command, Context, DocRef, Outcome, Workspace};
use crate::store::browser::BrowserStore;
use crate::store::{AsideEntry, OtherTab, Saver};

/// A short message at the bottom of the screen, maybe with an undo.
#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    pub id: u64,
    pub text: String,
    pub is_error: bool,
    /// What "Undo" runs.
    pub undo: Option<Command>,
}

/// A file whose documents clash with local ones, waiting for the user's choice.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    pub file_name: String,
    pub preview: ImportPreview,
    pub warnings: Vec<String>,
    /// For a review file, the plan to open at its approval section.
    pub review: Option<String>,
}

/// A review file opens its plan at the approval section, ready to review.
fn open_review(review: &Option<String>) {
    if let Some(plan_id) = review {
        Route::Document(DocRef::new(crate::model::DocumentKind::Plan, plan_id), "approval".into()).go();
    }
}

/// How saving is going, for the header and the banners.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveState {
    pub quota_full: bool,
    pub unavailable: Option<String>,
    pub pending: bool,
}

/// Everything components share. Cheap to copy.
#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    pub route: RwSignal<Route>,
    pub toasts: RwSignal<Vec<Toast>>,
    pub save: RwSignal<SaveState>,
    pub chars_used: RwSignal<usize>,
    pub conflicts: RwSignal<Vec<DocRef>>,
    pub aside: RwSignal<Vec<AsideEntry>>,
    /// Repairs made while reading storage at start-up.
    pub load_warnings: RwSignal<Vec<String>>,
    /// Files waiting for a choice, first shown first.
    pub pending_import: RwSignal<Vec<PendingImport>>,
    /// The last refused file, with its reason.
    pub import_error: RwSignal<Option<String>>,
    /// The department this browser reviews a plan as: (plan id, department
    /// id). Not kept across reloads, like every other view choice.
    pub reviewing_as: RwSignal<Option<(String, String)>>,
    saver: StoredValue<Saver<BrowserStore>, LocalStorage>,
}

/// The state provided by [`AppState::provide`].
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// Loads storage and makes the state available to every component.
    pub fn provide() -> AppState {
        let (store, unavailable) = match BrowserStore::open() {
            Ok(store) => (Some(store), None),
            Err(why) => (None, Some(why)),
        };
        let (saver, loaded) = Saver::start(store, &now());
        let aside = saver.aside_entries();
        let state = AppState {
            chars_used: RwSignal::new(saver.chars_used()),
            workspace: RwSignal::new(loaded.workspace),
            route: RwSignal::new(Route::current()),
            toasts: RwSignal::new(Vec::new()),
            save: RwSignal::new(SaveState { unavailable, ..Default::default() }),
            conflicts: RwSignal::new(Vec::new()),
            aside: RwSignal::new(aside),
            load_warnings: RwSignal::new(loaded.warnings),
            pending_import: RwSignal::new(Vec::new()),
            import_error: RwSignal::new(None),
            reviewing_as: RwSignal::new(None),
            saver: StoredValue::new_local(saver),
        };
        provide_context(state);
        state.listen();
        state
    }

    fn listen(self) {
        window_event_listener(leptos::ev::hashchange, move |_| self.route.set(Route::current()));
        // Leaving the page or hiding the tab writes what is still pending.
        window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                self.flush();
            }
        });
        BrowserStore::watch_other_tabs(move |doc, raw| {
            let outcome = self.saver.try_update_value(|saver| {
                let mut outcome = OtherTab::Ignored;
                self.workspace.update(|ws| outcome = saver.other_tab_changed(ws, doc, raw));
                (outcome, saver.chars_used())
            });
            if let Some((outcome, chars)) = outcome {
                self.chars_used.set(chars);
                if matches!(outcome, OtherTab::Conflict) {
                    self.flush();
                }
            }
        });
    }

    /// Applies a command and schedules the save. The error, if any, is in
    /// words for the user; the workspace is then unchanged.
    pub fn run(self, command: Command) -> Result<Outcome, String> {
        let now = now();
        let mut result = Err(String::new());
        // A refused command changed nothing, so nothing needs to re-render.
        self.workspace.maybe_update(|ws| {
            result = apply(ws, command, &mut Context { now: &now, ids: &mut BrowserIds }).map_err(|e| e.to_string());
            result.is_ok()
        });
        if let Ok(outcome) = &result {
            self.changed(outcome.changed.clone());
        }
        result
    }

    /// Runs a command and shows its error as a toast.
    pub fn run_or_toast(self, command: Command) -> Option<Outcome> {
        self.run(command).map_err(|e| self.toast(e, true, None)).ok()
    }

    fn changed(self, docs: Vec<DocRef>) {
        let schedule = self.saver.try_update_value(|saver| saver.mark(docs));
        if schedule == Some(true) {
            if !self.save.with_untracked(|s| s.pending) {
                self.save.update(|s| s.pending = true);
            }
            // Coalesces a burst of keystrokes into one write per document.
            set_timeout(move || self.flush(), std::time::Duration::from_millis(250));
        }
    }

    /// Writes pending changes now.
    pub fn flush(self) {
        let now = now();
        let report = self.saver.try_update_value(|saver| {
            measured("liaison:save", || self.workspace.with_untracked(|ws| saver.flush(ws, &now)))
        });
        let Some(report) = report else { return };
        self.chars_used.set(report.chars_used);
        let save = SaveState { quota_full: report.quota_full, unavailable: report.unavailable, pending: report.pending };
        if self.save.get_untracked() != save {
            self.save.set(save);
        }
        if self.conflicts.get_untracked() != report.conflicts {
            self.conflicts.set(report.conflicts);
        }
    }

    /// Resolves a conflict by taking the other tab's version; with
    /// `keep_mine`, this tab's version is first kept as a new document.
    pub fn resolve_conflict(self, doc: DocRef, keep_mine: bool) {
        if keep_mine {
            if let Some(outcome) = self.run_or_toast(Command::Duplicate { doc: doc.clone() }) {
                let title = outcome.created.and_then(|c| self.workspace.with_untracked(|ws| ws.title(&c)));
                self.toast(format!("Your version is kept as “{}”.", title.unwrap_or_default()), false, None);
            }
        }
        self.saver.update_value(|saver| self.workspace.update(|ws| saver.use_stored(ws, &doc)));
        self.flush();
    }

    pub fn toast(self, text: impl Into<String>, is_error: bool, undo: Option<Command>) {
        // Never reused, so a closed toast's timer cannot close a newer one.
        static NEXT_TOAST: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let id = NEXT_TOAST.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.toasts.update(|t| t.push(Toast { id, text: text.into(), is_error, undo }));
        set_timeout(move || self.dismiss_toast(id), std::time::Duration::from_secs(if is_error { 12 } else { 8 }));
    }

    pub fn dismiss_toast(self, id: u64) {
        self.toasts.update(|t| t.retain(|toast| toast.id != id));
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
                self.refuse_file(format!("“{file_name}” was not opened. {error} Nothing was changed."));
                return;
            }
        };
        let had_responses = !restored.responses.is_empty();
        if had_responses && !self.merge_responses(&file_name, restored.responses) {
            return;
        }
        if restored.workspace.is_empty() {
            if !had_responses {
                self.toast(format!("“{file_name}” holds no documents: nothing was added."), false, None);
            }
            return;
        }
        let (warnings, review) = (restored.warnings, restored.review.map(|(plan_id, _)| plan_id));
        let preview = self.workspace.with_untracked(|ws| preview_import(ws, restored.workspace));
        let pending = PendingImport { file_name, preview, warnings, review };
        if pending.preview.is_noop() {
            let count = pending.preview.unchanged.len();
            self.toast(format!("Everything in “{}” is already here ({count} documents).", pending.file_name), false, None);
            open_review(&pending.review);
        } else if pending.preview.conflicts.is_empty() {
            // Nothing can have changed since the preview: apply it as it is.
            self.apply_pending(pending, ConflictChoice::KeepBoth, false);
        } else {
            self.pending_import.update(|queue| queue.push(pending));
        }
    }

    /// Says why a file was refused, after what earlier files of the same
    /// pick said (see [`crate::ui::common::files::import_files`]).
    pub fn refuse_file(self, message: String) {
        self.import_error.update(|shown| {
            *shown = Some(match shown.take() {
                Some(earlier) => format!("{earlier} {message}"),
                None => message,
            })
        });
    }

    /// Merges department responses into their plans, all or none; says what
    /// changed. Returns whether the file was accepted.
    fn merge_responses(self, file_name: &str, responses: Vec<crate::model::review::Response>) -> bool {
        let plan_id = responses[0].plan_id.clone();
        match self.run(Command::MergeResponses { responses }) {
            Err(why) => {
                self.refuse_file(format!("“{file_name}” was not opened. {why} Nothing was changed."));
                false
            }
            Ok(outcome) if outcome.report.is_empty() => {
                self.toast(format!("“{file_name}” was merged before: nothing changed."), false, None);
                true
            }
            Ok(outcome) => {
                self.toast(format!("Merged “{file_name}”: {}.", outcome.report.join("; ")), false, None);
                Route::Document(DocRef::new(crate::model::DocumentKind::Plan, &plan_id), "approval".into()).go();
                true
            }
        }
    }

    /// Carries out an import the user has seen, against the workspace as it
    /// is now. A clash the user was not shown is never resolved by replacing.
    pub fn finish_import(self, pending: PendingImport, choice: ConflictChoice) {
        self.apply_pending(pending, choice, true);
    }

    fn apply_pending(self, pending: PendingImport, choice: ConflictChoice, refresh: bool) {
        let now = now();
        let mut changed = Vec::new();
        let review = pending.review.clone();
        self.workspace.update(|ws| {
            let (mut preview, mut choice) = (pending.preview, choice);
            if refresh {
                let shown: Vec<DocRef> = preview.conflicts.iter().map(|c| c.doc.clone()).collect();
                preview = preview.refresh(ws);
                if preview.conflicts.iter().any(|c| !shown.contains(&c.doc)) {
                    choice = ConflictChoice::KeepBoth;
                }
            }
            changed = apply_import(ws, preview, choice, &mut Context { now: &now, ids: &mut BrowserIds });
        });
        let count = changed.len();
        self.changed(changed.clone());
        let mut text = format!("Opened “{}”: {count} document{} added or updated.", pending.file_name, if count == 1 { "" } else { "s" });
        if !pending.warnings.is_empty() {
            text.push_str(&format!(" Notes: {}", pending.warnings.join(" ")));
        }
        self.toast(text, false, None);
        if review.is_some() && !changed.is_empty() {
            // "Keep both" gives the file's plan a new id: open the plan the file became.
            let plan = changed.iter().find(|d| d.kind == crate::model::DocumentKind::Plan).map(|d| d.id.clone());
            open_review(&plan.or(review));
        } else if let [doc] = changed.as_slice() {
            Route::document(doc.clone()).go();
        }
    }

    /// Downloads documents (with what belongs to each) as a Liaison file.
    pub fn export(self, docs: Vec<DocRef>, file_title: &str) {
        let now = now();
        let text = self.workspace.with_untracked(|ws| {
            let all: Vec<DocRef> = docs.iter().flat_map(|d| format::with_belongings(ws, d)).collect();
            format::export_documents(ws, &all, ExportMeta { now: &now, by: "Liaison" })
        });
        download_text(&format::file_name(file_title), &text);
    }

    /// Downloads the review file of an approval round.
    pub fn export_review(self, plan_id: &str, round_id: &str) {
        let now = now();
        let meta = ExportMeta { now: &now, by: "Liaison" };
        let file = self.workspace.with_untracked(|ws| {
            let text = format::export_review(ws, plan_id, round_id, meta)?;
            Some((format!("{} review", ws.plan(plan_id)?.title), text))
        });
        if let Some((title, text)) = file {
            download_text(&format::file_name(&title), &text);
        }
    }

    /// Downloads a department's response to an approval round.
    pub fn export_response(self, plan_id: &str, round_id: &str, department_id: &str, by: &str) {
        let now = now();
        let response = self.workspace.with_untracked(|ws| {
            let plan = ws.plan(plan_id).ok_or_else(|| "This plan is no longer here.".to_string())?;
            build_response(plan, round_id, department_id, by, &now).map_err(|e| e.to_string())
        });
        match response {
            Ok(response) => {
                let title = format!("{} response {}", response.plan_title, response.department_name);
                let by = response.department_name.clone();
                let text = format::export_response(response, ExportMeta { now: &now, by: &by });
                download_text(&format::file_name(&title), &text);
            }
            Err(why) => self.toast(why, true, None),
        }
    }

    /// Downloads the whole workspace: the backup.
    pub fn export_everything(self) {
        let refs = self.workspace.with_untracked(Workspace::doc_refs);
        self.export(refs, &format!("liaison-backup-{}", &now()[..10]));
    }

    /// Downloads the raw text of a set-aside entry.
    pub fn download_aside(self, entry: &AsideEntry) {
        let raw = self.saver.with_value(|s| s.aside_text(entry)).unwrap_or_default();
        download_text("liaison-unreadable-entry.txt", &raw);
    }

    /// Deletes a set-aside entry for good (the user confirmed).
    pub fn discard_aside(self, entry: &AsideEntry) {
        self.saver.update_value(|s| s.discard_aside(entry));
        self.aside.update(|list| list.retain(|e| e.key != entry.key));
        self.chars_used.set(self.saver.with_value(Saver::chars_used));
    }
}
