//! Starting a workshop board: pick a template and, optionally, the plan it
//! belongs to (whose departments make "one lane per department").

use leptos::prelude::*;

use crate::model::ids::PlanId;
use crate::model::{Command, Keyed, Template};
use crate::ui::common::chosen::chosen;
use crate::ui::library::create_and_open;
use crate::ui::select::memo;
use crate::ui::state::use_app;

/// A template chooser, a plan chooser when there are plans, and the button.
#[component]
pub fn BoardStarter(label: &'static str, #[prop(optional)] big: bool) -> impl IntoView {
    let state = use_app();
    let template = RwSignal::new(Template::Blank);
    let plan = RwSignal::new(None::<PlanId>);
    let plans = memo(move || state.workspace.with(|ws| ws.plans.iter().map(|p| (p.id.clone(), p.title.clone())).collect::<Vec<_>>()));
    let create = move |_| {
        create_and_open(state, Command::CreateBoard { title: None, template: template.get_untracked(), plan_id: plan.get_untracked() });
    };
    view! {
        <span class="board-starter">
            <button type="button" class:big=big data-testid=if big { "welcome-create-board" } else { "create-board" } on:click=create>{label}</button>
            <label class="inline-field"><span class="visually-hidden">"Board template"</span>
                <select data-testid="board-template" on:change:target=move |ev| template.set(Template::from_key(&ev.target().value()).unwrap_or_default())>
                    // "One lane per department" needs a plan with departments: offered, but not before there is one.
                    {Template::ALL.iter().map(|&t| {
                        let unavailable = move || t.needs_departments() && plans.with(Vec::is_empty);
                        view! {
                            <option value=t.key() disabled=unavailable>
                                {t.label()}{move || unavailable().then_some(" (needs a plan with departments first)")}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </label>
            <Show when=move || plans.with(|p| !p.is_empty())>
                <label class="inline-field"><span class="visually-hidden">"Plan of the board"</span>
                    <select data-testid="board-plan-choice" on:change:target=move |ev| plan.set(chosen(ev.target().value()))>
                        <option value="">"No plan"</option>
                        <For each=move || plans.get() key=|p| p.clone() let:p>
                            <option value=p.0.to_string()>{format!("For “{}”", p.1)}</option>
                        </For>
                    </select>
                </label>
            </Show>
        </span>
    }
}
