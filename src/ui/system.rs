//! The few things the core asks of the browser: the time, the user's day and
//! time zone, and fresh ids.

use crate::model::ids::uuid_v4_from_bytes;
use crate::model::{Day, Env, IdSource, Timestamp, Zone};

/// Milliseconds since the epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The current instant.
pub fn now() -> Timestamp {
    Timestamp::from_millis(now_ms() as i64)
}

/// The user's time zone now, as the browser reports it.
pub fn zone() -> Zone {
    // getTimezoneOffset is minutes *behind* UTC (New York in winter: 300).
    Zone { offset_minutes: -(js_sys::Date::new_0().get_timezone_offset() as i32) }
}

/// Today on the user's calendar (not UTC: at 20:00 in New York it is still today).
pub fn today() -> Day {
    zone().day_of(now())
}

/// The day of an instant on the user's calendar, with the offset the zone had
/// then (daylight saving time included).
pub fn local_day(at: Timestamp) -> Day {
    let then = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.millis() as f64));
    at.day_at_offset(-(then.get_timezone_offset() as i32))
}

/// What one command runs with: now, today and the browser's random ids.
pub fn with_env<T>(f: impl FnOnce(&mut Env<'_>) -> T) -> T {
    f(&mut Env { now: now(), today: today(), ids: &mut BrowserIds })
}

/// Runs `f` and records its duration as a User Timing measure called `name`,
/// which `make bench` and the browser's performance tools read.
pub fn measured<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let result = f();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
    result
}

/// Random UUIDs from the browser's cryptographic generator.
pub struct BrowserIds;

impl IdSource for BrowserIds {
    fn next_id(&mut self) -> String {
        let mut bytes = [0u8; 16];
        let crypto = web_sys::window().and_then(|w| w.crypto().ok());
        let filled = crypto.is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
        if !filled {
            bytes.iter_mut().for_each(|b| *b = (js_sys::Math::random() * 256.0) as u8);
        }
        uuid_v4_from_bytes(bytes)
    }
}
