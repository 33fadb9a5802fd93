//! A labelled drop-down for the register's filters and its row editor,
//! with the reason a choice was refused under it.

use leptos::prelude::*;

use crate::model::CommandError;

/// A `<select>` of `(value, label)` options; `none` is the empty first option.
#[component]
pub fn SelectField(
    label: &'static str,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    on_change: Callback<String, Result<(), CommandError>>,
    /// The label of the empty first option (none when not given).
    #[prop(optional)]
    none: Option<&'static str>,
    testid: &'static str,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let select = NodeRef::<leptos::html::Select>::new();
    let change = move |chosen: String| {
        let refused = on_change.run(chosen).err().map(|why| why.to_string());
        // A refused choice left the model as it was: show its value again.
        if refused.is_some() {
            if let Some(select) = select.get_untracked() {
                select.set_value(&value.get_untracked());
            }
        }
        error.set(refused);
    };
    view! {
        <label class="field">
            <span class="field-label">{label}</span>
            <select node_ref=select data-testid=testid prop:value=move || value.get() on:change:target=move |ev| change(ev.target().value())>
                {none.map(|text| view! { <option value="" selected=move || value.with(String::is_empty)>{text}</option> })}
                {move || options.get().into_iter().map(|(key, text)| {
                    let chosen = key.clone();
                    view! { <option value=key selected=move || value.with(|v| *v == chosen)>{text}</option> }
                }).collect_view()}
            </select>
            <Show when=move || error.with(Option::is_some)>
                <span class="field-error" role="alert">{move || error.get()}</span>
            </Show>
        </label>
    }
}

/// The `(key, label)` options of a closed set.
pub fn options_of<T: crate::model::keyed::Keyed>(label: fn(T) -> &'static str) -> Vec<(String, String)> {
    T::ALL.iter().map(|v| (v.key().to_string(), label(*v).to_string())).collect()
}

