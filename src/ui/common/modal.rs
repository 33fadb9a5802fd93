//! A modal dialog: a titled panel over a dimmed page; Escape closes it.

use leptos::prelude::*;

/// Shows `children` in a dialog while it is mounted.
#[component]
pub fn Modal(title: String, on_close: Callback<()>, #[prop(optional)] testid: &'static str, children: Children) -> impl IntoView {
    let label = title.clone();
    view! {
        <div class="modal-backdrop" on:keydown=move |ev| if ev.key() == "Escape" { on_close.run(()) }>
            <div class="modal" role="dialog" aria-modal="true" aria-label=label data-testid=testid>
                <h2>{title}</h2>
                {children()}
            </div>
        </div>
    }
}
