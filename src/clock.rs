//! The desk's clock: the wall clock, or, for tests and the demo only, a clock set to
//! another time with `KENTRO_CLOCK="YYYY-MM-DD HH:MM"` (it then runs on from there).
//!
//! The time the interface shows is also the time its writes are stamped with (an
//! appointment booked, a check-in, the audit rows). A desk must not be able to
//! forge those stamps in production, so the setting is honoured only where nothing
//! real is stamped or where no desk runs:
//! - in a debug build (the tests' binary; a packaged kentro is a release build), or
//! - with `--demo` (its database is a temporary sample, removed at exit);
//! - and never under a set-user-id install, whatever the build: there the
//!   environment is cleared before anything reads it (`privilege::enter`), and this
//!   module checks again in case it is called another way.
//!
//! Anywhere else a set `KENTRO_CLOCK` is ignored, with a warning in the log.

use chrono::{NaiveDateTime, TimeDelta, Timelike};

/// The environment variable that sets the clock (tests and the demo only).
pub const ENV: &str = "KENTRO_CLOCK";

/// The desk's clock: the wall clock moved by a fixed offset (none in production).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Clock {
    offset: TimeDelta,
}

impl Clock {
    /// The wall clock.
    pub fn wall() -> Clock {
        Clock::default()
    }

    /// A clock that reads `at` now and runs on from there.
    pub fn starting_at(at: NaiveDateTime) -> Clock {
        Clock {
            offset: at - chrono::Local::now().naive_local(),
        }
    }

    /// Whether this clock is moved from the wall clock.
    pub fn is_set(&self) -> bool {
        self.offset != TimeDelta::zero()
    }

    /// The time to the second.
    pub fn now(&self) -> NaiveDateTime {
        chrono::Local::now().naive_local() + self.offset
    }

    /// The current minute: what the screens show and stamp with.
    pub fn minute(&self) -> NaiveDateTime {
        let now = self.now();
        now.with_second(0)
            .and_then(|t| t.with_nanosecond(0))
            .unwrap_or(now)
    }

    /// The clock for this process: `KENTRO_CLOCK` where it may be honoured (see the
    /// module's comment), else the wall clock. A set but unreadable value is an error,
    /// so a test never runs on the wrong day without noticing.
    pub fn from_env(demo: bool) -> Result<Clock, crate::config::ConfigError> {
        let Some(value) = std::env::var_os(ENV) else {
            return Ok(Clock::wall());
        };
        if !may_be_set(demo, crate::identity::running_set_user_id()) {
            tracing::warn!(
                "{ENV} is set but ignored: only a debug build or the demo may run on another clock"
            );
            return Ok(Clock::wall());
        }
        let text = value.to_string_lossy();
        parse(&text)
            .map(Clock::starting_at)
            .ok_or_else(|| crate::config::ConfigError::BadClock(text.to_string()))
    }
}

/// Whether `KENTRO_CLOCK` may move the clock: a debug build or the demo, never a
/// set-user-id process.
pub fn may_be_set(demo: bool, set_user_id: bool) -> bool {
    !set_user_id && (demo || cfg!(debug_assertions))
}

/// "YYYY-MM-DD HH:MM" (or with seconds, or a `T` between).
pub fn parse(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn a_set_clock_reads_the_time_it_was_set_to_and_runs_on() {
        let at = NaiveDate::from_ymd_opt(2026, 12, 1)
            .and_then(|d| d.and_hms_opt(9, 30, 0))
            .unwrap();
        let clock = Clock::starting_at(at);
        assert!(clock.is_set());
        let read = clock.minute();
        assert!(read == at || read == at + TimeDelta::minutes(1), "{read}");
        assert!(!Clock::wall().is_set());
    }

    #[test]
    fn never_under_set_user_id_and_in_a_release_build_only_for_the_demo() {
        assert!(!may_be_set(true, true));
        assert!(!may_be_set(false, true));
        assert!(may_be_set(true, false));
        // The tests' build is a debug build: the tests' binary may run on a set clock.
        assert_eq!(may_be_set(false, false), cfg!(debug_assertions));
    }

    #[test]
    fn the_setting_is_read_as_a_date_and_a_time() {
        let want = NaiveDate::from_ymd_opt(2026, 12, 1)
            .and_then(|d| d.and_hms_opt(9, 30, 0))
            .unwrap();
        assert_eq!(parse("2026-12-01 09:30"), Some(want));
        assert_eq!(parse(" 2026-12-01T09:30:00 "), Some(want));
        assert_eq!(parse("01/12/2026 09:30"), None);
        assert_eq!(parse("tomorrow"), None);
    }
}
