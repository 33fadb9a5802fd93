//! "What am I re-approving?": for departments whose approval is of another
//! version, what differs from that version to the plan now, old → new. A
//! reviewing department sees its own; the liaison sees every group.

use leptos::prelude::*;

use super::plan_view::reviewing_department;
use crate::model::approval::queries::{changes_since_my_answer, stale_approvals, StaleApproval};
use crate::model::approval::SignOffState;
use crate::model::approval::versions::VersionChange;
use crate::ui::select::use_plan;

/// One group as shown: its heading and its lines.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    heading: String,
    changes: Option<Vec<VersionChange>>,
}

fn heading(names: &str, stale: &StaleApproval) -> String {
    let did = match stale.answer {
        SignOffState::ChangesRequested => "asked for changes to",
        SignOffState::Rejected => "rejected",
        _ => "approved",
    };
    match stale.round {
        Some(round) => format!("What changed since {names} {did} the version of round {round}"),
        None => format!("{names} {did} a version the liaison has never seen (an edited copy); the plan here differs from it in"),
    }
}

/// The changes since each stale approval; nothing while every approval is current.
#[component]
pub fn ChangesSinceApproval() -> impl IntoView {
    let plan = use_plan();
    let reviewing = reviewing_department(plan);
    let groups = plan.read(move |p| {
        let mine = reviewing.get();
        let groups = match &mine {
            Some(department) => changes_since_my_answer(p, department).into_iter().collect(),
            None => stale_approvals(p),
        };
        groups
            .into_iter()
            .map(|s| {
                let names = match &mine {
                    Some(_) => "you".to_string(),
                    None => p.department_names(&s.departments).join(", "),
                };
                Shown { heading: heading(&names, &s), changes: s.changes }
            })
            .collect::<Vec<_>>()
    });
    let line = |change: VersionChange| {
        view! {
            <li data-testid="version-change">
                <strong>{format!("{} {}", change.verb(), change.subject)}</strong>
                {(!change.fields.is_empty()).then(|| format!(" — {}", change.summary()))}
            </li>
        }
    };
    let group = move |shown: Shown| {
        view! {
            <section class="reapproval" data-testid="changes-since-approval">
                <h2>{shown.heading}</h2>
                {match shown.changes {
                    Some(changes) if changes.is_empty() => view! { <p class="muted">"Nothing that departments approve."</p> }.into_any(),
                    Some(changes) => view! { <ul class="version-changes">{changes.into_iter().map(line).collect_view()}</ul> }.into_any(),
                    None => view! { <p class="muted">"That version is not kept here, so what changed cannot be listed. Ask for the changes, or compare the files."</p> }.into_any(),
                }}
            </section>
        }
    };
    view! { {move || groups.get().into_iter().map(group).collect_view()} }
}
