//! Each department's own objectives, aligned to a plan objective; a
//! department with none aligned is flagged.

use leptos::prelude::*;

use super::choice::Choice;
use super::shared::{department_columns, objectives};
use crate::model::structure::rules::{default_alignment, has_aligned_objective, objectives_of_department};
use crate::model::structure::{DepartmentObjective, DepartmentObjectiveField};
use crate::model::{Department, StructureEdit};
use crate::ui::common::add_row::AddRow;
use crate::ui::common::colour_chip::ColourChip;
use crate::ui::common::chosen::chosen;
use crate::ui::common::field::TextField;
use crate::ui::select::{use_plan, Item};

/// One block per department of the page's plan with its objectives and a
/// field to add one.
#[component]
pub fn DepartmentObjectives() -> impl IntoView {
    let plan = use_plan();
    let rows = plan.read(department_columns);
    view! {
        <section class="department-objectives" data-testid="department-objectives">
            <h2>"Department objectives"</h2>
            <p class="muted">"What each department sets out to do, and which plan objective it serves."</p>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="muted">"Add departments in the Overview tab first."</p>
            </Show>
            <div class="department-objective-grid">
                <For each=move || rows.get() key=|r| r.clone() let:row>
                    {
                        let (id, name, colour) = row;
                        let flag = format!("⚠ {name} has no objective aligned to the plan yet.");
                        let department = plan.item::<Department>(id);
                        let aligned = plan.read(move |p| has_aligned_objective(p, &department.id()));
                        view! {
                            <article class="department-block" class:unaligned=move || !aligned.get() data-testid="department-block">
                                <ColourChip colour=colour name=name />
                                <Show when=move || !aligned.get()>
                                    <p class="flag" data-testid="unaligned-flag">{flag.clone()}</p>
                                </Show>
                                <DepartmentObjectiveList department />
                            </article>
                        }
                    }
                </For>
            </div>
        </section>
    }
}

/// The objectives of one department, editable, with a field to add one.
#[component]
fn DepartmentObjectiveList(department: Item<Department>) -> impl IntoView {
    let plan = department.plan();
    let ids = plan.read(move |p| objectives_of_department(p, &department.id()).map(|o| o.id.clone()).collect::<Vec<_>>());
    let options = plan.read(objectives);
    let add = plan.edit(move |title| StructureEdit::AddDepartmentObjective {
        department_id: department.id(),
        title,
        aligned_to: plan.with_untracked(default_alignment).flatten(),
    });
    view! {
        <ul class="department-objective-list">
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <DepartmentObjectiveRow objective=plan.item(id) options />
            </For>
        </ul>
        <AddRow label="Add an objective of this department" button="Add" small=true
            input_testid="new-department-objective" button_testid="add-department-objective" on_add=add />
    }
}

/// One department objective: its title, the plan objective it serves, delete.
#[component]
fn DepartmentObjectiveRow(objective: Item<DepartmentObjective>, options: Memo<Vec<(String, String)>>) -> impl IntoView {
    let title = objective.read(|o| o.title.clone());
    let delete = move |_| objective.remove_with_undo(format!("Department objective “{}” was deleted.", title.get_untracked()));
    view! {
        <li class="department-objective" data-testid="department-objective">
            <TextField label="Objective" value=title on_edit=objective.edit(DepartmentObjectiveField::Title) testid="department-objective-title" />
            <Choice label="Serves".into() value=objective.read(|o| o.aligned_to.as_ref().map(ToString::to_string).unwrap_or_default()) options
                none="Not aligned yet" testid="department-objective-aligned"
                on_change=objective.edit(|id| DepartmentObjectiveField::AlignedTo(chosen(id))) />
            <button type="button" class="small danger" data-testid="department-objective-delete" on:click=delete>"Delete"</button>
        </li>
    }
}
