//! Group activities: Greek lessons, a children's group, a workshop, a therapy group.
//! An activity has a service, a weekly schedule of sessions over a term, a capacity
//! and an age range; people are enrolled up to the capacity and wait in line beyond
//! it, moved up in the order they came when someone leaves; attendance is taken per
//! session as a roll call, present or absent by default as the activity chooses.

mod roster;
mod typed;

pub use roster::{Placement, Roster};
pub use typed::{ages_text, parse_ages, parse_weekdays};

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

use super::holidays::public_holiday;

/// What a roll call assumes before anyone is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RollDefault {
    Present,
    Absent,
}

impl RollDefault {
    pub fn code(self) -> &'static str {
        match self {
            RollDefault::Present => "present",
            RollDefault::Absent => "absent",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "present" => Some(RollDefault::Present),
            "absent" => Some(RollDefault::Absent),
            _ => None,
        }
    }

    pub fn assumed(self) -> bool {
        self == RollDefault::Present
    }
}

/// An activity as defined at the desk.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    pub id: i64,
    pub service_id: i64,
    pub name: String,
    pub capacity: u32,
    /// Ages accepted (inclusive), on the first day of the term.
    pub min_age: Option<u32>,
    pub max_age: Option<u32>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// Weekly sessions: which days, at what time, how long.
    pub weekdays: Vec<Weekday>,
    pub time: NaiveTime,
    pub minutes: u32,
    pub roll_default: RollDefault,
    pub active: bool,
    pub version: i64,
}

/// Why an activity or an enrolment is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityError {
    /// No name, no capacity, no days, a term that ends before it starts, or a bad
    /// length or age range.
    BadDefinition,
    /// The person's age is outside the activity's range (or unknown when it has one).
    OutsideAgeRange,
    /// Already enrolled or waiting.
    AlreadyEnrolled,
    /// Not enrolled nor waiting.
    NotEnrolled,
    /// The roll call names someone who is not enrolled.
    NotOnRoll,
}

impl std::fmt::Display for ActivityError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ActivityError::BadDefinition => "the activity needs a name, capacity, days and a term",
            ActivityError::OutsideAgeRange => "the person's age is outside the activity's range",
            ActivityError::AlreadyEnrolled => "already enrolled or on the waiting list",
            ActivityError::NotEnrolled => "not enrolled",
            ActivityError::NotOnRoll => "not on this session's roll",
        })
    }
}

impl std::error::Error for ActivityError {}

impl Activity {
    pub fn check(&self) -> Result<(), ActivityError> {
        let ages_ok = match (self.min_age, self.max_age) {
            (Some(lo), Some(hi)) => lo <= hi,
            _ => true,
        };
        if self.name.trim().is_empty()
            || self.capacity == 0
            || self.weekdays.is_empty()
            || self.ends_on < self.starts_on
            || self.minutes == 0
            || self.minutes > 8 * 60
            || !ages_ok
        {
            return Err(ActivityError::BadDefinition);
        }
        Ok(())
    }

    /// The term's session times: each scheduled weekday from start to end, public
    /// holidays left out.
    pub fn session_times(&self) -> Vec<NaiveDateTime> {
        let mut times = Vec::new();
        let mut day = self.starts_on;
        while day <= self.ends_on {
            if self.weekdays.contains(&day.weekday()) && public_holiday(day).is_none() {
                times.push(day.and_time(self.time));
            }
            day += Duration::days(1);
        }
        times
    }

    /// Whether a person of that age (on the first day of the term) may join.
    pub fn accepts_age(&self, age: Option<u32>) -> bool {
        match (age, self.min_age, self.max_age) {
            (_, None, None) => true,
            (None, _, _) => false,
            (Some(a), lo, hi) => lo.is_none_or(|lo| a >= lo) && hi.is_none_or(|hi| a <= hi),
        }
    }
}

/// Attendance rate in whole percent of the sessions taken (None before any).
pub fn rate(present: u32, taken: u32) -> Option<u32> {
    (taken > 0).then(|| (present * 100 + taken / 2) / taken)
}

/// Whether a roll call may be saved for a session starting at `starts_at`, at `now`:
/// not before its day.
pub fn roll_may_be_taken(starts_at: NaiveDateTime, now: NaiveDateTime) -> bool {
    starts_at.date() <= now.date()
}

/// Whether someone missed each of their last `n` sessions. `history` is their
/// attendance in session order, oldest first (true = present).
pub fn missed_last(history: &[bool], n: usize) -> bool {
    n > 0 && history.len() >= n && history[history.len() - n..].iter().all(|p| !p)
}

#[cfg(test)]
mod tests;
