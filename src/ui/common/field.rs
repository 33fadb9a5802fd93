//! A labelled text field that sends each edit to the core and shows, right
//! under it, why an edit was refused.

use leptos::prelude::*;

use crate::model::CommandError;

/// A text input or text area bound to a value of the model.
#[component]
pub fn TextField(
    label: &'static str,
    #[prop(into)] value: Signal<String>,
    /// Applies an edit; returns the reason it was refused.
    on_edit: Callback<String, Result<(), CommandError>>,
    #[prop(optional)] multiline: bool,
    /// `text` unless given (e.g. `date`).
    #[prop(optional)] kind: Option<&'static str>,
    #[prop(optional)] testid: &'static str,
    /// Greyed example text shown while the field is empty.
    #[prop(optional)] hint: &'static str,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    // What the user is typing. While it is set the field shows it as typed, not
    // the model's (trimmed) value: otherwise a trailing space would vanish at
    // every keystroke, and a refused edit would snap back mid-word.
    let draft = RwSignal::new(None::<String>);
    let shown = move || draft.get().unwrap_or_else(|| value.get());
    let edit = move |text: String| {
        error.set(on_edit.run(text.clone()).err().map(|why| why.to_string()));
        draft.set(Some(text));
    };
    // Leaving the field shows the model's value again, which a refused edit left as it was.
    let leave = move || {
        draft.set(None);
        error.set(None);
    };
    let field = if multiline {
        view! {
            <textarea data-testid=testid placeholder=hint rows="3" prop:value=shown
                on:input:target=move |ev| edit(ev.target().value())
                on:blur=move |_| leave()></textarea>
        }
        .into_any()
    } else {
        let kind = kind.unwrap_or("text");
        // Dates commit on change: a half-typed date is not an edit.
        view! {
            <input type=kind data-testid=testid placeholder=hint prop:value=shown
                on:input:target=move |ev| if kind == "text" { edit(ev.target().value()) }
                on:change:target=move |ev| if kind != "text" { edit(ev.target().value()) }
                on:blur=move |_| leave() />
        }
        .into_any()
    };
    view! {
        <label class="field">
            <span class="field-label">{label}</span>
            {field}
            <Show when=move || error.with(Option::is_some)>
                <span class="field-error" role="alert">{move || error.get()}</span>
            </Show>
        </label>
    }
}
