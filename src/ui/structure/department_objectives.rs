//! Each department's own objectives, aligned to a plan objective; a
//! department with none aligned is flagged.

use leptos::prelude::*;

use super::choice::Choice;
use super::shared::{delete_with_undo, plan_part, run};
use crate::model::structure::DepartmentObjective;
use crate::model::structure::DepartmentObjectiveField;
use crate::model::StructureEdit;
use crate::ui::common::colour_chip::ColourChip;
use crate::ui::common::field::TextField;
use crate::ui::state::use_app;
use crate::ui::common::add_row::AddRow;

/// One block per department with its objectives and a field to add one.
#[component]
pub fn DepartmentObjectives(plan_id: String) -> impl IntoView {
    let rows = plan_part(&plan_id, |p| {
        p.departments
            .iter()
            .map(|d| (d.id.clone(), d.name.clone(), d.colour.clone()))
            .collect::<Vec<_>>()
    });
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
                        let did = id.clone();
                        let aligned = plan_part(&plan_id, move |p| {
                            p.department_objectives.iter().any(|o| o.department_id == did && o.aligned_to.is_some())
                        });
                        view! {
                            <article class="department-block" class:unaligned=move || !aligned.get() data-testid="department-block">
                                <ColourChip colour=colour name=name />
                                <Show when=move || !aligned.get()>
                                    <p class="flag" data-testid="unaligned-flag">{flag.clone()}</p>
                                </Show>
                                <DepartmentObjectiveList plan_id=plan_id.clone() department_id=id />
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
fn DepartmentObjectiveList(plan_id: String, department_id: String) -> impl IntoView {
    let state = use_app();
    let did = department_id.clone();
    let ids = plan_part(&plan_id, move |p| {
        p.department_objectives.iter().filter(|o| o.department_id == did).map(|o| o.id.clone()).collect::<Vec<_>>()
    });
    let objectives = plan_part(&plan_id, |p| p.objectives.iter().map(|o| (o.id.clone(), o.title.clone())).collect::<Vec<_>>());
    let add = {
        let (plan_id, department_id) = (plan_id.clone(), department_id.clone());
        Callback::new(move |title: String| {
            let aligned_to = objectives.with_untracked(|o| (o.len() == 1).then(|| o[0].0.clone()));
            run(state, &plan_id, StructureEdit::AddDepartmentObjective { department_id: department_id.clone(), title, aligned_to }).map(drop)
        })
    };
    view! {
        <ul class="department-objective-list">
            <For each=move || ids.get() key=|id| id.clone() let:id>
                {
                    let plan_id = plan_id.clone();
                    let read = {
                        let (plan_id, id) = (plan_id.clone(), id.clone());
                        move |f: fn(&DepartmentObjective) -> String| {
                            let (plan_id, id) = (plan_id.clone(), id.clone());
                            Signal::derive(move || state.workspace.with(|ws| ws.plan(&plan_id)
                                .and_then(|p| p.department_objectives.iter().find(|o| o.id == id)).map(f).unwrap_or_default()))
                        }
                    };
                    let edit = {
                        let (plan_id, id) = (plan_id.clone(), id.clone());
                        move |make: fn(String) -> DepartmentObjectiveField| {
                            let (plan_id, id) = (plan_id.clone(), id.clone());
                            Callback::new(move |t: String| run(state, &plan_id, StructureEdit::EditDepartmentObjective { id: id.clone(), edit: make(t) }).map(drop))
                        }
                    };
                    let title = read(|o| o.title.clone());
                    let delete = move |_| delete_with_undo(state, &plan_id, StructureEdit::DeleteDepartmentObjective { id: id.clone() },
                        format!("Department objective “{}”", title.get_untracked()));
                    view! {
                        <li class="department-objective" data-testid="department-objective">
                            <TextField label="Objective" value=title on_edit=edit(DepartmentObjectiveField::Title) testid="department-objective-title" />
                            <Choice label="Serves".into() value=read(|o| o.aligned_to.clone().unwrap_or_default()) options=objectives
                                none="Not aligned yet" testid="department-objective-aligned"
                                on_change=edit(|t| DepartmentObjectiveField::AlignedTo(Some(t).filter(|t| !t.is_empty()))) />
                            <button type="button" class="small danger" data-testid="department-objective-delete" on:click=delete>"Delete"</button>
                        </li>
                    }
                }
            </For>
        </ul>
        <AddRow label="Add an objective of this department" button="Add" small=true
            input_testid="new-department-objective" button_testid="add-department-objective" on_add=add />
    }
}
