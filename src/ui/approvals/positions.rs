//! Each required department's position in a round: its decision, who gave
//! it and when, and whether it is stale or overdue.

use leptos::prelude::*;

use super::plan_view::{day, speaker_chip, Speaker};
use super::round::RoundHandle;
use crate::model::approval::{ApprovalRound, Position, SignOffState};
use crate::model::{Keyed, Plan};
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
}

impl Row {
    fn of(plan: &Plan, round: &ApprovalRound, position: Position) -> Row {
        let sign_off = round.sign_off(&position.department_id);
        // Stale says more than overdue: an answer is there, for another version.
        let badge = if position.stale && position.state == SignOffState::Approved {
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
    let view_row = |row: Row| {
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
            </tr>
        }
    };
    view! {
        <table class="doc-table positions" data-testid="positions">
            <thead><tr><th>"Department"</th><th>"Decision"</th><th>"By"</th><th>"On"</th><th>"Comment"</th></tr></thead>
            <tbody>{move || rows.get().into_iter().map(view_row).collect::<Vec<_>>()}</tbody>
        </table>
    }
}
