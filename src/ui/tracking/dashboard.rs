//! A plan's dashboard: where approval stands, progress per objective and per
//! department, and what needs attention. The figures come from
//! [`crate::model::dashboard`]; this file only lays them out.

use leptos::prelude::*;

use super::bar_chart::BarChart;
use super::dashboard_lists::AttentionLists;
use super::department_view::DepartmentFocus;
use crate::model::dashboard::{dashboard, ApprovalStatus};
use crate::model::Day;
use crate::ui::route::{PlanSection, Route};
use crate::ui::select::use_plan;
use crate::ui::system::today;

fn approval_text(status: &ApprovalStatus, due: Option<Day>) -> (String, &'static str) {
    let due = due.map(|d| format!(" Sign-offs are due {d}.")).unwrap_or_default();
    match status {
        ApprovalStatus::NoRound => ("No approval round yet. Open one in the Approval tab.".into(), "status-none"),
        ApprovalStatus::Approved => ("Approved by every required department.".into(), "status-approved"),
        ApprovalStatus::Waiting(names) => {
            (format!("Waiting for {} department{}: {}.{due}", names.len(), if names.len() == 1 { "" } else { "s" }, names.join(", ")), "status-waiting")
        }
        ApprovalStatus::Contested { changes_requested, rejected } => {
            (format!("Contested: {changes_requested} asked for changes, {rejected} rejected.{due}"), "status-contested")
        }
    }
}

/// The dashboard of the page's plan, as of today.
#[component]
pub fn DashboardSection() -> impl IntoView {
    let plan = use_plan();
    let today = today();
    let figures = plan.read(move |p| Some(dashboard(p, today)));
    move || {
        let Some(d) = figures.get() else { return view! { <p>"This plan no longer exists."</p> }.into_any() };
        let (status, class) = approval_text(&d.approval, d.approval_due);
        let charts = if d.initiatives == 0 {
            let objectives_tab = Route::Plan { id: plan.id(), section: PlanSection::Objectives }.to_hash();
            view! {
                <div class="empty-state" data-testid="dashboard-empty">
                    <h2>"No initiatives yet"</h2>
                    <p>"Progress is rolled up from initiatives. Add objectives and the initiatives under them, with a lead department, a due day and how far along each is; the charts appear here."</p>
                    <a class="button primary" href=objectives_tab>"Go to Objectives"</a>
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="dashboard-charts">
                    <BarChart title="Progress per objective" bars=d.objectives.clone() testid="chart-objectives" />
                    <BarChart title="Progress per department (its initiatives)" bars=d.departments.clone() testid="chart-departments" />
                </div>
            }
            .into_any()
        };
        view! {
            <div class="dashboard" data-testid="dashboard">
                <p class=format!("approval-status {class}") data-testid="dashboard-approval">
                    <span class="approval-label">"Approval: "</span>{status}
                </p>
                {charts}
                <AttentionLists dashboard=d />
                <DepartmentFocus />
            </div>
        }
        .into_any()
    }
}
