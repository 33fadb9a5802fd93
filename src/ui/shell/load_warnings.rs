//! What was repaired while storage was read at start-up, each repair with a
//! link to the document it was made in, until dismissed.

use leptos::prelude::*;

use crate::store::LoadWarning;
use crate::ui::route::Route;
use crate::ui::state::use_app;

/// The banner listing start-up repairs; nothing when there were none.
#[component]
pub fn LoadWarnings() -> impl IntoView {
    let state = use_app();
    let warnings = state.saving.load_warnings;
    view! {
        <Show when=move || warnings.with(|w| !w.is_empty())>
            <div class="banner banner-info" data-testid="load-warnings">
                <div class="banner-body">
                    <p>"Some stored data was repaired while loading:"</p>
                    <ul class="load-warnings">
                        {move || warnings.get().into_iter().map(|warning| view! { <li>{line(warning)}</li> }).collect_view()}
                    </ul>
                </div>
                <button type="button" on:click=move |_| warnings.set(Vec::new())>"Dismiss"</button>
            </div>
        </Show>
    }
}

/// One repair: the document's title links to it, so the user can check it.
fn line(warning: LoadWarning) -> AnyView {
    match warning {
        LoadWarning::Repaired { doc, title, warning } => view! {
            <a href=Route::open(doc).to_hash()>{title}</a> ": " {warning.to_string()}
        }
        .into_any(),
        other => other.to_string().into_any(),
    }
}
