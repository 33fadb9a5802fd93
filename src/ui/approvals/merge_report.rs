//! What the last responses merged into this plan changed, newest first,
//! shown above the round's table (a toast would cover the table it reports
//! on); a long report shows its newest lines and the rest under "Earlier".

use leptos::prelude::*;

use crate::ui::select::use_plan;

/// Lines shown before "Show all".
const FIRST: usize = 4;

/// The report of the page's plan, until dismissed.
#[component]
pub fn MergeReportBanner() -> impl IntoView {
    let plan = use_plan();
    let merged = plan.app().imports.merged;
    let lines = move || merged.with(|m| m.as_ref().filter(|m| m.plan_id == plan.id()).map(|m| m.lines.clone()));
    move || {
        lines().map(|lines| {
            let rest: Vec<String> = lines.iter().skip(FIRST).cloned().collect();
            view! {
                <div class="banner banner-info merge-report" role="status" data-testid="merge-report">
                    <div>
                        <strong>{if lines.len() == 1 { "What the response changed".to_string() } else { format!("What the responses changed ({} lines)", lines.len()) }}</strong>
                        <ul>{lines.into_iter().take(FIRST).map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                        {(!rest.is_empty()).then(|| view! {
                            <details data-testid="merge-report-details">
                                <summary>{format!("Earlier ({})", rest.len())}</summary>
                                <ul>{rest.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                            </details>
                        })}
                    </div>
                    <button type="button" data-testid="merge-report-dismiss" on:click=move |_| merged.set(None)>"Dismiss"</button>
                </div>
            }
        })
    }
}
