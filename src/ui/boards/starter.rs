//! Starting a workshop board: pick a template (built-in, or one the user
//! saved from a board) and, optionally, the plan it belongs to (whose
//! departments make "one lane per department").

use leptos::prelude::*;

use crate::model::ids::{PlanId, TemplateId};
use crate::model::{Command, Keyed, Template};
use crate::ui::common::chosen::chosen;
use crate::ui::library::create_and_open;
use crate::ui::select::memo;
use crate::ui::state::use_app;

/// How a saved template's option value starts.
const SAVED: &str = "saved:";

/// A template chooser, a plan chooser when there are plans, and the button.
#[component]
pub fn BoardStarter(label: &'static str, #[prop(optional)] big: bool) -> impl IntoView {
    let state = use_app();
    // A built-in template's key, or `saved:` and a saved template's id.
    let template = RwSignal::new(Template::Blank.key().to_string());
    let saved = memo(move || {
        state.workspace.with(|ws| {
            let mut all: Vec<(TemplateId, String)> = ws.board_templates.iter().map(|t| (t.id.clone(), t.title.clone())).collect();
            all.sort_by(|a, b| a.1.cmp(&b.1));
            all
        })
    });
    let plan = RwSignal::new(None::<PlanId>);
    let plans = memo(move || state.workspace.with(|ws| ws.plans.iter().map(|p| (p.id.clone(), p.title.clone())).collect::<Vec<_>>()));
    let create = move |_| {
        let plan_id = plan.get_untracked();
        let command = match template.with_untracked(|t| t.strip_prefix(SAVED).map(TemplateId::from)) {
            Some(template_id) => Command::CreateBoardFromTemplate { template_id, title: None, plan_id },
            None => Command::CreateBoard { title: None, template: Template::from_key(&template.get_untracked()).unwrap_or_default(), plan_id },
        };
        create_and_open(state, command);
    };
    view! {
        <span class="board-starter">
            <button type="button" class:big=big data-testid=if big { "welcome-create-board" } else { "create-board" } on:click=create>{label}</button>
            <label class="inline-field"><span class="visually-hidden">"Board template"</span>
                <select data-testid="board-template" on:change:target=move |ev| template.set(ev.target().value())>
                    // "One lane per department" needs a plan with departments: offered, but not before there is one.
                    {Template::ALL.iter().map(|&t| {
                        let unavailable = move || t.needs_departments() && plans.with(Vec::is_empty);
                        view! {
                            <option value=t.key() disabled=unavailable>
                                {t.label()}{move || unavailable().then_some(" (needs a plan with departments first)")}
                            </option>
                        }
                    }).collect_view()}
                    <Show when=move || saved.with(|s| !s.is_empty())>
                        <optgroup label="Your templates" data-testid="saved-template-options">
                            <For each=move || saved.get() key=|t| t.clone() let:t>
                                <option value=format!("{SAVED}{}", t.0)>{t.1}</option>
                            </For>
                        </optgroup>
                    </Show>
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
