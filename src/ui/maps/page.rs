//! The page of one stakeholder map: its head, the plan it belongs to, the
//! tabs of its views and the view the URL names; projector mode full screen.

use leptos::prelude::*;

use super::assess::AssessView;
use super::comms::CommsView;
use super::ctx::MapCtx;
use super::grid::GridView;
use super::plan_link::MapPlanLink;
use super::projector::MapProjector;
use super::register::RegisterView;
use crate::model::ids::MapId;
use crate::model::DocRef;
use crate::ui::documents::DocHeader;
use crate::ui::route::{MapView, Route};
use crate::ui::select::memo;

/// One map.
#[component]
pub fn MapPage(map_id: MapId) -> impl IntoView {
    let doc = DocRef::map(&map_id);
    let ctx = MapCtx::provide(map_id.clone());
    let id = StoredValue::new(map_id);
    let view = memo(move || match ctx.state.route.get() {
        Route::Map { view, .. } => view,
        _ => MapView::default(),
    });
    move || {
        if view.get() == MapView::Projector {
            return view! { <MapProjector /> }.into_any();
        }
        view! {
            <section class="document map-page" data-testid="map-page">
                <DocHeader doc=doc.clone() />
                <MapPlanLink />
                <nav class="plan-tabs" aria-label="Map views">
                    {MapView::ALL.into_iter().filter(|v| *v != MapView::Projector).map(|v| {
                        let href = id.with_value(|id| Route::Map { id: id.clone(), view: v }.to_hash());
                        view! {
                            <a class="plan-tab" href=href data-testid=format!("map-tab-{}", v.key())
                                aria-current=move || (view.get() == v).then_some("page")>{v.label()}</a>
                        }
                    }).collect_view()}
                </nav>
                {move || match view.get() {
                    MapView::Register => view! { <RegisterView /> }.into_any(),
                    MapView::Grid => view! { <GridView /> }.into_any(),
                    MapView::Assess => view! { <AssessView /> }.into_any(),
                    MapView::Communication => view! { <CommsView /> }.into_any(),
                    MapView::Projector => ().into_any(),
                }}
            </section>
        }
        .into_any()
    }
}
