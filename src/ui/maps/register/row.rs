//! One stakeholder in the register: a row of text whose name opens the
//! row's editor under it, and "Delete" (with Undo in the toast).

use leptos::prelude::*;

use super::editor::StakeholderEditor;
use super::rows::RowView;
use super::use_register;
use crate::model::ids::StakeholderId;
use crate::model::stakeholder::MapEdit;
use crate::ui::maps::ctx::use_map;

/// How many cells a row has, for the editor's row to span them.
const CELLS: &str = "13";

/// A row, and its editor while open.
#[component]
pub fn RegisterRow(id: StakeholderId) -> impl IntoView {
    let ctx = use_map();
    let register = use_register();
    let key = StoredValue::new(id.clone());
    let row = Memo::new(move |_| register.rows.with(|rows| key.with_value(|id| rows.iter().find(|r| r.id == *id).cloned())).unwrap_or_default());
    let open = move || key.with_value(|id| register.expanded.with(|e| e.as_ref() == Some(id)));
    // Read before writing: the signal cannot be read while it is being set.
    let toggle = move |_| {
        let next = if open() { None } else { Some(key.get_value()) };
        register.expanded.set(next);
    };
    let delete = move |_| {
        let name = row.with_untracked(|r| r.name.clone());
        ctx.run_with_undo(MapEdit::DeleteStakeholder { stakeholder_id: key.get_value() }, &format!("“{name}” was deleted."));
    };
    let editor_id = format!("register-edit-{id}");
    let text = move |read: fn(&RowView) -> String| move || row.with(read);
    view! {
        <tr class="register-row" class:open=open data-testid="register-row" data-stakeholder=id.to_string()>
            <th scope="row" class="register-name">
                <button type="button" class="link-button" data-testid="register-row-name" aria-expanded=move || open().to_string()
                    aria-controls=move || open().then(|| editor_id.clone()) title="Edit in place" on:click=toggle>{text(|r| r.name.clone())}</button>
            </th>
            <td>{text(|r| r.kind.to_string())}</td>
            <td>{text(|r| r.role.clone())}</td>
            <td data-testid="register-row-affiliation">
                {text(|r| r.affiliation.clone())}
                {move || row.with(|r| r.outside && !r.affiliation.is_empty()).then(|| view! { <span class="muted small">" (outside)"</span> })}
            </td>
            <td class="num" data-testid="register-row-power">{move || row.with(|r| r.power)}</td>
            <td class="num" data-testid="register-row-interest">{move || row.with(|r| r.interest)}</td>
            <td>{text(|r| r.quadrant.to_string())}</td>
            <td data-testid="register-row-strategy">
                {text(|r| r.strategy.to_string())}
                {move || row.with(|r| r.overrides).map(|q| view! { <span class="override-mark" title=format!("Chosen by hand; the quadrant gives {q}")>" (by hand)"</span> })}
            </td>
            <td><span class=move || format!("attitude-chip attitude-{}", row.with(|r| r.attitude_key)) data-testid="register-row-attitude">{text(|r| r.attitude.to_string())}</span></td>
            <td data-testid="register-row-tags">
                {move || row.with(|r| r.tags.clone()).into_iter().map(|t| view! { <span class="tag-chip">{t}</span> }).collect_view()}
            </td>
            <td>{text(|r| r.owner.clone())}</td>
            <td class="register-initiatives">{text(|r| r.initiatives.join("; "))}</td>
            <td class="register-actions">
                <button type="button" class="small" data-testid="register-row-edit" aria-expanded=move || open().to_string() on:click=toggle>
                    {move || if open() { "Close" } else { "Edit" }}
                    <span class="visually-hidden">{text(|r| format!(" {}", r.name))}</span>
                </button>
                <button type="button" class="small danger" data-testid="register-row-delete" on:click=delete>
                    "Delete"<span class="visually-hidden">{text(|r| format!(" {}", r.name))}</span>
                </button>
            </td>
        </tr>
        <Show when=open>
            <tr class="register-editor-row" id=format!("register-edit-{}", key.get_value())>
                <td colspan=CELLS><StakeholderEditor id=key.get_value() on_close=Callback::new(move |_| register.expanded.set(None)) /></td>
            </tr>
        </Show>
    }
}
