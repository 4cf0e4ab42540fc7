//! An activity's schedule and age range as the desk types them: days as `Δε Τε`,
//! `mon wed` or `1 3`; ages as `16-`, `-12`, `4-12` or one age.

use chrono::Weekday;

use crate::domain::names::fold;

/// Weekdays typed as Greek or English abbreviations or names (accents and case do
/// not matter) or numbers (1 = Monday), separated by spaces, commas or `+`. `None`
/// when a word is not a day or nothing was typed. Each day once, Monday first.
pub fn parse_weekdays(text: &str) -> Option<Vec<Weekday>> {
    let mut days = Vec::new();
    for word in text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '+' | ';' | '/'))
        .filter(|w| !w.is_empty())
    {
        let day = weekday_word(&fold(word))?;
        if !days.contains(&day) {
            days.push(day);
        }
    }
    days.sort_by_key(|d: &Weekday| d.num_days_from_monday());
    (!days.is_empty()).then_some(days)
}

fn weekday_word(word: &str) -> Option<Weekday> {
    use Weekday::*;
    if let Ok(n) = word.parse::<u8>() {
        return Weekday::try_from(n.checked_sub(1)?).ok();
    }
    // Folded words: lower case, Greek without accents. Three letters are enough to
    // tell the days apart in either language (two in Greek: Δε, Τρ, Τε, Πε, Πα, Σα, Κυ).
    let prefixes: [(&[&str], Weekday); 7] = [
        (&["mo", "δε"], Mon),
        (&["tu", "τρ"], Tue),
        (&["we", "τε"], Wed),
        (&["th", "πε"], Thu),
        (&["fr", "πα"], Fri),
        (&["sa", "σα"], Sat),
        (&["su", "κυ"], Sun),
    ];
    prefixes
        .iter()
        .find(|(starts, _)| starts.iter().any(|s| word.starts_with(s)))
        .map(|(_, day)| *day)
}

/// An age range: `16-` (16 and over), `-12` (up to 12), `4-12`, `7` (exactly 7),
/// empty (any age). `Err(())` for anything else or a range that ends before it
/// starts.
#[allow(clippy::result_unit_err)]
pub fn parse_ages(text: &str) -> Result<(Option<u32>, Option<u32>), ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok((None, None));
    }
    let number = |s: &str| -> Result<Option<u32>, ()> {
        let s = s.trim();
        if s.is_empty() {
            Ok(None)
        } else {
            s.parse::<u32>().map(Some).map_err(|_| ())
        }
    };
    let (lo, hi) = match text.split_once(['-', '–']) {
        Some((lo, hi)) => (number(lo)?, number(hi)?),
        None => {
            let age = number(text)?;
            (age, age)
        }
    };
    match (lo, hi) {
        (Some(lo), Some(hi)) if lo > hi => Err(()),
        (None, None) => Err(()),
        range => Ok(range),
    }
}

/// An age range as `parse_ages` reads it back (`16-`, `-12`, `4-12`, `7`); empty for
/// any age.
pub fn ages_text(min: Option<u32>, max: Option<u32>) -> String {
    match (min, max) {
        (None, None) => String::new(),
        (Some(lo), Some(hi)) if lo == hi => lo.to_string(),
        (lo, hi) => format!(
            "{}-{}",
            lo.map(|a| a.to_string()).unwrap_or_default(),
            hi.map(|a| a.to_string()).unwrap_or_default()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Weekday::*;

    #[test]
    fn days_in_either_language_or_by_number() {
        assert_eq!(parse_weekdays("Δε Τε"), Some(vec![Mon, Wed]));
        assert_eq!(parse_weekdays("Τετάρτη, Δευτέρα"), Some(vec![Mon, Wed]));
        assert_eq!(parse_weekdays("mon,WED thu"), Some(vec![Mon, Wed, Thu]));
        assert_eq!(parse_weekdays("1 3 3"), Some(vec![Mon, Wed]));
        assert_eq!(parse_weekdays("Πέμπτη Παρασκευή"), Some(vec![Thu, Fri]));
        assert_eq!(parse_weekdays("8"), None);
        assert_eq!(parse_weekdays("someday"), None);
        assert_eq!(parse_weekdays("  "), None);
    }

    #[test]
    fn ages_as_typed_and_back() {
        assert_eq!(parse_ages(""), Ok((None, None)));
        assert_eq!(parse_ages("16-"), Ok((Some(16), None)));
        assert_eq!(parse_ages("-12"), Ok((None, Some(12))));
        assert_eq!(parse_ages("4 – 12"), Ok((Some(4), Some(12))));
        assert_eq!(parse_ages("7"), Ok((Some(7), Some(7))));
        assert_eq!(parse_ages("12-4"), Err(()));
        assert_eq!(parse_ages("-"), Err(()));
        assert_eq!(parse_ages("a-b"), Err(()));
        for text in ["16-", "-12", "4-12", "7", ""] {
            let (lo, hi) = parse_ages(text).unwrap();
            assert_eq!(ages_text(lo, hi), text);
        }
    }
}
