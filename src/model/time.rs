//! Timestamps as RFC 3339 text in UTC, calendar dates as `YYYY-MM-DD`, and the
//! arithmetic between them. The caller supplies the current time in milliseconds.

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

/// `2026-11-22T10:00:00.000Z` for a count of milliseconds since the Unix epoch.
pub fn rfc3339_from_millis(ms: f64) -> String {
    let ms = ms.max(0.0) as i64;
    let (days, rem) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    let (y, m, d) = civil_from_days(days);
    let (h, min, s, milli) = (rem / 3_600_000, rem / 60_000 % 60, rem / 1000 % 60, rem % 1000);
    format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}.{milli:03}Z")
}

fn number(text: &str) -> Option<i64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The (year, month, day) of a `YYYY-MM-DD` date, if it is a real calendar date.
pub fn parse_date(text: &str) -> Option<(i64, i64, i64)> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d) = (number(y)?, number(m)?, number(d)?);
    ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some((y, m, d))
}

/// Whether `text` is a valid `YYYY-MM-DD` calendar date.
pub fn is_valid_date(text: &str) -> bool {
    parse_date(text).is_some()
}

/// Milliseconds since the epoch of an RFC 3339 timestamp (`Z` or `±HH:MM` offset).
pub fn parse_rfc3339_millis(text: &str) -> Option<f64> {
    let (date, rest) = text.split_once(['T', 't', ' '])?;
    let (y, m, d) = parse_date(date)?;
    let (clock, offset_minutes) = if let Some(clock) = rest.strip_suffix(['Z', 'z']) {
        (clock, 0)
    } else {
        let sign_at = rest.rfind(['+', '-'])?;
        let (clock, offset) = rest.split_at(sign_at);
        let sign = if offset.starts_with('-') { -1 } else { 1 };
        let (oh, om) = offset[1..].split_once(':')?;
        let (oh, om) = (number(oh).filter(|h| *h <= 23)?, number(om).filter(|m| *m <= 59)?);
        (clock, sign * (oh * 60 + om))
    };
    let (hms, fraction) = match clock.split_once('.') {
        Some((hms, fraction)) => (hms, Some(fraction)),
        None => (clock, None),
    };
    let mut fields = hms.split(':');
    let (h, min, s) = (number(fields.next()?)?, number(fields.next()?)?, number(fields.next()?)?);
    if fields.next().is_some() || h > 23 || min > 59 || s > 60 {
        return None;
    }
    let millis = match fraction {
        None => 0,
        // Digits only, checked before slicing so no character is split.
        Some(digits) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            // The first three digits as milliseconds ("5" is 500), without formatting a string.
            digits.bytes().chain(std::iter::repeat(b'0')).take(3).fold(0, |ms, b| ms * 10 + i64::from(b - b'0'))
        }
        Some(_) => return None,
    };
    let seconds = days_from_civil(y, m, d) * 86_400 + h * 3600 + min * 60 + s - offset_minutes * 60;
    Some((seconds * 1000 + millis) as f64)
}

/// Whether `text` is a usable RFC 3339 timestamp.
pub fn is_valid_timestamp(text: &str) -> bool {
    parse_rfc3339_millis(text).is_some()
}

/// "just now", "5 minutes ago", "3 days ago" or the date, for lists of documents.
pub fn describe_age(then: &str, now_ms: f64) -> String {
    let Some(then_ms) = parse_rfc3339_millis(then) else {
        return "unknown".into();
    };
    let seconds = ((now_ms - then_ms) / 1000.0).max(0.0) as i64;
    let plural = |n: i64, unit: &str| format!("{n} {unit}{} ago", if n == 1 { "" } else { "s" });
    match seconds {
        0..=59 => "just now".into(),
        60..=3599 => plural(seconds / 60, "minute"),
        3600..=86_399 => plural(seconds / 3600, "hour"),
        86_400..=2_591_999 => plural(seconds / 86_400, "day"),
        _ => then.get(..10).unwrap_or(then).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses_timestamps_round_trip() {
        let ms = 1_795_341_600_123.0; // 2026-11-22T10:00:00.123Z
        let text = rfc3339_from_millis(ms);
        assert_eq!(text, "2026-11-22T10:00:00.123Z");
        assert_eq!(parse_rfc3339_millis(&text), Some(ms));
        assert_eq!(rfc3339_from_millis(0.0), "1970-01-01T00:00:00.000Z");
    }

    #[test]
    fn parses_offsets_and_plain_seconds() {
        assert_eq!(parse_rfc3339_millis("2026-11-22T11:00:00+01:00"), parse_rfc3339_millis("2026-11-22T10:00:00Z"));
        assert!(parse_rfc3339_millis("2026-11-22").is_none());
        assert!(parse_rfc3339_millis("2026-13-22T10:00:00Z").is_none());
        assert!(parse_rfc3339_millis("yesterday").is_none());
        // Odd input is refused, never a panic or an overflow.
        for odd in ["2026-11-22T10:00:00.1€Z", "2026-11-22T10:00:00.123garbageZ", "2026-11-22T10:00:00+99:99",
                    "2026-11-22T10:00:00+999999999999999999:00", "2026-11-22T10:00:00.Z", "2026-11-22T€"] {
            assert!(parse_rfc3339_millis(odd).is_none(), "{odd}");
        }
        assert_eq!(parse_rfc3339_millis("2026-11-22T10:00:00.123456Z"), parse_rfc3339_millis("2026-11-22T10:00:00.123Z"));
        let at = |fraction: &str| parse_rfc3339_millis(&format!("1970-01-01T00:00:00{fraction}Z"));
        assert_eq!((at(".5"), at(".05"), at(".123"), at("")), (Some(500.0), Some(50.0), Some(123.0), Some(0.0)));
    }

    #[test]
    fn validates_calendar_dates() {
        assert!(is_valid_date("2028-02-29"));
        assert!(!is_valid_date("2027-02-29"));
        assert!(!is_valid_date("2027-2-1"));
        assert!(!is_valid_date("2027-04-31"));
        assert!(!is_valid_date(""));
    }

    #[test]
    fn describes_ages_for_humans() {
        let now = parse_rfc3339_millis("2026-11-22T10:00:00Z").unwrap();
        assert_eq!(describe_age("2026-11-22T09:59:30Z", now), "just now");
        assert_eq!(describe_age("2026-11-22T09:55:00Z", now), "5 minutes ago");
        assert_eq!(describe_age("2026-11-21T10:00:00Z", now), "1 day ago");
        assert_eq!(describe_age("2025-01-01T00:00:00Z", now), "2025-01-01");
    }
}
