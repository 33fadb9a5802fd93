//! Information needs: "Marketing needs pricing changes from Finance", with a
//! due date and whether the providing department agreed; add, edit, delete.

use leptos::prelude::*;

use super::choice::Choice;
use super::shared::departments;
use crate::model::structure::{InformationNeed, InformationNeedField};
use crate::model::StructureEdit;
use crate::ui::common::day_field::DayField;
use crate::ui::common::field::TextField;
use crate::ui::select::{use_plan, Item};

/// The list of information needs of the page's plan and a form to add one.
#[component]
pub fn InformationNeeds() -> impl IntoView {
    let plan = use_plan();
    let ids = plan.read(|p| p.information_needs.iter().map(|n| n.id.clone()).collect::<Vec<_>>());
    let options = plan.read(departments);
    let (from, to, what) = (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let error = RwSignal::new(None::<String>);
    let pick = |signal: RwSignal<String>| Callback::new(move |id: String| { signal.set(id); Ok(()) });
    let add = move || {
        let (from_department, to_department) = (from.get_untracked(), to.get_untracked());
        // Both ends not chosen yet is the form's to say, before any edit.
        let result = if from_department.is_empty() || to_department.is_empty() {
            Err("Choose the department that needs it and the one that provides it.".to_string())
        } else {
            let edit = StructureEdit::AddInformationNeed { from_department: from_department.into(), to_department: to_department.into(), what: what.get_untracked() };
            plan.run(edit).map(drop).map_err(|why| why.to_string())
        };
        match result {
            Ok(()) => { what.set(String::new()); error.set(None) }
            Err(why) => error.set(Some(why)),
        }
    };
    view! {
        <section class="information-needs" data-testid="information-needs">
            <h2>"Information needs"</h2>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="muted">"No information need yet, e.g. “Marketing needs pricing changes from Finance”."</p>
            </Show>
            <ul class="need-list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <NeedRow need=plan.item(id) options />
                </For>
            </ul>
            <div class="add-row need-form">
                <Choice label="Who needs it".into() value=from options=options none="Choose…" testid="new-need-from" on_change=pick(from) />
                <label class="field grow">
                    <span class="field-label">"needs"</span>
                    <input type="text" data-testid="new-need-what" placeholder="e.g. pricing changes" prop:value=what
                        on:input:target=move |ev| what.set(ev.target().value())
                        on:keydown=move |ev| if ev.key() == "Enter" { add() } />
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
fn NeedRow(need: Item<InformationNeed>, options: Memo<Vec<(String, String)>>) -> impl IntoView {
    let agreed = need.read(|n| n.agreed);
    let what = need.read(|n| n.what.clone());
    let set_agreed = move |agreed: bool| {
        if let Err(why) = need.set(InformationNeedField::Agreed(agreed)) {
            need.plan().app().toasts.refused(&why);
        }
    };
    let delete = move |_| need.remove_with_undo(format!("The need for {} was deleted.", what.get_untracked()));
    view! {
        <li class="need" class:unagreed=move || !agreed.get() data-testid="need">
            <Choice label="Who needs it".into() value=need.read(|n| n.from_department.to_string()) options testid="need-from"
                on_change=need.edit(|id: String| InformationNeedField::From(id.into())) />
            <div class="grow"><TextField label="needs" value=what on_edit=need.edit(InformationNeedField::What) testid="need-what" /></div>
            <Choice label="from".into() value=need.read(|n| n.to_department.to_string()) options testid="need-to"
                on_change=need.edit(|id: String| InformationNeedField::To(id.into())) />
            <DayField label="by" value=need.read(|n| n.due) on_edit=need.edit(InformationNeedField::Due) testid="need-due" />
            <label class="agreed">
                <input type="checkbox" data-testid="need-agreed" prop:checked=agreed
                    on:change:target=move |ev| set_agreed(ev.target().checked()) />
                " Agreed"
            </label>
            <button type="button" class="small danger" data-testid="need-delete" on:click=delete>"Delete"</button>
        </li>
    }
}
