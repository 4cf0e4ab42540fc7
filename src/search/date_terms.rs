//! Date-of-birth terms in a lookup query: a full date in the forms people type, a
//! month and year, a birth year or an age, beside the name words in any order; and
//! how a recorded date of birth agrees with one, tolerating the usual entry errors.
//!
//! Accepted terms (one per query, the first found):
//! - a full date: `23/10/2002`, `23-10-02`, `23.10.2002`, `2002-10-23`, `23102002`
//!   (eight digits; six or seven digits stay phone, AMKA or AFM fragments);
//! - a month and year: `10/2002`;
//! - a birth year: four digits from 1900 to this year;
//! - an age: `45ε`, `45y`, `45 ετών`, or a bare `45` when the query also holds a name
//!   word of three letters or more (alone, or beside a ticket letter, one to three
//!   digits stay a ticket or phone fragment).

use chrono::{Datelike, NaiveDate};

use crate::domain::dates::{self, DateError};
use crate::domain::names;

/// The oldest birth year a query term may name.
const OLDEST_YEAR: i32 = 1900;

/// The oldest age a query term may name.
const OLDEST_AGE: u32 = 110;

/// Words that mark a number as an age ("45 ετών", "45ε", "45y"), folded.
const AGE_WORDS: &[&str] = &[
    "ε",
    "ετ",
    "ετων",
    "ετουσ",
    "χ",
    "χρ",
    "χρονων",
    "χρονοσ",
    "χρονια",
    "y",
    "yo",
    "yr",
    "yrs",
    "year",
    "years",
    "j",
    "a",
    "ans",
];

/// A date-of-birth term typed in a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateTerm {
    /// A full date.
    Day(NaiveDate),
    /// A month of a year.
    Month { year: i32, month: u32 },
    /// A birth year.
    Year(i32),
    /// An age in whole years on the day of the search.
    Age(u32),
}

/// How a recorded date of birth agrees with the typed term, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateMatch {
    /// The date, month, year or age typed.
    Exact,
    /// Day and month swapped (10/23 for 23/10).
    DayMonthSwapped,
    /// One digit of the date different (a typo on either side).
    OneDigit,
    /// The same day and month, the year one off (or an age one off).
    YearOffByOne,
    /// A two-digit year read in the wrong century (1902 for 2002).
    WrongCentury,
    /// Recorded as 1 January of the year: the registration knew only the year.
    YearOnlyRecorded,
    /// Only the year agrees.
    SameYear,
    /// No date of birth recorded: nothing contradicts the term.
    Unknown,
}

impl DateMatch {
    /// A short English name, for `kentro search` and tests.
    pub fn name(self) -> &'static str {
        match self {
            DateMatch::Exact => "date",
            DateMatch::DayMonthSwapped => "day-month-swapped",
            DateMatch::OneDigit => "date-one-digit",
            DateMatch::YearOffByOne => "year-off-by-one",
            DateMatch::WrongCentury => "wrong-century",
            DateMatch::YearOnlyRecorded => "year-only-recorded",
            DateMatch::SameYear => "same-year",
            DateMatch::Unknown => "date-unknown",
        }
    }
}

/// The query without its date term, and the term (if any).
#[derive(Debug, Clone, PartialEq)]
pub struct SplitQuery {
    /// The name words (and anything else typed), the date term taken out.
    pub names: String,
    pub term: Option<DateTerm>,
}

fn is_date_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '/' | '.' | '-')
}

/// A whole date or a month and year written with separators, or eight digits.
fn dated(token: &str, today: NaiveDate) -> Option<DateTerm> {
    let parts: Vec<&str> = token
        .split(['/', '.', '-'])
        .filter(|p| !p.is_empty())
        .collect();
    if !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let in_range = |d: NaiveDate| (OLDEST_YEAR..=today.year()).contains(&d.year());
    match parts.as_slice() {
        [compact] if compact.len() == 8 => {
            let date = dates::parse_date(compact, today).ok()?;
            in_range(date).then_some(DateTerm::Day(date))
        }
        [_, _, _] => {
            let text = parts.join("/");
            let date = match dates::parse_date(&text, today) {
                Ok(date) => date,
                // 10/23/2002: the day and month were typed the other way round.
                Err(DateError::NotADate) if parts[0].len() <= 2 => {
                    let swapped = format!("{}/{}/{}", parts[1], parts[0], parts[2]);
                    dates::parse_date(&swapped, today).ok()?
                }
                Err(_) => return None,
            };
            in_range(date).then_some(DateTerm::Day(date))
        }
        [month, year] if month.len() <= 2 && year.len() == 4 => {
            let month: u32 = month.parse().ok()?;
            let year: i32 = year.parse().ok()?;
            ((1..=12).contains(&month) && (OLDEST_YEAR..=today.year()).contains(&year))
                .then_some(DateTerm::Month { year, month })
        }
        _ => None,
    }
}

