//! The time types checked by hand on the cases that matter and against
//! `chrono` on thousands of generated values.

use super::*;

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn range(&mut self, low: i64, high: i64) -> i64 {
        low + (self.next() % (high - low + 1) as u64) as i64
    }
}

fn ts(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap_or_else(|| panic!("{text} parses"))
}

#[test]
fn parses_every_spelling_of_an_instant_and_writes_one() {
    assert_eq!(ts("2026-11-22T10:00:00.123Z").text(), "2026-11-22T10:00:00.123Z");
    assert_eq!(ts("2026-11-22T10:00:00Z").text(), "2026-11-22T10:00:00.000Z");
    assert_eq!(ts("2026-11-22T11:00:00+01:00"), ts("2026-11-22T10:00:00Z"));
    assert_eq!(ts("2026-11-22T05:00:00-05:00"), ts("2026-11-22T10:00:00.000Z"));
    assert_eq!(ts("2026-11-22t10:00:00z"), ts("2026-11-22T10:00:00Z"));
    assert_eq!(ts("2026-11-22T10:00:00.123456Z"), ts("2026-11-22T10:00:00.123Z"));
    assert_eq!(Timestamp::EPOCH.text(), "1970-01-01T00:00:00.000Z");
    assert_eq!(ts("1969-12-31T23:59:59.999Z").millis(), -1);
    let at = |fraction: &str| Timestamp::parse(&format!("1970-01-01T00:00:00{fraction}Z")).map(Timestamp::millis);
    assert_eq!((at(".5"), at(".05"), at(".123"), at("")), (Some(500), Some(50), Some(123), Some(0)));
}

#[test]
fn orders_instants_by_time_not_by_spelling() {
    // As text these order the wrong way round.
    assert!(ts("2026-11-22T11:00:00+01:00") < ts("2026-11-22T10:00:00.001Z"));
    assert!(ts("2026-11-22T10:00:00Z") < ts("2026-11-22T10:00:00.5Z"));
    assert!("2026-11-22T10:00:00Z" > "2026-11-22T10:00:00.5Z", "the text comparison that went wrong");
    assert!(ts("2026-11-22T10:00:00-01:00") > ts("2026-11-22T10:30:00Z"));
}

#[test]
fn refuses_odd_text_without_panicking() {
    for odd in [
        "2026-11-22", "2026-13-22T10:00:00Z", "yesterday", "", "T", "2026-11-22T10:00:00.1€Z",
        "2026-11-22T10:00:00.123garbageZ", "2026-11-22T10:00:00+99:99", "2026-11-22T10:00:00+999999999999999999:00",
        "2026-11-22T10:00:00.Z", "2026-11-22T€", "2026-11-22T1:00:00Z", "2026-11-22T10:00:00+1:00", "2026-11-22T24:00:00Z",
        "2026-02-29T10:00:00Z", "+2026-11-22T10:00:00Z", "2026-11-22T10:00Z", "2026-11-22T10:00:00",
    ] {
        assert!(Timestamp::parse(odd).is_none(), "{odd}");
    }
}

#[test]
fn days_parse_strictly_and_count() {
    assert!(Day::parse("2028-02-29").is_some());
    for odd in ["2027-02-29", "2027-2-1", "2027-04-31", "", "2027-00-10", "20270101", "2027-01-01T00:00:00Z", "-027-01-01"] {
        assert!(Day::parse(odd).is_none(), "{odd}");
    }
    let day = Day::parse("2026-12-31").unwrap();
    assert_eq!(day.plus_days(1).text(), "2027-01-01");
    assert_eq!(day.days_until(Day::parse("2027-03-01").unwrap()), 60);
    assert!(Day::parse("2026-10-31").unwrap() < day);
    assert_eq!(Day::parse("2026-11-30").unwrap().weekday(), 0, "a Monday");
    assert_eq!(Day::from_ymd(2026, 2, 29), None);
}

#[test]
fn the_local_day_follows_the_zone() {
    let evening_in_new_york = ts("2026-12-01T20:00:00-05:00");
    let new_york = Zone { offset_minutes: -300 };
    assert_eq!(evening_in_new_york.day_utc().text(), "2026-12-02");
    assert_eq!(new_york.day_of(evening_in_new_york).text(), "2026-12-01");
    assert_eq!(new_york.start_of(Day::parse("2026-12-01").unwrap()), ts("2026-12-01T00:00:00-05:00"));
    assert_eq!(Zone::UTC.day_of(evening_in_new_york), evening_in_new_york.day_utc());
}

