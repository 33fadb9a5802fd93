//! "To plan…": the dialog that turns a note or group into an objective, an
//! initiative, a decision or a lesson of a chosen plan (see
//! [`crate::model::promote`]), and the links on the board to what it became.

use leptos::html;
use leptos::prelude::*;

use super::ctx::{use_board, BoardCtx};
use super::keys::{focus_later, focus_note};
use crate::model::board::voting::vote_words;
use crate::model::promote::{preview, ItemKind, PromoteInto, Promoted, Promotion};
use crate::model::provenance::BoardItem;
use crate::model::{Command, DocumentKind};
use crate::ui::common::modal::Modal;
use crate::ui::route::{PlanSection, Route};

/// The button on a note or a group's head that opens the dialog.
#[component]
pub fn ToPlanButton(item: BoardItem, item_id: String) -> impl IntoView {
    let ctx = use_board();
    let testid = match item {
        BoardItem::Note => "note-to-plan",
        BoardItem::Cluster => "cluster-to-plan",
    };
    view! {
        <button type="button" class="small" data-testid=testid title="Make this an objective, initiative, decision or lesson of a plan"
            on:click=move |_| ctx.promoting.set(Some((item, item_id.clone())))>"To plan…"</button>
    }
}

/// Where a note or group went: a link to each plan item made from it.
#[component]
pub fn PromotedLinks(item_id: String) -> impl IntoView {
    let ctx = use_board();
    move || {
        let links = ctx.promoted.with(|p| p.iter().filter(|p| p.item_id == item_id).cloned().collect::<Vec<Promoted>>());
        links.into_iter().map(|p| {
            // The model names the tab by its URL key; a route test checks every kind names one.
            let section = PlanSection::from_key(p.kind.section()).unwrap_or_default();
            let href = Route::Plan { id: p.plan_id.clone(), section }.to_hash();
            view! {
                // The item's title is the note's text: not while texts are hidden.
                <a class="promoted-link" href=href title=move || (!ctx.hidden.get()).then(|| p.title.clone()) data-testid="promoted-link">
                    {format!("→ {} in “{}”", p.kind.label(), p.plan_title)}
                </a>
            }
        }).collect_view()
    }
}

fn votes_text(votes: Option<u32>) -> String {
    votes.map(|v| format!(" · {}", vote_words(v))).unwrap_or_default()
}

/// The dialog, shown while `ctx.promoting` names a note or group.
#[component]
pub fn PromoteDialog() -> impl IntoView {
    let ctx = use_board();
    move || ctx.promoting.get().map(|(item, item_id)| view! { <PromoteForm ctx item item_id /> })
}

