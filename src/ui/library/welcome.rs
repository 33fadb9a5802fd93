//! What a first-time visitor sees: what Liaison is for and how to start.

use leptos::prelude::*;

use super::page::create_and_open;
use super::templates::SavedTemplates;
use crate::model::{Command, DocumentKind};
use crate::ui::boards::BoardStarter;
use crate::ui::state::use_app;

/// The welcome shown while the workspace is empty.
#[component]
pub fn Welcome() -> impl IntoView {
    let state = use_app();
    let create = move |kind: DocumentKind| create_and_open(state, Command::Create { kind, title: None, plan_id: None });
    let open_file = move |_| {
        if let Some(input) = document().query_selector("[data-testid=file-input]").ok().flatten() {
            use wasm_bindgen::JsCast;
            if let Ok(input) = input.dyn_into::<web_sys::HtmlElement>() { input.click() }
        }
    };
    view! {
        <section class="welcome" data-testid="welcome">
            <h1>"Plan, agree and deliver a strategy — together."</h1>
            <p class="lead">"Liaison helps you draft a strategic plan with every department, run the workshops behind it and get it signed off. "
                "Everything stays in this browser; share work by passing files."</p>
            <div class="welcome-actions">
                <button type="button" class="primary big" data-testid="welcome-create-plan" on:click=move |_| create(DocumentKind::Plan)>"Create a plan"</button>
                <BoardStarter label="Start a workshop board" big=true />
                <button type="button" class="big" data-testid="welcome-open-file" on:click=open_file>"Open a file"</button>
            </div>
            <p>"Not sure yet? "
                <button type="button" class="link" data-testid="welcome-example" on:click=move |_| create_and_open(state, Command::CreateExamplePlan)>
                    "Open an example plan"
                </button>
                " to look around. You can also drop a Liaison file anywhere on this page."</p>
            <SavedTemplates />
        </section>
    }
}
