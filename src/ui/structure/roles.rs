//! The Roles tab: a RACI grid, initiatives (grouped by objective) by
//! departments, each cell a drop-down; the broken rules in words per row.

use leptos::prelude::*;

use super::raci_row::RaciRow;
use super::shared::department_columns;
use crate::model::structure::rules::{initiatives_breaking_raci, initiatives_by_objective};
use crate::ui::common::colour_chip::ColourChip;
use crate::ui::select::use_plan;

/// The RACI grid of the page's plan with a summary of the broken rules.
#[component]
pub fn RolesSection() -> impl IntoView {
    let plan = use_plan();
    let columns = plan.read(department_columns);
    let groups = plan.read(|p| {
        initiatives_by_objective(p)
            .into_iter()
            .map(|(objective, initiatives)| {
                let heading = objective.map_or_else(|| "Not under an objective".to_string(), |o| o.title.clone());
                (heading, initiatives.into_iter().map(|i| i.id.clone()).collect::<Vec<_>>())
            })
            .collect::<Vec<_>>()
    });
    let counts = plan.read(|p| (initiatives_breaking_raci(p).count(), p.initiatives.len()));
    let summary = move || match counts.get() {
        (_, 0) => "No initiative yet: add them in the Objectives tab.".to_string(),
        (0, n) => format!("All {n} initiatives have exactly one Accountable and at least one Responsible department."),
        (1, n) => format!("1 of {n} initiatives breaks a RACI rule."),
        (k, n) => format!("{k} of {n} initiatives break a RACI rule."),
    };
    view! {
        <div class="structure roles" data-testid="roles">
            <h2>"Roles (RACI)"</h2>
            <p class="raci-summary" class:has-problems={move || counts.get().0 > 0} data-testid="raci-summary">{summary}</p>
            <p class="muted raci-legend">
                <b>"R"</b>" Responsible: does the work · "<b>"A"</b>" Accountable: answers for it (exactly one) · "
                <b>"C"</b>" Consulted · "<b>"I"</b>" Informed. An initiative's lead department should be R or A."
            </p>
            <div class="table-scroll">
                <table class="raci-grid" data-testid="raci-grid">
                    <thead>
                        <tr>
                            <th scope="col">"Initiative"</th>
                            <For each=move || columns.get() key=|c| c.clone() let:column>
                                <th scope="col"><ColourChip colour=column.2 name=column.1 /></th>
                            </For>
                            <th scope="col">"Rules"</th>
                        </tr>
                    </thead>
                    <For each=move || groups.get() key=|g| g.clone() let:group>
                        <tbody>
                            <tr class="raci-group">
                                <th scope="rowgroup" colspan=move || columns.with(Vec::len) + 2>{group.0}</th>
                            </tr>
                            {group.1.into_iter().map(|initiative_id| view! {
                                <RaciRow initiative=plan.item(initiative_id) columns />
                            }).collect_view()}
                        </tbody>
                    </For>
                </table>
            </div>
        </div>
    }
}