#[component]
fn PromoteForm(ctx: BoardCtx, item: BoardItem, item_id: String) -> impl IntoView {
    let state = ctx.state;
    let summary = {
        let item_id = item_id.clone();
        Memo::new(move |_| ctx.with(|b| preview(b, item, &item_id)).flatten())
    };
    // The board's own plan first, else the plan edited last.
    let own_plan = ctx.with_untracked(|b| b.plan_id.clone()).flatten();
    let first_plan = state.workspace.with_untracked(|ws| {
        own_plan.filter(|id| ws.plan(id).is_some())
            .or_else(|| ws.plans.iter().max_by(|a, b| a.updated_at.cmp(&b.updated_at)).map(|p| p.id.clone()))
    });
    let plan = RwSignal::new(first_plan.unwrap_or_default());
    let kind = RwSignal::new(ItemKind::Objective);
    let objective = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let objectives = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.plan(&plan.get()).map(|p| p.objectives.iter().map(|o| (o.id.clone(), o.title.clone())).collect::<Vec<_>>())
        })
        .unwrap_or_default()
    });
    // The objective chosen, else the plan's first.
    let chosen = Signal::derive(move || {
        let wanted = objective.get();
        objectives.with(|list| list.iter().find(|(id, _)| *id == wanted).or(list.first()).map(|(id, _)| id.clone()))
    });
    let close = {
        let item_id = item_id.clone();
        move || {
            ctx.promoting.set(None);
            match item {
                BoardItem::Note => focus_note(item_id.clone()),
                BoardItem::Cluster => focus_later(format!(".cluster[data-cluster=\"{}\"] [data-testid=cluster-to-plan]", item_id)),
            }
        }
    };
    let on_close = Callback::new({
        let close = close.clone();
        move |_| close()
    });
    let submit = {
        let item_id = item_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let into = match kind.get_untracked() {
                ItemKind::Objective => PromoteInto::Objective,
                ItemKind::Initiative => match chosen.get_untracked() {
                    Some(objective_id) => PromoteInto::Initiative { objective_id },
                    None => return error.set(Some("This plan has no objective yet: add one first, or make this an objective.".into())),
                },
                ItemKind::Decision => PromoteInto::Decision,
                ItemKind::Lesson => PromoteInto::Lesson,
            };
            let promotion = Promotion { board_id: ctx.id.get_value(), item, item_id: item_id.clone(), plan_id: plan.get_untracked(), into };
            match state.run(Command::Promote(promotion)) {
                Ok(outcome) => {
                    let said = if ctx.hidden.get_untracked() {
                        "Added to the plan; the text stays hidden here until revealed.".to_string()
                    } else {
                        outcome.report.join(" ")
                    };
                    ctx.announce.set(said.clone());
                    state.toast(said, false, outcome.undo.map(|u| *u));
                    close();
                }
                Err(why) => error.set(Some(why)),
            }
        }
    };
    let what = match item {
        BoardItem::Note => "this note",
        BoardItem::Cluster => "this group",
    };
    view! {
        <Modal title=format!("Take {what} into a plan") on_close testid="promote-dialog">
            <form class="promote-form" on:submit=submit>
                <p class="promote-preview" data-testid="promote-preview">
                    {move || match summary.get() {
                        // Private writing: the dialog may be on the projector.
                        Some((_, votes)) if ctx.hidden.get() => format!("Text hidden until revealed{}", votes_text(votes)),
                        Some((title, votes)) => format!("“{title}”{}", votes_text(votes)),
                        None => "This is no longer on the board.".into(),
                    }}
                </p>
                <PlanPicker ctx plan error />
                <KindPicker kind objective objectives chosen error />
                <p class="muted">"The new item links back to this board and keeps the votes, once revealed."</p>
                {move || error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="promote-error">{e}</p> })}
                <div class="modal-actions">
                    <button type="submit" class="primary" data-testid="promote-submit" disabled=move || plan.with(String::is_empty) || summary.with(Option::is_none)>
                        "Add to plan"
                    </button>
                    <button type="button" data-testid="promote-cancel" on:click=move |_| on_close.run(())>"Cancel"</button>
                </div>
            </form>
        </Modal>
    }
}

/// The plan to add to (it takes the focus), or, with no plan yet, a button that makes one named after the board.
#[component]
fn PlanPicker(ctx: BoardCtx, plan: RwSignal<String>, error: RwSignal<Option<String>>) -> impl IntoView {
    let state = ctx.state;
    let plans = Memo::new(move |_| {
        let mut plans: Vec<(String, String)> = state.workspace.with(|ws| ws.plans.iter().map(|p| (p.id.clone(), p.title.clone())).collect());
        plans.sort_by(|a, b| a.1.cmp(&b.1));
        plans
    });
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
            plan.set(created.id);
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
                    on:change:target=move |ev| { plan.set(ev.target().value()); error.set(None) }>
                    <For each=move || plans.get() key=|p| p.clone() let:p>
                        <option value=p.0.clone() selected=move || plan.get() == p.0>{p.1.clone()}</option>
                    </For>
                </select>
            </label>
        </Show>
    }
}

/// What the note or group becomes, and for an initiative the objective it serves.
#[component]
fn KindPicker(
    kind: RwSignal<ItemKind>,
    objective: RwSignal<String>,
    objectives: Memo<Vec<(String, String)>>,
    chosen: Signal<Option<String>>,
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
                <select data-testid="promote-objective" on:change:target=move |ev| objective.set(ev.target().value())>
                    <For each=move || objectives.get() key=|o| o.clone() let:o>
                        <option value=o.0.clone() selected=move || chosen.get().as_ref() == Some(&o.0)>{o.1.clone()}</option>
                    </For>
                </select>
            </label>
            <Show when=move || objectives.with(Vec::is_empty)>
                <p class="muted" data-testid="promote-no-objective">"This plan has no objective yet: make this an objective, or add one to the plan first."</p>
            </Show>
        </Show>
    }
}
