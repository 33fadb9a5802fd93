//! A date field bound to a day of the model: it shows the day as the
//! browser's date input expects it and turns what is typed into a `Day`
//! (or says why it is not one) before the edit reaches the core. A refused
//! day (a due day before the start) stays in the field with its message
//! until a valid one is entered or Escape puts the stored day back.

use leptos::prelude::*;

use super::field::TextField;
use crate::model::values::{day, optional_day};
use crate::model::{CommandError, Day};

/// A labelled date input; empty means "no day".
#[component]
pub fn DayField(
    label: &'static str,
    #[prop(into)] value: Signal<Option<Day>>,
    /// Applies the new day; returns the reason it was refused.
    on_edit: Callback<Option<Day>, Result<(), CommandError>>,
    testid: &'static str,
    /// The day cannot be left empty (a decision's date).
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let text = Signal::derive(move || value.get().map(Day::text).unwrap_or_default());
    let typed = Callback::new(move |typed: String| {
        let parsed = if required { day(&typed).map(Some) } else { optional_day(Some(&typed)) };
        on_edit.run(parsed?)
    });
    view! { <TextField label kind="date" value=text on_edit=typed testid keep_refused=true /> }
}
