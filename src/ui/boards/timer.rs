//! The workshop timer: set minutes, start, pause, +1 minute, reset. Start,
//! pause and reset go through the core; the ticking is a UI interval. A soft
//! chime (Web Audio) sounds when it runs out.

use leptos::prelude::*;

use super::ctx::{use_board, BoardCtx};
use crate::model::board::edit::BoardEdit;
use crate::model::board::Timer;
use crate::ui::system::now_ms;

/// The time now, ticking while a timer runs; shared by the editor and projector.
pub fn ticking_clock(ctx: BoardCtx) -> (ReadSignal<u64>, Memo<Option<Timer>>) {
    let timer = ctx.read(|b| b.timer);
    let (now, set_now) = signal(now_ms() as u64);
    let chimed = StoredValue::new(false);
    if let Ok(handle) = set_interval_with_handle(
        move || {
            let Some(t) = timer.get_untracked() else { return };
            if !t.is_running() {
                chimed.set_value(false);
                return;
            }
            let at = now_ms() as u64;
            set_now.set(at);
            if t.finished(at) && !chimed.get_value() {
                chimed.set_value(true);
                chime();
            } else if !t.finished(at) {
                chimed.set_value(false);
            }
        },
        std::time::Duration::from_millis(250),
    ) {
        on_cleanup(move || handle.clear());
    }
    (now, timer)
}

/// Starts or pauses, through the core.
pub fn start_or_pause(ctx: BoardCtx, timer: Option<Timer>) {
    let now = now_ms() as u64;
    let next = match timer {
        Some(t) if t.is_running() => t.pause(now),
        Some(t) => t.start(now),
        None => Timer::set(5 * 60_000).start(now),
    };
    ctx.run_or_toast(BoardEdit::Timer(Some(next)));
}

/// The timer panel of the editor.
#[component]
pub fn TimerPanel() -> impl IntoView {
    let ctx = use_board();
    let (now, timer) = ticking_clock(ctx);
    let minutes = RwSignal::new("5".to_string());
    let left = move || timer.get().map(|t| t.remaining(now.get()));
    let set = move |_| match minutes.get_untracked().trim().parse::<u64>() {
        Ok(m) if (1..=180).contains(&m) => { ctx.run_or_toast(BoardEdit::Timer(Some(Timer::set(m * 60_000)))); }
        _ => ctx.state.toast("Minutes must be a whole number from 1 to 180.", true, None),
    };
    let change = move |f: fn(Timer, u64) -> Timer| {
        if let Some(t) = timer.get_untracked() {
            ctx.run_or_toast(BoardEdit::Timer(Some(f(t, now_ms() as u64))));
        }
    };
    view! {
        <section class="timer-panel" data-testid="timer-panel">
            <h2>"Timer"</h2>
            <div class="panel-row">
                <span class="timer-display" class:done=move || left() == Some(0) data-testid="timer-display" role="timer">
                    {move || Timer::display(left().unwrap_or(minutes.get().trim().parse::<u64>().unwrap_or(0) * 60_000))}
                </span>
                <label class="field"><span class="field-label">"Minutes"</span>
                    <input type="number" min="1" max="180" data-testid="timer-minutes" prop:value=minutes on:input:target=move |ev| minutes.set(ev.target().value()) /></label>
                <button type="button" data-testid="timer-set" on:click=set>"Set"</button>
                <button type="button" class="primary" data-testid="timer-start" on:click=move |_| start_or_pause(ctx, timer.get_untracked())>
                    {move || if timer.get().is_some_and(|t| t.is_running()) { "Pause" } else { "Start" }}</button>
                <button type="button" data-testid="timer-add-minute" on:click=move |_| change(|t, now| t.add_minute(now))>"+1 minute"</button>
                <button type="button" data-testid="timer-reset" on:click=move |_| change(|t, _| t.reset())>"Reset"</button>
            </div>
            <Show when=move || left() == Some(0)><p class="field-error" role="status" data-testid="timer-done">"Time is up."</p></Show>
        </section>
    }
}

/// A soft two-note chime with a short fade in and out.
pub fn chime() {
    let Ok(audio) = web_sys::AudioContext::new() else { return };
    let start = audio.current_time();
    for (n, frequency) in [660.0_f32, 880.0].into_iter().enumerate() {
        let (Ok(osc), Ok(gain)) = (audio.create_oscillator(), audio.create_gain()) else { return };
        let at = start + n as f64 * 0.35;
        osc.set_type(web_sys::OscillatorType::Sine);
        osc.frequency().set_value(frequency);
        let level = gain.gain();
        let _ = level.set_value_at_time(0.0, at);
        let _ = level.linear_ramp_to_value_at_time(0.18, at + 0.04);
        let _ = level.exponential_ramp_to_value_at_time(0.001, at + 0.6);
        let _ = osc.connect_with_audio_node(&gain).and_then(|_| gain.connect_with_audio_node(&audio.destination()));
        let _ = osc.start_with_when(at);
        let _ = osc.stop_with_when(at + 0.65);
    }
    set_timeout(move || drop(audio.close()), std::time::Duration::from_secs(2));
}
