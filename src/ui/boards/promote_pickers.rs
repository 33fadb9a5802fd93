//! The choices of the "To plan…" dialog: the plan to add to, and what the
//! note or group becomes (for an initiative, under which objective).

use leptos::html;
use leptos::prelude::*;

use super::ctx::BoardCtx;
use crate::model::ids::{ObjectiveId, PlanId};
use crate::model::promote::{plans_by_title, ItemKind};
use crate::model::{Command, DocumentKind};
use crate::ui::select::memo;

/// The plan to add to (it takes the focus), or, with no plan yet, a button that makes one named after the board.
#[component]
pub fn PlanPicker(ctx: BoardCtx, plan: RwSignal<Option<PlanId>>, error: RwSignal<Option<String>>) -> impl IntoView {
    let state = ctx.state;
    let plans = memo(move || state.workspace.with(plans_by_title));
    let field = NodeRef::<html::Select>::new();
    Effect::new(move |_| {
        if let Some(el) = field.get() {
            let _ = el.focus();
        }
    });
    let new_plan = move |_| {
        let title = ctx.with_untracked(|b| b.title.clone()).unwrap_or_default();
        let create = Command::Create { kind: DocumentKind::Plan, title: Some(title), plan_id: None };
        if let Some(created) = state.run_or_toast(create).and_then(|o| o.created) {
            plan.set(Some(created.id.into()));
        }
    };
    view! {
        <Show when=move || !plans.with(Vec::is_empty) fallback=move || view! {
            <p data-testid="promote-no-plan">"There is no plan in this browser yet. "
                <button type="button" class="small" data-testid="promote-new-plan" on:click=new_plan>"Create a plan named after this board"</button>
            </p>
        }>
            <label class="field">
                <span class="field-label">"Plan"</span>
                <select node_ref=field data-testid="promote-plan"
                    on:change:target=move |ev| { plan.set(Some(ev.target().value().into())); error.set(None) }>
                    <For each=move || plans.get() key=|p| p.clone() let:p>
                        <option value=p.0.to_string() selected=move || plan.with(|id| id.as_ref() == Some(&p.0))>{p.1.clone()}</option>
                    </For>
                </select>
            </label>
        </Show>
    }
}

/// What the note or group becomes, and for an initiative the objective it serves.
#[component]
pub fn KindPicker(
    kind: RwSignal<ItemKind>,
    objective: RwSignal<ObjectiveId>,
    objectives: Memo<Vec<(ObjectiveId, String)>>,
    chosen: Memo<Option<ObjectiveId>>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    view! {
        <fieldset class="promote-kinds">
            <legend>"Becomes"</legend>
            {ItemKind::ALL.map(|k| view! {
                <label class="pick"><input type="radio" name="promote-kind" value=k.noun() data-testid=format!("promote-{}", k.noun())
                    prop:checked=move || kind.get() == k on:change=move |_| { kind.set(k); error.set(None) } />{k.label()}</label>
            }).collect_view()}
        </fieldset>
        <Show when=move || kind.get() == ItemKind::Initiative>
            <label class="field">
                <span class="field-label">"Under the objective"</span>
                <select data-testid="promote-objective" on:change:target=move |ev| objective.set(ev.target().value().into())>
                    <For each=move || objectives.get() key=|o| o.clone() let:o>
                        <option value=o.0.to_string() selected=move || chosen.with(|c| c.as_ref() == Some(&o.0))>{o.1.clone()}</option>
                    </For>
                </select>
            </label>
            <Show when=move || objectives.with(Vec::is_empty)>
                <p class="muted" data-testid="promote-no-objective">"This plan has no objective yet: make this an objective, or add one to the plan first."</p>
            </Show>
        </Show>
    }
}
