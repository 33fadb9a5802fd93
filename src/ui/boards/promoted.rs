//! The links on the board to what a note or group became in a plan.

use leptos::prelude::*;

use super::ctx::use_board;
use crate::model::promote::Promoted;
use crate::ui::route::{PlanSection, Route};

/// Where a note or group went: a link to each plan item made from it.
#[component]
pub fn PromotedLinks(item_id: String) -> impl IntoView {
    let ctx = use_board();
    move || {
        let links = ctx.promoted.with(|p| p.iter().filter(|p| p.item_id == item_id).cloned().collect::<Vec<Promoted>>());
        links.into_iter().map(|Promoted { plan_id, plan_title, kind, title, .. }| {
            // The model names the tab by its URL key; a route test checks every kind names one.
            let section = PlanSection::from_key(kind.section()).unwrap_or_default();
            let href = Route::Plan { id: plan_id, section }.to_hash();
            view! {
                // The item's title is the note's text: not while texts are hidden.
                <a class="promoted-link" href=href title=move || (!ctx.hidden.get()).then(|| title.clone()) data-testid="promoted-link">
                    {format!("→ {} in “{}”", kind.label(), plan_title)}
                </a>
            }
        }).collect_view()
    }
}