/// An age written as digits followed by an age word ("45ε", "45y").
fn age_with_word(token: &str) -> Option<u32> {
    let digits: String = token.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let rest = names::fold(&token[digits.len()..]);
    let age: u32 = digits.parse().ok()?;
    (AGE_WORDS.contains(&rest.as_str()) && age <= OLDEST_AGE).then_some(age)
}

/// A bare number that is an age if the query holds a name.
fn bare_age(token: &str) -> Option<u32> {
    if token.is_empty() || token.len() > 3 || !token.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    token.parse().ok().filter(|age| *age <= OLDEST_AGE)
}

/// A term from one whitespace-separated token (bare ages excepted).
fn term_of(token: &str, today: NaiveDate) -> Option<DateTerm> {
    if token.chars().all(is_date_char) {
        if token.len() == 4 && token.chars().all(|c| c.is_ascii_digit()) {
            let year: i32 = token.parse().ok()?;
            return (OLDEST_YEAR..=today.year())
                .contains(&year)
                .then_some(DateTerm::Year(year));
        }
        return dated(token, today);
    }
    age_with_word(token).map(DateTerm::Age)
}

/// Takes the date term out of a query (see the module documentation).
pub fn split_query(query: &str, today: NaiveDate) -> SplitQuery {
    let tokens: Vec<&str> = query.split_whitespace().collect();
    let named = tokens.iter().any(|t| {
        names::words(t)
            .iter()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
    });
    let mut term = None;
    let mut taken: Vec<usize> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if let Some(found) = term_of(token, today) {
            term = Some(found);
            taken.push(i);
            break;
        }
        // "45 ετών": a number, then an age word.
        if let Some(age) = bare_age(token) {
            let next = tokens.get(i + 1).map(|t| names::fold(t));
            if next.as_deref().is_some_and(|w| AGE_WORDS.contains(&w)) && named {
                term = Some(DateTerm::Age(age));
                taken.extend([i, i + 1]);
                break;
            }
            if named {
                term = Some(DateTerm::Age(age));
                taken.push(i);
                break;
            }
        }
    }
    // Numbers that are no term (a date still being typed, "23/1", "198") are left
    // out of the names too: they would match no name and empty the list.
    let names: Vec<&str> = tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| !taken.contains(i) && !t.chars().all(is_date_char))
        .map(|(_, t)| *t)
        .collect();
    SplitQuery {
        names: names.join(" "),
        term,
    }
}

/// DDMMYYYY, the order the digits are typed in.
fn digits(date: NaiveDate) -> String {
    format!("{:02}{:02}{:04}", date.day(), date.month(), date.year())
}

/// True when the two dates' DDMMYYYY digits differ in exactly one place.
fn one_digit_apart(a: NaiveDate, b: NaiveDate) -> bool {
    digits(a)
        .bytes()
        .zip(digits(b).bytes())
        .filter(|(x, y)| x != y)
        .count()
        == 1
}

fn swapped(date: NaiveDate) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(date.year(), date.day(), date.month()).filter(|s| *s != date)
}

fn with_year(date: NaiveDate, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, date.month(), date.day())
}

fn age_on(dob: NaiveDate, today: NaiveDate) -> Option<u32> {
    today.years_since(dob)
}

