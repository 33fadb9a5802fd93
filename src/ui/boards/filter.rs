//! Finding notes on the board: a search box (`/` puts the caret in it),
//! lists of departments, authors and areas, Clear, and how many notes are
//! left on screen. Only a view choice: it narrows `BoardCtx::group`, so
//! areas and groups stay where they were, empty if nothing in them matches.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ctx::use_board;
use crate::model::board::filter::{filter_choices, NoteFilter, ShownCount, TagChoice};
use crate::model::ids::AreaId;
use crate::ui::common::chosen::chosen;
use crate::ui::select::memo;

/// The id of the search box, for the `/` key and its label.
const SEARCH_ID: &str = "board-search";

/// The search and filter line above the grid.
#[component]
pub fn BoardFilter() -> impl IntoView {
    let ctx = use_board();
    let filter = ctx.filter;
    let choices = memo(move || ctx.departments.with(|d| ctx.with(|b| filter_choices(b, d))).unwrap_or_default());
    let count = memo(move || ctx.shown.with(|shown| ctx.with(|b| ShownCount::of(b, shown.as_ref()))).unwrap_or_default());
    let active = memo(move || !filter.with(NoteFilter::is_empty));
    focus_on_slash();
    view! {
        <div class="board-filter" role="search" data-testid="board-filter">
            <label class="visually-hidden" for=SEARCH_ID>"Search notes"</label>
            <input type="search" id=SEARCH_ID data-testid="board-search" placeholder="Search notes  /" aria-keyshortcuts="/"
                autocomplete="off" prop:value=move || filter.with(|f| f.text.clone())
                on:input:target=move |ev| filter.update(|f| f.text = ev.target().value())
                on:keydown=move |ev| if ev.key() == "Escape" && filter.with_untracked(|f| !f.text.is_empty()) {
                    ev.stop_propagation();
                    filter.update(|f| f.text.clear());
                } />
            <label class="bar-field"><span class="visually-hidden">"Department"</span>
                <select data-testid="filter-department" on:change:target=move |ev| filter.update(|f| f.department = TagChoice::from_key(&ev.target().value()))>
                    <option value="" prop:selected=move || filter.with(|f| f.department.is_none())>"All departments"</option>
                    {move || choices.with(|c| c.tags.iter().map(|(tag, name)| {
                        let key = tag.key();
                        let selected = { let key = key.clone(); move || filter.with(|f| f.department.as_ref().map(TagChoice::key) == Some(key.clone())) };
                        view! { <option value=key prop:selected=selected>{name.clone()}</option> }
                    }).collect_view())}
                </select>
            </label>
            <label class="bar-field"><span class="visually-hidden">"Author"</span>
                <select data-testid="filter-author" on:change:target=move |ev| filter.update(|f| f.author = author_of(&ev.target().value()))>
                    <option value="" prop:selected=move || filter.with(|f| f.author.is_none())>"All authors"</option>
                    {move || choices.with(|c| c.authors.iter().map(|a| view! {
                        <option value=author_key(Some(a)) prop:selected={ let a = a.clone(); move || filter.with(|f| f.author.as_ref() == Some(&a)) }>{if a.is_empty() { "No author".to_string() } else { a.clone() }}</option>
                    }).collect_view())}
                </select>
            </label>
            <label class="bar-field"><span class="visually-hidden">"Area"</span>
                <select data-testid="filter-area" on:change:target=move |ev| filter.update(|f| f.area = chosen::<AreaId>(ev.target().value()))>
                    <option value="" prop:selected=move || filter.with(|f| f.area.is_none())>"All areas"</option>
                    {move || choices.with(|c| c.areas.iter().map(|(id, title)| {
                        let selected = { let id = id.clone(); move || filter.with(|f| f.area.as_ref() == Some(&id)) };
                        view! { <option value=id.to_string() prop:selected=selected>{title.clone()}</option> }
                    }).collect_view())}
                </select>
            </label>
            <Show when=move || active.get()>
                <button type="button" data-testid="filter-clear" on:click=move |_| filter.set(NoteFilter::default())>"Clear"</button>
            </Show>
            <span class="filter-count muted" role="status" data-testid="filter-count">
                {move || active.get().then(|| format!("Showing {}", count.get()))}
            </span>
        </div>
    }
}

/// The value of an author's option: `a:` and the name, `none` for notes nobody signed.
fn author_key(author: Option<&str>) -> String {
    match author {
        None => String::new(),
        Some("") => "none".into(),
        Some(name) => format!("a:{name}"),
    }
}

fn author_of(key: &str) -> Option<String> {
    match key {
        "none" => Some(String::new()),
        _ => key.strip_prefix("a:").map(str::to_string),
    }
}

/// `/` anywhere on the page but in a field puts the caret in the search box.
fn focus_on_slash() {
    let keys = window_event_listener(leptos::ev::keydown, |ev| {
        if ev.key() != "/" || ev.alt_key() || ev.ctrl_key() || ev.meta_key() || typing(&ev) {
            return;
        }
        let search = document().get_element_by_id(SEARCH_ID).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(search) = search {
            ev.prevent_default();
            let _ = search.focus();
        }
    });
    on_cleanup(move || keys.remove());
}

/// Whether the key went to something that takes text.
fn typing(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else { return false };
    target.is_content_editable() || matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
}
