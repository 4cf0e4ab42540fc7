use super::*;
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn term(q: &str) -> Option<DateTerm> {
    split_query(q, today()).term
}

#[test]
fn every_form_the_issue_lists() {
    let day = Some(DateTerm::Day(ymd(2002, 10, 23)));
    for q in [
        "Παπαδόπουλος Γεώργιος 23/10/2002",
        "papadopoulos 23-10-02",
        "23.10.2002 papadopoulos",
        "2002-10-23",
        "23102002",
        "Παπαδόπουλος 10/23/2002",
    ] {
        assert_eq!(term(q), day, "{q}");
    }
    assert_eq!(term("Ντόκος Αντώνης 1987"), Some(DateTerm::Year(1987)));
    assert_eq!(
        term("Ντόκος 10/2002"),
        Some(DateTerm::Month {
            year: 2002,
            month: 10
        })
    );
    for q in [
        "Ντόκος 45",
        "Ντόκος 45ε",
        "Ντόκος 45y",
        "ntokos 45 ετών",
        "45 χρονών Ντόκος",
    ] {
        assert_eq!(term(q), Some(DateTerm::Age(45)), "{q}");
    }
    let split = split_query("Ντόκος 45 ετών Αντώνης", today());
    assert_eq!(split.names, "Ντόκος Αντώνης");
}

#[test]
fn fragments_of_tickets_phones_and_identifiers_stay_what_they_are() {
    for q in [
        "45",
        "k 45",
        "Κ014",
        "694412",
        "6944123",
        "231002",
        "12345",
        "2030",
        "1850",
        "32/13/2002",
        "abc 31/02/2002",
        "papadopoulos 694412",
        "ab 45",
    ] {
        assert_eq!(term(q), None, "{q}");
    }
    // Alone, a year or an age lists nobody; only a full date stands alone.
    assert_eq!(term("1987"), Some(DateTerm::Year(1987)));
}

#[test]
fn tolerated_errors_rank_in_order() {
    let typed = DateTerm::Day(ymd(2002, 10, 23));
    let judge = |d: NaiveDate| typed.judge(Some(d), today());
    assert_eq!(judge(ymd(2002, 10, 23)), Some(DateMatch::Exact));
    assert_eq!(
        DateTerm::Day(ymd(2002, 5, 7)).judge(Some(ymd(2002, 7, 5)), today()),
        Some(DateMatch::DayMonthSwapped)
    );
    assert_eq!(judge(ymd(2002, 10, 28)), Some(DateMatch::OneDigit));
    assert_eq!(judge(ymd(2008, 10, 23)), Some(DateMatch::OneDigit));
    assert_eq!(judge(ymd(2001, 10, 23)), Some(DateMatch::OneDigit));
    assert_eq!(judge(ymd(2019, 10, 23)), None);
    assert_eq!(
        DateTerm::Day(ymd(2000, 10, 23)).judge(Some(ymd(1999, 10, 23)), today()),
        Some(DateMatch::YearOffByOne)
    );
    assert_eq!(judge(ymd(1902, 10, 23)), Some(DateMatch::WrongCentury));
    assert_eq!(judge(ymd(2002, 1, 1)), Some(DateMatch::YearOnlyRecorded));
    assert_eq!(judge(ymd(2002, 6, 15)), Some(DateMatch::SameYear));
    assert_eq!(judge(ymd(1987, 6, 15)), None);
    assert_eq!(typed.judge(None, today()), Some(DateMatch::Unknown));
    assert!(DateMatch::Exact < DateMatch::DayMonthSwapped);
    assert!(DateMatch::YearOnlyRecorded < DateMatch::SameYear);
    assert!(DateMatch::SameYear < DateMatch::Unknown);

    let year = DateTerm::Year(1987);
    assert_eq!(
        year.judge(Some(ymd(1987, 3, 3)), today()),
        Some(DateMatch::Exact)
    );
    assert_eq!(
        year.judge(Some(ymd(1988, 3, 3)), today()),
        Some(DateMatch::YearOffByOne)
    );
    assert_eq!(year.judge(Some(ymd(1990, 3, 3)), today()), None);

    let age = DateTerm::Age(45);
    assert_eq!(
        age.judge(Some(ymd(1981, 6, 1)), today()),
        Some(DateMatch::Exact)
    );
    assert_eq!(
        age.judge(Some(ymd(1981, 12, 1)), today()),
        Some(DateMatch::YearOffByOne)
    );
    assert_eq!(age.judge(Some(ymd(1970, 1, 1)), today()), None);
}

