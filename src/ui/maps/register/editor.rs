//! A stakeholder edited in place, under their row: who they are, where they
//! stand, and (in `editor_links.rs`) what links them to the plan and how
//! they are kept informed. Each change is one `MapEdit`; an empty name is
//! refused under the field, a name already on the map is warned about.

use leptos::prelude::*;

use super::editor_comms::CommunicationFields;
use super::editor_links::PlanLinks;
use super::select::{options_of, SelectField};
use crate::model::ids::StakeholderId;
use crate::model::keyed::Keyed;
use crate::model::stakeholder::{Attitude, Field, MapEdit, PlacementHow, Position, Score, Stakeholder, StakeholderKind};
use crate::model::CommandError;
use crate::ui::common::field::TextField;
use crate::ui::maps::ctx::{use_map, MapCtx};

/// A part of one stakeholder, as text; empty once they are gone.
pub(super) fn read_text(ctx: MapCtx, id: StakeholderId, read: fn(&Stakeholder) -> String) -> Signal<String> {
    ctx.read(move |m| m.stakeholder(&id).map(read).unwrap_or_default()).into()
}

/// Sets one field from what was typed or chosen (`None`: nothing to change).
pub(super) fn setter(ctx: MapCtx, id: StakeholderId, field: fn(String) -> Option<Field>) -> Callback<String, Result<(), CommandError>> {
    Callback::new(move |value: String| {
        let Some(field) = field(value) else { return Ok(()) };
        ctx.run(MapEdit::Set { stakeholder_id: id.clone(), field }).map(|_| ())
    })
}

/// The editor of one stakeholder.
#[component]
pub fn StakeholderEditor(id: StakeholderId, on_close: Callback<()>) -> impl IntoView {
    let ctx = use_map();
    let warning = RwSignal::new(None::<String>);
    let name_id = id.clone();
    let rename = Callback::new(move |text: String| {
        let outcome = ctx.run(MapEdit::Set { stakeholder_id: name_id.clone(), field: Field::Name(text) })?;
        warning.set(Some(outcome.report.join(" ")).filter(|w| !w.is_empty()));
        Ok(())
    });
    let score_id = id.clone();
    let score = move |power: bool| {
        let id = score_id.clone();
        Callback::new(move |value: String| {
            let Some(n) = value.parse::<u8>().ok().and_then(Score::new) else { return Ok(()) };
            let Some(now) = ctx.with_untracked(|m| m.stakeholder(&id).map(Stakeholder::position)).flatten() else { return Ok(()) };
            let position = if power { Position::new(n, now.interest) } else { Position::new(now.power, n) };
            ctx.run(MapEdit::Place { stakeholder_id: id.clone(), position, how: PlacementHow::Typed, by: String::new() }).map(|_| ())
        })
    };
    let scores: Vec<(String, String)> = (1..=5).map(|n| (n.to_string(), n.to_string())).collect();
    let text = |read: fn(&Stakeholder) -> String| read_text(ctx, id.clone(), read);
    let set = |field: fn(String) -> Option<Field>| setter(ctx, id.clone(), field);
    view! {
        <div class="register-editor" data-testid="register-editor" role="group" aria-label="Edit stakeholder">
            <div class="register-editor-grid">
                <div class="register-editor-col">
                    <TextField label="Name" value=text(|s| s.name.clone()) on_edit=rename testid="edit-name" keep_refused=true />
                    {move || warning.get().map(|w| view! { <p class="field-warning" role="status" data-testid="edit-name-warning">{w}</p> })}
                    <SelectField label="Kind" testid="edit-kind" options={options_of::<StakeholderKind>(StakeholderKind::label)}
                        value=text(|s| s.kind.key().to_string()) on_change=set(|v| StakeholderKind::from_key(&v).map(Field::Kind)) />
                    <TextField label="Role" value=text(|s| s.role.clone()) on_edit=set(|v| Some(Field::Role(v))) testid="edit-role" />
                    <TextField label="Contact" value=text(|s| s.contact.clone()) on_edit=set(|v| Some(Field::Contact(v))) testid="edit-contact"
                        hint="E-mail, phone, assistant…" />
                </div>
                <div class="register-editor-col">
                    <div class="register-scores">
                        <SelectField label="Power" testid="edit-power" options=scores.clone() value=text(|s| s.power.get().to_string()) on_change=score(true) />
                        <SelectField label="Interest" testid="edit-interest" options=scores value=text(|s| s.interest.get().to_string()) on_change=score(false) />
                    </div>
                    <SelectField label="Attitude" testid="edit-attitude" options={options_of::<Attitude>(Attitude::label)}
                        value=text(|s| s.attitude.key().to_string()) on_change=set(|v| Attitude::from_key(&v).map(Field::Attitude)) />
                    <TextField label="Tags (separated by commas)" value=text(|s| s.tags.join(", ")) testid="edit-tags"
                        on_edit=set(|v| Some(Field::Tags(v.split([',', ';']).map(str::to_string).collect()))) />
                    <TextField label="Notes" multiline=true value=text(|s| s.notes.clone()) on_edit=set(|v| Some(Field::Notes(v))) testid="edit-notes" />
                </div>
                <div class="register-editor-col">
                    <PlanLinks id=id.clone() />
                </div>
            </div>
            <CommunicationFields id=id.clone() />
            <div class="register-editor-foot">
                <button type="button" class="small" data-testid="edit-done" on:click=move |_| on_close.run(())>"Done"</button>
            </div>
        </div>
    }
}
