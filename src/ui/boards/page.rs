//! The page of one workshop board: the editor, or projector mode when the
//! URL ends in `/projector`.

use leptos::prelude::*;

use super::area::AreaCard;
use super::ctx::BoardCtx;
use super::projector::ProjectorView;
use super::promote::PromoteDialog;
use super::outline::BoardOutline;
use super::plan_link::PlanLink;
use super::ranking::BoardRanking;
use super::save_template::SaveAsTemplate;
use super::shortcuts::{board_keys, ShortcutSheet};
use super::toolbar::BoardToolbar;
use crate::model::DocRef;
use crate::model::ids::BoardId;
use crate::ui::documents::DocHeader;
use crate::ui::route::{BoardView, Route};
use crate::ui::select::memo;

/// One board.
#[component]
pub fn BoardPage(board_id: BoardId) -> impl IntoView {
    let doc = DocRef::board(&board_id);
    let state = BoardCtx::provide(board_id).state;
    let projector = memo(move || matches!(state.route.get(), Route::Board { view: BoardView::Projector, .. }));
    move || {
        if projector.get() {
            view! { <ProjectorView /> }.into_any()
        } else {
            view! { <BoardEditor doc=doc.clone() /> }.into_any()
        }
    }
}

/// The editing view: header, toolbar, the grid, and the live region.
#[component]
fn BoardEditor(doc: DocRef) -> impl IntoView {
    let ctx = super::ctx::use_board();
    let shortcuts = RwSignal::new(false);
    board_keys(ctx, shortcuts);
    let areas = ctx.read(|b| b.areas.iter().map(|a| a.id.clone()).collect::<Vec<_>>());
    let columns = ctx.read(|b| b.columns);
    let grid_style = move || match columns.get() {
        0 => "grid-template-columns: repeat(auto-fill, minmax(280px, 1fr))".to_string(),
        n => format!("grid-template-columns: repeat({n}, minmax(0, 1fr))"),
    };
    view! {
        <section class="document board-page" data-testid="board-page">
            <DocHeader doc=doc />
            // What the board belongs to, and what can be made of it, on one line.
            <div class="board-meta">
                <PlanLink />
                <SaveAsTemplate />
            </div>
            <BoardToolbar shortcuts />
            <BoardRanking />
            <div class="board-grid" class:selecting=move || ctx.selected.with(|s| !s.is_empty()) style=grid_style data-testid="board-grid">
                <For each=move || areas.get() key=|a| a.clone() let:area_id>
                    <AreaCard area_id />
                </For>
            </div>
            <Show when=move || areas.with(Vec::is_empty)>
                <p class="muted" data-testid="no-areas">"This board has no area yet: add one above."</p>
            </Show>
            <BoardOutline />
            <PromoteDialog />
            <ShortcutSheet open=shortcuts />
            <div class="visually-hidden" aria-live="polite" data-testid="board-live">{move || ctx.announce.get()}</div>
        </section>
    }
}
