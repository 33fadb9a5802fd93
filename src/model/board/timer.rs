//! The workshop timer as plain data. The clock is passed in (milliseconds
//! since the epoch), so every rule here is a pure function.

use serde::Serialize;

/// A countdown: running from `started_at_ms` with `remaining_ms` left at that
/// moment, or paused with `remaining_ms` left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Timer {
    /// What it was set to; reset goes back to this.
    pub duration_ms: u64,
    /// Left when it was last started or paused.
    pub remaining_ms: u64,
    /// When it was started, if it is running.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_at_ms: Option<u64>,
}

const MINUTE_MS: u64 = 60_000;

/// How long after running out a timer is still announced to a page that
/// opens on it (a reload in the room), but not to one opened the next day.
const STILL_NEWS_MS: u64 = 10 * MINUTE_MS;

/// Where a timer stands at a moment, as its panel says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimerState {
    /// Set and not started: its whole duration is left.
    Ready,
    Running,
    /// Stopped part-way.
    Paused,
    /// It has run down to 0:00 (whether or not it was paused there).
    TimeUp,
}

impl TimerState {
    /// What the panel's state line says.
    pub fn words(self) -> &'static str {
        match self {
            TimerState::Ready => "Ready",
            TimerState::Running => "Running",
            TimerState::Paused => "Paused",
            TimerState::TimeUp => "Time is up",
        }
    }

    /// The label of the main button, which does [`Timer::press`].
    pub fn action(self) -> &'static str {
        match self {
            TimerState::Ready => "Start",
            TimerState::Running => "Pause",
            TimerState::Paused => "Resume",
            TimerState::TimeUp => "Restart",
        }
    }
}

impl Timer {
    /// A paused timer set to `duration_ms`.
    pub fn set(duration_ms: u64) -> Self {
        Timer { duration_ms, remaining_ms: duration_ms, started_at_ms: None }
    }

    pub fn is_running(&self) -> bool {
        self.started_at_ms.is_some()
    }

    /// Time left at `now_ms`, never below zero.
    pub fn remaining(&self, now_ms: u64) -> u64 {
        match self.started_at_ms {
            Some(start) => self.remaining_ms.saturating_sub(now_ms.saturating_sub(start)),
            None => self.remaining_ms,
        }
    }

    /// Whether it has run out at `now_ms`.
    pub fn finished(&self, now_ms: u64) -> bool {
        self.remaining(now_ms) == 0
    }

    /// Where it stands at `now_ms`.
    pub fn state(&self, now_ms: u64) -> TimerState {
        if self.finished(now_ms) {
            TimerState::TimeUp
        } else if self.is_running() {
            TimerState::Running
        } else if self.remaining_ms == self.duration_ms {
            TimerState::Ready
        } else {
            TimerState::Paused
        }
    }

    /// Whether a page watching the timer at `now_ms` should announce that the
    /// time is up: it ran out while running, at most a few minutes ago.
    pub fn announces_time_up(&self, now_ms: u64) -> bool {
        match self.started_at_ms {
            Some(start) => self.finished(now_ms) && now_ms - (start + self.remaining_ms) <= STILL_NEWS_MS,
            None => false,
        }
    }

    /// The main button: pauses a running timer, starts or resumes a stopped
    /// one, and runs a timer at 0:00 again from its full duration (a timer that
    /// ran out is still "running" at 0:00, and pausing it would do nothing).
    pub fn press(self, now_ms: u64) -> Self {
        match self.state(now_ms) {
            TimerState::Running => self.pause(now_ms),
            TimerState::TimeUp => self.reset().start(now_ms),
            TimerState::Ready | TimerState::Paused => self.start(now_ms),
        }
    }

    /// Runs from `now_ms`; a finished timer starts again from its duration.
    pub fn start(self, now_ms: u64) -> Self {
        if self.is_running() {
            return self;
        }
        let remaining_ms = if self.remaining_ms == 0 { self.duration_ms } else { self.remaining_ms };
        Timer { remaining_ms, started_at_ms: Some(now_ms), ..self }
    }

    /// Stops at what is left at `now_ms`.
    pub fn pause(self, now_ms: u64) -> Self {
        Timer { remaining_ms: self.remaining(now_ms), started_at_ms: None, ..self }
    }

    /// One more minute, running or not (a finished timer gets a minute to run).
    pub fn add_minute(self, now_ms: u64) -> Self {
        match self.started_at_ms {
            Some(_) => Timer { remaining_ms: self.remaining(now_ms) + MINUTE_MS, started_at_ms: Some(now_ms), ..self },
            None => Timer { remaining_ms: self.remaining_ms + MINUTE_MS, ..self },
        }
    }

