//! What a paste or a CSV file would add, before anything is added: the
//! first good rows with their warnings (a score clamped, an attitude not
//! known, a name already there), every row left out by its line and why,
//! and how many there are in all, so a 1,000-line paste stays quick.

use leptos::prelude::*;

use crate::format::stakeholder_csv::{GoodRow, StakeholderRows};
use crate::model::stakeholder::Affiliation;
use crate::model::Department;
use crate::ui::maps::ctx::use_map;

/// How many good rows, and how many bad ones, the preview lists.
const SHOWN: usize = 50;

/// The preview of `read`.
#[component]
pub fn BulkPreview(read: Memo<StakeholderRows>) -> impl IntoView {
    let departments = use_map().departments;
    let summary = move || {
        read.with(|r| {
            let mut said = vec![match r.rows.len() {
                1 => "1 stakeholder ready to add".to_string(),
                n => format!("{n} stakeholders ready to add"),
            }];
            if !r.bad.is_empty() {
                said.push(format!("{} left out", r.bad.len()));
            }
            if r.warned() > 0 {
                said.push(format!("{} with warnings", r.warned()));
            }
            format!("{}.", said.join(", "))
        })
    };
    let more = move |n: usize| (n > SHOWN).then(|| format!("… and {} more.", n - SHOWN));
    view! {
        <Show when=move || read.with(|r| !r.rows.is_empty() || !r.bad.is_empty())>
            <div class="register-preview" data-testid="register-preview">
                <p class="register-preview-summary" aria-live="polite" data-testid="register-preview-summary">{summary}</p>
                {move || read.with(|r| (!r.ignored_columns.is_empty()).then(|| format!("Columns not read: {}.", r.ignored_columns.join(", "))))
                    .map(|t| view! { <p class="muted small" data-testid="register-preview-ignored">{t}</p> })}
                <Show when=move || read.with(|r| !r.bad.is_empty())>
                    <div class="register-bad" role="group" aria-label="Rows left out">
                        <h3>"Left out"</h3>
                        <ul data-testid="register-preview-bad">
                            {move || read.with(|r| r.bad.iter().take(SHOWN).map(|b| view! {
                                <li data-testid="register-preview-bad-row">{format!("Line {}: {}.", b.line, b.reason)}</li>
                            }).collect_view())}
                        </ul>
                        {move || read.with(|r| more(r.bad.len()))}
                    </div>
                </Show>
                <Show when=move || read.with(|r| !r.rows.is_empty())>
                    <div class="register-scroll" tabindex="0" role="region" aria-label="Stakeholders to add">
                        <table class="register-table register-preview-table" data-testid="register-preview-table">
                            <thead><tr>
                                <th scope="col">"Line"</th><th scope="col">"Name"</th><th scope="col">"Warnings"</th><th scope="col">"Role"</th>
                                <th scope="col">"Department or organisation"</th><th scope="col">"Power"</th><th scope="col">"Interest"</th>
                                <th scope="col">"Attitude"</th><th scope="col">"Tags"</th>
                            </tr></thead>
                            <tbody>
                                {move || {
                                    let departments = departments.get();
                                    read.with(|r| r.rows.iter().take(SHOWN).map(|row| preview_row(row, &departments)).collect_view())
                                }}
                            </tbody>
                        </table>
                    </div>
                    <p class="muted small" data-testid="register-preview-more">{move || read.with(|r| more(r.rows.len()))}</p>
                </Show>
            </div>
        </Show>
    }
}

fn preview_row(row: &GoodRow, departments: &[Department]) -> impl IntoView + use<> {
    let s = &row.stakeholder;
    let affiliation = match &s.affiliation {
        Affiliation::Department(id) => departments.iter().find(|d| d.id == *id).map_or_else(|| id.to_string(), |d| d.name.clone()),
        Affiliation::Outside(name) => name.clone(),
        Affiliation::Unknown => String::new(),
    };
    let position = s.position.unwrap_or_default();
    let warnings: Vec<String> = row.warnings.iter().map(ToString::to_string).collect();
    let warned = !warnings.is_empty();
    view! {
        <tr data-testid="register-preview-row" class:warned=warned>
            <td class="num">{row.line}</td>
            <th scope="row">{s.name.clone()}</th>
            <td class="register-preview-warnings">
                {warnings.into_iter().map(|w| view! { <span class="warning-line" data-testid="register-preview-warning">{format!("⚠ {w}.")}</span> }).collect_view()}
            </td>
            <td>{s.role.clone()}</td>
            <td>{affiliation}</td>
            <td class="num">{position.power.get()}</td>
            <td class="num">{position.interest.get()}</td>
            <td>{s.attitude.label()}</td>
            <td>{s.tags.join(", ")}</td>
        </tr>
    }
}
