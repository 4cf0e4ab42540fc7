//! The one shape of every listing's `--json` (README, "JSON output"): a single JSON
//! array on one line of standard output, one object per listed thing, keys in
//! snake_case, codes rather than translated labels, dates as `YYYY-MM-DD`, times as
//! `YYYY-MM-DDTHH:MM:SS` in the centre's local time, an unknown value as `null`. An
//! empty listing is `[]`. Remarks about the listing (how many were withheld, what is
//! not shown) go to standard error as in the text form, never into the array.

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::Value;

/// Prints `rows` as the one JSON array of a listing.
pub fn print_rows(rows: Vec<Value>) -> Result<(), crate::Error> {
    super::print(&format!("{}\n", Value::Array(rows)))
}

/// A moment as listings show it.
pub fn time(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// A day as listings show it.
pub fn date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_dates_have_one_form() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        assert_eq!(date(day), "2026-03-09");
        assert_eq!(
            time(day.and_hms_opt(8, 5, 0).unwrap()),
            "2026-03-09T08:05:00"
        );
    }
}
