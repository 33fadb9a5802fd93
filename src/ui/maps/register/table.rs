//! The register's table: a header whose sortable columns say how they are
//! sorted (`aria-sort`), a row per stakeholder the filter leaves, and what
//! to do when there is none. It scrolls sideways inside its box on a narrow
//! screen, the name column staying in view.

use leptos::prelude::*;

use super::row::RegisterRow;
use super::use_register;
use crate::model::stakeholder::register::SortBy;
use crate::ui::maps::ctx::use_map;

/// How many rows show before "Show more".
const PAGE: usize = 100;

/// The columns after the name; `None` for one that does not sort.
const COLUMNS: [(&str, Option<SortBy>); 11] = [
    ("Kind", None),
    ("Role", None),
    ("Department or organisation", None),
    ("Power", Some(SortBy::Power)),
    ("Interest", Some(SortBy::Interest)),
    ("Quadrant", Some(SortBy::Quadrant)),
    ("Strategy", None),
    ("Attitude", Some(SortBy::Attitude)),
    ("Tags", None),
    ("Owner", None),
    ("Linked initiatives", None),
];

/// Which way a column sorts first: scores highest first, the rest A to Z
/// (attitudes from champion, quadrants from key players).
fn first_direction(by: SortBy) -> &'static str {
    match by {
        SortBy::Power | SortBy::Interest | SortBy::LastMoved => "descending",
        _ => "ascending",
    }
}

/// The table.
#[component]
pub fn RegisterTable() -> impl IntoView {
    let ctx = use_map();
    let register = use_register();
    let none_yet = ctx.read(|m| m.stakeholders.is_empty());
    // A long register renders in pages, so a map of 1,000 still opens at once.
    let shown = RwSignal::new(PAGE);
    let ids = memo_ids(register.rows, shown);
    let hidden = move || register.rows.with(Vec::len).saturating_sub(shown.get());
    view! {
        <div class="register-scroll" tabindex="0" role="region" aria-label="Stakeholders" data-testid="register-scroll">
            <table class="register-table" data-testid="register-table">
                <thead>
                    <tr>
                        <SortHeader label="Name" by=SortBy::Name />
                        {COLUMNS.into_iter().map(|(label, by)| match by {
                            Some(by) => view! { <SortHeader label by /> }.into_any(),
                            None => view! { <th scope="col">{label}</th> }.into_any(),
                        }).collect_view()}
                        <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        <RegisterRow id />
                    </For>
                </tbody>
            </table>
        </div>
        <Show when=move || { hidden() > 0 }>
            <button type="button" class="show-more" data-testid="register-show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                {move || format!("Show {} more of {}", hidden().min(PAGE), hidden())}
            </button>
        </Show>
        <Show when=move || none_yet.get()>
            <p class="empty-note" data-testid="register-empty">"No stakeholders yet. Type a name above and press Enter, or paste a list copied from a spreadsheet."</p>
        </Show>
        <Show when=move || !none_yet.get() && register.rows.with(Vec::is_empty)>
            <p class="empty-note" data-testid="register-none-match">"No stakeholder matches this search and these filters."</p>
        </Show>
    }
}

fn memo_ids(rows: Memo<Vec<super::rows::RowView>>, shown: RwSignal<usize>) -> Memo<Vec<crate::model::ids::StakeholderId>> {
    Memo::new(move |_| rows.with(|rows| rows.iter().take(shown.get()).map(|r| r.id.clone()).collect()))
}

/// A column header that sorts by its column; again, the other way round.
#[component]
fn SortHeader(label: &'static str, by: SortBy) -> impl IntoView {
    let sort = use_register().sort;
    let direction = move || {
        let (current, reversed) = sort.get();
        if current != by {
            return "none";
        }
        match (first_direction(by), reversed) {
            ("ascending", false) | ("descending", true) => "ascending",
            _ => "descending",
        }
    };
    let click = move |_| sort.update(|(current, reversed)| if *current == by { *reversed = !*reversed } else { (*current, *reversed) = (by, false) });
    view! {
        <th scope="col" aria-sort=direction class:sorted=move || direction() != "none">
            <button type="button" class="sort-button" data-testid=format!("register-sort-{}", label.to_lowercase().replace(' ', "-")) on:click=click>
                {label}
                <span class="sort-mark" aria-hidden="true">{move || match direction() { "ascending" => "▲", "descending" => "▼", _ => "↕" }}</span>
            </button>
        </th>
    }
}
