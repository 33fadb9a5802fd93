//! What an initiative depends on: a list with remove buttons and a drop-down
//! to add one; a refused dependency (a loop, itself) says why next to it.

use leptos::prelude::*;

use super::shared::of_initiative;
use crate::model::CommandError;
use crate::model::ids::InitiativeId;
use crate::model::structure::rules::{dependency_candidates, dependencies_of};
use crate::model::structure::{Initiative, InitiativeField, StructureError};
use crate::ui::select::Item;
use crate::ui::select::memo;

/// The dependencies of one initiative.
#[component]
pub fn DependsOn(initiative: Item<Initiative>) -> impl IntoView {
    let plan = initiative.plan();
    let id = initiative.id();
    let current = plan.read(move |p| {
        of_initiative(p, &id, |p, i| dependencies_of(p, i).map(|d| (d.id.clone(), d.title.clone())).collect::<Vec<_>>())
    });
    // The candidates are listed only while the drop-down is in use: every
    // initiative of a large plan in every card's drop-down made the page
    // seconds slower to open and every keystroke slower to render.
    let open = RwSignal::new(false);
    let id = initiative.id();
    let candidates = memo(move || {
        if !open.get() {
            return Vec::new();
        }
        plan.with(|p| of_initiative(p, &id, |p, i| dependency_candidates(p, i).map(|c| (c.id.clone(), c.title.clone())).collect::<Vec<_>>()))
            .unwrap_or_default()
    });
    let error = RwSignal::new(None::<StructureError>);
    let select = NodeRef::<leptos::html::Select>::new();
    let set = move |other: InitiativeId, add: bool| match initiative.set(InitiativeField::DependsOn(other, add)) {
        Ok(()) => error.set(None),
        // The rule the chosen dependency broke (the loop it would close, by
        // name) stays next to the drop-down until the next choice; a plan or
        // initiative gone meanwhile is a toast with the way on.
        Err(CommandError::Structure(
            why @ (StructureError::DependencyCycle(_) | StructureError::DependsOnItself | StructureError::UnknownDependency(_)),
        )) => error.set(Some(why)),
        Err(why) => {
            error.set(None);
            plan.app().toasts.refused(&why);
        }
    };
    view! {
        <div class="depends-on" data-testid="depends-on">
            <span class="field-label">"Depends on"</span>
            <ul class="dependency-list">
                <Show when=move || current.with(Vec::is_empty)>
                    <li class="muted">"Nothing: it can start on its own."</li>
                </Show>
                <For each=move || current.get() key=|d| d.clone() let:dependency>
                    {
                        let (id, title) = dependency;
                        let label = format!("Remove the dependency on {title}");
                        view! {
                            <li data-testid="dependency">
                                <span>{title}</span>
                                <button type="button" class="small" aria-label=label on:click=move |_| set(id.clone(), false)>"✕"</button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <label class="field">
                <span class="visually-hidden">"Add a dependency"</span>
                <select node_ref=select data-testid="add-dependency"
                    on:pointerdown=move |_| open.set(true) on:focus=move |_| open.set(true) on:blur=move |_| open.set(false)
                    on:change:target=move |ev| {
                    let chosen = ev.target().value();
                    if !chosen.is_empty() {
                        set(chosen.into(), true);
                    }
                    if let Some(select) = select.get_untracked() {
                        select.set_value("");
                    }
                }>
                    <option value="">"Add a dependency…"</option>
                    <For each=move || candidates.get() key=|c| c.clone() let:candidate>
                        <option value=candidate.0.to_string()>{candidate.1}</option>
                    </For>
                </select>
            </label>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="dependency-error">{e.to_string()}</p> })}
        </div>
    }
}
