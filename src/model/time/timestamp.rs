//! An instant (when something changed, was signed, was opened): parsed once
//! from any RFC 3339 spelling, held as milliseconds since the epoch, compared
//! as a number and always written in one canonical form,
//! `2026-11-22T10:00:00.000Z`.

use std::fmt;

use serde::{Serialize, Serializer};

use super::calendar::{days_from_civil, digits, parse_ymd, push_padded};
use super::day::Day;

const MS_PER_DAY: i64 = 86_400_000;

/// Milliseconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(i64);

impl Timestamp {
    /// 1970-01-01T00:00:00.000Z, where a file gives no usable time at all.
    pub const EPOCH: Timestamp = Timestamp(0);

    pub const fn from_millis(ms: i64) -> Timestamp {
        Timestamp(ms)
    }

    pub fn millis(self) -> i64 {
        self.0
    }

    /// The instant an RFC 3339 text names (`Z` or a `±HH:MM` offset, any
    /// number of fraction digits, of which milliseconds are kept).
    pub fn parse(text: &str) -> Option<Timestamp> {
        let (date, rest) = text.split_once(['T', 't', ' '])?;
        let (y, m, d) = parse_ymd(date)?;
        let (clock, offset_minutes) = if let Some(clock) = rest.strip_suffix(['Z', 'z']) {
            (clock, 0)
        } else {
            let sign_at = rest.rfind(['+', '-'])?;
            let (clock, offset) = rest.split_at(sign_at);
            let sign = if offset.starts_with('-') { -1 } else { 1 };
            let (oh, om) = offset[1..].split_once(':')?;
            if oh.len() != 2 || om.len() != 2 {
                return None;
            }
            let (oh, om) = (digits(oh).filter(|h| *h <= 23)?, digits(om).filter(|m| *m <= 59)?);
            (clock, sign * (oh * 60 + om))
        };
        let (hms, fraction) = match clock.split_once('.') {
            Some((hms, fraction)) => (hms, Some(fraction)),
            None => (clock, None),
        };
        let mut fields = hms.split(':');
        let (h, min, s) = (fields.next()?, fields.next()?, fields.next()?);
        if fields.next().is_some() || h.len() != 2 || min.len() != 2 || s.len() != 2 {
            return None;
        }
        let (h, min, s) = (digits(h)?, digits(min)?, digits(s)?);
        if h > 23 || min > 59 || s > 60 {
            return None;
        }
        let millis = match fraction {
            None => 0,
            // Digits only, checked before reading so no character is split.
            Some(digits) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
                // The first three digits as milliseconds ("5" is 500); the rest is below what we keep.
                digits.bytes().chain(std::iter::repeat(b'0')).take(3).fold(0, |ms, b| ms * 10 + i64::from(b - b'0'))
            }
            Some(_) => return None,
        };
        // A leap second (:60) is read as the first instant of the next minute.
        let seconds = days_from_civil(y, m, d) * 86_400 + h * 3600 + min * 60 + s - offset_minutes * 60;
        Some(Timestamp(seconds * 1000 + millis))
    }

    /// The UTC day of this instant.
    pub fn day_utc(self) -> Day {
        Day::from_days_since_epoch(self.0.div_euclid(MS_PER_DAY) as i32)
    }

    /// The day of this instant on a clock `offset_minutes` ahead of UTC
    /// (negative west of Greenwich).
    pub fn day_at_offset(self, offset_minutes: i32) -> Day {
        Timestamp(self.0 + i64::from(offset_minutes) * 60_000).day_utc()
    }

    /// The first instant (00:00 UTC) of a day.
    pub fn start_of_utc_day(day: Day) -> Timestamp {
        Timestamp(i64::from(day.days_since_epoch()) * MS_PER_DAY)
    }

    /// This instant moved by `ms` milliseconds.
    pub fn plus_millis(self, ms: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(ms))
    }

    /// The canonical text, `2026-11-22T10:00:00.000Z`.
    pub fn text(self) -> String {
        let mut out = String::with_capacity(24);
        self.day_utc().write_into(&mut out);
        let rem = self.0.rem_euclid(MS_PER_DAY);
        out.push('T');
        push_padded(&mut out, rem / 3_600_000, 2);
        out.push(':');
        push_padded(&mut out, rem / 60_000 % 60, 2);
        out.push(':');
        push_padded(&mut out, rem / 1000 % 60, 2);
        out.push('.');
        push_padded(&mut out, rem % 1000, 3);
        out.push('Z');
        out
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text())
    }
}
