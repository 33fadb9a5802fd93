//! "Save as template…" on a board: names a template of the board's areas
//! (titles, order, grid width; no notes, groups or votes), offered from then
//! on wherever a board is started.

use leptos::prelude::*;

use super::ctx::use_board;
use crate::model::Command;

/// The button, and the name field it opens.
#[component]
pub fn SaveAsTemplate() -> impl IntoView {
    let ctx = use_board();
    let state = ctx.state;
    let open = RwSignal::new(false);
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let start = move |_| {
        name.set(ctx.with_untracked(|b| b.title.clone()).unwrap_or_default());
        error.set(None);
        open.set(true);
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let title = name.get_untracked();
        match state.run(Command::SaveAsTemplate { board_id: ctx.id(), title }) {
            Ok(outcome) => {
                open.set(false);
                let called = outcome.created.and_then(|t| state.workspace.with_untracked(|ws| ws.title(&t))).unwrap_or_default();
                state.toast(format!("Saved as the template “{called}”: its areas, without notes or votes. Start a board from it in the library."), false, None);
            }
            Err(why) => error.set(Some(why.to_string())),
        }
    };
    view! {
        <div class="save-template">
            <Show when=move || open.get() fallback=move || view! {
                <button type="button" data-testid="save-template" on:click=start>"Save as template…"</button>
            }>
                <form data-testid="save-template-form" on:submit=save>
                    <label class="bar-field"><span>"Template name"</span>
                        <input type="text" data-testid="template-name" autofocus prop:value=name
                            aria-invalid=move || error.with(Option::is_some).to_string()
                            on:input:target=move |ev| name.set(ev.target().value())
                            on:keydown=move |ev| if ev.key() == "Escape" { open.set(false) } /></label>
                    <button type="submit" class="primary" data-testid="save-template-confirm">"Save template"</button>
                    <button type="button" on:click=move |_| open.set(false)>"Cancel"</button>
                    <span class="muted small">"Keeps the areas and their order; no notes, groups or votes."</span>
                    {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                </form>
            </Show>
        </div>
    }
}