#[test]
fn describes_ages_for_humans() {
    let now = ts("2026-11-22T10:00:00Z");
    let age = |then: &str| describe_age(ts(then), now, Zone::UTC);
    assert_eq!(age("2026-11-22T09:59:30Z"), "just now");
    assert_eq!(age("2026-11-22T09:55:00Z"), "5 minutes ago");
    assert_eq!(age("2026-11-21T10:00:00Z"), "1 day ago");
    assert_eq!(age("2025-01-01T00:00:00Z"), "2025-01-01");
    assert_eq!(age("2026-11-22T10:05:00Z"), "just now", "a clock a little ahead is not in the future");
}

#[test]
fn days_agree_with_chrono() {
    use chrono::{Datelike, NaiveDate};
    let mut gen = Gen(0x5eed_1234_abcd_0001);
    for _ in 0..5000 {
        let days = gen.range(-718_162, 2_931_896) as i32; // 0003-09-27 ..= 9997-04-06, so ±1000 days stay in 4-digit years
        let ours = Day::from_days_since_epoch(days);
        let theirs = NaiveDate::from_num_days_from_ce_opt(days + 719_163).unwrap();
        let (y, m, d) = ours.ymd();
        assert_eq!((y, m, d), (theirs.year(), theirs.month(), theirs.day()), "{days}");
        let text = theirs.format("%Y-%m-%d").to_string();
        assert_eq!(ours.text(), text);
        assert_eq!(Day::parse(&text), Some(ours));
        assert_eq!(ours.weekday(), theirs.weekday().num_days_from_monday());
        let step = gen.range(-1000, 1000) as i32;
        let later = theirs + chrono::Duration::days(i64::from(step));
        assert_eq!(ours.plus_days(step).text(), later.format("%Y-%m-%d").to_string());
    }
    // Every text chrono refuses, we refuse; every one it reads, we read.
    for _ in 0..5000 {
        let text = format!("{:04}-{:02}-{:02}", gen.range(1, 9999), gen.range(0, 13), gen.range(0, 32));
        assert_eq!(Day::parse(&text).is_some(), NaiveDate::parse_from_str(&text, "%Y-%m-%d").is_ok(), "{text}");
    }
}

#[test]
fn instants_agree_with_chrono() {
    use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
    let mut gen = Gen(0x0ddb_a11_5eed_0002);
    for _ in 0..5000 {
        let ms = gen.range(-62_135_596_800_000, 253_402_300_799_999);
        let ours = Timestamp::from_millis(ms);
        let theirs = DateTime::<Utc>::from_timestamp_millis(ms).unwrap();
        let canonical = theirs.to_rfc3339_opts(SecondsFormat::Millis, true);
        assert_eq!(ours.text(), canonical);
        assert_eq!(Timestamp::parse(&canonical), Some(ours));
        // Other spellings of the same instant: another offset, more or fewer fraction digits.
        let offset = FixedOffset::east_opt(gen.range(-14 * 60, 14 * 60) as i32 * 60).unwrap();
        let shifted = theirs.with_timezone(&offset);
        for form in [SecondsFormat::Millis, SecondsFormat::Micros, SecondsFormat::Nanos] {
            let text = shifted.to_rfc3339_opts(form, false);
            assert_eq!(Timestamp::parse(&text), Some(ours), "{text}");
        }
        let whole = theirs.with_timezone(&offset).to_rfc3339_opts(SecondsFormat::Secs, false);
        assert_eq!(Timestamp::parse(&whole).map(Timestamp::millis), Some(ms - ms.rem_euclid(1000)), "{whole}");
        assert_eq!(ours.day_utc().text(), theirs.format("%Y-%m-%d").to_string());
        let local = shifted.format("%Y-%m-%d").to_string();
        assert_eq!(ours.day_at_offset(offset.local_minus_utc() / 60).text(), local);
    }
}

#[test]
fn months_later_keep_the_day_or_take_the_month_end() {
    let day = |t: &str| Day::parse(t).unwrap();
    assert_eq!(day("2026-01-31").plus_months(1), day("2026-02-28"));
    assert_eq!(day("2028-01-31").plus_months(1), day("2028-02-29"));
    assert_eq!(day("2026-11-15").plus_months(3), day("2027-02-15"));
    assert_eq!(day("2026-03-31").plus_months(-1), day("2026-02-28"));
    assert_eq!(day("2026-12-01").plus_months(0), day("2026-12-01"));
}
