//! Short-lived messages at the bottom of the screen, with "Undo" after a delete.

use leptos::prelude::*;

use crate::ui::state::use_app;

/// The stack of toasts.
#[component]
pub fn Toasts() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="toasts" role="status" aria-live="polite">
            <For each=move || state.toasts.shown() key=|t| t.id let:toast>
                <div class="toast" class:toast-error=toast.is_error data-testid="toast">
                    <span>{toast.text.clone()}</span>
                    {toast.undo.clone().map(|undo| view! {
                        <button type="button" data-testid="undo" on:click=move |_| {
                            state.run_or_toast(undo.clone());
                            state.toasts.dismiss(toast.id);
                        }>"Undo"</button>
                    })}
                    <button type="button" class="toast-close" aria-label="Dismiss" on:click=move |_| state.toasts.dismiss(toast.id)>"×"</button>
                </div>
            </For>
        </div>
    }
}
