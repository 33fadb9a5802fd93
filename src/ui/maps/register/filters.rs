//! The register's search and filters (quadrant, attitude, department or
//! outside, tag) and how many stakeholders they leave, said to screen
//! readers as it changes.

use leptos::prelude::*;

use super::select::{options_of, SelectField};
use super::use_register;
use crate::model::keyed::Keyed;
use crate::model::stakeholder::register::{tags_in_use, DepartmentFilter, RegisterFilter};
use crate::model::stakeholder::{Attitude, Quadrant};
use crate::ui::maps::ctx::use_map;

const OUTSIDE: &str = "outside";

/// Search, filters, the count and "Clear".
#[component]
pub fn RegisterFilters() -> impl IntoView {
    let ctx = use_map();
    let register = use_register();
    let filter = register.filter;
    let total = ctx.read(|m| m.stakeholders.len());
    let shown = register.rows;
    let tags = ctx.read(|m| tags_in_use(m).into_iter().map(|t| (t.to_string(), t.to_string())).collect::<Vec<_>>());
    let departments = ctx.departments;
    let department_options = Signal::derive(move || {
        let mut all: Vec<(String, String)> = departments.get().into_iter().map(|d| (d.id.to_string(), d.name)).collect();
        all.push((OUTSIDE.into(), "Outside the plan".into()));
        all
    });
    let quadrants: Vec<(String, String)> = Quadrant::ALL.iter().map(|q| (format!("{q:?}"), q.label().to_string())).collect();
    let set = move |change: fn(&mut RegisterFilter, String)| {
        Callback::new(move |value: String| {
            filter.update(|f| change(f, value));
            Ok(())
        })
    };
    let value = move |read: fn(&RegisterFilter) -> String| Signal::derive(move || filter.with(read));
    view! {
        <div class="register-filters" role="search" data-testid="register-filters">
            <label class="field register-search">
                <span class="field-label">"Search"</span>
                <input type="search" data-testid="register-search" placeholder="Name, role, organisation, notes, tags"
                    prop:value=move || filter.with(|f| f.words.clone())
                    on:input:target=move |ev| filter.update(|f| f.words = ev.target().value()) />
            </label>
            <SelectField label="Quadrant" none="Any" testid="register-filter-quadrant" options=quadrants
                value=value(|f| f.quadrant.map(|q| format!("{q:?}")).unwrap_or_default())
                on_change=set(|f, v| f.quadrant = Quadrant::ALL.into_iter().find(|q| format!("{q:?}") == v)) />
            <SelectField label="Attitude" none="Any" testid="register-filter-attitude" options={options_of::<Attitude>(Attitude::label)}
                value=value(|f| f.attitude.map(|a| a.key().to_string()).unwrap_or_default())
                on_change=set(|f, v| f.attitude = Attitude::from_key(&v)) />
            <SelectField label="Department" none="Any" testid="register-filter-department" options=department_options
                value=value(|f| match &f.department {
                    Some(DepartmentFilter::Department(id)) => id.to_string(),
                    Some(DepartmentFilter::Outside) => OUTSIDE.into(),
                    None => String::new(),
                })
                on_change=set(|f, v| f.department = match v.as_str() {
                    "" => None,
                    OUTSIDE => Some(DepartmentFilter::Outside),
                    id => Some(DepartmentFilter::Department(id.to_string().into())),
                }) />
            <SelectField label="Tag" none="Any" testid="register-filter-tag" options=tags
                value=value(|f| f.tag.clone().unwrap_or_default())
                on_change=set(|f, v| f.tag = Some(v).filter(|v| !v.is_empty())) />
            <p class="register-count" aria-live="polite" data-testid="register-count">
                {move || {
                    let (shown, total) = (shown.with(Vec::len), total.get());
                    if shown == total { format!("{total} stakeholders") } else { format!("{shown} of {total} stakeholders") }
                }}
            </p>
            <Show when=move || !filter.with(RegisterFilter::is_empty)>
                <button type="button" class="small" data-testid="register-clear-filters"
                    on:click=move |_| filter.set(RegisterFilter::default())>"Clear filters"</button>
            </Show>
        </div>
    }
}
