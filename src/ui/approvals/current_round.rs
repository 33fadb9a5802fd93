//! The round under way: where it stands against the plan as it is now, who
//! holds it up, and the review and response files.

use leptos::prelude::*;

use super::holdups::Holdups;
use super::merge_report::MergeReportBanner;
use super::open_round::OpenRound;
use super::plan_view::{day, reviewing_department};
use super::positions::PositionsTable;
use super::reapproval::ChangesSinceApproval;
use super::review_preview::ReviewPreview;
use super::required::RequiredDepartments;
use super::round::RoundHandle;
use super::sign_off_form::SignOffForm;
use crate::model::approval::{ApprovalRound, RoundState};
use crate::model::hash::plan_hash;
use crate::model::values::optional_day;
use crate::model::{ApprovalEdit, Plan};
use crate::ui::common::files::import_files;
use crate::ui::system::measured;

/// Where `round` stands against the plan version `hash`: a class and a sentence.
fn headline(plan: &Plan, round: &ApprovalRound, hash: &str) -> (&'static str, String) {
    match round.state(hash) {
        RoundState::Approved => ("approved", "Approved: every department signed off this version.".to_string()),
        RoundState::Waiting { departments } => ("waiting", format!("Waiting for {}.", plan.department_names(&departments).join(", "))),
        RoundState::Contested { changes_requested, rejected } => {
            ("contested", format!("Contested: {changes_requested} asked for changes, {rejected} rejected."))
        }
    }
}

/// The first characters of a version's hash, enough to tell versions apart.
fn short(hash: &str) -> String {
    hash.chars().take(8).collect()
}

/// One approval round with its sign-offs.
#[component]
pub fn CurrentRound(round: RoundHandle) -> impl IntoView {
    let plan = round.plan();
    let state = plan.app();
    let hash = plan.read(|p| measured("liaison:plan-hash", || plan_hash(p)));
    let headline = round.read(move |p, r| Some(headline(p, r, &hash.get())));
    let meta = round.read(|_, r| Some(format!("Version {} under review since {}.", short(&r.plan_hash), day(r.opened_at))));
    let due = round.read(|_, r| r.due.map(|d| d.text()).unwrap_or_default());
    let changed = round.read(move |_, r| r.plan_hash != hash.get());
    // A reviewing department answers with its response; review files and
    // imports are the liaison's tools.
    let reviewing = reviewing_department(plan);
    let set_due = move |due: String| match optional_day(Some(&due)) {
        Ok(due) => drop(plan.run_or_toast(ApprovalEdit::SetRoundDue { round_id: round.id(), due })),
        Err(why) => state.toast(why.to_string(), true, None),
    };
    let previewing = RwSignal::new(false);
    view! {
        <section class="current-round" data-testid="current-round">
            {move || headline.get().map(|(class, text)| view! {
                <p class=format!("round-state round-{class}") data-testid="round-state" role="status">{text}</p>
            })}
            <p class="round-meta">
                {move || meta.get()}
                <label class="inline-field">
                    " Due by "
                    <input type="date" data-testid="round-due-edit" prop:value=move || due.get()
                        on:change:target=move |ev| set_due(ev.target().value()) />
                </label>
            </p>
            <Show when=move || changed.get()>
                <div class="banner banner-warning" data-testid="plan-changed" role="status">
                    <p>
                        "The plan has changed since this round opened (it is now version "
                        {move || short(&hash.get())}
                        "). Approvals given for the earlier version are stale until the departments approve again."
                    </p>
                </div>
            </Show>
            <div class="round-actions" class:hidden=move || reviewing.with(Option::is_some)>
                <button type="button" data-testid="export-review" on:click=move |_| previewing.set(true)>"Export review file…"</button>
                <label class="button" data-testid="import-responses-label">
                    "Import responses…"
                    <input type="file" accept=".json,application/json" multiple class="visually-hidden" data-testid="import-responses"
                        on:change:target=move |ev| {
                            if let Some(files) = ev.target().files() { import_files(state, files); }
                            ev.target().set_value("");
                        } />
                </label>
            </div>
            <MergeReportBanner />
            <Show when=move || previewing.get()>
                <ReviewPreview round on_close=Callback::new(move |_| previewing.set(false)) />
            </Show>
            <PositionsTable round hash />
            <ChangesSinceApproval />
            // Who must sign off is the liaison's choice.
            <Show when=move || reviewing.with(Option::is_none)>
                <RequiredDepartments round />
            </Show>
            <Holdups round hash />
            <SignOffForm round />
            <Show when=move || changed.get()>
                <OpenRound first=false />
            </Show>
        </section>
    }
}