    /// Back to its full duration, paused.
    pub fn reset(self) -> Self {
        Timer::set(self.duration_ms)
    }

    /// "4:05" for the screen: minutes and seconds, rounded up so it shows
    /// 0:00 only when finished.
    pub fn display(remaining_ms: u64) -> String {
        let seconds = remaining_ms.div_ceil(1000);
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_pauses_and_resumes() {
        let timer = Timer::set(5 * MINUTE_MS);
        assert_eq!(timer.remaining(1_000_000), 5 * MINUTE_MS);
        let running = timer.start(1_000_000);
        assert_eq!(running.remaining(1_000_000 + 61_000), 5 * MINUTE_MS - 61_000);
        let paused = running.pause(1_000_000 + 61_000);
        assert!(!paused.is_running());
        assert_eq!(paused.remaining(9_999_999_999), 5 * MINUTE_MS - 61_000);
        let resumed = paused.start(2_000_000);
        assert_eq!(resumed.remaining(2_000_000 + 1_000), 5 * MINUTE_MS - 62_000);
        assert_eq!(resumed.start(3_000_000), resumed, "starting a running timer changes nothing");
    }

    #[test]
    fn finishes_adds_a_minute_and_resets() {
        let running = Timer::set(MINUTE_MS).start(0);
        assert!(!running.finished(59_999));
        assert!(running.finished(60_000));
        assert_eq!(running.remaining(10 * MINUTE_MS), 0);
        let extended = running.add_minute(70_000);
        assert_eq!(extended.remaining(70_000), MINUTE_MS);
        assert_eq!(Timer::set(MINUTE_MS).add_minute(5).remaining(5), 2 * MINUTE_MS);
        assert_eq!(extended.reset(), Timer::set(MINUTE_MS));
        let finished = running.pause(80_000);
        assert_eq!(finished.start(100_000).remaining(100_000), MINUTE_MS, "a finished timer starts over");
    }

    #[test]
    fn at_zero_the_time_is_up_and_the_button_restarts_instead_of_pausing() {
        let set = Timer::set(MINUTE_MS);
        assert_eq!((set.state(0), set.state(0).action()), (TimerState::Ready, "Start"));
        let running = set.press(1_000);
        assert_eq!((running.state(2_000), running.state(2_000).action()), (TimerState::Running, "Pause"));
        let paused = running.press(31_000);
        assert_eq!((paused.state(99_000), paused.state(99_000).action()), (TimerState::Paused, "Resume"));
        // Run out: still running in the stored data, but the state is "time is up"
        // and the button offers a restart, never "Pause".
        let at_zero = 1_000 + MINUTE_MS;
        assert!(running.is_running());
        assert_eq!(running.state(at_zero), TimerState::TimeUp);
        assert_eq!((running.state(at_zero).words(), running.state(at_zero).action()), ("Time is up", "Restart"));
        assert_eq!(running.state(at_zero + 10 * MINUTE_MS), TimerState::TimeUp, "it stays up, long after");
        let restarted = running.press(at_zero + 5_000);
        assert_eq!((restarted.state(at_zero + 5_000), restarted.remaining(at_zero + 5_000)), (TimerState::Running, MINUTE_MS));
        // Paused exactly at zero, or reloaded long after: the same.
        let stopped_at_zero = running.pause(at_zero);
        assert_eq!(stopped_at_zero.state(at_zero), TimerState::TimeUp);
        assert_eq!(stopped_at_zero.press(at_zero).remaining(at_zero + 1_000), MINUTE_MS - 1_000);
    }

    #[test]
    fn running_out_is_announced_to_a_reload_in_the_room_not_the_next_day() {
        let running = Timer::set(MINUTE_MS).start(0);
        assert!(!running.announces_time_up(MINUTE_MS - 1));
        assert!(running.announces_time_up(MINUTE_MS));
        assert!(running.announces_time_up(MINUTE_MS + 5 * MINUTE_MS), "reloaded a few minutes later");
        assert!(!running.announces_time_up(MINUTE_MS + 24 * 60 * MINUTE_MS), "opened the next day");
        assert!(!running.pause(MINUTE_MS).announces_time_up(MINUTE_MS), "stopped at zero: already seen");
    }

    #[test]
    fn displays_minutes_and_seconds() {
        assert_eq!(Timer::display(5 * MINUTE_MS), "5:00");
        assert_eq!(Timer::display(61_001), "1:02");
        assert_eq!(Timer::display(0), "0:00");
    }
}
