//! One row of the RACI grid: an initiative, its role per department, and
//! what is wrong with its roles.

use leptos::prelude::*;

use super::shared::Column;
use crate::model::ids::DepartmentId;
use crate::model::structure::rules::raci_problems_naming;
use crate::model::structure::{Initiative, Raci};
use crate::model::{Keyed, StructureEdit};
use crate::ui::select::Item;

/// A row of drop-downs, one per department column.
#[component]
pub fn RaciRow(initiative: Item<Initiative>, columns: Memo<Vec<Column>>) -> impl IntoView {
    let title = initiative.read(|i| i.title.clone());
    // The lead department is named from the columns, which hold every department's name.
    let problems = initiative.read(move |i| {
        let name_of = |id: &DepartmentId| columns.with(|c| c.iter().find(|(d, ..)| d == id).map(|(_, name, _)| name.clone())).unwrap_or_default();
        raci_problems_naming(i, name_of).iter().map(ToString::to_string).collect::<Vec<_>>()
    });
    view! {
        <tr class="raci-row" class:has-problems=move || !problems.with(Vec::is_empty) data-testid="raci-row">
            <th scope="row" class="raci-title">{move || title.get()}</th>
            <For each=move || columns.get() key=|c| c.clone() let:column>
                <RaciCell initiative department_id=column.0 department=column.1 title />
            </For>
            <td class="raci-problems" data-testid="raci-problems">
                <Show when=move || problems.with(Vec::is_empty)>
                    <span class="raci-ok">"✓ Fine"</span>
                </Show>
                {move || problems.get().into_iter().map(|p| view! { <span class="raci-problem">{p}</span> }).collect_view()}
            </td>
        </tr>
    }
}

/// One cell: the role of one department in one initiative.
#[component]
fn RaciCell(initiative: Item<Initiative>, department_id: DepartmentId, department: String, title: Memo<String>) -> impl IntoView {
    let department_id = StoredValue::new(department_id);
    let role = initiative.read(move |i| department_id.with_value(|d| i.raci.get(d).map(|r| r.key().to_string())).unwrap_or_default());
    let set = move |key: String| {
        let (initiative_id, department_id) = (initiative.id(), department_id.get_value());
        initiative.plan().run_or_toast(StructureEdit::SetRole { initiative_id, department_id, role: Raci::from_key(&key) });
    };
    let label = move || format!("Role of {department} in {}", title.get());
    let open = RwSignal::new(false);
    view! {
        <td class="raci-cell" data-role=move || role.get()>
            <select aria-label=label data-testid="raci-cell" prop:value=move || role.get() on:change:target=move |ev| set(ev.target().value())
                on:pointerdown=move |_| open.set(true) on:focus=move |_| open.set(true) on:blur=move |_| open.set(false)>
                // The other roles join the cell only while it is in use (see Choice).
                <option value="" selected=move || role.get().is_empty() hidden=move || !open.get() && !role.get().is_empty()>"–"</option>
                {move || {
                    let (open, current) = (open.get(), role.get());
                    Raci::ALL.iter().filter(|r| open || r.key() == current).map(|r| {
                        let key = r.key();
                        view! { <option value=key selected=key == current>{r.letter().to_string()}</option> }
                    }).collect_view()
                }}
            </select>
        </td>
    }
}
