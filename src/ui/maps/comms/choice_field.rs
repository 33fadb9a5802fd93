//! A labelled drop-down of a stakeholder's communication (channel,
//! frequency, owner), marked "default" while it follows the strategy.

use leptos::prelude::*;

/// A `<select>` whose empty first option is the default; `value` is the key
/// chosen ("" for the default).
#[component]
pub fn ChoiceField(
    label: &'static str,
    /// (key, label) of each choice after the default.
    options: Vec<(String, String)>,
    /// What the empty first option says ("1:1 (the default for Manage closely)").
    #[prop(into)]
    default_label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    /// Shows a "default" mark while the value is the default.
    #[prop(optional)]
    marks_default: bool,
    on_change: Callback<String>,
    testid: &'static str,
) -> impl IntoView {
    let is_default = move || marks_default && value.with(String::is_empty);
    view! {
        <label class="field comms-choice">
            <span class="field-label">
                {label}
                {move || is_default().then(|| view! { <span class="comms-default" data-testid=format!("{testid}-default")>"default"</span> })}
            </span>
            <select data-testid=testid prop:value=move || value.get() on:change:target=move |ev| on_change.run(ev.target().value())>
                <option value="" selected=move || value.with(String::is_empty)>{move || default_label.get()}</option>
                {options.into_iter().map(|(key, text)| {
                    let chosen = key.clone();
                    view! { <option value=key selected=move || value.with(|v| *v == chosen)>{text}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}
