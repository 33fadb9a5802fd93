//! Which plan a board belongs to, in a sentence, with "Link to a plan…" (a
//! choice of this browser's plans) and "Unlink". Notes keep their
//! departments either way: the board remembers them
//! (`model::board::departments`), and says which it shows from its own copy.

use leptos::prelude::*;

use super::ctx::use_board;
use crate::model::ids::PlanId;
use crate::model::BoardEdit;
use crate::ui::common::chosen::chosen;
use crate::ui::select::memo;

/// The board's plan, and linking or unlinking it.
#[component]
pub fn PlanLink() -> impl IntoView {
    let ctx = use_board();
    let state = ctx.state;
    let plan_title = ctx.read_plan(|p| Some(p.title.clone()));
    let plan_id = ctx.read(|b| b.plan_id.clone());
    // The plans it could be linked to: every plan here but its own.
    let plans = memo(move || {
        let current = plan_id.get();
        state.workspace.with(|ws| {
            ws.plans.iter().filter(|p| Some(&p.id) != current.as_ref()).map(|p| (p.id.clone(), p.title.clone())).collect::<Vec<_>>()
        })
    });
    // The departments shown from the board's copy because its plan lacks them.
    let kept = memo(move || {
        let id = ctx.id();
        state.workspace.with(|ws| {
            let Some(board) = ws.board(&id) else { return Vec::new() };
            let live = board.plan_id.as_ref().and_then(|p| ws.plan(p)).map(|p| p.departments.as_slice()).unwrap_or_default();
            board.departments_not_in(live).into_iter().map(|d| d.name.clone()).collect::<Vec<_>>()
        })
    });
    let choosing = RwSignal::new(false);
    let choice = RwSignal::new(None::<PlanId>);
    let sentence = move || match (plan_title.get(), plan_id.with(Option::is_some)) {
        (Some(title), _) => format!("Belongs to the plan “{title}”."),
        (None, true) => "Belongs to a plan that is not in this browser.".to_string(),
        (None, false) => "Not linked to a plan.".to_string(),
    };
    let kept_sentence = move || {
        let names = kept.get().join(", ");
        match plan_title.get() {
            Some(title) => format!("Not departments of “{title}”, shown as this board last saw them: {names}."),
            None => format!("Departments shown as this board last saw them: {names}."),
        }
    };
    let open = move |_| {
        choice.set(plans.with_untracked(|p| p.first().map(|(id, _)| id.clone())));
        choosing.set(true);
    };
    let link = move |_| {
        let Some(plan_id) = choice.get_untracked() else { return };
        let title = plans.with_untracked(|p| p.iter().find(|(id, _)| *id == plan_id).map(|(_, t)| t.clone())).unwrap_or_default();
        if let Some(outcome) = ctx.run_or_toast(BoardEdit::LinkPlan { plan_id: Some(plan_id) }) {
            let said = std::iter::once(format!("Linked to the plan “{title}”.")).chain(outcome.report).collect::<Vec<_>>().join(" ");
            state.toast(said, false, outcome.undo.map(|u| *u));
            choosing.set(false);
        }
    };
    let unlink = move |_| ctx.run_with_undo(BoardEdit::LinkPlan { plan_id: None }, "Unlinked from its plan: notes keep their departments.");
    view! {
        <div class="board-plan-link inline-add" data-testid="board-plan-link">
            <p class="board-plan muted" data-testid="board-plan">{sentence}</p>
            <Show when=move || !choosing.get() && plans.with(|p| !p.is_empty())>
                <button type="button" class="small" data-testid="board-link-plan" on:click=open>"Link to a plan…"</button>
            </Show>
            <Show when=move || choosing.get()>
                <label class="inline-field"><span class="visually-hidden">"Plan to link this board to"</span>
                    <select data-testid="board-link-plan-choice" on:change:target=move |ev| choice.set(chosen(ev.target().value()))>
                        <For each=move || plans.get() key=|p| p.clone() let:p>
                            <option value=p.0.to_string() selected={
                                let id = p.0.clone();
                                move || choice.with(|c| c.as_ref() == Some(&id))
                            }>{p.1}</option>
                        </For>
                    </select>
                </label>
                <button type="button" class="small" data-testid="board-link-plan-confirm" on:click=link>"Link"</button>
                <button type="button" class="small" on:click=move |_| choosing.set(false)>"Cancel"</button>
            </Show>
            <Show when=move || plan_id.with(Option::is_some) && !choosing.get()>
                <button type="button" class="small" data-testid="board-unlink-plan" on:click=unlink>"Unlink"</button>
            </Show>
            <Show when=move || kept.with(|k| !k.is_empty())>
                <p class="muted small" data-testid="board-kept-departments">{kept_sentence}</p>
            </Show>
        </div>
    }
}
