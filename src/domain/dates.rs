//! Dates as people type them.
//!
//! Accepted: `DD/MM/YYYY`, `D/M/YYYY`, `D/M/YY` (with `/`, `.`, `-` or spaces between
//! the parts), `DDMMYYYY`, `DDMMYY` and ISO `YYYY-MM-DD`. Two-digit years resolve to the
//! latest century that does not put the date after `today`, as with the AMKA.

use chrono::{Datelike, NaiveDate};

/// Why a typed date was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Nothing was typed.
    Empty,
    /// The text is not in one of the accepted shapes.
    Format,
    /// The shape is right but the day does not exist (31/04, 29/02 of a common year).
    NotADate,
    /// A real date, but after today where only past dates make sense.
    Future,
}

/// Parses a date typed in any accepted format (see the module documentation).
pub fn parse_date(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    let mut parts: Vec<&str> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_ascii_digit() {
            if start.is_none() {
                start = Some(i);
            }
        } else if matches!(c, '/' | '.' | '-' | ' ') {
            if let Some(s) = start.take() {
                parts.push(&text[s..i]);
            }
        } else {
            return Err(DateError::Format);
        }
    }
    if let Some(s) = start {
        parts.push(&text[s..]);
    }
    match parts.as_slice() {
        [compact] if compact.len() == 8 || compact.len() == 6 => {
            dmy(&compact[..2], &compact[2..4], &compact[4..], today)
        }
        [year, month, day] if year.len() == 4 && month.len() <= 2 && day.len() <= 2 => {
            let (y, m, d) = (number(year)?, number(month)?, number(day)?);
            NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(DateError::NotADate)
        }
        [day, month, year] if day.len() <= 2 && month.len() <= 2 => dmy(day, month, year, today),
        _ => Err(DateError::Format),
    }
}

/// Like [`parse_date`], but refuses dates after `today` (births, past visits).
pub fn parse_past_date(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let date = parse_date(text, today)?;
    if date > today {
        return Err(DateError::Future);
    }
    Ok(date)
}

/// `DD/MM/YYYY`, the way dates are written in Greece.
pub fn format_date(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", date.day(), date.month(), date.year())
}

/// `YYYY-MM-DD` (ISO 8601), for files and the database.
pub fn format_iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

fn number(digits: &str) -> Result<u32, DateError> {
    digits.parse().map_err(|_| DateError::Format)
}

fn dmy(day: &str, month: &str, year: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let (d, m, y) = (number(day)?, number(month)?, number(year)?);
    match year.len() {
        4 => NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(DateError::NotADate),
        2 => {
            let this_century = today.year() - today.year().rem_euclid(100);
            let candidates: Vec<NaiveDate> = [this_century, this_century - 100]
                .into_iter()
                .filter_map(|century| NaiveDate::from_ymd_opt(century + y as i32, m, d))
                .collect();
            // The latest candidate not after today; if only a future one exists (29/02
            // that the previous century lacks), keep it and let the caller judge.
            candidates
                .iter()
                .find(|date| **date <= today)
                .or_else(|| candidates.first())
                .copied()
                .ok_or(DateError::NotADate)
        }
        _ => Err(DateError::Format),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn every_accepted_format() {
        let expected = Ok(ymd(1985, 3, 7));
        for typed in [
            "07/03/1985",
            "7/3/1985",
            "7/3/85",
            "07.03.1985",
            "07-03-1985",
            "07031985",
            "070385",
            "1985-03-07",
            " 7 / 3 / 1985 ",
            "7 3 1985",
        ] {
            assert_eq!(parse_date(typed, today()), expected, "{typed}");
        }
    }

    #[test]
    fn two_digit_years_are_never_in_the_future() {
        assert_eq!(parse_date("01/01/26", today()), Ok(ymd(2026, 1, 1)));
        assert_eq!(parse_date("23/11/26", today()), Ok(ymd(2026, 11, 23)));
        assert_eq!(parse_date("24/11/26", today()), Ok(ymd(1926, 11, 24)));
        assert_eq!(parse_date("01/01/27", today()), Ok(ymd(1927, 1, 1)));
        assert_eq!(parse_date("29/02/00", today()), Ok(ymd(2000, 2, 29)));
        assert_eq!(parse_date("010100", today()), Ok(ymd(2000, 1, 1)));
    }

    #[test]
    fn impossible_days() {
        assert_eq!(parse_date("29/02/2023", today()), Err(DateError::NotADate));
        assert_eq!(parse_date("29/02/2024", today()), Ok(ymd(2024, 2, 29)));
        assert_eq!(parse_date("29/02/1900", today()), Err(DateError::NotADate));
        assert_eq!(parse_date("29/02/25", today()), Err(DateError::NotADate));
        assert_eq!(parse_date("31/04/2020", today()), Err(DateError::NotADate));
        assert_eq!(parse_date("00/01/2020", today()), Err(DateError::NotADate));
        assert_eq!(parse_date("01/13/2020", today()), Err(DateError::NotADate));
        assert_eq!(parse_date("2020-02-30", today()), Err(DateError::NotADate));
    }

    #[test]
    fn malformed_text() {
        assert_eq!(parse_date("", today()), Err(DateError::Empty));
        assert_eq!(parse_date("   ", today()), Err(DateError::Empty));
        assert_eq!(
            parse_date("7 Μαρτίου 1985", today()),
            Err(DateError::Format)
        );
        assert_eq!(parse_date("1/2/3", today()), Err(DateError::Format));
        assert_eq!(parse_date("1/2/123", today()), Err(DateError::Format));
        assert_eq!(parse_date("1985", today()), Err(DateError::Format));
        assert_eq!(parse_date("0703198", today()), Err(DateError::Format));
        assert_eq!(parse_date("07/03/1985/1", today()), Err(DateError::Format));
        assert_eq!(parse_date("123/3/1985", today()), Err(DateError::Format));
        assert_eq!(parse_date("１/２/1985", today()), Err(DateError::Format));
    }

    #[test]
    fn past_dates_only() {
        assert_eq!(parse_past_date("23/11/2026", today()), Ok(today()));
        assert_eq!(
            parse_past_date("24/11/2026", today()),
            Err(DateError::Future)
        );
        assert_eq!(parse_date("24/11/2026", today()), Ok(ymd(2026, 11, 24)));
        assert_eq!(
            parse_past_date("31/04/2020", today()),
            Err(DateError::NotADate)
        );
    }

    #[test]
    fn formatting() {
        assert_eq!(format_date(ymd(1985, 3, 7)), "07/03/1985");
        assert_eq!(format_iso(ymd(1985, 3, 7)), "1985-03-07");
    }

    proptest! {
        #[test]
        fn never_panics(text in any::<String>()) {
            let _ = parse_date(&text, today());
            let _ = parse_past_date(&text, today());
        }

        #[test]
        fn never_panics_on_date_like_text(text in "[0-9/. -]{0,14}") {
            let _ = parse_past_date(&text, today());
        }

        #[test]
        fn formats_round_trip(days in 0i64..=46_000) {
            let date = today() - chrono::Duration::days(days);
            prop_assume!(date.year() >= 1900);
            prop_assert_eq!(parse_past_date(&format_date(date), today()), Ok(date));
            prop_assert_eq!(parse_past_date(&format_iso(date), today()), Ok(date));
        }
    }
}
