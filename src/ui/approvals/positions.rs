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
    /// A newer answer that does not count yet: what it says and why, and
    /// how the liaison makes it count.
    not_counted: Option<(String, SignOffId, Trust)>,
}

/// How the liaison makes an answer count.
#[derive(Debug, Clone, PartialEq)]
enum Trust {
    /// After checking with the department (a plan file, an unsigned response).
    Confirm,
    /// The new key it was signed with, after checking its fingerprint.
    AcceptKey(String),
}

/// The latest answer of a department when it does not count, with why.
fn not_counted(round: &ApprovalRound, position: &Position) -> Option<(String, SignOffId, Trust)> {
    let latest = round.sign_off(&position.department_id).filter(|s| !s.source.counts())?;
    let what = latest.state.phrase();
    let (why, trust) = match (latest.source, &latest.signed_with) {
        (Source::Response { key: KeyCheck::Changed }, Some(key)) => {
            (format!("signed with a new key ({}), not counted until you accept it", fingerprint(key)), Trust::AcceptKey(key.clone()))
        }
        (Source::Response { .. }, _) => ("in an unsigned response, not counted until you confirm it".to_string(), Trust::Confirm),
        _ => ("came inside a plan file, not counted until you confirm it".to_string(), Trust::Confirm),
    };
    Some((format!("Not counted: “{what}” {why}"), latest.id.clone(), trust))
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
            source: sign_off.map(|s| match &s.signed_with {
                Some(key) => format!("{} (key {})", s.source.label(), fingerprint(key)),
                None => s.source.label(),
            }),
            not_counted: not_counted(round, &position),
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
                    {row.not_counted.map(|(text, id, trust)| view! {
                        <span class="badge badge-stale" data-testid="badge-not-counted">{text}</span>
                        {match trust {
                            Trust::Confirm => view! {
                                <button type="button" class="small" data-testid="confirm-sign-off" on:click=move |_| confirm(id.clone())>"Confirm"</button>
                            }.into_any(),
                            Trust::AcceptKey(key) => view! {
                                <button type="button" class="small" data-testid="accept-key" on:click=move |_| accept((id.clone(), key.clone()))>"Accept the new key"</button>
                            }.into_any(),
                        }}
                    })}
                </td>
                <td>{row.by}</td>
                <td>{row.on}</td>
                <td class="sign-comment">{row.comment}</td>
                <td class="sign-source" data-testid="sign-source">{row.source}
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
