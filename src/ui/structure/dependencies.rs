//! The Dependencies tab: a department × department matrix of who depends on
//! whom, where nobody owns a dependency yet, where departments overlap (claim
//! the same work), and the information needs behind part of it.

use leptos::prelude::*;

use super::information_needs::InformationNeeds;
use super::shared::department_columns;
use crate::model::ids::DepartmentId;
use crate::model::structure::interdependence::{links, overlaps, Link, LinkKind};
use crate::model::Plan;
use crate::ui::common::colour_chip::ColourChip;
use crate::ui::select::use_plan;

/// A department's name; "No lead" where nobody leads the work.
fn name(plan: &Plan, id: Option<&DepartmentId>) -> String {
    id.and_then(|id| plan.department(id)).map(|d| d.name.clone()).unwrap_or_else(|| "No lead".into())
}

fn kind_label(kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::Dependency => "initiative",
        LinkKind::Contribution => "contribution",
        LinkKind::Information => "information",
    }
}

/// The interdependencies of the page's plan.
#[component]
pub fn DependenciesSection() -> impl IntoView {
    let plan = use_plan();
    let columns = plan.read(department_columns);
    let all = plan.read(links);
    let gaps = plan.read(|p| {
        links(p).into_iter().filter_map(|l| {
            let gap = l.gap.as_ref()?;
            Some(format!("{} → {}: {} — {}", name(p, l.from.as_ref()), name(p, l.to.as_ref()), l.what, gap))
        }).collect::<Vec<_>>()
    });
    let shared = plan.read(|p| overlaps(p).into_iter().map(|o| (o.kind.label(), o.why)).collect::<Vec<_>>());
    let matrix = move || {
        let (departments, links) = (columns.get(), all.get());
        let header = departments.iter().map(|d| view! { <th scope="col"><ColourChip colour=d.2.clone() name=d.1.clone() /></th> }).collect_view();
        let rows = departments.iter().map(|from| {
            let cells = departments.iter().map(|to| {
                if from.0 == to.0 {
                    return view! { <td class="dep-cell self" aria-label="same department">"—"</td> }.into_any();
                }
                let here: Vec<&Link> = links.iter().filter(|l| l.from.as_ref() == Some(&from.0) && l.to.as_ref() == Some(&to.0)).collect();
                if here.is_empty() {
                    return view! { <td class="dep-cell none" data-testid="dep-cell" data-count="0"><span class="muted">"0"</span></td> }.into_any();
                }
                let warn = here.iter().any(|l| l.gap.is_some());
                let count = here.len();
                let items = here.iter().map(|l| {
                    let gap = l.gap.clone().map(|g| format!(" ⚠ {g}"));
                    view! { <li><span class="link-kind">{kind_label(l.kind)}</span>" "{l.what.clone()}<span class="gap">{gap}</span></li> }
                }).collect_view();
                view! {
                    <td class="dep-cell" class:has-gap=warn data-testid="dep-cell" data-count=count.to_string()>
                        <details>
                            <summary>{if count == 1 { "1 link".to_string() } else { format!("{count} links") }}{warn.then_some(" ⚠")}</summary>
                            <ul>{items}</ul>
                        </details>
                    </td>
                }.into_any()
            }).collect_view();
            view! { <tr><th scope="row"><ColourChip colour=from.2.clone() name=from.1.clone() /></th>{cells}</tr> }
        }).collect_view();
        view! {
            <table class="dep-matrix" data-testid="dep-matrix">
                <thead><tr><th scope="col" class="corner">"depends on →"</th>{header}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };
    view! {
        <div class="structure dependencies" data-testid="dependencies">
            <h2>"Who depends on whom"</h2>
            <p class="muted">"Each row depends on the departments in its columns: through initiatives that depend on each other, contributions to an initiative it leads, and information it needs. Open a cell to see why."</p>
            <div class="table-scroll">{matrix}</div>
            <section class="dep-gaps" data-testid="dep-gaps">
                <h3>"No agreed owner yet"</h3>
                <Show when=move || gaps.with(Vec::is_empty) fallback=move || view! {
                    <ul>{move || gaps.get().into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
                }>
                    <p class="muted">"Every dependency has a lead, an Accountable department and an agreement."</p>
                </Show>
            </section>
            <section class="dep-overlaps" data-testid="dep-overlaps">
                <h3>"Where departments overlap"</h3>
                <p class="muted">"Where two departments claim the same work: several Accountable for one initiative, a lead that is not its Accountable department, or initiatives of different departments with the same title. Working together (one Accountable, the others Responsible, Consulted or contributing) is not an overlap."</p>
                <Show when=move || shared.with(Vec::is_empty) fallback=move || view! {
                    <ul>{move || shared.get().into_iter().map(|(kind, why)| view! {
                        <li data-testid="dep-overlap"><span class="link-kind">{kind}</span>" "{why}</li>
                    }).collect_view()}</ul>
                }>
                    <p class="muted">"No two departments answer for the same initiative or plan the same work."</p>
                </Show>
            </section>
            <InformationNeeds />
        </div>
    }
}
