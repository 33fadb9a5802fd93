//! A calendar day (a due date, a decision's date, a horizon's end): no time
//! and no zone, written `YYYY-MM-DD`, compared and counted as a value.

use std::fmt;

use serde::{Serialize, Serializer};

use super::calendar::{civil_from_days, days_from_civil, days_in_month, parse_ymd, push_padded};

/// A day of the proleptic Gregorian calendar, held as days since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(i32);

impl Day {
    /// 1970-01-01, where a file gives no usable day at all.
    pub const EPOCH: Day = Day(0);

    /// The day a strict `YYYY-MM-DD` text names, if it is a real date.
    pub fn parse(text: &str) -> Option<Day> {
        let (y, m, d) = parse_ymd(text)?;
        Some(Day(days_from_civil(y, m, d) as i32))
    }

    /// The day of a year, month (1–12) and day of month, if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
        ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then(|| Day(days_from_civil(y, m, d) as i32))
    }

    /// Days since 1970-01-01.
    pub fn from_days_since_epoch(days: i32) -> Day {
        Day(days)
    }

    pub fn days_since_epoch(self) -> i32 {
        self.0
    }

    /// (year, month 1–12, day 1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        let (y, m, d) = civil_from_days(i64::from(self.0));
        (y as i32, m as u32, d as u32)
    }

    /// The day `days` later (earlier when negative).
    pub fn plus_days(self, days: i32) -> Day {
        Day(self.0.saturating_add(days))
    }

    /// The same day of the month `months` later (earlier when negative),
    /// or the month's last day when it is shorter (31 January + 1 month is
    /// 28 or 29 February).
    pub fn plus_months(self, months: i32) -> Day {
        let (y, m, d) = civil_from_days(i64::from(self.0));
        let index = y * 12 + (m - 1) + i64::from(months);
        let (y, m) = (index.div_euclid(12), index.rem_euclid(12) + 1);
        Day(days_from_civil(y, m, d.min(days_in_month(y, m))) as i32)
    }

    /// How many days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Day) -> i32 {
        later.0 - self.0
    }

    /// Monday is 0, Sunday 6.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday.
        (self.0 + 3).rem_euclid(7) as u32
    }

    /// The `YYYY-MM-DD` text, the one form a day is written in.
    pub fn text(self) -> String {
        let mut out = String::with_capacity(10);
        self.write_into(&mut out);
        out
    }

    pub(super) fn write_into(self, out: &mut String) {
        let (y, m, d) = civil_from_days(i64::from(self.0));
        push_padded(out, y, 4);
        out.push('-');
        push_padded(out, m, 2);
        out.push('-');
        push_padded(out, d, 2);
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text())
    }
}
