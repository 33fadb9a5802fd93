//! Short-lived messages at the bottom of the screen, with "Undo" after a
//! delete or the next step after a refusal.

use leptos::prelude::*;

use crate::ui::state::{use_app, ToastAction};

/// The stack of toasts.
#[component]
pub fn Toasts() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="toasts" role="status" aria-live="polite">
            <For each=move || state.toasts.shown() key=|t| t.id let:toast>
                <div class="toast" class:toast-error=toast.is_error data-testid="toast">
                    <div class="toast-text">
                        <span>{toast.text.clone()}</span>
                        {(!toast.details.is_empty()).then(|| view! {
                            <details class="toast-details" data-testid="toast-details">
                                <summary>"Show details"</summary>
                                <ul>{toast.details.clone().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                            </details>
                        })}
                    </div>
                    {toast.action.clone().map(|action| match action {
                        ToastAction::Undo => view! {
                            <button type="button" data-testid="undo" on:click=move |_| {
                                if let Some(undo) = state.toasts.take_undo(toast.id) {
                                    state.run_or_toast(undo);
                                }
                                state.toasts.dismiss(toast.id);
                            }>"Undo"</button>
                        }.into_any(),
                        ToastAction::Go { label, to } => view! {
                            <button type="button" data-testid="next-step" on:click=move |_| {
                                to.go();
                                state.toasts.dismiss(toast.id);
                            }>{label}</button>
                        }.into_any(),
                    })}
                    <button type="button" class="toast-close" aria-label="Dismiss" on:click=move |_| state.toasts.dismiss(toast.id)>"×"</button>
                </div>
            </For>
        </div>
    }
}
