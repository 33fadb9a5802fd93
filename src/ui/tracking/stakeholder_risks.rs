//! The dashboard's stakeholder risks: blockers, then critics, linked to the
//! plan's initiatives, each with a link to their map. Read from the
//! workspace's maps (no map code in the plan's chunk); the rule is
//! `model::stakeholder::ties::stakeholder_risks`.

use leptos::prelude::*;

use crate::model::entity::find;
use crate::model::stakeholder::ties::stakeholder_risks;
use crate::ui::route::{MapView, Route};
use crate::ui::select::{memo, use_plan};

/// One risk, written out.
#[derive(Clone, PartialEq)]
struct Risk {
    key: String,
    kind: &'static str,
    name: String,
    detail: String,
    href: String,
}

/// The panel of stakeholders against the plan's initiatives.
#[component]
pub fn StakeholderRisks() -> impl IntoView {
    let plan = use_plan();
    let workspace = plan.app().workspace;
    let risks = memo(move || {
        let id = plan.id();
        workspace.with(|ws| {
            let Some(p) = ws.plan(&id) else { return Vec::new() };
            stakeholder_risks(&ws.stakeholder_maps, p)
                .into_iter()
                .map(|r| {
                    let titles: Vec<String> = r.initiative_ids.iter().filter_map(|i| find(&p.initiatives, i)).map(|i| format!("“{}”", i.title)).collect();
                    let map_title = ws.map(&r.map_id).map(|m| m.title.clone()).unwrap_or_default();
                    Risk {
                        key: format!("{}/{}", r.map_id, r.stakeholder_id),
                        kind: r.attitude.label(),
                        name: r.name,
                        detail: format!("Against {} (map “{map_title}”)", titles.join(", ")),
                        href: Route::Map { id: r.map_id, view: MapView::Register }.to_hash(),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || risks.with(|r| !r.is_empty())>
            <section class="panel panel-stuck" data-testid="dashboard-stakeholder-risks">
                <h2>{move || format!("Stakeholder risks ({})", risks.with(Vec::len))}</h2>
                <ul class="attention-list">
                    <For each=move || risks.get() key=|r| r.key.clone() let:r>
                        <li data-testid="stakeholder-risk">
                            <span class="attention-kind">{r.kind}</span>
                            <a href=r.href data-testid="stakeholder-risk-link"><strong>{r.name}</strong></a>
                            <span class="attention-detail">{r.detail}</span>
                        </li>
                    </For>
                </ul>
            </section>
        </Show>
    }
}
