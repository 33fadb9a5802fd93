//! The next contact in words, as the communication plan shows it: overdue
//! says so in words (never by colour alone), the rest counts the days.

use super::NextContact;
use crate::model::time::Day;

impl NextContact {
    /// Due before `today` (a first contact is due today, not overdue).
    pub fn is_overdue(self, today: Day) -> bool {
        matches!(self, NextContact::Due(day) if day < today)
    }

    /// "Overdue: due 2026-11-24, 7 days ago", "Due today", "Due 2026-12-08, in 14 days".
    pub fn describe(self, today: Day) -> String {
        let day = match self {
            NextContact::FirstContact => return "Not contacted yet: due now".to_string(),
            NextContact::NoMilestone => return "No milestone ahead of a linked initiative".to_string(),
            NextContact::Due(day) => day,
        };
        let days = today.days_until(day);
        let plural = |n: i32| if n == 1 { "" } else { "s" };
        match days {
            0 => "Due today".to_string(),
            1 => format!("Due tomorrow, {}", day.text()),
            d if d > 1 => format!("Due {}, in {d} days", day.text()),
            -1 => format!("Overdue: due yesterday, {}", day.text()),
            d => format!("Overdue: due {}, {} day{} ago", day.text(), -d, plural(-d)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::day;

    #[test]
    fn overdue_says_so_and_counts_the_days() {
        let today = day("2026-12-01");
        assert_eq!(NextContact::Due(day("2026-11-24")).describe(today), "Overdue: due 2026-11-24, 7 days ago");
        assert_eq!(NextContact::Due(day("2026-11-30")).describe(today), "Overdue: due yesterday, 2026-11-30");
        assert!(NextContact::Due(day("2026-11-30")).is_overdue(today));
        assert!(!NextContact::FirstContact.is_overdue(today));
    }

    #[test]
    fn coming_contacts_count_the_days_ahead() {
        let today = day("2026-12-01");
        assert_eq!(NextContact::Due(today).describe(today), "Due today");
        assert!(!NextContact::Due(today).is_overdue(today));
        assert_eq!(NextContact::Due(day("2026-12-02")).describe(today), "Due tomorrow, 2026-12-02");
        assert_eq!(NextContact::Due(day("2026-12-15")).describe(today), "Due 2026-12-15, in 14 days");
        assert_eq!(NextContact::FirstContact.describe(today), "Not contacted yet: due now");
        assert_eq!(NextContact::NoMilestone.describe(today), "No milestone ahead of a linked initiative");
    }
}
