//! Which plan a map belongs to, in a sentence, with "Link to a plan…" (a
//! choice of this browser's plans) and "Unlink", each with Undo.
//! Stakeholders keep their departments and initiatives either way, shown
//! as unknown while the map is not linked to their plan.

use leptos::prelude::*;

use super::ctx::use_map;
use crate::model::ids::PlanId;
use crate::model::stakeholder::MapEdit;
use crate::ui::common::chosen::chosen;
use crate::ui::select::memo;

/// The map's plan, and linking or unlinking it.
#[component]
pub fn MapPlanLink() -> impl IntoView {
    let ctx = use_map();
    let state = ctx.state;
    let plan_title = ctx.read_plan(|p| Some(p.title.clone()));
    let plan_id = ctx.read(|m| m.plan_id.clone());
    // The plans it could be linked to: every plan here but its own.
    let plans = memo(move || {
        let current = plan_id.get();
        state.workspace.with(|ws| {
            ws.plans.iter().filter(|p| Some(&p.id) != current.as_ref()).map(|p| (p.id.clone(), p.title.clone())).collect::<Vec<_>>()
        })
    });
    let choosing = RwSignal::new(false);
    let choice = RwSignal::new(None::<PlanId>);
    let sentence = move || match (plan_title.get(), plan_id.with(Option::is_some)) {
        (Some(title), _) => format!("Belongs to the plan “{title}”."),
        (None, true) => "Belongs to a plan that is not in this browser.".to_string(),
        (None, false) => "Not linked to a plan.".to_string(),
    };
    let open = move |_| {
        choice.set(plans.with_untracked(|p| p.first().map(|(id, _)| id.clone())));
        choosing.set(true);
    };
    let link = move |_| {
        let Some(plan_id) = choice.get_untracked() else { return };
        let title = plans.with_untracked(|p| p.iter().find(|(id, _)| *id == plan_id).map(|(_, t)| t.clone())).unwrap_or_default();
        ctx.run_with_undo(MapEdit::LinkPlan { plan_id: Some(plan_id) }, &format!("Linked to the plan “{title}”."));
        choosing.set(false);
    };
    let unlink = move |_| {
        ctx.run_with_undo(MapEdit::LinkPlan { plan_id: None }, "Unlinked from its plan: stakeholders keep their departments and initiatives.")
    };
    view! {
        <div class="map-plan-link inline-add" data-testid="map-plan-link">
            <p class="map-plan muted" data-testid="map-plan">{sentence}</p>
            <Show when=move || !choosing.get() && plans.with(|p| !p.is_empty())>
                <button type="button" class="small" data-testid="map-link-plan" on:click=open>"Link to a plan…"</button>
            </Show>
            <Show when=move || choosing.get()>
                <label class="inline-field"><span class="visually-hidden">"Plan to link this map to"</span>
                    <select data-testid="map-link-plan-choice" on:change:target=move |ev| choice.set(chosen(ev.target().value()))>
                        <For each=move || plans.get() key=|p| p.clone() let:p>
                            <option value=p.0.to_string() selected={
                                let id = p.0.clone();
                                move || choice.with(|c| c.as_ref() == Some(&id))
                            }>{p.1}</option>
                        </For>
                    </select>
                </label>
                <button type="button" class="small" data-testid="map-link-plan-confirm" on:click=link>"Link"</button>
                <button type="button" class="small" on:click=move |_| choosing.set(false)>"Cancel"</button>
            </Show>
            <Show when=move || plan_id.with(Option::is_some) && !choosing.get()>
                <button type="button" class="small" data-testid="map-unlink-plan" on:click=unlink>"Unlink"</button>
            </Show>
        </div>
    }
}
