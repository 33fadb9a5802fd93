//! The workshop timer: set minutes, start, pause, +1 minute, reset; at 0:00
//! it reads "Time is up" and offers a restart. Start, pause and reset go
//! through the core; the ticking is a UI interval. A soft chime (Web Audio)
//! sounds when it runs out, and a banner says so until dismissed, also when
//! the browser blocks the sound (no click on the page since it opened).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::ctx::{use_board, BoardCtx};
use crate::model::board::edit::BoardEdit;
use crate::model::board::timer::TimerState;
use crate::model::board::Timer;
use crate::ui::system::now_ms;

/// That the time ran out, as the banner says it.
#[derive(Clone, Copy, PartialEq)]
pub struct TimeUp {
    /// The browser kept the chime silent (its autoplay rule).
    pub chime_blocked: bool,
}

/// The time now, ticking while a timer runs; shared by the editor and projector.
pub fn ticking_clock(ctx: BoardCtx) -> (ReadSignal<u64>, Memo<Option<Timer>>) {
    let (now, timer, _) = ticking_clock_with_alarm(ctx);
    (now, timer)
}

/// [`ticking_clock`], and whether the time has just run out (until dismissed
/// or the timer runs again).
pub fn ticking_clock_with_alarm(ctx: BoardCtx) -> (ReadSignal<u64>, Memo<Option<Timer>>, RwSignal<Option<TimeUp>>) {
    let timer = ctx.read(|b| b.timer);
    let (now, set_now) = signal(now_ms() as u64);
    let alarm = RwSignal::new(None::<TimeUp>);
    let chimed = StoredValue::new(false);
    if let Ok(handle) = set_interval_with_handle(
        move || {
            let Some(t) = timer.get_untracked() else { return };
            let at = now_ms() as u64;
            if !t.finished(at) && alarm.with_untracked(Option::is_some) {
                alarm.set(None);
            }
            if !t.is_running() {
                chimed.set_value(false);
                return;
            }
            set_now.set(at);
            if !t.finished(at) {
                chimed.set_value(false);
            } else if !chimed.get_value() {
                chimed.set_value(true);
                if t.announces_time_up(at) {
                    alarm.set(Some(TimeUp { chime_blocked: false }));
                    chime(move || {
                        // The panel may be gone by then (left the board).
                        let _ = alarm.try_update(|up| if let Some(up) = up { up.chime_blocked = true });
                    });
                }
            }
        },
        std::time::Duration::from_millis(250),
    ) {
        on_cleanup(move || handle.clear());
    }
    (now, timer, alarm)
}

/// What Start runs before any time is set: five minutes.
const FIRST_MS: u64 = 5 * 60_000;

/// The main button: pause, start or resume, or at 0:00 run again, through the core.
pub fn start_or_pause(ctx: BoardCtx, timer: Option<Timer>) {
    let now = now_ms() as u64;
    let next = match timer {
        Some(t) => t.press(now),
        None => Timer::set(FIRST_MS).start(now),
    };
    ctx.run_or_toast(BoardEdit::Timer(Some(next)));
}

/// The id of the timer's settings menu.
const TIMER_MENU: &str = "board-timer-menu";

/// The timer in the board's bar: the time, its state and the main button;
/// minutes, +1 minute and reset in a small menu.
#[component]
pub fn TimerControl() -> impl IntoView {
    let ctx = use_board();
    let (now, timer, alarm) = ticking_clock_with_alarm(ctx);
    let minutes = RwSignal::new("5".to_string());
    let left = move || timer.get().map(|t| t.remaining(now.get()));
    let state = move || timer.get().map_or(TimerState::Ready, |t| t.state(now.get()));
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
        <div class="bar-timer" role="group" aria-label="Timer" data-testid="timer-panel">
            <span class="timer-display" class:done=move || left() == Some(0) data-testid="timer-display" role="timer">
                // Before any is set, the five minutes Start would run; what is typed counts once Set takes it.
                {move || Timer::display(left().unwrap_or(FIRST_MS))}
            </span>
            <span class="timer-state" class:done=move || state() == TimerState::TimeUp class:visually-hidden=move || state() == TimerState::Ready
                data-testid="timer-state" role="status">{move || state().words()}</span>
            <button type="button" class="primary" data-testid="timer-start" data-action=move || state().action() aria-keyshortcuts="T"
                on:click=move |_| start_or_pause(ctx, timer.get_untracked())>{move || state().action()}</button>
            <button type="button" class="bar-menu-button" popovertarget=TIMER_MENU data-testid="open-timer" aria-label="Timer settings"
                style="anchor-name: --timer-menu">"⋯"</button>
            <div id=TIMER_MENU popover="auto" class="bar-popover" style="position-anchor: --timer-menu">
                <div class="panel-row">
                    <label class="field"><span class="field-label">"Minutes"</span>
                        <input type="number" min="1" max="180" data-testid="timer-minutes" prop:value=minutes on:input:target=move |ev| minutes.set(ev.target().value()) /></label>
                    <button type="button" data-testid="timer-set" on:click=set>"Set"</button>
                    <button type="button" data-testid="timer-add-minute" on:click=move |_| change(|t, now| t.add_minute(now))>"+1 minute"</button>
                    <button type="button" data-testid="timer-reset" on:click=move |_| change(|t, _| t.reset())>"Reset"</button>
                </div>
            </div>
            <TimeUpBanner alarm />
        </div>
    }
}

/// "Time is up", over the page until dismissed: the room may not have heard
/// the chime, or the browser may have kept it silent.
#[component]
fn TimeUpBanner(alarm: RwSignal<Option<TimeUp>>) -> impl IntoView {
    move || {
        alarm.get().map(|up| {
            view! {
                <div class="time-up-banner" role="alert" data-testid="timer-alarm">
                    <strong>"Time is up."</strong>
                    {up.chime_blocked.then_some(" The chime could not play: this browser keeps sound off until you click on the page.")}
                    <button type="button" data-testid="timer-alarm-dismiss" on:click=move |_| alarm.set(None)>"Dismiss"</button>
                </div>
            }
        })
    }
}

/// Plays a soft two-note chime with a short fade in and out; calls
/// `unheard` if it could not be heard (no Web Audio, or the browser's
/// autoplay rule held the sound back: the context never started running).
pub fn chime(unheard: impl FnOnce() + 'static) {
    let Ok(audio) = web_sys::AudioContext::new() else { return unheard() };
    let start = audio.current_time();
    for (n, frequency) in [660.0_f32, 880.0].into_iter().enumerate() {
        let (Ok(osc), Ok(gain)) = (audio.create_oscillator(), audio.create_gain()) else { return unheard() };
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
    // A context starts "suspended" and runs once allowed, so ask after the chime.
    set_timeout(
        move || {
            let state = js_sys::Reflect::get(&audio, &JsValue::from_str("state")).ok().and_then(|s| s.as_string());
            if state.as_deref() != Some("running") {
                unheard();
            }
            drop(audio.close());
        },
        std::time::Duration::from_secs(2),
    );
}
