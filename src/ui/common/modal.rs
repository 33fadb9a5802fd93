//! A modal dialog: a titled panel over a dimmed page; it takes the focus when
//! it opens (unless a field in it took it first) and Escape closes it.

use leptos::prelude::*;

/// Shows `children` in a dialog while it is mounted.
#[component]
pub fn Modal(title: String, on_close: Callback<()>, #[prop(optional)] testid: &'static str, children: Children) -> impl IntoView {
    let label = title.clone();
    let panel = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(panel) = panel.get() {
            let inside = document().active_element().is_some_and(|e| panel.contains(Some(&e)));
            if !inside {
                let _ = panel.focus();
            }
        }
    });
    view! {
        <div class="modal-backdrop" on:keydown=move |ev| if ev.key() == "Escape" { on_close.run(()) }>
            <div class="modal" role="dialog" aria-modal="true" aria-label=label data-testid=testid node_ref=panel tabindex="-1">
                <h2>{title}</h2>
                {children()}
            </div>
        </div>
    }
}
