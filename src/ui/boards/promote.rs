//! "To plan…": the dialog that turns a note or group into an objective, an
//! initiative, a decision or a lesson of a chosen plan (see
//! [`crate::model::promote`]).

use leptos::prelude::*;

use super::ctx::{use_board, BoardCtx};
use super::keys::{focus_later, focus_note};
use super::promote_pickers::{KindPicker, PlanPicker};
use crate::model::board::voting::vote_words;
use crate::model::ids::{NoteId, ObjectiveId};
use crate::model::promote::{first_plan, objective_for, preview, ItemKind, PromoteInto, Promotion};
use crate::model::provenance::BoardItem;
use crate::model::{Command, Plan};
use crate::ui::common::modal::Modal;
use crate::ui::select::memo;

fn votes_text(votes: Option<u32>) -> String {
    votes.map(|v| format!(" · {}", vote_words(v))).unwrap_or_default()
}

/// The dialog, shown while `ctx.promoting` names a note or group.
#[component]
pub fn PromoteDialog() -> impl IntoView {
    let ctx = use_board();
    move || ctx.promoting.get().map(|(item, item_id)| view! { <PromoteForm ctx item item_id=StoredValue::new(item_id) /> })
}

#[component]
fn PromoteForm(ctx: BoardCtx, item: BoardItem, item_id: StoredValue<String>) -> impl IntoView {
    let state = ctx.state;
    let summary = ctx.read(move |b| item_id.with_value(|id| preview(b, item, id)));
    let first = state.workspace.with_untracked(|ws| ws.board(&ctx.id()).and_then(|b| first_plan(ws, b)));
    let plan = RwSignal::new(first);
    let kind = RwSignal::new(ItemKind::Objective);
    let objective = RwSignal::new(ObjectiveId::default());
    let error = RwSignal::new(None::<String>);
    let objectives = memo(move || {
        let list = |p: &Plan| p.objectives.iter().map(|o| (o.id.clone(), o.title.clone())).collect::<Vec<_>>();
        plan.with(|id| state.workspace.with(|ws| ws.plan(id.as_ref()?).map(list))).unwrap_or_default()
    });
    let chosen = memo(move || {
        objective.with(|wanted| plan.with(|id| state.workspace.with(|ws| objective_for(ws.plan(id.as_ref()?)?, wanted))))
    });
    // Back to what opened the dialog, so the keyboard carries on from there.
    let close = move || {
        ctx.promoting.set(None);
        match item {
            BoardItem::Note => focus_note(&NoteId::from(item_id.get_value())),
            BoardItem::Cluster => focus_later(format!(".cluster[data-cluster=\"{}\"] [data-testid=cluster-to-plan]", item_id.get_value())),
        }
    };
    let on_close = Callback::new(move |_| close());
    let submit = move |ev: leptos::ev::SubmitEvent| {
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
        let Some(plan_id) = plan.get_untracked() else { return };
        let promotion = Promotion { board_id: ctx.id(), item, item_id: item_id.get_value(), plan_id, into };
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
            Err(why) => error.set(Some(why.to_string())),
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
                    <button type="submit" class="primary" data-testid="promote-submit" disabled=move || plan.with(Option::is_none) || summary.with(Option::is_none)>
                        "Add to plan"
                    </button>
                    <button type="button" data-testid="promote-cancel" on:click=move |_| on_close.run(())>"Cancel"</button>
                </div>
            </form>
        </Modal>
    }
}
