//! "This week": whom to contact by Sunday, the overdue first, each with the
//! channel and the owner, and a button that opens their "Log a contact".

use leptos::prelude::*;

use super::{card_id, Comms};
use crate::model::ids::StakeholderId;
use crate::model::stakeholder::communication::due_this_week;
use crate::ui::maps::ctx::use_map;

/// One line of the list.
#[derive(Clone, PartialEq)]
struct Due {
    id: StakeholderId,
    name: String,
    how: String,
    when: String,
    overdue: bool,
}

/// The list at the top of the communication plan.
#[component]
pub fn ThisWeek() -> impl IntoView {
    let ctx = use_map();
    let comms = expect_context::<Comms>();
    let departments = ctx.departments;
    let due = Memo::new(move |_| {
        let initiatives = comms.initiatives.get();
        let departments = departments.get();
        ctx.with(|map| {
            due_this_week(map, &initiatives, comms.today)
                .into_iter()
                .filter_map(|d| {
                    let s = map.stakeholder(&d.stakeholder_id)?;
                    let owner = s.owner_department_id.as_ref().and_then(|o| departments.iter().find(|x| x.id == *o));
                    let how = match owner {
                        Some(owner) => format!("{} · {} · owner {}", s.channel_label(), s.frequency().0.label(), owner.name),
                        None => format!("{} · {}", s.channel_label(), s.frequency().0.label()),
                    };
                    Some(Due { id: s.id.clone(), name: s.name.clone(), how, when: d.next.describe(comms.today), overdue: d.overdue })
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let summary = move || {
        due.with(|due| {
            let late = due.iter().filter(|d| d.overdue).count();
            match (due.len(), late) {
                (0, _) => "Nobody to contact this week.".to_string(),
                (1, 1) => "1 contact, overdue.".to_string(),
                (n, 0) => format!("{n} to contact by Sunday."),
                (n, late) => format!("{n} to contact by Sunday, {late} of them overdue."),
            }
        })
    };
    let open = move |id: StakeholderId| {
        comms.logging.set(Some(id.clone()));
        if let Some(card) = document().get_element_by_id(&card_id(&id)) {
            card.scroll_into_view();
        }
    };
    view! {
        <section class="panel comms-week" data-testid="comms-this-week" aria-labelledby="comms-week-title">
            <h2 id="comms-week-title">"This week"</h2>
            <p class="comms-week-summary" data-testid="comms-week-summary">{summary}</p>
            <ol class="comms-week-list">
                <For each=move || due.get() key=|d| (d.id.clone(), d.when.clone()) let:d>
                    {
                        let id = d.id.clone();
                        view! {
                            <li class="comms-week-item" class:overdue=d.overdue data-testid="comms-week-item">
                                <strong class="comms-week-name">{d.name.clone()}</strong>
                                <span class="comms-week-when">
                                    {d.overdue.then(|| view! { <span class="comms-overdue-mark" aria-hidden="true">"⚠"</span> })}
                                    {d.when}
                                </span>
                                <span class="comms-week-how muted">{d.how}</span>
                                <button type="button" class="small" data-testid="comms-week-log"
                                    aria-label=format!("Log a contact with {}", d.name)
                                    on:click=move |_| open(id.clone())>"Log a contact"</button>
                            </li>
                        }
                    }
                </For>
            </ol>
        </section>
    }
}
