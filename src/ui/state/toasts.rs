//! Toasts: short messages at the bottom of the screen, maybe with an undo,
//! that close by themselves.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use leptos::prelude::*;

use crate::model::Command;

/// A short message at the bottom of the screen, maybe with an undo.
#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    pub id: u64,
    pub text: String,
    pub is_error: bool,
    /// What "Undo" runs.
    pub undo: Option<Command>,
}

/// The toasts on screen. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Toasts {
    shown: RwSignal<Vec<Toast>>,
}

impl Default for Toasts {
    fn default() -> Self {
        Toasts::new()
    }
}

impl Toasts {
    /// None on screen yet.
    pub fn new() -> Toasts {
        Toasts { shown: RwSignal::new(Vec::new()) }
    }

    /// The toasts on screen, oldest first; tracked, so a view that reads it
    /// follows it.
    pub fn shown(self) -> Vec<Toast> {
        self.shown.get()
    }

    /// Shows a message; an error stays longer, since it may need acting on.
    pub fn push(self, text: impl Into<String>, is_error: bool, undo: Option<Command>) {
        // Never reused, so a closed toast's timer cannot close a newer one.
        static NEXT_TOAST: AtomicU64 = AtomicU64::new(1);
        let id = NEXT_TOAST.fetch_add(1, Ordering::Relaxed);
        self.shown.update(|t| t.push(Toast { id, text: text.into(), is_error, undo }));
        set_timeout(move || self.dismiss(id), Duration::from_secs(if is_error { 12 } else { 8 }));
    }

    /// Closes a toast; one already closed is left alone.
    pub fn dismiss(self, id: u64) {
        self.shown.update(|t| t.retain(|toast| toast.id != id));
    }
}
