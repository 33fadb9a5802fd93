//! Adding one stakeholder by name (Enter adds, the input keeps the focus for
//! the next), or opening the paste box to add many at once.

use leptos::prelude::*;

use super::use_register;
use crate::model::stakeholder::{MapEdit, NewStakeholder};
use crate::ui::common::add_row::AddRow;
use crate::ui::maps::ctx::use_map;

/// "Add a stakeholder" and "Paste a list…".
#[component]
pub fn AddStakeholder() -> impl IntoView {
    let ctx = use_map();
    let register = use_register();
    let add = Callback::new(move |name: String| {
        let outcome = ctx.run(MapEdit::AddStakeholder(NewStakeholder::named(&name)))?;
        // A name already on the map is added all the same: said, not refused.
        if !outcome.report.is_empty() {
            ctx.state.toast(outcome.report.join(" "), false, None);
        }
        Ok(())
    });
    let open_paste = move |_| {
        register.bulk_source.set(None);
        register.bulk.update(|b| if b.is_none() { *b = Some(String::new()) });
    };
    view! {
        <div class="register-add">
            <AddRow label="Add a stakeholder" hint="Name, then Enter" button="Add" input_testid="register-add-name"
                button_testid="register-add" on_add=add />
            <button type="button" class="register-paste-open" data-testid="register-paste-open"
                aria-expanded=move || register.bulk.with(Option::is_some).to_string() on:click=open_paste>"Paste a list…"</button>
        </div>
    }
}
