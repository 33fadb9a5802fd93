//! The departments of a plan: add, edit in place, recolour, remove with undo.

use leptos::prelude::*;

use crate::model::palette::PALETTE;
use crate::model::{Department, DepartmentEdit, PlanEdit};
use crate::ui::common::add_row::AddRow;
use crate::ui::common::colour_chip::ColourChip;
use crate::ui::common::field::TextField;
use crate::ui::select::{use_plan, Item};

/// The departments of the page's plan with a field to add one.
#[component]
pub fn DepartmentList() -> impl IntoView {
    let plan = use_plan();
    let departments = plan.read(|p| p.departments.iter().map(|d| d.id.clone()).collect::<Vec<_>>());
    view! {
        <section class="departments" data-testid="departments">
            <h2>"Departments"</h2>
            <Show when=move || departments.with(Vec::is_empty)>
                <p class="muted">"No department yet. Add the departments that take part in this plan."</p>
            </Show>
            <div class="department-list">
                <For each=move || departments.get() key=|id| id.clone() let:department_id>
                    <DepartmentCard department=plan.item(department_id) />
                </For>
            </div>
            <AddRow label="Add a department" hint="e.g. Finance" button="Add" class="add-department"
                input_testid="new-department" button_testid="add-department" on_add=plan.edit(|name| PlanEdit::AddDepartment { name }) />
        </section>
    }
}

/// One department: name, head and their e-mail, representative and colour.
#[component]
fn DepartmentCard(department: Item<Department>) -> impl IntoView {
    let (name, colour) = (department.read(|d| d.name.clone()), department.read(|d| d.colour.clone()));
    let recolour = move |chosen: String| {
        if let Err(why) = department.set(DepartmentEdit::Colour(chosen)) {
            department.plan().app().toasts.refused(&why);
        }
    };
    let remove = move |_| department.remove_with_undo(format!("Department “{}” was removed.", name.get_untracked()));
    view! {
        <article class="department-card" data-testid="department">
            <div class="department-head">
                <ColourChip colour=colour name=name />
                <button type="button" class="danger small" data-testid="department-remove" on:click=remove>"Remove"</button>
            </div>
            <label class="field">
                <span class="field-label">"Colour"</span>
                <select data-testid="department-colour" prop:value=colour
                    on:change:target=move |ev| recolour(ev.target().value())>
                    {PALETTE.map(|c| view! { <option value=c.name>{c.label}</option> }).collect_view()}
                </select>
            </label>
            <TextField label="Name" value=name on_edit=department.edit(DepartmentEdit::Name) testid="department-name" />
            <TextField label="Head" value=department.read(|d| d.head.clone()) on_edit=department.edit(DepartmentEdit::Head) testid="department-head" />
            // Checked when complete (on change), and a refused address stays to be corrected.
            <TextField label="Head's e-mail (for reminders)" kind="email" keep_refused=true hint="name@example.org"
                value=department.read(|d| d.head_email.clone()) on_edit=department.edit(DepartmentEdit::HeadEmail) testid="department-head-email" />
            <TextField label="Representative" value=department.read(|d| d.representative.clone())
                on_edit=department.edit(DepartmentEdit::Representative) testid="department-representative" />
        </article>
    }
}
