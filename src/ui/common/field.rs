//! A labelled text field that sends each edit to the core and shows, right
//! under it, why an edit was refused.

use std::sync::atomic::{AtomicU64, Ordering};

use leptos::prelude::*;

use crate::model::{CommandError, DocRef};
use crate::ui::state::AppState;

/// A text input or text area bound to a value of the model.
#[component]
pub fn TextField(
    label: &'static str,
    #[prop(into)] value: Signal<String>,
    /// Applies an edit; returns the reason it was refused.
    on_edit: Callback<String, Result<(), CommandError>>,
    #[prop(optional)] multiline: bool,
    /// `text` unless given (e.g. `date`, `email`); only `text` edits at every
    /// keystroke, the others when the value is complete (on change).
    #[prop(optional)] kind: Option<&'static str>,
    #[prop(optional)] testid: &'static str,
    /// Greyed example text shown while the field is empty.
    #[prop(optional)] hint: &'static str,
    /// A refused value stays, with its message, when the field is left, until
    /// a valid one is entered or Escape puts the model's value back. Without
    /// it, leaving the field shows the model's value again.
    #[prop(optional)]
    keep_refused: bool,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    // What the user is typing. While it is set the field shows it as typed, not
    // the model's (trimmed) value: otherwise a trailing space would vanish at
    // every keystroke, and a refused edit would snap back mid-word.
    let draft = RwSignal::new(None::<String>);
    let shown = move || draft.get().unwrap_or_else(|| value.get());
    // Text refused because another tab changed the document stays on screen
    // while that conflict lasts, like a `keep_refused` field's, so what was
    // typed is not lost on blur; once the user has chosen whose version to
    // keep, the field shows the document again.
    let held = RwSignal::new(None::<DocRef>);
    let edit = move |text: String| {
        let refused = on_edit.run(text.clone()).err();
        held.set(match &refused {
            Some(CommandError::ChangedInAnotherTab { doc, .. }) => Some(doc.clone()),
            _ => None,
        });
        error.set(refused.map(|why| why.to_string()));
        draft.set(Some(text));
    };
    let revert = move || {
        draft.set(None);
        error.set(None);
        held.set(None);
    };
    if let Some(state) = use_context::<AppState>() {
        Effect::new(move |_| {
            let resolved = held.with(|held| held.as_ref().is_some_and(|doc| !state.saving.conflicts.with(|c| c.contains(doc))));
            if resolved {
                revert();
            }
        });
    }
    // Leaving the field shows the model's value again, which a refused edit
    // left as it was, unless the refusal is to stay in view.
    let leave = move || {
        let keep = keep_refused || held.with_untracked(Option::is_some);
        if !(keep && error.with_untracked(Option::is_some)) {
            revert();
        }
    };
    let escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && draft.with_untracked(Option::is_some) {
            // Only this field's draft: a dialog around it stays open.
            ev.stop_propagation();
            revert();
        }
    };
    let error_id = next_error_id();
    let described = {
        let error_id = error_id.clone();
        move || error.with(Option::is_some).then(|| error_id.clone())
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let field = if multiline {
        view! {
            <textarea data-testid=testid placeholder=hint rows="3" prop:value=shown
                aria-invalid=invalid aria-describedby=described
                on:input:target=move |ev| edit(ev.target().value())
                on:keydown=escape
                on:blur=move |_| leave()></textarea>
        }
        .into_any()
    } else {
        let kind = kind.unwrap_or("text");
        view! {
            <input type=kind data-testid=testid placeholder=hint prop:value=shown
                aria-invalid=invalid aria-describedby=described
                on:input:target=move |ev| if kind == "text" { edit(ev.target().value()) }
                on:change:target=move |ev| if kind != "text" { edit(ev.target().value()) }
                on:keydown=escape
                on:blur=move |_| leave() />
        }
        .into_any()
    };
    view! {
        <label class="field">
            <span class="field-label">{label}</span>
            {field}
            <Show when=move || error.with(Option::is_some)>
                <span class="field-error" role="alert" id=error_id.clone() data-testid="field-error">{move || error.get()}</span>
            </Show>
        </label>
    }
}

/// A page-wide unique id for a field's message, for `aria-describedby`.
fn next_error_id() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    format!("field-error-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}
