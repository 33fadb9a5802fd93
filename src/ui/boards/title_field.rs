//! An area's or a group's title, edited in place: it wraps onto as many
//! lines as it needs instead of being cut off in a narrow lane, and Enter
//! (or leaving it) saves it.

use leptos::prelude::*;

/// The title field; `commit` gets the text when it changed.
#[component]
pub fn TitleField(
    value: Signal<String>,
    commit: Callback<String>,
    label: Signal<String>,
    class: &'static str,
    testid: &'static str,
) -> impl IntoView {
    // Enter, then leaving the field, would save it twice.
    let save = move |text: String| if text != value.get_untracked() { commit.run(text) };
    view! {
        <textarea rows="1" class=class aria-label=move || label.get() data-testid=testid prop:value=move || value.get()
            on:change:target=move |ev| save(ev.target().value())
            on:keydown:target=move |ev| if ev.key() == "Enter" {
                // A title is one line: Enter saves it.
                ev.prevent_default();
                save(ev.target().value());
            }></textarea>
    }
}
