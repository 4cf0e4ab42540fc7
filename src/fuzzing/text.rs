//! Targets over pure rules: the validators a form and an import share, and the name
//! normalisation lookup and duplicates rest on.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::intake::{self, ConsentPolicy, Entry, Field};
use crate::domain::{dates, ids, names, text};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 15).expect("a valid date")
}

fn now() -> NaiveDateTime {
    today().and_hms_opt(10, 42, 0).expect("a valid time")
}

/// The input as text, cut at NUL bytes into parts.
fn parts(data: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(data)
        .split('\0')
        .map(str::to_string)
        .collect()
}

/// Identifiers, dates, e-mail, text cleaning and the whole intake check. What a
/// validator accepts, it accepts again in the form it gave back (a saved person opens
/// and saves again), and cleaned text holds no control character.
pub fn validators(data: &[u8]) {
    let parts = parts(data);
    for part in &parts {
        if let Ok((amka, facts)) = ids::check_amka(part, today()) {
            assert!(amka.len() == 11 && amka.bytes().all(|b| b.is_ascii_digit()));
            assert_eq!(ids::check_amka(&amka, today()), Ok((amka.clone(), facts)));
        }
        if let Ok(afm) = ids::check_afm(part) {
            assert!(afm.len() == 9 && afm.bytes().all(|b| b.is_ascii_digit()));
            assert_eq!(ids::check_afm(&afm), Ok(afm.clone()));
        }
        if let Ok(phone) = ids::check_phone(part) {
            assert_eq!(ids::check_phone(&phone), Ok(phone.clone()), "{part:?}");
        }
        if let Ok(paaypa) = ids::check_paaypa(part) {
            assert_eq!(ids::check_paaypa(&paaypa), Ok(paaypa.clone()), "{part:?}");
        }
        if let Ok(date) = dates::parse_date(part, today()) {
            assert_eq!(
                dates::parse_date(&dates::format_date(date), today()),
                Ok(date)
            );
        }
        intake::plausible_email(part);
        let line = text::clean_line(part);
        assert!(!line.chars().any(char::is_control), "{line:?}");
        assert_eq!(text::clean_line(&line), line);
        let note = text::clean_note(part);
        assert!(
            !note.chars().any(|c| c.is_control() && c != '\n'),
            "{note:?}"
        );
        assert_eq!(text::clean_note(&note), note);
        assert_eq!(
            text::printable(&text::printable(part)),
            text::printable(part)
        );
    }
    // The parts as the form's fields, in form order.
    let mut entry = Entry::default();
    for (field, value) in Field::ALL.iter().zip(&parts) {
        entry.set(*field, value.clone());
    }
    for policy in [ConsentPolicy::default(), ConsentPolicy::everything()] {
        let checked = intake::check(&entry, now(), "fuzz", &policy);
        if !checked.has_errors() {
            let again = intake::check(&Entry::from_person(&checked.person), now(), "fuzz", &policy);
            assert!(
                !again.has_errors(),
                "a person the form accepted is refused when opened again: {:?}",
                again.issues
            );
        }
    }
}

/// Name folding, words and their places, search keys and Greeklish spellings.
pub fn names(data: &[u8]) {
    let parts = parts(data);
    for part in &parts {
        let folded = names::fold(part);
        assert_eq!(
            names::fold(&folded),
            folded,
            "folding twice changes {part:?}"
        );
        let words = names::words(part);
        assert_eq!(names::words(&folded), words);
        let ranges = names::word_ranges(part);
        assert_eq!(ranges.len(), words.len(), "word places of {part:?}");
        for (range, word) in ranges.iter().zip(&words) {
            assert_eq!(&names::fold(&part[range.clone()]), word, "{part:?}");
        }
        assert_eq!(names::skeleton(&folded), names::skeleton(part));
        names::elot743(part);
        names::prefix_keys(part);
        for word in words.iter().take(4) {
            names::greeklish_alternatives(word);
            names::foreign_alternatives(word);
            for shorter in names::deletions(word).iter().take(8) {
                assert!(
                    names::within_one_edit(word, shorter),
                    "{word:?} {shorter:?}"
                );
            }
        }
    }
    let get = |i: usize| parts.get(i).map_or("", String::as_str);
    let (a, b) = (get(0), get(1));
    assert!(names::within_one_edit(a, a));
    assert_eq!(names::within_one_edit(a, b), names::within_one_edit(b, a));
    names::person_keys(a, b, get(2));
    names::pair_keys(a, b);
}
