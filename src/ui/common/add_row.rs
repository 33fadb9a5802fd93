//! "Type and press Enter to add": an input with an Add button, used wherever a
//! list grows one typed item at a time (departments, objectives, options…).

use leptos::prelude::*;

use crate::model::CommandError;

/// The input, its button and, under them, why an addition was refused. On
/// success the input empties and keeps the focus, so the next item follows.
#[component]
pub fn AddRow(
    label: &'static str,
    /// Reads the label to screen readers only.
    #[prop(optional)]
    hide_label: bool,
    /// Greyed example text shown while the input is empty.
    #[prop(optional)]
    hint: &'static str,
    /// The text of the button.
    button: &'static str,
    input_testid: &'static str,
    button_testid: &'static str,
    /// The row's class, for its layout (`add-row` unless given).
    #[prop(optional)]
    class: Option<&'static str>,
    #[prop(optional)] small: bool,
    /// Adds the typed text; returns why it was refused.
    on_add: Callback<String, Result<(), CommandError>>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move || match on_add.run(text.get_untracked()) {
        Ok(()) => {
            text.set(String::new());
            error.set(None);
        }
        Err(why) => error.set(Some(why.to_string())),
    };
    view! {
        <div class=class.unwrap_or("add-row")>
            <label class="field">
                <span class="field-label" class:visually-hidden=hide_label>{label}</span>
                <input type="text" data-testid=input_testid placeholder=hint prop:value=text
                    on:input:target=move |ev| text.set(ev.target().value())
                    on:keydown=move |ev| if ev.key() == "Enter" { add() } />
            </label>
            <button type="button" class:small=small data-testid=button_testid on:click=move |_| add()>{button}</button>
            {move || error.get().map(|e| view! { <span class="field-error" role="alert">{e}</span> })}
        </div>
    }
}
