//! The departments of a plan: add, edit in place, recolour, remove with undo.

use leptos::prelude::*;

use crate::model::palette::PALETTE;
use crate::model::{Command, Department, DepartmentEdit, PlanEdit};
use crate::ui::common::add_row::AddRow;
use crate::ui::common::colour_chip::ColourChip;
use crate::ui::common::field::TextField;
use crate::ui::state::use_app;

/// The list of departments with a field to add one.
#[component]
pub fn DepartmentList(plan_id: String) -> impl IntoView {
    let state = use_app();
    let departments = {
        let plan_id = plan_id.clone();
        Memo::new(move |_| state.workspace.with(|ws| ws.plan(&plan_id).map(|p| p.departments.clone()).unwrap_or_default()))
    };
    let add = {
        let plan_id = plan_id.clone();
        Callback::new(move |name: String| {
            state.run(Command::EditPlan { plan_id: plan_id.clone(), edit: PlanEdit::AddDepartment { name } }).map(drop)
        })
    };
    view! {
        <section class="departments" data-testid="departments">
            <h2>"Departments"</h2>
            <Show when=move || departments.with(Vec::is_empty)>
                <p class="muted">"No department yet. Add the departments that take part in this plan."</p>
            </Show>
            <div class="department-list">
                <For each=move || departments.get() key=|d| d.id.clone() let:department>
                    <DepartmentCard plan_id=plan_id.clone() department_id=department.id.clone() />
                </For>
            </div>
            <AddRow label="Add a department" hint="e.g. Finance" button="Add" class="add-department"
                input_testid="new-department" button_testid="add-department" on_add=add />
        </section>
    }
}

/// One department: name, head, representative and colour.
#[component]
fn DepartmentCard(plan_id: String, department_id: String) -> impl IntoView {
    let state = use_app();
    let read = {
        let (plan_id, department_id) = (plan_id.clone(), department_id.clone());
        move |f: fn(&Department) -> String| {
            let (plan_id, department_id) = (plan_id.clone(), department_id.clone());
            Signal::derive(move || {
                state.workspace.with(|ws| {
                    ws.plan(&plan_id).and_then(|p| p.departments.iter().find(|d| d.id == department_id)).map(f).unwrap_or_default()
                })
            })
        }
    };
    let edit = {
        let (plan_id, department_id) = (plan_id.clone(), department_id.clone());
        move |make: fn(String) -> DepartmentEdit| {
            let (plan_id, department_id) = (plan_id.clone(), department_id.clone());
            Callback::new(move |text: String| {
                let edit = PlanEdit::EditDepartment { department_id: department_id.clone(), edit: make(text) };
                state.run(Command::EditPlan { plan_id: plan_id.clone(), edit }).map(drop)
            })
        }
    };
    let (name, colour) = (read(|d| d.name.clone()), read(|d| d.colour.clone()));
    let recolour = edit(DepartmentEdit::Colour);
    let remove = move |_| {
        let removed_name = name.get_untracked();
        let edit = PlanEdit::RemoveDepartment { department_id: department_id.clone() };
        if let Some(outcome) = state.run_or_toast(Command::EditPlan { plan_id: plan_id.clone(), edit }) {
            state.toast(format!("Department “{removed_name}” was removed."), false, outcome.undo.map(|undo| *undo));
        }
    };
    view! {
        <article class="department-card" data-testid="department">
            <div class="department-head">
                <ColourChip colour=colour name=name />
                <button type="button" class="danger small" data-testid="department-remove" on:click=remove>"Remove"</button>
            </div>
            <label class="field">
                <span class="field-label">"Colour"</span>
                <select data-testid="department-colour" prop:value=colour
                    on:change:target=move |ev| { let _ = recolour.run(ev.target().value()); }>
                    {PALETTE.map(|c| view! { <option value=c.name>{c.label}</option> }).collect_view()}
                </select>
            </label>
            <TextField label="Name" value=name on_edit=edit(DepartmentEdit::Name) testid="department-name" />
            <TextField label="Head" value=read(|d| d.head.clone()) on_edit=edit(DepartmentEdit::Head) testid="department-head" />
            <TextField label="Representative" value=read(|d| d.representative.clone())
                on_edit=edit(DepartmentEdit::Representative) testid="department-representative" />
        </article>
    }
}
