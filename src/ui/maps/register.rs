//! The register: every stakeholder of the map in a table that sorts, filters
//! and searches (the rules are `model::stakeholder::register`), edits in
//! place, adds one by name or many by paste or CSV file (with a preview
//! before anything is added), deletes with undo, and exports the register
//! and the communication plan as CSV.

mod add;
mod bulk;
mod csv_files;
mod editor;
mod editor_comms;
mod editor_links;
mod filters;
mod preview;
mod row;
mod rows;
mod select;
mod table;

use leptos::prelude::*;

use self::add::AddStakeholder;
use self::bulk::BulkAdd;
use self::csv_files::CsvFiles;
use self::filters::RegisterFilters;
use self::rows::RowView;
use self::table::RegisterTable;
use super::ctx::use_map;
use crate::model::ids::StakeholderId;
use crate::model::stakeholder::register::{RegisterFilter, SortBy};
use crate::ui::select::memo;

/// What the register's parts share: this screen's choices, never saved.
#[derive(Clone, Copy)]
pub(super) struct Register {
    pub filter: RwSignal<RegisterFilter>,
    /// The column sorted by, and whether its order is reversed.
    pub sort: RwSignal<(SortBy, bool)>,
    /// The stakeholder whose row is open for editing.
    pub expanded: RwSignal<Option<StakeholderId>>,
    /// The text being previewed for adding many at once; `None` while closed.
    pub bulk: RwSignal<Option<String>>,
    /// The file the bulk text came from, when it came from one.
    pub bulk_source: RwSignal<Option<String>>,
    /// The rows the filter leaves, in the order chosen.
    pub rows: Memo<Vec<RowView>>,
}

fn use_register() -> Register {
    expect_context::<Register>()
}

/// The map's register.
#[component]
pub fn RegisterView() -> impl IntoView {
    let ctx = use_map();
    let filter = RwSignal::new(RegisterFilter::default());
    let sort = RwSignal::new((SortBy::Added, false));
    let map_id = ctx.id();
    let rows = memo(move || {
        let (by, reversed) = sort.get();
        filter.with(|f| {
            ctx.state.workspace.with(|ws| {
                let Some(map) = ws.map(&map_id) else { return Vec::new() };
                rows::rows(map, map.plan_id.as_ref().and_then(|p| ws.plan(p)), f, by, reversed)
            })
        })
    });
    let register = Register { filter, sort, expanded: RwSignal::new(None), bulk: RwSignal::new(None), bulk_source: RwSignal::new(None), rows };
    provide_context(register);
    view! {
        <section class="register" data-testid="register" aria-label="Register of stakeholders">
            <div class="register-top">
                <AddStakeholder />
                <CsvFiles />
            </div>
            <BulkAdd />
            <RegisterFilters />
            <RegisterTable />
        </section>
    }
}