impl DateTerm {
    /// How a recorded date of birth agrees with the term; `None` when it contradicts
    /// it. `Unknown` when nothing is recorded.
    pub fn judge(&self, dob: Option<NaiveDate>, today: NaiveDate) -> Option<DateMatch> {
        let Some(dob) = dob else {
            return Some(DateMatch::Unknown);
        };
        match *self {
            DateTerm::Day(date) => {
                let year_gap = (dob.year() - date.year()).abs();
                let same_day = dob.month() == date.month() && dob.day() == date.day();
                if dob == date {
                    Some(DateMatch::Exact)
                } else if swapped(date) == Some(dob) {
                    Some(DateMatch::DayMonthSwapped)
                } else if one_digit_apart(dob, date) {
                    Some(DateMatch::OneDigit)
                } else if same_day && year_gap == 1 {
                    Some(DateMatch::YearOffByOne)
                } else if same_day && year_gap == 100 {
                    Some(DateMatch::WrongCentury)
                } else if dob.year() == date.year() && dob.month() == 1 && dob.day() == 1 {
                    Some(DateMatch::YearOnlyRecorded)
                } else if dob.year() == date.year() {
                    Some(DateMatch::SameYear)
                } else {
                    None
                }
            }
            DateTerm::Month { year, month } => {
                if dob.year() == year && dob.month() == month {
                    Some(DateMatch::Exact)
                } else if dob.year() == year && dob.month() == 1 && dob.day() == 1 {
                    Some(DateMatch::YearOnlyRecorded)
                } else if dob.month() == month && (dob.year() - year).abs() == 1 {
                    Some(DateMatch::YearOffByOne)
                } else if dob.year() == year {
                    Some(DateMatch::SameYear)
                } else {
                    None
                }
            }
            DateTerm::Year(year) => match (dob.year() - year).abs() {
                0 => Some(DateMatch::Exact),
                1 => Some(DateMatch::YearOffByOne),
                100 => Some(DateMatch::WrongCentury),
                _ => None,
            },
            DateTerm::Age(age) => {
                let actual = age_on(dob, today)?;
                match actual.abs_diff(age) {
                    0 => Some(DateMatch::Exact),
                    1 => Some(DateMatch::YearOffByOne),
                    _ => None,
                }
            }
        }
    }

    /// Single dates worth looking up one by one: the date and its usual entry errors.
    pub fn dates(&self) -> Vec<NaiveDate> {
        let DateTerm::Day(date) = *self else {
            return Vec::new();
        };
        let mut out = vec![date];
        let mut add = |d: Option<NaiveDate>| {
            if let Some(d) = d
                && !out.contains(&d)
            {
                out.push(d);
            }
        };
        add(swapped(date));
        add(with_year(date, date.year() - 1));
        add(with_year(date, date.year() + 1));
        add(with_year(date, date.year() - 100));
        add(with_year(date, date.year() + 100));
        add(NaiveDate::from_ymd_opt(date.year(), 1, 1));
        let typed = digits(date);
        for position in 0..typed.len() {
            for digit in b'0'..=b'9' {
                let mut changed = typed.clone().into_bytes();
                if changed[position] == digit {
                    continue;
                }
                changed[position] = digit;
                let text = String::from_utf8_lossy(&changed).to_string();
                let (d, m, y) = (&text[..2], &text[2..4], &text[4..]);
                if let (Ok(d), Ok(m), Ok(y)) = (d.parse(), m.parse(), y.parse()) {
                    add(NaiveDate::from_ymd_opt(y, m, d).filter(|d| d.year() >= OLDEST_YEAR));
                }
            }
        }
        out
    }

    /// Ranges of dates of birth (inclusive), the likeliest first: those the term names,
    /// then the years around it.
    pub fn ranges(&self, today: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
        let year =
            |y: i32| NaiveDate::from_ymd_opt(y, 1, 1).zip(NaiveDate::from_ymd_opt(y, 12, 31));
        let mut out: Vec<Option<(NaiveDate, NaiveDate)>> = Vec::new();
        match *self {
            DateTerm::Day(date) => out.push(year(date.year())),
            DateTerm::Month { year: y, month } => {
                let first = NaiveDate::from_ymd_opt(y, month, 1);
                let last = first
                    .and_then(|f| f.checked_add_months(chrono::Months::new(1)))
                    .and_then(|n| n.pred_opt());
                out.push(first.zip(last));
                out.push(year(y));
                out.push(year(y - 1));
                out.push(year(y + 1));
            }
            DateTerm::Year(y) => {
                out.extend([
                    year(y),
                    year(y - 1),
                    year(y + 1),
                    year(y - 100),
                    year(y + 100),
                ]);
            }
            DateTerm::Age(age) => {
                // Born between a year and a day before `age` years ago and that day;
                // one more year on each side for an age one off.
                let back = |years: u32| today.checked_sub_months(chrono::Months::new(12 * years));
                let newest = back(age);
                let oldest = back(age + 1).and_then(|d| d.succ_opt());
                out.push(oldest.zip(newest));
                let older = back(age + 2).and_then(|d| d.succ_opt());
                let younger = back(age.saturating_sub(1));
                out.push(older.zip(oldest.and_then(|d| d.pred_opt())));
                if age > 0 {
                    out.push(newest.and_then(|d| d.succ_opt()).zip(younger));
                }
            }
        }
        out.into_iter()
            .flatten()
            .filter(|(lo, hi)| lo <= hi && hi.year() >= OLDEST_YEAR && lo <= &today)
            .collect()
    }
}

#[cfg(test)]
mod tests;
