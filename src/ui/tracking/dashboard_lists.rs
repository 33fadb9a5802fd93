//! The dashboard's lists: overdue work, blocked and at-risk initiatives, and
//! the next deadlines, each item written out in words.

use leptos::prelude::*;

use super::stakeholder_risks::StakeholderRisks;
use crate::model::dashboard::{Attention, Dashboard};

fn attention(items: Vec<Attention>, testid: &'static str, empty: &'static str) -> impl IntoView {
    if items.is_empty() {
        return view! { <p class="empty-note">{empty}</p> }.into_any();
    }
    view! {
        <ul class="attention-list">
            {items.into_iter().map(|a| view! {
                <li data-testid=testid>
                    <span class="attention-kind">{a.kind}</span>
                    <strong>{a.what}</strong>
                    <span class="attention-detail">{a.detail}</span>
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Overdue, stuck and coming work of a plan.
#[component]
pub fn AttentionLists(dashboard: Dashboard) -> impl IntoView {
    let next = dashboard.next_deadlines().to_vec();
    let Dashboard { overdue, stuck, .. } = dashboard;
    view! {
        <div class="dashboard-lists">
            <section class="panel panel-late" data-testid="dashboard-overdue">
                <h2>{format!("Overdue ({})", overdue.len())}</h2>
                {attention(overdue, "overdue-item", "Nothing is overdue.")}
            </section>
            <section class="panel panel-stuck" data-testid="dashboard-stuck">
                <h2>{format!("Blocked or at risk ({})", stuck.len())}</h2>
                {attention(stuck, "stuck-item", "No initiative is blocked or at risk.")}
            </section>
            <section class="panel" data-testid="dashboard-deadlines">
                <h2>"Next deadlines"</h2>
                {if next.is_empty() {
                    view! { <p class="empty-note">"No deadline ahead. Give initiatives a due day."</p> }.into_any()
                } else {
                    view! {
                        <ol class="deadline-list">
                            {next.into_iter().map(|d| view! {
                                <li data-testid="deadline"><span class="deadline-date">{d.date.text()}</span>" "{d.what}</li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }}
            </section>
            <StakeholderRisks />
        </div>
    }
}
