//! Information needs: "Marketing needs pricing changes from Finance", with a
//! due date and whether the providing department agreed; add, edit, delete.

use leptos::prelude::*;

use super::choice::Choice;
use super::shared::{delete_with_undo, departments, plan_part, run};
use crate::model::structure::InformationNeed;
use crate::model::structure::InformationNeedField;
use crate::model::StructureEdit;
use crate::ui::common::day_field::DayField;
use crate::ui::common::field::TextField;
use crate::ui::state::use_app;

/// The list of information needs and a form to add one.
#[component]
pub fn InformationNeeds(plan_id: String) -> impl IntoView {
    let state = use_app();
    let ids = plan_part(&plan_id, |p| p.information_needs.iter().map(|n| n.id.clone()).collect::<Vec<_>>());
    let options = plan_part(&plan_id, departments);
    let (from, to, what) = (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let error = RwSignal::new(None::<String>);
    let pick = |signal: RwSignal<String>| Callback::new(move |id: String| { signal.set(id); Ok(()) });
    let add = {
        let plan_id = plan_id.clone();
        move || {
            let edit = StructureEdit::AddInformationNeed { from_department: from.get_untracked(), to_department: to.get_untracked(), what: what.get_untracked() };
            let result = if from.get_untracked().is_empty() || to.get_untracked().is_empty() {
                Err("Choose the department that needs it and the one that provides it.".to_string())
            } else {
                run(state, &plan_id, edit).map(drop)
            };
            match result {
                Ok(()) => { what.set(String::new()); error.set(None) }
                Err(why) => error.set(Some(why)),
            }
        }
    };
    let add_on_enter = add.clone();
    view! {
        <section class="information-needs" data-testid="information-needs">
            <h2>"Information needs"</h2>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="muted">"No information need yet, e.g. “Marketing needs pricing changes from Finance”."</p>
            </Show>
            <ul class="need-list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <NeedRow plan_id=plan_id.clone() id options=options />
                </For>
            </ul>
            <div class="add-row need-form">
                <Choice label="Who needs it".into() value=from options=options none="Choose…" testid="new-need-from" on_change=pick(from) />
                <label class="field grow">
                    <span class="field-label">"needs"</span>
                    <input type="text" data-testid="new-need-what" placeholder="e.g. pricing changes" prop:value=what
                        on:input:target=move |ev| what.set(ev.target().value())
                        on:keydown=move |ev| if ev.key() == "Enter" { add_on_enter() } />
                </label>
                <Choice label="from".into() value=to options=options none="Choose…" testid="new-need-to" on_change=pick(to) />
                <button type="button" data-testid="add-need" on:click=move |_| add()>"Add need"</button>
            </div>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        </section>
    }
}

/// One information need, edited in place.
#[component]
fn NeedRow(plan_id: String, id: String, options: Memo<Vec<(String, String)>>) -> impl IntoView {
    let state = use_app();
    let read = {
        let (plan_id, id) = (plan_id.clone(), id.clone());
        move |f: fn(&InformationNeed) -> String| {
            let (plan_id, id) = (plan_id.clone(), id.clone());
            Signal::derive(move || state.workspace.with(|ws| ws.plan(&plan_id).and_then(|p| p.information_needs.iter().find(|n| n.id == id)).map(f).unwrap_or_default()))
        }
    };
    let edit = {
        let (plan_id, id) = (plan_id.clone(), id.clone());
        move |make: fn(String) -> InformationNeedField| {
            let (plan_id, id) = (plan_id.clone(), id.clone());
            Callback::new(move |t: String| run(state, &plan_id, StructureEdit::EditInformationNeed { id: id.clone(), edit: make(t) }).map(drop))
        }
    };
    let due = {
        let (plan_id, id) = (plan_id.clone(), id.clone());
        Signal::derive(move || state.workspace.with(|ws| ws.plan(&plan_id).and_then(|p| p.information_needs.iter().find(|n| n.id == id)).and_then(|n| n.due)))
    };
    let set_due = {
        let (plan_id, id) = (plan_id.clone(), id.clone());
        Callback::new(move |day| run(state, &plan_id, StructureEdit::EditInformationNeed { id: id.clone(), edit: InformationNeedField::Due(day) }).map(drop))
    };
    let agreed = read(|n| if n.agreed { "yes".into() } else { String::new() });
    let set_agreed = edit(|t| InformationNeedField::Agreed(!t.is_empty()));
    let what = read(|n| n.what.clone());
    let delete = move |_| delete_with_undo(state, &plan_id, StructureEdit::DeleteInformationNeed { id: id.clone() }, format!("The need for {}", what.get_untracked()));
    view! {
        <li class="need" class:unagreed=move || agreed.get().is_empty() data-testid="need">
            <Choice label="Who needs it".into() value=read(|n| n.from_department.clone()) options=options testid="need-from" on_change=edit(InformationNeedField::From) />
            <div class="grow"><TextField label="needs" value=what on_edit=edit(InformationNeedField::What) testid="need-what" /></div>
            <Choice label="from".into() value=read(|n| n.to_department.clone()) options=options testid="need-to" on_change=edit(InformationNeedField::To) />
            <DayField label="by" value=due on_edit=set_due testid="need-due" />
            <label class="agreed">
                <input type="checkbox" data-testid="need-agreed" prop:checked=move || !agreed.get().is_empty()
                    on:change:target=move |ev| { let _ = set_agreed.run(if ev.target().checked() { "yes".into() } else { String::new() }); } />
                " Agreed"
            </label>
            <button type="button" class="small danger" data-testid="need-delete" on:click=delete>"Delete"</button>
        </li>
    }
}
