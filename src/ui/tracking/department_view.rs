//! "Show me everything for IT": pick a department and see its part of the
//! plan, with a brief for that one department to copy.

use leptos::prelude::*;

use crate::ui::common::clipboard::copy_then;
use crate::model::department_view::{department_brief, department_view};
use crate::model::ids::DepartmentId;
use crate::ui::common::chosen::chosen;
use crate::ui::approvals::department_options;
use crate::ui::select::use_plan;

/// The department picker, its part of the page's plan and its brief.
#[component]
pub fn DepartmentFocus() -> impl IntoView {
    let plan = use_plan();
    let state = plan.app();
    let picked = RwSignal::new(String::new());
    let departments = plan.read(department_options);
    let view_of = plan.read(move |p| {
        let id: DepartmentId = chosen(picked.get())?;
        let view = department_view(p, &id)?;
        let brief = department_brief(p, &view);
        Some((view, brief))
    });
    let copy = move |_| {
        let Some(text) = view_of.with_untracked(|v| v.as_ref().map(|(_, brief)| brief.clone())) else { return };
        copy_then(text, move |copied, _| match copied {
            true => state.toast("The department's brief is on the clipboard.", false, None),
            false => state.toast("This browser did not let the page copy. Select the text of the brief and copy it by hand.", true, None),
        });
    };
    view! {
        <section class="department-focus" data-testid="department-focus">
            <h2>"One department's view"</h2>
            <label class="field">
                <span class="field-label">"Show everything for"</span>
                <select data-testid="focus-department" prop:value=picked on:change:target=move |ev| picked.set(ev.target().value())>
                    <option value="">"Choose a department…"</option>
                    {move || departments.get().into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                </select>
            </label>
            {move || view_of.get().map(|(view, brief)| view! {
                <div class="focus-sections">
                    {view.sections().into_iter().map(|(heading, lines)| view! {
                        <div class="focus-section" data-testid="focus-section">
                            <h3>{format!("{heading} ({})", lines.len())}</h3>
                            {if lines.is_empty() {
                                view! { <p class="muted">"Nothing."</p> }.into_any()
                            } else {
                                view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
                            }}
                        </div>
                    }).collect_view()}
                </div>
                <label class="field">
                    <span class="field-label">{format!("The brief for {}", view.name)}</span>
                    <textarea class="brief" readonly rows="8" data-testid="focus-brief" prop:value=brief></textarea>
                </label>
                <button type="button" class="primary" data-testid="focus-copy" on:click=copy>"Copy the brief"</button>
            })}
        </section>
    }
}
