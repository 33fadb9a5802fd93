//! The round under way: where it stands against the plan as it is now, who
//! holds it up, and the review and response files.

use leptos::prelude::*;

use super::open_round::OpenRound;
use super::plan_view::{day, plan_memo, reviewing_department};
use super::positions::{Holdups, PositionsTable};
use super::required::RequiredDepartments;
use super::sign_off_form::SignOffForm;
use crate::model::approval::RoundState;
use crate::model::hash::plan_hash;
use crate::model::{ApprovalEdit, Command};
use crate::ui::common::files::import_files;
use crate::ui::state::use_app;
use crate::ui::system::measured;

/// One approval round with its sign-offs.
#[component]
pub fn CurrentRound(plan_id: String, round_id: String) -> impl IntoView {
    let state = use_app();
    let plan = plan_memo(&plan_id);
    let hash = Memo::new(move |_| {
        plan.with(|p| p.as_ref().map(|p| measured("liaison:plan-hash", || plan_hash(p))).unwrap_or_default())
    });
    let round = {
        let round_id = round_id.clone();
        Memo::new(move |_| plan.with(|p| p.as_ref().and_then(|p| p.approval_rounds.iter().find(|r| r.id == round_id).cloned())))
    };
    let headline = move || {
        let round = round.get()?;
        let names = |ids: &[String]| {
            plan.with(|p| {
                let p = p.as_ref()?;
                Some(ids.iter().filter_map(|id| p.departments.iter().find(|d| d.id == *id)).map(|d| d.name.clone()).collect::<Vec<_>>().join(", "))
            })
        };
        Some(match round.state(&hash.get()) {
            RoundState::Approved => ("approved", "Approved: every department signed off this version.".to_string()),
            RoundState::Waiting { departments } => {
                ("waiting", format!("Waiting for {}.", names(&departments).unwrap_or_default()))
            }
            RoundState::Contested { changes_requested, rejected } => (
                "contested",
                format!("Contested: {changes_requested} asked for changes, {rejected} rejected."),
            ),
        })
    };
    // A reviewing department answers with its response; review files and
    // imports are the liaison's tools.
    let reviewing = reviewing_department(&plan_id);
    let changed = move || round.with(|r| r.as_ref().is_some_and(|r| r.plan_hash != hash.get()));
    let set_due = {
        let (plan_id, round_id) = (plan_id.clone(), round_id.clone());
        move |due: String| {
            let due = match crate::model::values::optional_day(Some(&due)) {
                Ok(due) => due,
                Err(why) => return state.toast(why.to_string(), true, None),
            };
            let edit = ApprovalEdit::SetRoundDue { round_id: round_id.clone(), due };
            state.run_or_toast(Command::EditApproval { plan_id: plan_id.clone(), edit });
        }
    };
    let export_review = {
        let (plan_id, round_id) = (plan_id.clone(), round_id.clone());
        move |_| state.exports.review(&plan_id, &round_id)
    };
    view! {
        <section class="current-round" data-testid="current-round">
            {move || headline().map(|(class, text)| view! {
                <p class=format!("round-state round-{class}") data-testid="round-state" role="status">{text}</p>
            })}
            <p class="round-meta">
                {move || round.with(|r| r.as_ref().map(|r| format!(
                    "Version {} under review since {}.", r.plan_hash.chars().take(8).collect::<String>(), day(r.opened_at)
                )))}
                <label class="inline-field">
                    " Due by "
                    <input type="date" data-testid="round-due-edit"
                        prop:value=move || round.with(|r| r.as_ref().and_then(|r| r.due).map(|d| d.text()).unwrap_or_default())
                        on:change:target=move |ev| set_due(ev.target().value()) />
                </label>
            </p>
            <Show when=changed>
                <div class="banner banner-warning" data-testid="plan-changed" role="status">
                    <p>
                        "The plan has changed since this round opened (it is now version "
                        {move || hash.get().chars().take(8).collect::<String>()}
                        "). Approvals given for the earlier version are stale until the departments approve again."
                    </p>
                </div>
            </Show>
            <div class="round-actions" class:hidden=move || reviewing.with(Option::is_some)>
                <button type="button" data-testid="export-review" on:click=export_review>"Export review file"</button>
                <label class="button" data-testid="import-responses-label">
                    "Import responses…"
                    <input type="file" accept=".json,application/json" multiple class="visually-hidden" data-testid="import-responses"
                        on:change:target=move |ev| {
                            if let Some(files) = ev.target().files() { import_files(state, files); }
                            ev.target().set_value("");
                        } />
                </label>
            </div>
            <PositionsTable plan=plan hash=hash round=round />
            <RequiredDepartments plan=plan round=round />
            <Holdups plan=plan hash=hash round=round />
            <SignOffForm plan_id=plan_id.clone() round_id=round_id.clone() />
            <Show when=changed>
                <OpenRound plan_id=plan_id.clone() first=false />
            </Show>
        </section>
    }
}
