//! Chasing a department that holds a plan up: a ready-to-send reminder to
//! its head naming the plan, the version under review, the round's due day
//! and what is asked of the department, as a subject and body to copy or to
//! open in the user's mail program (`mailto:`).

use std::fmt::Write;

use super::Plan;
use crate::model::approval::{ApprovalRound, Holdup, SignOffState};

/// A reminder for one department, ready to send.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reminder {
    /// The head's e-mail address, when known.
    pub to: Option<String>,
    pub subject: String,
    pub body: String,
}

/// The first characters of a version's hash, as the approval view shows it.
fn short(hash: &str) -> String {
    hash.chars().take(8).collect()
}

/// The reminder to the department that `holdup` names, about `round` of
/// `plan`, whose content hash is now `current_hash`: what the department did
/// so far ([`Holdup::reason`]) and what it is asked now. The version named is
/// the one to approve now: the round's, unless the plan changed since it opened.
pub fn reminder(plan: &Plan, round: &ApprovalRound, holdup: &Holdup, current_hash: &str) -> Reminder {
    let department = plan.department(&holdup.position.department_id);
    let name = plan.department_name(&holdup.position.department_id);
    let version = short(current_hash);
    let changed = if round.plan_hash == current_hash {
        String::new()
    } else {
        format!(" (it has changed since the round opened on version {})", short(&round.plan_hash))
    };
    let title = plan.title.trim();
    let mut subject = format!("Sign-off reminder: “{title}”, version {version}");
    if let Some(due) = round.due {
        let _ = write!(subject, ", due {due}");
    }
    let greeting = match department.map(|d| d.head.trim()).filter(|h| !h.is_empty()) {
        Some(head) => format!("Hello {head},"),
        None => "Hello,".to_string(),
    };
    let ask = match (holdup.position.state, holdup.position.stale) {
        (SignOffState::Pending, _) => {
            format!("Please review version {version} and give {name}’s sign-off: approve it, ask for changes or reject it.")
        }
        (SignOffState::Approved, _) => {
            format!("That approval is not for the version under review. Please review version {version} and approve it, or say what should change.")
        }
        (_, true) => format!("The plan has changed since. Please review version {version} and say whether {name} can now approve it."),
        (SignOffState::ChangesRequested, false) => {
            format!("We have the changes {name} asked for and are working on them. If anything more must change before {name} can approve, please tell us; otherwise approve version {version} as it stands, or wait for the revised version.")
        }
        (SignOffState::Rejected, false) => {
            format!("Please tell us what would make version {version} acceptable to {name}, so that we can agree on the way forward.")
        }
    };
    let when = match round.due {
        Some(due) if holdup.position.overdue => format!("The sign-off was due on {due}: please answer as soon as you can."),
        Some(due) => format!("Please answer by {due}."),
        None => "Please answer as soon as you can.".to_string(),
    };
    let body = format!(
        "{greeting}\n\n\
         We are waiting for {name}’s sign-off on the plan “{title}”, version {version}{changed}.\n\n\
         So far, {name} {reason}. {ask}\n\n\
         {when} You can answer with the response file from Liaison, or reply to this message.\n\n\
         Thank you.\n",
        reason = holdup.reason(plan),
    );
    let to = department.map(|d| d.head_email.trim()).filter(|e| !e.is_empty()).map(str::to_string);
    Reminder { to, subject, body }
}

impl Reminder {
    /// A `mailto:` link that opens the reminder in the user's mail program:
    /// addressed to the head when known, subject and body percent-encoded
    /// (line breaks as CRLF, as RFC 6068 asks).
    pub fn mailto(&self) -> String {
        let to = self.to.as_deref().map(|to| encode(to, b"@")).unwrap_or_default();
        let body = self.body.replace("\r\n", "\n").replace('\n', "\r\n");
        format!("mailto:{to}?subject={}&body={}", encode(&self.subject, b""), encode(&body, b""))
    }
}

