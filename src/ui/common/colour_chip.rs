//! A department's colour, always shown together with its name.

use leptos::prelude::*;

use crate::model::Colour;

/// A swatch in the department's colour with the name written on it.
#[component]
pub fn ColourChip(#[prop(into)] colour: Signal<String>, #[prop(into)] name: Signal<String>) -> impl IntoView {
    let colour = move || Colour::from_name(&colour.get()).unwrap_or_default();
    view! {
        <span class="chip" style:background-color=move || colour().hex style:color=move || colour().ink>
            {move || name.get()}
        </span>
    }
}
