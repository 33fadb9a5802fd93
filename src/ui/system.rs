//! The few things the core asks of the browser: the time and fresh ids.

use crate::model::ids::uuid_v4_from_bytes;
use crate::model::time::rfc3339_from_millis;
use crate::model::IdSource;

/// Milliseconds since the epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The current time, RFC 3339 UTC.
pub fn now() -> String {
    rfc3339_from_millis(now_ms())
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
