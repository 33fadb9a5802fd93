//! One row of the RACI grid: an initiative, its role per department, and
//! what is wrong with its roles.

use leptos::prelude::*;

use super::shared::{initiative, plan_part, run};
use crate::model::structure::Raci;
use crate::model::structure::rules::raci_problems;
use crate::model::{Keyed, StructureEdit};
use crate::ui::state::use_app;

/// A row of drop-downs, one per department column.
#[component]
pub fn RaciRow(plan_id: String, initiative_id: String, columns: Memo<Vec<(String, String, String)>>) -> impl IntoView {
    let iid = initiative_id.clone();
    let title = plan_part(&plan_id, move |p| initiative(p, &iid).map(|i| i.title.clone()).unwrap_or_default());
    let iid = initiative_id.clone();
    let problems = plan_part(&plan_id, move |p| initiative(p, &iid).map(|i| raci_problems(i).iter().map(ToString::to_string).collect::<Vec<_>>()).unwrap_or_default());
    view! {
        <tr class="raci-row" class:has-problems=move || !problems.with(Vec::is_empty) data-testid="raci-row">
            <th scope="row" class="raci-title">{move || title.get()}</th>
            <For each=move || columns.get() key=|c| c.clone() let:column>
                <RaciCell plan_id=plan_id.clone() initiative_id=initiative_id.clone() department_id=column.0 department=column.1 title=title />
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
fn RaciCell(plan_id: String, initiative_id: String, department_id: String, department: String, title: Memo<String>) -> impl IntoView {
    let state = use_app();
    let (iid, did) = (initiative_id.clone(), department_id.clone());
    let role = plan_part(&plan_id, move |p| initiative(p, &iid).and_then(|i| i.raci.get(&did).map(|r| r.key().to_string())).unwrap_or_default());
    let set = move |key: String| {
        let edit = StructureEdit::SetRole { initiative_id: initiative_id.clone(), department_id: department_id.clone(), role: Raci::from_key(&key) };
        if let Err(why) = run(state, &plan_id, edit) {
            state.toast(why, true, None);
        }
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
