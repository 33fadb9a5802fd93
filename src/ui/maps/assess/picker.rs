//! Choosing whom to assess: a checkbox each, all or none, or a quadrant's at once.

use leptos::prelude::*;

use crate::model::ids::StakeholderId;
use crate::model::stakeholder::Quadrant;
use crate::ui::maps::ctx::use_map;

/// The map's stakeholders as checkboxes; `chosen` holds the ticked ones.
#[component]
pub fn StakeholderPicker(chosen: RwSignal<Vec<StakeholderId>>) -> impl IntoView {
    let ctx = use_map();
    let rows = ctx.read(|m| m.stakeholders.iter().map(|s| (s.id.clone(), s.name.clone(), s.quadrant())).collect::<Vec<_>>());
    let of_quadrant = move |q: Quadrant| rows.with(|r| r.iter().filter(|s| s.2 == q).map(|s| s.0.clone()).collect::<Vec<_>>());
    let all_chosen = move |ids: &[StakeholderId]| chosen.with(|c| !ids.is_empty() && ids.iter().all(|id| c.contains(id)));
    // A quadrant's button adds its stakeholders, or takes them out when all are in.
    let toggle_quadrant = move |q: Quadrant| {
        let ids = of_quadrant(q);
        let all = chosen.with_untracked(|c| ids.iter().all(|id| c.contains(id)));
        chosen.update(|c| if all { c.retain(|id| !ids.contains(id)) } else { for id in ids { if !c.contains(&id) { c.push(id) } } });
    };
    let count = move || format!("{} of {} chosen", chosen.with(Vec::len), rows.with(Vec::len));
    view! {
        <fieldset class="assess-picker" data-testid="assess-picker">
            <legend>"Stakeholders to assess"</legend>
            <div class="picker-tools">
                <span class="muted" data-testid="assess-picked" aria-live="polite">{count}</span>
                <button type="button" data-testid="assess-pick-all" on:click=move |_| chosen.set(rows.with_untracked(|r| r.iter().map(|s| s.0.clone()).collect()))>"All"</button>
                <button type="button" data-testid="assess-pick-none" on:click=move |_| chosen.set(Vec::new())>"None"</button>
                {Quadrant::ALL.into_iter().map(|q| view! {
                    <Show when=move || !of_quadrant(q).is_empty()>
                        <button type="button" data-testid="assess-pick-quadrant" aria-pressed=move || all_chosen(&of_quadrant(q)).to_string()
                            on:click=move |_| toggle_quadrant(q)>{move || format!("{} ({})", q.strategy().label(), of_quadrant(q).len())}</button>
                    </Show>
                }).collect_view()}
            </div>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="muted">"The map has no stakeholders yet: add them in the register."</p>
            </Show>
            <ul class="picker-list">
                <For each=move || rows.get() key=|s| s.0.clone() let:s>
                    {
                        let id = StoredValue::new(s.0.clone());
                        view! {
                            <li><label>
                                <input type="checkbox" data-testid="assess-pick" prop:checked=move || chosen.with(|c| id.with_value(|id| c.contains(id)))
                                    on:change:target=move |ev| {
                                        let on = ev.target().checked();
                                        let id = id.get_value();
                                        chosen.update(|c| if on { if !c.contains(&id) { c.push(id) } } else { c.retain(|x| *x != id) });
                                    } />
                                " " {s.1.clone()} " " <span class="muted small">{s.2.strategy().label()}</span>
                            </label></li>
                        }
                    }
                </For>
            </ul>
        </fieldset>
    }
}