/// `text` percent-encoded as UTF-8, leaving unreserved characters (and `keep`) as they are.
fn encode(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) || keep.contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::approval::SignOffState;
    use crate::model::testing::{approval_round, bare_plan, day, sign_off};

    const HASH: &str = "0123456789abcdef";

    /// The example's departments, Finance's head known by name and address,
    /// and a round on `HASH` due 2026-12-01 that Finance and IT must sign.
    fn setting() -> (Plan, ApprovalRound) {
        let mut plan = bare_plan();
        plan.title = "Customer-first 2027".into();
        plan.departments[1].head = "Henrik Dahl".into();
        plan.departments[1].head_email = "henrik.dahl@finance.example".into();
        let (finance, it) = (plan.departments[1].id.to_string(), plan.departments[2].id.to_string());
        let mut round = approval_round("r", HASH, &[&finance, &it]);
        round.due = Some(day("2026-12-01"));
        (plan, round)
    }

    fn reminder_for(plan: &Plan, round: &ApprovalRound, department: usize, today: &str) -> Reminder {
        let id = &plan.departments[department].id;
        let holdups = round.holdups(HASH, day(today));
        let holdup = holdups.iter().find(|h| h.position.department_id == *id).expect("holds the plan up");
        reminder(plan, round, holdup, HASH)
    }

    #[test]
    fn names_the_plan_the_version_the_due_day_and_what_is_asked() {
        let (plan, round) = setting();
        let r = reminder_for(&plan, &round, 1, "2026-11-20");
        assert_eq!(r.to.as_deref(), Some("henrik.dahl@finance.example"));
        assert_eq!(r.subject, "Sign-off reminder: “Customer-first 2027”, version 01234567, due 2026-12-01");
        assert!(r.body.starts_with("Hello Henrik Dahl,\n\n"), "{}", r.body);
        assert!(r.body.contains("sign-off on the plan “Customer-first 2027”, version 01234567."), "{}", r.body);
        assert!(r.body.contains("So far, Finance has not answered. Please review version 01234567 and give Finance’s sign-off"), "{}", r.body);
        assert!(r.body.contains("Please answer by 2026-12-01."), "{}", r.body);
    }

    #[test]
    fn without_a_head_or_address_or_due_day_it_still_reads_well() {
        let (mut plan, mut round) = setting();
        plan.departments[2].head = " ".into();
        round.due = None;
        let r = reminder_for(&plan, &round, 2, "2026-11-20");
        assert_eq!(r.to, None);
        assert_eq!(r.subject, "Sign-off reminder: “Customer-first 2027”, version 01234567");
        assert!(r.body.starts_with("Hello,\n\n"));
        assert!(r.body.contains("Please answer as soon as you can."));
    }

    #[test]
    fn says_what_the_department_did_and_what_it_is_asked_now() {
        let (plan, mut round) = setting();
        let finance = plan.departments[1].id.to_string();
        round.sign_offs.push(sign_off("s1", &finance, SignOffState::ChangesRequested, HASH));
        let r = reminder_for(&plan, &round, 1, "2026-12-05");
        assert!(r.body.contains("So far, Finance asked for changes. We have the changes Finance asked for"), "{}", r.body);
        assert!(r.body.contains("The sign-off was due on 2026-12-01"), "overdue: {}", r.body);
        round.sign_offs[0].state = SignOffState::Rejected;
        assert!(reminder_for(&plan, &round, 1, "2026-11-20").body.contains("So far, Finance rejected the plan. Please tell us what would make version 01234567 acceptable"));
        // An answer on the version the round opened on; the plan has changed since.
        round.plan_hash = "fedcba9876543210".into();
        round.sign_offs[0].plan_hash = "fedcba9876543210".into();
        let holdups = round.holdups(HASH, day("2026-11-20"));
        let stale = reminder(&plan, &round, &holdups[0], HASH);
        assert!(stale.body.contains("version 01234567 (it has changed since the round opened on version fedcba98)."), "{}", stale.body);
        assert!(stale.body.contains("rejected an older version. The plan has changed since. Please review version 01234567"), "{}", stale.body);
    }

    #[test]
    fn the_mailto_link_is_addressed_and_encoded() {
        let (plan, round) = setting();
        let link = reminder_for(&plan, &round, 1, "2026-11-20").mailto();
        assert!(link.starts_with("mailto:henrik.dahl@finance.example?subject=Sign-off%20reminder%3A%20%E2%80%9CCustomer-first%202027%E2%80%9D%2C%20version%2001234567%2C%20due%202026-12-01&body=Hello%20Henrik%20Dahl%2C%0D%0A%0D%0A"), "{link}");
        assert!(!link.contains([' ', '\n', '\r']), "{link}");
        assert_eq!((link.matches('?').count(), link.matches('&').count()), (1, 1), "{link}");
        let nobody = Reminder { to: None, subject: "a&b=c".into(), body: "x+y".into() };
        assert_eq!(nobody.mailto(), "mailto:?subject=a%26b%3Dc&body=x%2By");
    }
}
