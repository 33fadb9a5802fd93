//! Toasts: short messages at the bottom of the screen, maybe with an undo
//! or the next step to take, and details to open. They close by themselves;
//! errors stay until closed, since they may need acting on.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use leptos::prelude::*;

use crate::model::{Command, CommandError};
use crate::ui::route::Route;

/// What the button of a toast does.
#[derive(Debug, Clone, PartialEq)]
pub enum ToastAction {
    /// "Undo" runs the command kept with the toast ([`Toasts::take_undo`]).
    Undo,
    /// The next step after a refusal: a button named `label` opening `to`.
    Go { label: &'static str, to: Route },
}

/// A short message at the bottom of the screen, maybe with a button.
#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    pub id: u64,
    pub text: String,
    pub is_error: bool,
    pub action: Option<ToastAction>,
    /// Lines shown under "Show details" (a long report stays a summary).
    pub details: Vec<String>,
}

/// How many toasts are shown at once.
const MAX_SHOWN: usize = 3;

/// The toasts on screen. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Toasts {
    shown: RwSignal<Vec<Toast>>,
    /// The undo command of each toast that offers one. Kept aside rather than
    /// in the toast, which the view copies: an undo runs once, and commands
    /// are never copied.
    undos: StoredValue<Vec<(u64, Command)>>,
}

impl Default for Toasts {
    fn default() -> Self {
        Toasts::new()
    }
}

impl Toasts {
    /// None on screen yet.
    pub fn new() -> Toasts {
        Toasts { shown: RwSignal::new(Vec::new()), undos: StoredValue::new(Vec::new()) }
    }

    /// The toasts on screen, oldest first; tracked, so a view that reads it
    /// follows it.
    pub fn shown(self) -> Vec<Toast> {
        self.shown.get()
    }

    /// Shows a message, with "Undo" when `undo` is given.
    pub fn push(self, text: impl Into<String>, is_error: bool, undo: Option<Command>) {
        let action = undo.is_some().then_some(ToastAction::Undo);
        let id = self.show(text.into(), is_error, action);
        if let Some(undo) = undo {
            self.undos.update_value(|undos| undos.push((id, undo)));
        }
    }

    /// Shows a summary with its details under "Show details", maybe with
    /// an undo; it stays longer, for reading.
    pub fn push_detailed(self, summary: String, details: Vec<String>, undo: Option<Command>) {
        let action = undo.is_some().then_some(ToastAction::Undo);
        let id = self.open(Toast { id: 0, text: summary, is_error: false, action, details }, Some(Duration::from_secs(20)));
        if let Some(undo) = undo {
            self.undos.update_value(|undos| undos.push((id, undo)));
        }
    }

    /// Shows a message with a button. An error stays until closed, since
    /// it may need acting on; other messages close after a while.
    pub fn show(self, text: String, is_error: bool, action: Option<ToastAction>) -> u64 {
        let lasts = (!is_error).then(|| Duration::from_secs(if action.is_some() { 10 } else { 8 }));
        self.open(Toast { id: 0, text, is_error, action, details: Vec::new() }, lasts)
    }

    fn open(self, mut toast: Toast, lasts: Option<Duration>) -> u64 {
        // Never reused, so a closed toast's timer cannot close a newer one.
        static NEXT_TOAST: AtomicU64 = AtomicU64::new(1);
        let id = NEXT_TOAST.fetch_add(1, Ordering::Relaxed);
        toast.id = id;
        self.shown.update(|t| {
            t.push(toast);
            // A few at a time: older messages make way rather than pile up over the page.
            // The newest always shows; errors outlast other messages.
            while t.len() > MAX_SHOWN {
                let older = &t[..t.len() - 1];
                let oldest = older.iter().position(|t| !t.is_error).unwrap_or(0);
                t.remove(oldest);
            }
        });
        if let Some(lasts) = lasts {
            set_timeout(move || self.dismiss(id), lasts);
        }
        id
    }

    /// Says why a command was refused, with the next step when the way on
    /// is plain: a document deleted in another tab leaves nothing to edit here.
    pub fn refused(self, why: &CommandError) {
        let next = match why {
            CommandError::DocumentNotFound(_) => Some(ToastAction::Go { label: "Back to the library", to: Route::Library }),
            _ => None,
        };
        self.show(why.to_string(), true, next);
    }

    /// The undo of toast `id`, taken: a second click finds none.
    pub fn take_undo(self, id: u64) -> Option<Command> {
        let mut taken = None;
        self.undos.update_value(|undos| {
            if let Some(at) = undos.iter().position(|(toast, _)| *toast == id) {
                taken = Some(undos.remove(at).1);
            }
        });
        taken
    }

    /// Closes every message but errors: the room should not read the
    /// editor's "Undo" offers on the projector.
    pub fn clear_messages(self) {
        let gone: Vec<u64> = self.shown.with_untracked(|t| t.iter().filter(|t| !t.is_error).map(|t| t.id).collect());
        for id in gone {
            self.dismiss(id);
        }
    }

    /// Closes a toast; one already closed is left alone.
    pub fn dismiss(self, id: u64) {
        self.shown.update(|t| t.retain(|toast| toast.id != id));
        self.undos.update_value(|undos| undos.retain(|(toast, _)| *toast != id));
    }
}
