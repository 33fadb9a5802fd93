//! A labelled input for a form being filled in (a new comment, a decision's
//! date): it holds what is typed until the form is sent, unlike
//! [`super::field::TextField`], which edits the model at once.

use leptos::prelude::*;

/// A text input, date input (`kind="date"`) or text area (`rows`) bound to a
/// draft signal.
#[component]
pub fn DraftField(
    label: &'static str,
    value: RwSignal<String>,
    testid: &'static str,
    /// `text` unless given; a date is taken when it is complete (on change).
    #[prop(optional)] kind: Option<&'static str>,
    /// Makes it a text area of this many rows.
    #[prop(optional)] rows: Option<u32>,
    /// Extra classes of the label, e.g. `"grow"`.
    #[prop(optional)] class: &'static str,
    /// Greyed example text shown while the field is empty.
    #[prop(optional)] hint: &'static str,
) -> impl IntoView {
    let kind = kind.unwrap_or("text");
    let input = match rows {
        Some(rows) => view! {
            <textarea rows=rows data-testid=testid placeholder=hint prop:value=value
                on:input:target=move |ev| value.set(ev.target().value())></textarea>
        }
        .into_any(),
        None => view! {
            <input type=kind data-testid=testid placeholder=hint prop:value=value
                on:input:target=move |ev| if kind == "text" { value.set(ev.target().value()) }
                on:change:target=move |ev| value.set(ev.target().value()) />
        }
        .into_any(),
    };
    view! {
        <label class=format!("field {class}")>
            <span class="field-label">{label}</span>
            {input}
        </label>
    }
}
