//! What ties a stakeholder to the map's plan, edited in place: their
//! department (or outside organisation), who owns the relationship, the
//! strategy chosen by hand, and the initiatives they have a stake in.

use leptos::prelude::*;

use super::editor::{read_text, setter};
use super::select::{options_of, SelectField};
use crate::model::ids::{InitiativeId, StakeholderId};
use crate::model::keyed::Keyed;
use crate::model::stakeholder::{Affiliation, Field, MapEdit, Strategy};
use crate::ui::common::field::TextField;
use crate::ui::maps::ctx::use_map;

/// Department, organisation, owner, strategy and initiatives.
#[component]
pub fn PlanLinks(id: StakeholderId) -> impl IntoView {
    let ctx = use_map();
    let departments = ctx.departments;
    let department = read_text(ctx, id.clone(), |s| s.department_id.as_ref().map(ToString::to_string).unwrap_or_default());
    let owner = read_text(ctx, id.clone(), |s| s.owner_department_id.as_ref().map(ToString::to_string).unwrap_or_default());
    // A department the plan here lacks (or no plan here) still shows as chosen.
    let options_with = move |current: Signal<String>| {
        Signal::derive(move || {
            let mut all: Vec<(String, String)> = departments.get().into_iter().map(|d| (d.id.to_string(), d.name)).collect();
            let current = current.get();
            if !current.is_empty() && !all.iter().any(|(id, _)| *id == current) {
                all.push((current, "Unknown department".into()));
            }
            all
        })
    };
    let organisation = read_text(ctx, id.clone(), |s| s.organisation.clone());
    let outside = move || department.with(String::is_empty);
    let from_quadrant = read_text(ctx, id.clone(), |s| format!("From the quadrant: {}", s.quadrant().strategy().label()));
    let initiatives = ctx.read_plan(|p| p.initiatives.iter().map(|i| (i.id.clone(), i.title.clone())).collect::<Vec<_>>());
    let linked = ctx.read({
        let id = id.clone();
        move |m| m.stakeholder(&id).map(|s| s.initiative_ids.clone()).unwrap_or_default()
    });
    let toggle_id = id.clone();
    let toggle = move |initiative: InitiativeId, on: bool| {
        let mut ids = linked.get_untracked();
        ids.retain(|i| *i != initiative);
        if on {
            ids.push(initiative);
        }
        ctx.run_or_toast(MapEdit::Set { stakeholder_id: toggle_id.clone(), field: Field::Initiatives(ids) });
    };
    let set = |field: fn(String) -> Option<Field>| setter(ctx, id.clone(), field);
    let set_organisation = set(|v| Some(Field::Affiliation(if v.trim().is_empty() { Affiliation::Unknown } else { Affiliation::Outside(v) })));
    view! {
        <SelectField label="Department" none="Outside the plan" testid="edit-department" options=options_with(department) value=department
            on_change=set(|v| Some(Field::Affiliation(if v.is_empty() { Affiliation::Unknown } else { Affiliation::Department(v.into()) }))) />
        <Show when=outside>
            <TextField label="Outside organisation" value=organisation testid="edit-organisation"
                on_edit=set_organisation />
        </Show>
        <SelectField label="Owner of the relationship" none="Nobody yet" testid="edit-owner" options=options_with(owner) value=owner
            on_change=set(|v| Some(Field::Owner(Some(v).filter(|v| !v.is_empty()).map(Into::into)))) />
        <StrategyField strategy=read_text(ctx, id.clone(), |s| s.strategy_override.map(|o| o.key().to_string()).unwrap_or_default())
            from_quadrant on_change=set(|v| Some(Field::StrategyOverride(Strategy::from_key(&v)))) />
        <fieldset class="register-initiatives-field" data-testid="edit-initiatives">
            <legend>"Linked initiatives"</legend>
            <Show when=move || initiatives.with(Vec::is_empty)>
                <p class="muted small">"Link the map to a plan with initiatives to choose them here."</p>
            </Show>
            {move || initiatives.get().into_iter().map(|(initiative, title)| {
                let checked = { let initiative = initiative.clone(); move || linked.with(|l| l.contains(&initiative)) };
                let toggle = toggle.clone();
                view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=checked on:change:target=move |ev| toggle(initiative.clone(), ev.target().checked()) />
                        {title}
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The engagement strategy: the quadrant's, unless one is chosen by hand.
#[component]
fn StrategyField(strategy: Signal<String>, from_quadrant: Signal<String>, on_change: Callback<String, Result<(), crate::model::CommandError>>) -> impl IntoView {
    let options = options_of::<Strategy>(Strategy::label);
    view! {
        <label class="field">
            <span class="field-label">"Strategy"</span>
            <select data-testid="edit-strategy" prop:value=move || strategy.get()
                on:change:target=move |ev| { let _ = on_change.run(ev.target().value()); }>
                <option value="" selected=move || strategy.with(String::is_empty)>{move || from_quadrant.get()}</option>
                {options.into_iter().map(|(key, text)| {
                    let chosen = key.clone();
                    view! { <option value=key selected=move || strategy.with(|v| *v == chosen)>{format!("{text} (by hand)")}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}
