//! Greek public holidays: the fixed ones and those that move with Orthodox Easter.
//! Services are closed on them unless the centre says otherwise; a centre's own
//! closures (a strike, a move, summer) live in the store.

use chrono::{Datelike, Duration, NaiveDate};

/// Orthodox Easter Sunday of `year` (Gregorian calendar), by Meeus's Julian
/// algorithm plus the 13 days between the calendars (right for 1900–2099).
pub fn orthodox_easter(year: i32) -> Option<NaiveDate> {
    if !(1900..=2099).contains(&year) {
        return None;
    }
    let a = year % 4;
    let b = year % 7;
    let c = year % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let julian = NaiveDate::from_ymd_opt(year, month as u32, day as u32)?;
    Some(julian + Duration::days(13))
}

/// The nationwide public holidays of `year`, with their Greek names, in date order.
pub fn public_holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let fixed: [(u32, u32, &'static str); 8] = [
        (1, 1, "Πρωτοχρονιά"),
        (1, 6, "Θεοφάνεια"),
        (3, 25, "25η Μαρτίου"),
        (5, 1, "Πρωτομαγιά"),
        (8, 15, "Κοίμηση της Θεοτόκου"),
        (10, 28, "28η Οκτωβρίου"),
        (12, 25, "Χριστούγεννα"),
        (12, 26, "Σύναξη της Θεοτόκου"),
    ];
    let mut days: Vec<(NaiveDate, &'static str)> = fixed
        .iter()
        .filter_map(|&(m, d, name)| NaiveDate::from_ymd_opt(year, m, d).map(|day| (day, name)))
        .collect();
    if let Some(easter) = orthodox_easter(year) {
        days.push((easter - Duration::days(48), "Καθαρά Δευτέρα"));
        days.push((easter - Duration::days(2), "Μεγάλη Παρασκευή"));
        days.push((easter + Duration::days(1), "Δευτέρα του Πάσχα"));
        days.push((easter + Duration::days(50), "Αγίου Πνεύματος"));
    }
    days.sort();
    days
}

/// The public holiday on `day`, if it is one.
pub fn public_holiday(day: NaiveDate) -> Option<&'static str> {
    public_holidays(day.year())
        .into_iter()
        .find(|(d, _)| *d == day)
        .map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn orthodox_easter_on_known_years() {
        assert_eq!(orthodox_easter(2024), Some(date(2024, 5, 5)));
        assert_eq!(orthodox_easter(2025), Some(date(2025, 4, 20)));
        assert_eq!(orthodox_easter(2026), Some(date(2026, 4, 12)));
        assert_eq!(orthodox_easter(2027), Some(date(2027, 5, 2)));
    }

    #[test]
    fn moving_holidays_follow_easter() {
        assert_eq!(public_holiday(date(2026, 2, 23)), Some("Καθαρά Δευτέρα"));
        assert_eq!(public_holiday(date(2026, 4, 10)), Some("Μεγάλη Παρασκευή"));
        assert_eq!(public_holiday(date(2026, 4, 13)), Some("Δευτέρα του Πάσχα"));
        assert_eq!(public_holiday(date(2026, 6, 1)), Some("Αγίου Πνεύματος"));
        assert_eq!(public_holiday(date(2026, 10, 28)), Some("28η Οκτωβρίου"));
        assert_eq!(public_holiday(date(2026, 10, 29)), None);
    }
}
