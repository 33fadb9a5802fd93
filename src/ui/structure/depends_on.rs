//! What an initiative depends on: a list with remove buttons and a drop-down
//! to add one; a refused dependency (a loop, itself) says why next to it.

use leptos::prelude::*;

use super::shared::{initiative, plan_part, run};
use crate::model::structure::InitiativeField;
use crate::model::StructureEdit;
use crate::ui::state::use_app;

/// The dependencies of one initiative.
#[component]
pub fn DependsOn(plan_id: String, initiative_id: String) -> impl IntoView {
    let state = use_app();
    let iid = initiative_id.clone();
    let current = plan_part(&plan_id, move |p| {
        let deps = initiative(p, &iid).map(|i| i.depends_on.clone()).unwrap_or_default();
        deps.iter().filter_map(|d| initiative(p, d)).map(|i| (i.id.clone(), i.title.clone())).collect::<Vec<_>>()
    });
    // The candidates are listed only while the drop-down is in use: every
    // initiative of a large plan in every card's drop-down made the page
    // seconds slower to open and every keystroke slower to render.
    let open = RwSignal::new(false);
    let (iid, pid) = (initiative_id.clone(), plan_id.clone());
    let candidates = Memo::new(move |_| {
        if !open.get() {
            return Vec::new();
        }
        state.workspace.with(|ws| {
            let Some(p) = ws.plan(&pid) else { return Vec::new() };
            let deps = initiative(p, &iid).map(|i| i.depends_on.clone()).unwrap_or_default();
            p.initiatives.iter().filter(|i| i.id != iid && !deps.contains(&i.id)).map(|i| (i.id.clone(), i.title.clone())).collect::<Vec<_>>()
        })
    });
    let error = RwSignal::new(None::<String>);
    let select = NodeRef::<leptos::html::Select>::new();
    let set = {
        let (plan_id, initiative_id) = (plan_id.clone(), initiative_id.clone());
        move |other: String, add: bool| {
            let edit = StructureEdit::EditInitiative { initiative_id: initiative_id.clone(), edit: InitiativeField::DependsOn(other, add) };
            error.set(run(state, &plan_id, edit).err());
        }
    };
    let add = set.clone();
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
                        let remove = set.clone();
                        let label = format!("Remove the dependency on {title}");
                        view! {
                            <li data-testid="dependency">
                                <span>{title}</span>
                                <button type="button" class="small" aria-label=label on:click=move |_| remove(id.clone(), false)>"✕"</button>
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
                        add(chosen, true);
                    }
                    if let Some(select) = select.get_untracked() {
                        select.set_value("");
                    }
                }>
                    <option value="">"Add a dependency…"</option>
                    <For each=move || candidates.get() key=|c| c.clone() let:candidate>
                        <option value=candidate.0>{candidate.1}</option>
                    </For>
                </select>
            </label>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="dependency-error">{e}</p> })}
        </div>
    }
}
