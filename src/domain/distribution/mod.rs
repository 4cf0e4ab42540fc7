//! Basic-goods distribution: the social grocery, the social pharmacy, TEBA food aid,
//! clothes, school supplies. A household is enrolled in a programme by a decision,
//! valid for a time, with an allowance per period in points or items; each hand-out
//! counts against the period it falls in. Going over warns or stops, as the
//! programme decides; an expired enrolment stops.

use chrono::{Datelike, Months, NaiveDate};

/// What an allowance counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Points,
    Items,
}

/// How long an allowance lasts before it starts again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Month,
    Quarter,
    Year,
}

/// What happens when a hand-out would go over what is left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverLimit {
    /// Shown as a warning; the operator may go ahead.
    Warn,
    /// Refused.
    Stop,
}

macro_rules! codes {
    ($t:ident { $($v:ident = $c:literal),+ }) => {
        impl $t {
            pub fn code(self) -> &'static str {
                match self { $($t::$v => $c),+ }
            }
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($c => Some($t::$v),)+ _ => None }
            }
        }
    };
}
codes!(Unit { Points = "points", Items = "items" });
codes!(Period { Month = "month", Quarter = "quarter", Year = "year" });
codes!(OverLimit { Warn = "warn", Stop = "stop" });

impl Period {
    /// The period `day` falls in: first and last day, both included. Calendar
    /// months, quarters and years, so a household's month is everyone's month.
    pub fn around(self, day: NaiveDate) -> (NaiveDate, NaiveDate) {
        let (months, first_month) = match self {
            Period::Month => (1, day.month()),
            Period::Quarter => (3, (day.month() - 1) / 3 * 3 + 1),
            Period::Year => (12, 1),
        };
        let first = NaiveDate::from_ymd_opt(day.year(), first_month, 1).unwrap_or(day);
        let last = first
            .checked_add_months(Months::new(months))
            .and_then(|d| d.pred_opt())
            .unwrap_or(day);
        (first, last)
    }
}

/// A programme as the centre runs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Programme {
    pub id: i64,
    pub code: String,
    pub name_el: String,
    pub name_en: String,
    pub unit: Unit,
    pub period: Period,
    pub over_limit: OverLimit,
    /// The queue line whose tickets open the hand-out form.
    pub service_id: Option<i64>,
    /// The categories offered at the desk ("dry food", "hygiene", ...), with points
    /// per item where the unit is points.
    pub categories: Vec<(String, u32)>,
    pub active: bool,
    pub version: i64,
}

/// A household's enrolment in a programme.
#[derive(Debug, Clone, PartialEq)]
pub struct Enrolment {
    pub id: i64,
    pub programme_id: i64,
    pub household_id: i64,
    pub decided_on: NaiveDate,
    pub valid_from: NaiveDate,
    pub valid_to: NaiveDate,
    /// Points or items per period.
    pub allowance: u32,
    pub note: String,
    pub version: i64,
}

impl Enrolment {
    pub fn is_valid_on(&self, day: NaiveDate) -> bool {
        self.valid_from <= day && day <= self.valid_to
    }

    /// Days until it runs out (negative once expired).
    pub fn days_left(&self, day: NaiveDate) -> i64 {
        (self.valid_to - day).num_days()
    }
}

/// One line of a hand-out: a category and how many (and the points they count).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoutLine {
    pub category: String,
    pub quantity: u32,
    pub points: u32,
}

/// What a hand-out counts against the allowance.
pub fn counted(unit: Unit, lines: &[HandoutLine]) -> u32 {
    lines
        .iter()
        .map(|l| match unit {
            Unit::Points => l.points,
            Unit::Items => l.quantity,
        })
        .sum()
}

/// The answer to "may this be handed out?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Within the allowance; `left` after it.
    Within { left: u32 },
    /// Over by `over`, allowed with a warning (the programme warns).
    Warn { left: u32, over: u32 },
    /// Over by `over`, refused (the programme stops).
    Stop { left: u32, over: u32 },
    /// The enrolment is not valid that day (expired or not yet begun).
    NotValid,
    /// Nothing to hand out.
    Empty,
}

impl Verdict {
    pub fn allowed(self) -> bool {
        matches!(self, Verdict::Within { .. } | Verdict::Warn { .. })
    }
}

/// Whether `amount` more may be handed out on `day`, with `used` already counted in
/// that day's period.
pub fn check(
    enrolment: &Enrolment,
    policy: OverLimit,
    used: u32,
    amount: u32,
    day: NaiveDate,
) -> Verdict {
    if amount == 0 {
        return Verdict::Empty;
    }
    if !enrolment.is_valid_on(day) {
        return Verdict::NotValid;
    }
    let left = enrolment.allowance.saturating_sub(used);
    if amount <= left {
        return Verdict::Within {
            left: left - amount,
        };
    }
    let over = amount - left;
    match policy {
        OverLimit::Warn => Verdict::Warn { left, over },
        OverLimit::Stop => Verdict::Stop { left, over },
    }
}

#[cfg(test)]
mod tests;
