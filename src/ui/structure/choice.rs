//! A labelled drop-down bound to a value of the model, with the reason a
//! choice was refused shown under it.

use leptos::prelude::*;

/// A `<select>` of `(value, label)` options; `none` adds an empty first option.
#[component]
pub fn Choice(
    label: String,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    on_change: Callback<String, Result<(), String>>,
    /// The label of the empty option (none when not given).
    #[prop(optional)] none: Option<&'static str>,
    #[prop(optional)] testid: &'static str,
    /// Label read by screen readers only (for grids).
    #[prop(optional)] hide_label: bool,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let select = NodeRef::<leptos::html::Select>::new();
    let change = move |chosen: String| {
        let refused = on_change.run(chosen).err();
        // A refused choice leaves the model as it was: show its value again, and why.
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
                on:blur=move |_| error.set(None)>
                {none.map(|text| view! { <option value="" selected=move || value.get().is_empty()>{text}</option> })}
                <For each=move || options.get() key=|o| o.clone() let:option>
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
