//! The Roles tab: a RACI grid, initiatives (grouped by objective) by
//! departments, each cell a drop-down; the broken rules in words per row.

use leptos::prelude::*;

use super::raci_row::RaciRow;
use super::shared::{orphan_ids, plan_part};
use crate::model::structure::rules::raci_problems;
use crate::ui::common::colour_chip::ColourChip;

/// The RACI grid of one plan with a summary of the broken rules.
#[component]
pub fn RolesSection(plan_id: String) -> impl IntoView {
    let columns = plan_part(&plan_id, |p| p.departments.iter().map(|d| (d.id.clone(), d.name.clone(), d.colour.clone())).collect::<Vec<_>>());
    let groups = plan_part(&plan_id, |p| {
        let mut groups: Vec<(String, Vec<String>)> = p
            .objectives
            .iter()
            .map(|o| (o.title.clone(), p.initiatives.iter().filter(|i| i.objective_id == o.id).map(|i| i.id.clone()).collect()))
            .collect();
        let orphans = orphan_ids(p);
        if !orphans.is_empty() {
            groups.push(("Not under an objective".into(), orphans));
        }
        groups
    });
    let counts = plan_part(&plan_id, |p| {
        (p.initiatives.iter().filter(|i| !raci_problems(i).is_empty()).count(), p.initiatives.len())
    });
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
                <b>"C"</b>" Consulted · "<b>"I"</b>" Informed"
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
                                <RaciRow plan_id=plan_id.clone() initiative_id columns=columns />
                            }).collect_view()}
                        </tbody>
                    </For>
                </table>
            </div>
        </div>
    }
}
