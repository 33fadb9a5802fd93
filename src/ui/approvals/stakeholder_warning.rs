//! The approval tab's warning about key players nobody asks: a key player
//! (high power, high interest) of an initiative whose department is not
//! asked to sign off the open round, or an outside party. Read from the
//! workspace's maps (no map code in the plan's chunk); the rule is
//! `model::stakeholder::ties::unasked_key_players`.

use leptos::prelude::*;

use crate::model::stakeholder::ties::unasked_key_players;
use crate::ui::route::{MapView, Route};
use crate::ui::select::{memo, use_plan};

/// One warning: its sentence and where the map is.
#[derive(Clone, PartialEq)]
struct Warning {
    sentence: String,
    href: String,
    map_title: String,
}

/// The warning, when some key player is not asked; nothing otherwise.
#[component]
pub fn StakeholderWarning() -> impl IntoView {
    let plan = use_plan();
    let workspace = plan.app().workspace;
    let warnings = memo(move || {
        let id = plan.id();
        workspace.with(|ws| {
            let Some(p) = ws.plan(&id) else { return Vec::new() };
            unasked_key_players(&ws.stakeholder_maps, p)
                .into_iter()
                .map(|k| Warning {
                    sentence: k.sentence(p),
                    href: Route::Map { id: k.map_id.clone(), view: MapView::Register }.to_hash(),
                    map_title: ws.map(&k.map_id).map(|m| m.title.clone()).unwrap_or_default(),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || warnings.with(|w| !w.is_empty())>
            <section class="banner banner-warning stakeholder-warning" data-testid="key-player-warning" aria-labelledby="key-player-warning-title">
                <div class="banner-body">
                    <h2 id="key-player-warning-title" class="stakeholder-warning-title">
                        <span aria-hidden="true">"⚠ "</span>"Key players not asked in this round"
                    </h2>
                    <ul class="stakeholder-warning-list">
                        <For each=move || warnings.get() key=|w| w.sentence.clone() let:w>
                            <li data-testid="key-player-warning-item">
                                {w.sentence}" "
                                <a href=w.href data-testid="key-player-map-link">{format!("Open the map “{}”", w.map_title)}</a>
                            </li>
                        </For>
                    </ul>
                    <p class="muted small">"Ask their department to sign off, or settle with them another way before the round closes."</p>
                </div>
            </section>
        </Show>
    }
}
