//! One stakeholder's communication: who they are and their strategy, the
//! next contact (overdue says so in words and with a mark, not by colour
//! alone), what they need to hear, channel, frequency, owner and last
//! contact, then logging a contact and the log.

use leptos::prelude::*;

use super::choice_field::ChoiceField;
use super::contact_log::ContactLog;
use super::log_form::LogContactForm;
use super::{card_id, Comms};
use crate::model::ids::StakeholderId;
use crate::model::keyed::Keyed;
use crate::model::stakeholder::communication::default_for;
use crate::model::stakeholder::{Channel, Field, Frequency, MapEdit, Stakeholder};
use crate::model::CommandError;
use crate::ui::common::chosen::chosen;
use crate::ui::common::day_field::DayField;
use crate::ui::common::field::TextField;
use crate::ui::maps::ctx::use_map;

fn options<K: Keyed>(label: fn(K) -> &'static str) -> Vec<(String, String)> {
    K::ALL.iter().map(|k| (k.key().to_string(), label(*k).to_string())).collect()
}

/// The communication plan of stakeholder `id`.
#[component]
pub fn CommsCard(id: StakeholderId) -> impl IntoView {
    let ctx = use_map();
    let comms = expect_context::<Comms>();
    let dom_id = card_id(&id);
    let sid = StoredValue::new(id.clone());
    let s = ctx.read(move |m| sid.with_value(|id| m.stakeholder(id).cloned()));
    let part = move |read: fn(&Stakeholder) -> String| Signal::derive(move || s.with(|s| s.as_ref().map(read).unwrap_or_default()));
    let set = move |field: Field| ctx.run(MapEdit::Set { stakeholder_id: sid.get_value(), field }).map(drop);
    let set_or_toast = move |field: Field| drop(ctx.run_or_toast(MapEdit::Set { stakeholder_id: sid.get_value(), field }));
    let next = Memo::new(move |_| {
        let initiatives = comms.initiatives.get();
        s.with(|s| s.as_ref().map(|s| s.next_contact(&initiatives)))
    });
    let overdue = move || next.get().is_some_and(|n| n.is_overdue(comms.today));
    let next_text = move || next.get().map(|n| n.describe(comms.today)).unwrap_or_default();
    let name = part(|s| s.name.clone());
    let strategy = part(|s| {
        let shown = s.strategy();
        let by_hand = if shown.overridden { " (set by hand)" } else { "" };
        format!("{}{by_hand}", shown.strategy.label())
    });
    let defaults = Memo::new(move |_| s.with(|s| s.as_ref().map(|s| default_for(s.strategy().strategy))));
    let channel = part(|s| s.communication.channel.map(|c| c.key().to_string()).unwrap_or_default());
    let channel_other = part(|s| s.communication.channel_other.clone());
    let frequency = part(|s| s.communication.frequency.map(|f| f.key().to_string()).unwrap_or_default());
    let owner = part(|s| s.owner_department_id.as_ref().map(|d| d.to_string()).unwrap_or_default());
    let departments = ctx.departments;
    let owners = move || departments.get().into_iter().map(|d| (d.id.to_string(), d.name)).collect::<Vec<_>>();
    let who = Memo::new(move |_| {
        let departments = departments.get();
        s.with(|s| {
            let s = s.as_ref()?;
            let from = match &s.department_id {
                Some(d) => departments.iter().find(|x| x.id == *d).map_or("a department not in the plan".to_string(), |d| d.name.clone()),
                None if s.organisation.trim().is_empty() => "outside the plan".to_string(),
                None => s.organisation.clone(),
            };
            Some([s.role.clone(), from].into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" · "))
        })
    });
    let channels = options::<Channel>(Channel::label);
    let frequencies = options::<Frequency>(Frequency::label);
    view! {
        <li class="comms-card panel" class:overdue=overdue id=dom_id data-testid="comms-card">
            <div class="comms-card-head">
                <h3 class="comms-name" data-testid="comms-name">{move || name.get()}</h3>
                <span class="muted">{move || who.get()}</span>
                <span class="comms-strategy">{move || strategy.get()}</span>
            </div>
            <p class="comms-next" class:overdue=overdue data-testid="comms-next" role="status">
                {move || overdue().then(|| view! { <span class="comms-overdue-mark" aria-hidden="true">"⚠"</span> })}
                <span class="comms-next-label">"Next contact: "</span>
                {next_text}
            </p>
            <div class="comms-fields">
                <div class="comms-hear">
                    <TextField label="What they need to hear" value=part(|s| s.communication.needs_to_hear.clone())
                        on_edit=Callback::new(move |t| set(Field::NeedsToHear(t))) multiline=true testid="comms-hear"
                        hint="e.g. what it costs them, when it starts, what changes for their team" />
                </div>
                <div class="comms-channel">
                    <ChoiceField label="Channel" options=channels value=channel marks_default=true testid="comms-channel"
                        default_label=Signal::derive(move || defaults.get().map(|(c, _)| format!("{} (default)", c.label())).unwrap_or_default())
                        on_change=Callback::new(move |key: String| set_or_toast(Field::Channel(Channel::from_key(&key), channel_other.get_untracked()))) />
                    <Show when=move || channel.with(|c| c == Channel::Other.key())>
                        <TextField label="Channel's name" value=channel_other testid="comms-channel-other" hint="Monthly council meeting"
                            on_edit=Callback::new(move |t| set(Field::Channel(Some(Channel::Other), t))) />
                    </Show>
                </div>
                <ChoiceField label="Frequency" options=frequencies value=frequency marks_default=true testid="comms-frequency"
                    default_label=Signal::derive(move || defaults.get().map(|(_, f)| format!("{} (default)", f.label())).unwrap_or_default())
                    on_change=Callback::new(move |key: String| set_or_toast(Field::Frequency(Frequency::from_key(&key)))) />
                {move || view! {
                    <ChoiceField label="Owner" options=owners() value=owner testid="comms-owner" default_label="No owner"
                        on_change=Callback::new(move |key: String| set_or_toast(Field::Owner(chosen(key)))) />
                }}
                <DayField label="Last contact" value=Signal::derive(move || s.with(|s| s.as_ref().and_then(|s| s.communication.last_contact)))
                    on_edit=Callback::new(move |day| -> Result<(), CommandError> { set(Field::LastContact(day)) }) testid="comms-last" />
            </div>
            <div class="comms-card-foot">
                <LogContactForm id=id.clone() name />
                <ContactLog id />
            </div>
        </li>
    }
}
