//! Time as types: an instant ([`Timestamp`]) and a calendar day ([`Day`]),
//! each parsed once when a file or entry is read and written in one canonical
//! form; the user's local clock ([`Zone`]) for what people read. The caller
//! supplies the current time: nothing here reads a clock.

mod calendar;
mod day;
mod timestamp;
#[cfg(test)]
mod tests;

pub use day::Day;
pub use timestamp::Timestamp;

/// The user's time zone as an offset from UTC, read by the shell from the
/// browser. It places instants on the user's calendar for display and for
/// "today"; an offset is enough for that (a daylight-saving change moves a
/// time shown near midnight by an hour at most).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Zone {
    /// Minutes ahead of UTC (negative west of Greenwich: New York is -300 in winter).
    pub offset_minutes: i32,
}

impl Zone {
    pub const UTC: Zone = Zone { offset_minutes: 0 };

    /// The local day of an instant.
    pub fn day_of(self, at: Timestamp) -> Day {
        at.day_at_offset(self.offset_minutes)
    }

    /// The first instant of a local day.
    pub fn start_of(self, day: Day) -> Timestamp {
        Timestamp::start_of_utc_day(day).plus_millis(-i64::from(self.offset_minutes) * 60_000)
    }
}

/// "just now", "5 minutes ago", "3 days ago" or the local day, for lists of documents.
pub fn describe_age(then: Timestamp, now: Timestamp, zone: Zone) -> String {
    let seconds = ((now.millis() - then.millis()) / 1000).max(0);
    let plural = |n: i64, unit: &str| format!("{n} {unit}{} ago", if n == 1 { "" } else { "s" });
    match seconds {
        0..=59 => "just now".into(),
        60..=3599 => plural(seconds / 60, "minute"),
        3600..=86_399 => plural(seconds / 3600, "hour"),
        86_400..=2_591_999 => plural(seconds / 86_400, "day"),
        _ => zone.day_of(then).text(),
    }
}