#[test]
fn every_tolerated_date_is_looked_up_and_judged_tolerable() {
    let typed = DateTerm::Day(ymd(2002, 10, 23));
    let dates = typed.dates();
    assert_eq!(dates[0], ymd(2002, 10, 23));
    for d in [
        ymd(2002, 10, 28),
        ymd(1902, 10, 23),
        ymd(2002, 1, 1),
        ymd(2001, 10, 23),
    ] {
        assert!(dates.contains(&d), "{d}");
    }
    for d in &dates {
        assert!(typed.judge(Some(*d), today()).is_some(), "{d}");
    }
    let ranges = DateTerm::Age(45).ranges(today());
    assert_eq!(ranges[0], (ymd(1980, 12, 1), ymd(1981, 11, 30)));
}

fn formats(date: NaiveDate) -> Vec<String> {
    let (d, m, y) = (date.day(), date.month(), date.year());
    vec![
        format!("{d:02}/{m:02}/{y}"),
        format!("{d}/{m}/{y}"),
        format!("{d:02}-{m:02}-{y}"),
        format!("{d:02}.{m:02}.{y}"),
        format!("{y}-{m:02}-{d:02}"),
        format!("{d:02}{m:02}{y}"),
    ]
}

proptest! {
    #[test]
    fn any_date_in_any_accepted_form_parses_back(
        days in 0i64..(126 * 365),
        name in prop::sample::select(vec!["", "Παπαδόπουλος ", "karimi ali "]),
    ) {
        let date = ymd(1900, 1, 1) + chrono::Duration::days(days);
        prop_assume!(date <= today());
        for text in formats(date) {
            let split = split_query(&format!("{name}{text}"), today());
            prop_assert_eq!(split.term, Some(DateTerm::Day(date)), "{}", text);
            prop_assert_eq!(split.names, name.trim());
        }
        // A two-digit year means the latest century not after today.
        let short = format!("{:02}-{:02}-{:02}", date.day(), date.month(), date.year() % 100);
        if let Some(DateTerm::Day(read)) = split_query(&short, today()).term {
            prop_assert_eq!(read.day(), date.day());
            prop_assert!(read <= today());
            prop_assert_eq!(read.year() % 100, date.year() % 100);
        } else {
            prop_assert!(false, "{} not read", short);
        }
    }

    #[test]
    fn short_numbers_stay_phone_and_ticket_fragments(
        digits in "[0-9]{5,7}",
        ticket in "[ΑΚΣkas][0-9]{1,3}",
    ) {
        prop_assert_eq!(term(&digits), None);
        prop_assert_eq!(term(&format!("papadopoulos {digits}")), None);
        prop_assert_eq!(term(&ticket), None);
        let bare: String = ticket.chars().skip(1).collect();
        prop_assert_eq!(term(&bare), None);
    }

    #[test]
    fn tolerated_dates_are_never_contradictions(days in 0i64..(120 * 365)) {
        let date = ymd(1905, 1, 1) + chrono::Duration::days(days);
        let typed = DateTerm::Day(date);
        for d in typed.dates() {
            prop_assert!(typed.judge(Some(d), today()).is_some());
        }
        prop_assert_eq!(typed.judge(Some(date), today()), Some(DateMatch::Exact));
    }
}
