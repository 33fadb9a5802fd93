//! Before a review file goes out: what it carries, what it leaves out, and
//! the choice to share more. One file goes to every department.

use leptos::prelude::*;

use super::round::RoundHandle;
use crate::model::review::sharing::{review_copy, Include, LeftOut};
use crate::model::Plan;
use crate::ui::common::modal::Modal;

/// "N things", or "1 thing".
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

/// What the file carries, line by line.
fn carried(plan: &Plan) -> Vec<String> {
    let mut lines = vec![
        format!("The plan “{}”: vision, horizon, {}", plan.title, count(plan.departments.len(), "department", "departments")),
        format!("{} and {} with their roles", count(plan.objectives.len(), "objective", "objectives"), count(plan.initiatives.len(), "initiative", "initiatives")),
        format!("{} with the decisions given so far and the versions they were opened on", count(plan.approval_rounds.len(), "approval round", "approval rounds")),
    ];
    let logs = [
        (plan.decisions.len(), "decision", "decisions"),
        (plan.lessons.len(), "lesson", "lessons"),
        (plan.updates.len(), "update", "updates"),
        (plan.comments.len(), "comment or objection", "comments and objections"),
    ];
    lines.extend(logs.into_iter().filter(|(n, ..)| *n > 0).map(|(n, one, many)| count(n, one, many)));
    lines
}

/// The preview of a round's review file, with the export.
#[component]
pub fn ReviewPreview(round: RoundHandle, on_close: Callback<()>) -> impl IntoView {
    let plan = round.plan();
    let include = RwSignal::new(Include::default());
    let preview = plan.read(move |p| {
        let (copy, left) = review_copy(p, include.get());
        (carried(&copy), left)
    });
    let left = move || preview.with(|(_, left)| *left);
    let export = move |_| {
        plan.app().exports.review(&plan.id(), &round.id(), include.get_untracked());
        on_close.run(());
    };
    let choice = move |testid: &'static str, label: String, set: fn(&mut Include, bool), get: fn(&Include) -> bool| {
        view! {
            <label class="check">
                <input type="checkbox" data-testid=testid prop:checked=move || get(&include.get())
                    on:change:target=move |ev| include.update(|i| set(i, ev.target().checked())) />
                {label}
            </label>
        }
    };
    view! {
        <Modal title="What the review file shares".to_string() on_close testid="review-preview">
            <p>"The same file goes to every department. It carries:"</p>
            <ul data-testid="review-carries">{move || preview.get().0.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            {move || {
                let LeftOut { comments, addressed_updates, unknown_fields } = left();
                let all = plan.with(|p| (p.comments.len(), p.updates.iter().filter(|u| !u.departments.is_empty()).count())).unwrap_or_default();
                view! {
                    <Show when=move || { all.0 + all.1 + unknown_fields > 0 }>
                        <p>"You choose what else to share:"</p>
                    </Show>
                    {(all.0 > 0).then(|| choice("review-include-comments",
                        format!("Comments and objections ({}): other departments' objections and your own remarks", all.0),
                        |i, on| i.comments = on, |i| i.comments))}
                    {(all.1 > 0).then(|| choice("review-include-updates",
                        format!("Updates addressed to some departments only ({})", all.1),
                        |i, on| i.addressed_updates = on, |i| i.addressed_updates))}
                    {(unknown_fields > 0).then(|| view! {
                        <p class="muted" data-testid="review-unknown-fields">
                            {format!("Left out: {} this version of Liaison does not know, kept from earlier files.", count(unknown_fields, "field", "fields"))}
                        </p>
                    })}
                    <p class="muted" data-testid="review-left-out">{
                        let parts: Vec<String> = [(comments, "comment", "comments"), (addressed_updates, "addressed update", "addressed updates")]
                            .into_iter()
                            .filter(|(n, ..)| *n > 0)
                            .map(|(n, one, many)| count(n, one, many))
                            .collect();
                        if parts.is_empty() { "Nothing is left out.".to_string() } else { format!("Left out: {}.", parts.join(" and ")) }
                    }</p>
                }
            }}
            <div class="form-actions">
                <button type="button" class="primary" data-testid="review-export" on:click=export>"Export review file"</button>
                <button type="button" data-testid="review-cancel" on:click=move |_| on_close.run(())>"Cancel"</button>
            </div>
        </Modal>
    }
}
