use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn enrolment(allowance: u32) -> Enrolment {
    Enrolment {
        id: 1,
        programme_id: 1,
        household_id: 1,
        decided_on: day(2026, 1, 10),
        valid_from: day(2026, 1, 15),
        valid_to: day(2026, 7, 14),
        allowance,
        note: String::new(),
        version: 1,
    }
}

#[test]
fn periods_are_calendar_months_quarters_and_years() {
    assert_eq!(
        Period::Month.around(day(2026, 2, 28)),
        (day(2026, 2, 1), day(2026, 2, 28))
    );
    assert_eq!(
        Period::Month.around(day(2028, 2, 1)),
        (day(2028, 2, 1), day(2028, 2, 29))
    );
    assert_eq!(
        Period::Month.around(day(2026, 12, 31)),
        (day(2026, 12, 1), day(2026, 12, 31))
    );
    assert_eq!(
        Period::Quarter.around(day(2026, 6, 30)),
        (day(2026, 4, 1), day(2026, 6, 30))
    );
    assert_eq!(
        Period::Quarter.around(day(2026, 7, 1)),
        (day(2026, 7, 1), day(2026, 9, 30))
    );
    assert_eq!(
        Period::Year.around(day(2026, 5, 5)),
        (day(2026, 1, 1), day(2026, 12, 31))
    );
}

#[test]
fn within_warn_and_stop_at_the_edge_of_the_allowance() {
    let e = enrolment(100);
    let d = day(2026, 3, 31);
    assert_eq!(
        check(&e, OverLimit::Stop, 60, 40, d),
        Verdict::Within { left: 0 }
    );
    assert_eq!(
        check(&e, OverLimit::Stop, 60, 41, d),
        Verdict::Stop { left: 40, over: 1 }
    );
    assert_eq!(
        check(&e, OverLimit::Warn, 60, 41, d),
        Verdict::Warn { left: 40, over: 1 }
    );
    assert!(check(&e, OverLimit::Warn, 60, 41, d).allowed());
    assert!(!check(&e, OverLimit::Stop, 60, 41, d).allowed());
    // Already over (a warned hand-out earlier): nothing left, everything is over.
    assert_eq!(
        check(&e, OverLimit::Warn, 120, 5, d),
        Verdict::Warn { left: 0, over: 5 }
    );
    assert_eq!(check(&e, OverLimit::Stop, 0, 0, d), Verdict::Empty);
}

#[test]
fn an_enrolment_counts_only_between_its_dates() {
    let e = enrolment(100);
    assert_eq!(
        check(&e, OverLimit::Warn, 0, 1, day(2026, 1, 14)),
        Verdict::NotValid
    );
    assert!(check(&e, OverLimit::Warn, 0, 1, day(2026, 1, 15)).allowed());
    assert!(check(&e, OverLimit::Warn, 0, 1, day(2026, 7, 14)).allowed());
    assert_eq!(
        check(&e, OverLimit::Warn, 0, 1, day(2026, 7, 15)),
        Verdict::NotValid
    );
    assert_eq!(e.days_left(day(2026, 7, 10)), 4);
}

#[test]
fn points_or_items_are_counted() {
    let lines = vec![
        HandoutLine {
            category: "dry food".into(),
            quantity: 3,
            points: 12,
        },
        HandoutLine {
            category: "hygiene".into(),
            quantity: 2,
            points: 5,
        },
    ];
    assert_eq!(counted(Unit::Points, &lines), 17);
    assert_eq!(counted(Unit::Items, &lines), 5);
}

proptest! {
    /// Handing out one by one under Stop never goes past the allowance in any
    /// period, and under Warn what is refused is exactly what Stop would refuse.
    #[test]
    fn stop_never_goes_over(
        allowance in 0u32..50,
        amounts in prop::collection::vec((1u32..15, 0u32..200), 0..60),
    ) {
        let e = Enrolment { valid_from: day(2026, 1, 1), valid_to: day(2026, 12, 31), ..enrolment(allowance) };
        let mut used = std::collections::HashMap::new();
        for (amount, offset) in amounts {
            let d = day(2026, 1, 1) + chrono::Duration::days(i64::from(offset));
            let period = Period::Month.around(d);
            let so_far = *used.get(&period).unwrap_or(&0);
            let stop = check(&e, OverLimit::Stop, so_far, amount, d);
            let warn = check(&e, OverLimit::Warn, so_far, amount, d);
            prop_assert_eq!(stop.allowed(), matches!(warn, Verdict::Within { .. }));
            if stop.allowed() {
                used.insert(period, so_far + amount);
            }
            prop_assert!(used.values().all(|&u| u <= allowance));
        }
    }
}
