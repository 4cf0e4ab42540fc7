use chrono::{NaiveDate, NaiveTime, Weekday};
use proptest::prelude::*;

use super::*;

fn greek_class() -> Activity {
    Activity {
        id: 1,
        service_id: 1,
        name: "Ελληνικά για γονείς".into(),
        capacity: 2,
        min_age: Some(16),
        max_age: None,
        starts_on: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
        ends_on: NaiveDate::from_ymd_opt(2026, 4, 30).unwrap(),
        weekdays: vec![Weekday::Mon, Weekday::Wed],
        time: NaiveTime::from_hms_opt(17, 0, 0).unwrap(),
        minutes: 90,
        roll_default: RollDefault::Present,
        active: true,
        version: 1,
    }
}

#[test]
fn sessions_follow_the_schedule_and_skip_public_holidays() {
    let times = greek_class().session_times();
    // March 2 to April 30, Mondays and Wednesdays: 18 days, less Easter Monday
    // (13 April 2026); 25 March 2026 is a Wednesday holiday.
    assert_eq!(times.len(), 16);
    assert!(
        times
            .iter()
            .all(|t| t.time() == NaiveTime::from_hms_opt(17, 0, 0).unwrap())
    );
    let days: Vec<_> = times.iter().map(|t| t.date().to_string()).collect();
    assert!(!days.contains(&"2026-04-13".to_string()));
    assert!(!days.contains(&"2026-03-25".to_string()));
}

#[test]
fn ages_and_definitions_are_checked() {
    let a = greek_class();
    assert!(a.accepts_age(Some(16)));
    assert!(!a.accepts_age(Some(15)));
    assert!(!a.accepts_age(None), "an unknown age cannot be checked");
    let open = Activity {
        min_age: None,
        ..greek_class()
    };
    assert!(open.accepts_age(None));
    assert_eq!(a.check(), Ok(()));
    let bad = Activity {
        capacity: 0,
        ..greek_class()
    };
    assert_eq!(bad.check(), Err(ActivityError::BadDefinition));
}

#[test]
fn the_waiting_list_moves_up_in_order_when_someone_leaves() {
    let mut r = Roster {
        capacity: 2,
        ..Roster::default()
    };
    assert_eq!(r.enrol(1), Some(Placement::Enrolled));
    assert_eq!(r.enrol(2), Some(Placement::Enrolled));
    assert_eq!(r.enrol(3), Some(Placement::Waiting(1)));
    assert_eq!(r.enrol(4), Some(Placement::Waiting(2)));
    assert_eq!(r.enrol(3), None);
    assert_eq!(r.leave(4), Some(vec![]));
    assert_eq!(r.leave(1), Some(vec![3]));
    assert_eq!(r.enrolled, vec![2, 3]);
    assert_eq!(r.leave(9), None);
    assert_eq!(r.enrol(5), Some(Placement::Waiting(1)));
    assert_eq!(r.set_capacity(4), vec![5]);
}

#[test]
fn rates_and_missed_sessions() {
    assert_eq!(rate(0, 0), None);
    assert_eq!(rate(2, 3), Some(67));
    assert!(missed_last(&[true, false, false, false], 3));
    assert!(!missed_last(&[false, true, false], 3));
    assert!(!missed_last(&[false, false], 3), "too few sessions to tell");
}

proptest! {
    /// Whatever comes and goes: never more enrolled than places, nobody waits while a
    /// place is free, nobody is twice, and the waiting list keeps its order.
    #[test]
    fn the_roster_keeps_its_rules(
        capacity in 0usize..6,
        ops in prop::collection::vec((any::<bool>(), 0i64..12), 0..80),
    ) {
        let mut r = Roster { capacity, ..Roster::default() };
        let mut arrivals: Vec<i64> = Vec::new();
        for (join, person) in ops {
            if join {
                if r.enrol(person).is_some() {
                    arrivals.push(person);
                }
            } else if r.leave(person).is_some() {
                arrivals.retain(|&p| p != person);
            }
            prop_assert!(r.enrolled.len() <= r.capacity);
            prop_assert!(r.waiting.is_empty() || r.enrolled.len() == r.capacity);
            let mut all: Vec<i64> = r.enrolled.iter().chain(&r.waiting).copied().collect();
            let n = all.len();
            all.sort();
            all.dedup();
            prop_assert_eq!(all.len(), n);
            // The waiting list is in arrival order.
            let order: Vec<i64> = arrivals.iter().copied().filter(|p| r.waiting.contains(p)).collect();
            prop_assert_eq!(&order, &r.waiting);
        }
    }
}
