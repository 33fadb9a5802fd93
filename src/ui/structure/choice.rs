//! A labelled drop-down bound to a value of the model, with the reason a
//! choice was refused shown under it.

use leptos::prelude::*;

use crate::model::CommandError;

/// A `<select>` of `(value, label)` options; `none` adds an empty first option.
#[component]
pub fn Choice(
    label: String,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    on_change: Callback<String, Result<(), CommandError>>,
    /// The label of the empty option (none when not given).
    #[prop(optional)] none: Option<&'static str>,
    #[prop(optional)] testid: &'static str,
    /// Label read by screen readers only (for grids).
    #[prop(optional)] hide_label: bool,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let select = NodeRef::<leptos::html::Select>::new();
    // Only the chosen option is in the page until the drop-down is used: a
    // plan of 200 initiatives would otherwise hold tens of thousands of
    // options and take seconds to open.
    let open = RwSignal::new(false);
    let shown = move || {
        let all = options.get();
        if open.get() { all } else { all.into_iter().filter(|o| o.0 == value.get()).collect() }
    };
    let change = move |chosen: String| {
        let refused = on_change.run(chosen).err().map(|why| why.to_string());
        // A refused choice leaves the model as it was: show its value again, and
        // why, until the next choice (leaving the field must not move the page
        // under the pointer).
        if refused.is_some() {
            if let Some(select) = select.get_untracked() {
                select.set_value(&value.get_untracked());
            }
        }
        error.set(refused);
    };
    view! {
        <label class="field choice">
            <span class="field-label" class:visually-hidden=hide_label>{label}</span>
            <select node_ref=select data-testid=testid prop:value=value on:change:target=move |ev| change(ev.target().value())
                on:pointerdown=move |_| open.set(true) on:focus=move |_| open.set(true)
                on:blur=move |_| open.set(false)>
                {none.map(|text| view! { <option value="" selected=move || value.get().is_empty()>{text}</option> })}
                <For each=shown key=|o| o.clone() let:option>
                    {
                        let id = option.0.clone();
                        view! { <option value=option.0 selected=move || value.get() == id>{option.1}</option> }
                    }
                </For>
            </select>
            <Show when=move || error.with(Option::is_some)>
                <span class="field-error" role="alert">{move || error.get()}</span>
            </Show>
        </label>
    }
}
