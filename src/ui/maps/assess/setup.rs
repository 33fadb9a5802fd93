//! Setting up a session: the stakeholders to assess and the participants
//! (names one per line, or the plan's departments, as in board voting). A new
//! session starts from the last one's choices; earlier sessions are kept.

use leptos::prelude::*;

use super::picker::StakeholderPicker;
use crate::model::board::voting::NewParticipant;
use crate::model::ids::StakeholderId;
use crate::model::stakeholder::AssessmentEdit;
use crate::ui::maps::ctx::use_map;

/// The set-up form.
#[component]
pub fn AssessSetup(new_session: RwSignal<bool>) -> impl IntoView {
    let ctx = use_map();
    let last = ctx.with_untracked(|m| m.current_assessment().map(|a| (a.stakeholder_ids.clone(), a.participants.clone(), a.revealed))).flatten();
    let chosen = RwSignal::new(last.as_ref().map(|l| l.0.clone()).unwrap_or_default());
    let names = RwSignal::new(last.as_ref().map(|l| l.1.iter().filter(|p| p.department_id.is_none()).map(|p| p.name.clone()).collect::<Vec<_>>().join("\n")).unwrap_or_default());
    let departments_took_part = last.as_ref().is_some_and(|l| l.1.iter().any(|p| p.department_id.is_some()));
    let use_departments = RwSignal::new(departments_took_part && ctx.departments.with_untracked(|d| !d.is_empty()));
    let unrevealed = last.as_ref().is_some_and(|l| !l.2);
    let has_session = last.is_some();
    let error = RwSignal::new(None::<String>);
    let start = move |_| {
        let mut participants: Vec<NewParticipant> = if use_departments.get_untracked() {
            ctx.departments.get_untracked().into_iter().map(|d| NewParticipant { name: String::new(), department_id: Some(d.id) }).collect()
        } else {
            Vec::new()
        };
        participants.extend(names.get_untracked().lines().filter(|l| !l.trim().is_empty()).map(|l| NewParticipant { name: l.trim().to_string(), department_id: None }));
        // In the map's order, whatever order they were ticked in.
        let stakeholder_ids: Vec<StakeholderId> = chosen.with_untracked(|c| ctx.with_untracked(|m| m.stakeholders.iter().filter(|s| c.contains(&s.id)).map(|s| s.id.clone()).collect())).unwrap_or_default();
        match ctx.run(AssessmentEdit::Start { stakeholder_ids, participants }) {
            Ok(_) => {
                error.set(None);
                new_session.set(false);
            }
            Err(why) => error.set(Some(why.to_string())),
        }
    };
    view! {
        <div class="assess-setup" data-testid="assess-setup">
            <h2>{if has_session { "A new session" } else { "Assess stakeholders together" }}</h2>
            <p class="muted">"Each participant scores power and interest in turn on this screen; no one sees the others’ scores until you reveal them."</p>
            {unrevealed.then(|| view! { <p class="muted" data-testid="assess-unrevealed-note">"The session under way was never revealed; it is kept as it is."</p> })}
            <div class="assess-setup-columns">
                <StakeholderPicker chosen />
                <fieldset class="assess-participants">
                    <legend>"Participants"</legend>
                    <Show when=move || ctx.departments.with(|d| !d.is_empty())>
                        <label><input type="checkbox" data-testid="assess-departments" prop:checked=use_departments
                            on:change:target=move |ev| use_departments.set(ev.target().checked()) />" The plan’s departments take part"</label>
                        <Show when=move || use_departments.get()>
                            <p class="muted small">{move || ctx.departments.with(|d| d.iter().map(|d| d.name.clone()).collect::<Vec<_>>().join(", "))}</p>
                        </Show>
                    </Show>
                    <label class="field"><span class="field-label">{move || if use_departments.get() { "Others, one per line" } else { "Names, one per line" }}</span>
                        <textarea rows="4" data-testid="assess-names" prop:value=names on:input:target=move |ev| names.set(ev.target().value())></textarea></label>
                </fieldset>
            </div>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="assess-setup-error">{e}</p> })}
            <div class="panel-row">
                <button type="button" class="primary" data-testid="assess-start" on:click=start>"Start"</button>
                {has_session.then(|| view! {
                    <button type="button" data-testid="assess-setup-cancel" on:click=move |_| new_session.set(false)>"Back to the last session"</button>
                })}
            </div>
        </div>
    }
}
