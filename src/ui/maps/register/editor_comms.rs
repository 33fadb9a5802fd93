//! How a stakeholder is kept informed, edited in place in the register as in
//! the communication plan: what they need to hear, channel and frequency
//! (following the strategy unless chosen), and the last contact.

use leptos::prelude::*;

use super::editor::{read_text, setter};
use super::select::{options_of, SelectField};
use crate::model::ids::StakeholderId;
use crate::model::keyed::Keyed;
use crate::model::stakeholder::{Channel, Field, Frequency, MapEdit};
use crate::model::Day;
use crate::ui::common::day_field::DayField;
use crate::ui::common::field::TextField;
use crate::ui::maps::ctx::use_map;

/// The communication fields, folded away until opened.
#[component]
pub fn CommunicationFields(id: StakeholderId) -> impl IntoView {
    let ctx = use_map();
    let channel = read_text(ctx, id.clone(), |s| s.communication.channel.map(|c| c.key().to_string()).unwrap_or_default());
    let other = read_text(ctx, id.clone(), |s| s.communication.channel_other.clone());
    let last_contact = ctx.read({
        let id = id.clone();
        move |m| m.stakeholder(&id).and_then(|s| s.communication.last_contact)
    });
    let day_id = id.clone();
    let set_day = Callback::new(move |day: Option<Day>| {
        ctx.run(MapEdit::Set { stakeholder_id: day_id.clone(), field: Field::LastContact(day) }).map(|_| ())
    });
    let other_id = id.clone();
    let set_other = Callback::new(move |text: String| {
        ctx.run(MapEdit::Set { stakeholder_id: other_id.clone(), field: Field::Channel(Some(Channel::Other), text) }).map(|_| ())
    });
    let set = |field: fn(String) -> Option<Field>| setter(ctx, id.clone(), field);
    view! {
        <details class="register-comms" data-testid="edit-communication">
            <summary>"How they are kept informed"</summary>
            <div class="register-editor-grid">
                <TextField label="What they need to hear" multiline=true testid="edit-needs-to-hear"
                    value=read_text(ctx, id.clone(), |s| s.communication.needs_to_hear.clone()) on_edit=set(|v| Some(Field::NeedsToHear(v))) />
                <div class="register-editor-col">
                    <SelectField label="Channel" none="As the strategy gives" testid="edit-channel" options={options_of::<Channel>(Channel::label)}
                        value=channel on_change=set(|v| Some(Field::Channel(Channel::from_key(&v), String::new()))) />
                    <Show when=move || channel.with(|c| c == Channel::Other.key())>
                        <TextField label="Which channel" value=other on_edit=set_other testid="edit-channel-other" />
                    </Show>
                    <SelectField label="Frequency" none="As the strategy gives" testid="edit-frequency" options={options_of::<Frequency>(Frequency::label)}
                        value=read_text(ctx, id.clone(), |s| s.communication.frequency.map(|f| f.key().to_string()).unwrap_or_default())
                        on_change=set(|v| Some(Field::Frequency(Frequency::from_key(&v)))) />
                </div>
                <DayField label="Last contact" value=last_contact on_edit=set_day testid="edit-last-contact" />
            </div>
        </details>
    }
}
