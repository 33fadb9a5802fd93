//! Each required department's position in a round, and who holds it up.

use leptos::prelude::*;

use super::plan_view::{day, department_chip};
use crate::ui::system::today;
use crate::model::approval::{ApprovalRound, SignOffState};
use crate::model::{Keyed, Plan};

/// A table row per required department: decision, who, when, comment, and
/// whether it is stale or overdue.
#[component]
pub fn PositionsTable(plan: Memo<Option<Plan>>, hash: Memo<String>, round: Memo<Option<ApprovalRound>>) -> impl IntoView {
    let rows = move || {
        let (Some(p), Some(r)) = (plan.get(), round.get()) else { return Vec::new() };
        r.positions(&hash.get(), Some(today()))
            .into_iter()
            .map(|position| {
                let sign_off = r.sign_off(&position.department_id).cloned();
                let state = position.state;
                let badge = if position.stale && state == SignOffState::Approved {
                    Some(("stale", "Stale: approved an older version".to_string()))
                } else if position.stale {
                    Some(("stale", "Stale: given on an older version".to_string()))
                } else if position.overdue {
                    Some(("overdue", format!("Overdue since {}", r.due.map(|d| d.text()).unwrap_or_default())))
                } else {
                    None
                };
                view! {
                    <tr data-testid="position" data-state=state.key() data-stale=position.stale.to_string()>
                        <td>{department_chip(&p, Some(&position.department_id))}</td>
                        <td class=format!("sign-state sign-{}", state.key())>{state.label()}
                            {badge.map(|(class, text)| view! { <span class=format!("badge badge-{class}") data-testid=format!("badge-{class}")>{text}</span> })}
                        </td>
                        <td>{sign_off.as_ref().map(|s| s.by.clone())}</td>
                        <td>{sign_off.as_ref().filter(|s| s.state != SignOffState::Pending).map(|s| day(s.at))}</td>
                        <td class="sign-comment">{sign_off.map(|s| s.comment)}</td>
                    </tr>
                }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <table class="doc-table positions" data-testid="positions">
            <thead><tr><th>"Department"</th><th>"Decision"</th><th>"By"</th><th>"On"</th><th>"Comment"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Who holds the plan up and since when, overdue first.
#[component]
pub fn Holdups(plan: Memo<Option<Plan>>, hash: Memo<String>, round: Memo<Option<ApprovalRound>>) -> impl IntoView {
    let items = move || {
        let (Some(p), Some(r)) = (plan.get(), round.get()) else { return Vec::new() };
        r.holdups(&hash.get(), today())
            .into_iter()
            .map(|h| {
                let why = match (h.position.state, h.position.stale) {
                    (SignOffState::Approved, _) => "approved an older version",
                    (SignOffState::ChangesRequested, false) => "asked for changes",
                    (SignOffState::ChangesRequested, true) => "asked for changes to an older version",
                    (SignOffState::Rejected, false) => "rejected the plan",
                    (SignOffState::Rejected, true) => "rejected an older version",
                    (SignOffState::Pending, _) => "has not answered",
                };
                view! {
                    <li class:overdue=h.position.overdue data-testid="holdup">
                        {department_chip(&p, Some(&h.position.department_id))}
                        {format!(" {why}, since {}", day(h.since))}
                        {h.position.overdue.then(|| view! { <strong class="badge badge-overdue">"Overdue"</strong> })}
                    </li>
                }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <Show when=move || !items().is_empty()>
            <section class="holdups" data-testid="holdups">
                <h3>"Holding the plan up"</h3>
                <ol>{items}</ol>
            </section>
        </Show>
    }
}
