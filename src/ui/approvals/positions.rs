//! Each required department's position in a round: its decision, who gave
//! it and when, and whether it is stale or overdue.

use leptos::prelude::*;

use super::plan_view::{day, speaker_chip, Speaker};
use super::round::RoundHandle;
use crate::model::approval::queries::KnownVersion;
use crate::model::approval::{ApprovalRound, Position, SignOffState};
use crate::model::approval::Source;
use crate::model::entity::find;
use crate::model::ids::SignOffId;
use crate::model::review::signature::{fingerprint, KeyCheck};
use crate::ui::state::remember_key;
use crate::model::{ApprovalEdit, Keyed, Plan};
use crate::ui::system::today;

/// One row of the table, as shown.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    department: Speaker,
    state: SignOffState,
    stale: bool,
    /// The badge's class and text.
    badge: Option<(&'static str, String)>,
    by: Option<String>,
    /// The day it was answered (a pending sign-off has none).
    on: Option<String>,
    comment: Option<String>,
    /// Where the counted answer came from.
    source: Option<String>,
    /// A newer answer that came inside a plan file: what it says, and its
    /// id for "Confirm".
    unverified: Option<(String, SignOffId)>,
    /// An answer signed with a new key for the department: its id and the key, for "Accept".
    new_key: Option<(SignOffId, String)>,
}

impl Row {
    fn of(plan: &Plan, round: &ApprovalRound, position: Position) -> Row {
        let sign_off = round.counted_sign_off(&position.department_id);
        let unseen = sign_off.is_some_and(|s| matches!(KnownVersion::of(plan, s), KnownVersion::Unseen { .. }));
        // Stale says more than overdue: an answer is there, for another version.
        let badge = if position.stale && position.state == SignOffState::Approved && unseen {
            Some(("stale", "Approved a version the liaison has never seen (an edited copy)".to_string()))
        } else if position.stale && position.state == SignOffState::Approved {
            Some(("stale", "Stale: approved an older version".to_string()))
        } else if position.stale {
            Some(("stale", "Stale: given on an older version".to_string()))
        } else if position.overdue {
            Some(("overdue", format!("Overdue since {}", round.due.map(|d| d.text()).unwrap_or_default())))
        } else {
            None
        };
        Row {
            department: Speaker::of(plan, Some(&position.department_id)),
            state: position.state,
            stale: position.stale,
            badge,
            by: sign_off.map(|s| s.by.clone()),
            on: sign_off.filter(|s| s.state != SignOffState::Pending).map(|s| day(s.at)),
            comment: sign_off.map(|s| s.comment.clone()),
            source: round.sign_off(&position.department_id).filter(|s| s.source == Source::Response { key: KeyCheck::Changed }).or(sign_off).map(|s| match &s.signed_with {
                Some(key) => format!("{} (key {})", s.source.label(), fingerprint(key)),
                None => s.source.label(),
            }),
            new_key: round
                .sign_off(&position.department_id)
                .filter(|s| s.source == Source::Response { key: KeyCheck::Changed })
                .and_then(|s| Some((s.id.clone(), s.signed_with.clone()?))),
            unverified: round
                .sign_off(&position.department_id)
                .filter(|s| s.source == Source::PlanFile)
                .map(|s| (format!("Unverified: {} came inside a plan file", s.state.phrase()), s.id.clone())),
        }
    }
}

/// A table row per required department: decision, who, when, comment, and
/// whether it is stale or overdue against the plan version `hash`.
#[component]
pub fn PositionsTable(round: RoundHandle, hash: Memo<String>) -> impl IntoView {
    let rows = round.read(move |p, r| {
        r.positions(&hash.get(), Some(today())).into_iter().map(|position| Row::of(p, r, position)).collect::<Vec<_>>()
    });
    let plan = round.plan();
    let confirm = move |sign_off_id: SignOffId| {
        if plan.run_or_toast(ApprovalEdit::ConfirmSignOff { round_id: round.id(), sign_off_id }).is_some() {
            plan.app().toast("Confirmed: the decision counts from now on, recorded as confirmed by you.", false, None);
        }
    };
    let accept = move |(sign_off_id, key): (SignOffId, String)| {
        let department = plan.with_untracked(|p| find(&p.approval_rounds, &round.id()).and_then(|r| find(&r.sign_offs, &sign_off_id)).map(|s| s.department_id.clone())).flatten();
        if plan.run_or_toast(ApprovalEdit::AcceptKey { round_id: round.id(), sign_off_id }).is_some() {
            if let Some(department) = department {
                remember_key(plan.id(), department, key);
            }
            plan.app().toast("The new key is accepted: this decision counts, and the department's later responses are checked against this key.", false, None);
        }
    };
    let view_row = move |row: Row| {
        let state = row.state;
        view! {
            <tr data-testid="position" data-state=state.key() data-stale=row.stale.to_string()>
                <td>{speaker_chip(row.department)}</td>
                <td class=format!("sign-state sign-{}", state.key())>{state.label()}
                    {row.badge.map(|(class, text)| view! { <span class=format!("badge badge-{class}") data-testid=format!("badge-{class}")>{text}</span> })}
                </td>
                <td>{row.by}</td>
                <td>{row.on}</td>
                <td class="sign-comment">{row.comment}</td>
                <td class="sign-source" data-testid="sign-source">{row.source}
                    {row.unverified.map(|(text, id)| view! {
                        <span class="badge badge-stale" data-testid="badge-unverified">{text}</span>
                        <button type="button" class="small" data-testid="confirm-sign-off" on:click=move |_| confirm(id.clone())>"Confirm"</button>
                    })}
                    {row.new_key.map(|new_key| view! {
                        <span class="badge badge-stale" data-testid="badge-new-key">"New key: not counted yet"</span>
                        <button type="button" class="small" data-testid="accept-key" on:click=move |_| accept(new_key.clone())>"Accept the new key"</button>
                    })}
                </td>
            </tr>
        }
    };
    view! {
        <table class="doc-table positions" data-testid="positions">
            <thead><tr><th>"Department"</th><th>"Decision"</th><th>"By"</th><th>"On"</th><th>"Comment"</th><th>"Came from"</th></tr></thead>
            <tbody>{move || rows.get().into_iter().map(view_row).collect::<Vec<_>>()}</tbody>
        </table>
    }
}
