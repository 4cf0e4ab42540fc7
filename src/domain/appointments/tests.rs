use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use proptest::prelude::*;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(d: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    d.and_hms_opt(h, m, 0).unwrap()
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// Monday 30 November 2026, an ordinary working Monday.
fn monday() -> NaiveDate {
    day(2026, 11, 30)
}

fn early() -> NaiveDateTime {
    at(day(2026, 11, 1), 8, 0)
}

fn default_calendar(taken: Vec<Span>) -> Calendar {
    Calendar::new(7, OpeningHours::default_week(), Vec::new(), taken)
}

#[test]
fn a_default_weekday_has_sixteen_half_hour_slots_and_the_weekend_none() {
    let cal = default_calendar(Vec::new());
    let slots = cal.slots_on(monday());
    assert_eq!(slots.len(), 16);
    assert_eq!(slots[0].start, at(monday(), 9, 0));
    assert_eq!(slots[15].end, at(monday(), 17, 0));
    assert!(cal.slots_on(day(2026, 12, 5)).is_empty(), "Saturday");
    assert!(cal.slots_on(day(2026, 12, 6)).is_empty(), "Sunday");
}

#[test]
fn public_holidays_and_closures_have_no_slots() {
    let closures = vec![
        Closure {
            day: day(2026, 12, 1),
            service_id: Some(7),
            name: "training".into(),
        },
        Closure {
            day: day(2026, 12, 2),
            service_id: Some(8),
            name: "another line".into(),
        },
        Closure {
            day: day(2026, 12, 3),
            service_id: None,
            name: "whole centre".into(),
        },
    ];
    let cal = Calendar::new(7, OpeningHours::default_week(), closures, Vec::new());
    assert!(cal.slots_on(day(2026, 12, 25)).is_empty(), "Christmas");
    assert!(cal.slots_on(day(2026, 4, 13)).is_empty(), "Easter Monday");
    assert!(cal.slots_on(day(2026, 12, 1)).is_empty());
    assert_eq!(cal.slots_on(day(2026, 12, 2)).len(), 16);
    assert!(cal.slots_on(day(2026, 12, 3)).is_empty());
    assert_eq!(
        cal.check(at(day(2026, 12, 25), 10, 0), 30, early()),
        Err(Refusal::Closed)
    );
}

#[test]
fn two_shifts_and_a_last_short_slot() {
    let hours = vec![
        OpeningHours {
            weekday: Weekday::Tue,
            opens: time(9, 0),
            closes: time(14, 0),
            slot_minutes: 45,
            capacity: 2,
        },
        OpeningHours {
            weekday: Weekday::Tue,
            opens: time(17, 0),
            closes: time(21, 0),
            slot_minutes: 60,
            capacity: 1,
        },
    ];
    let cal = Calendar::new(7, hours, Vec::new(), Vec::new());
    let tuesday = day(2026, 12, 1);
    let slots = cal.slots_on(tuesday);
    // 09:00..13:30 in 45s is six slots (13:30 + 45 passes 14:00), then four evening.
    assert_eq!(slots.len(), 10);
    assert_eq!(slots[5].start, at(tuesday, 12, 45));
    assert_eq!(slots[6].start, at(tuesday, 17, 0));
    assert_eq!(cal.default_minutes(at(tuesday, 18, 0)), Some(60));
    assert_eq!(
        cal.check(at(tuesday, 13, 30), 45, early()),
        Err(Refusal::OutsideHours)
    );
    assert_eq!(
        cal.check(at(tuesday, 15, 0), 30, early()),
        Err(Refusal::OutsideHours)
    );
    assert!(cal.slots_on(monday()).is_empty());
}

#[test]
fn capacity_counts_every_slot_a_booking_touches() {
    let hours: Vec<_> = OpeningHours::default_week()
        .into_iter()
        .map(|h| OpeningHours { capacity: 2, ..h })
        .collect();
    let taken = vec![Span::new(at(monday(), 10, 0), 30)];
    let cal = Calendar::new(7, hours.clone(), Vec::new(), taken);
    assert_eq!(cal.check(at(monday(), 10, 0), 30, early()), Ok(()));
    let taken = vec![
        Span::new(at(monday(), 10, 0), 30),
        Span::new(at(monday(), 10, 0), 60),
    ];
    let cal = Calendar::new(7, hours, Vec::new(), taken);
    assert_eq!(
        cal.check(at(monday(), 10, 0), 30, early()),
        Err(Refusal::Full)
    );
    // 10:30 has one left (the hour-long one), 09:30 for an hour touches the full 10:00.
    assert_eq!(cal.check(at(monday(), 10, 30), 30, early()), Ok(()));
    assert_eq!(
        cal.check(at(monday(), 9, 30), 60, early()),
        Err(Refusal::Full)
    );
    let slots = cal.slots_on(monday());
    assert_eq!((slots[2].taken, slots[3].taken), (2, 1));
}

#[test]
fn the_same_person_staff_or_room_is_never_booked_twice() {
    let busy = vec![Span::new(at(monday(), 11, 0), 30)];
    let person = default_calendar(Vec::new()).with_busy(busy.clone(), vec![], vec![]);
    assert_eq!(
        person.check(at(monday(), 10, 45), 30, early()),
        Err(Refusal::PersonBusy)
    );
    assert_eq!(person.check(at(monday(), 10, 30), 30, early()), Ok(()));
    assert_eq!(person.check(at(monday(), 11, 30), 30, early()), Ok(()));
    let staff = default_calendar(Vec::new()).with_busy(vec![], busy.clone(), vec![]);
    assert_eq!(
        staff.check(at(monday(), 11, 0), 30, early()),
        Err(Refusal::StaffBusy)
    );
    let room = default_calendar(Vec::new()).with_busy(vec![], vec![], busy);
    assert_eq!(
        room.check(at(monday(), 11, 0), 30, early()),
        Err(Refusal::RoomBusy)
    );
}

#[test]
fn past_times_odd_minutes_and_bad_lengths_are_refused() {
    let cal = default_calendar(Vec::new());
    let now = at(monday(), 12, 0);
    assert_eq!(
        cal.check(at(monday(), 11, 30), 30, now),
        Err(Refusal::InPast)
    );
    assert_eq!(cal.check(at(monday(), 12, 0), 30, now), Ok(()));
    assert_eq!(
        cal.check(at(monday(), 12, 7), 30, now),
        Err(Refusal::OffGrain)
    );
    assert_eq!(
        cal.check(at(monday(), 13, 0), 0, now),
        Err(Refusal::BadLength)
    );
    assert_eq!(
        cal.check(at(monday(), 13, 0), 33, now),
        Err(Refusal::BadLength)
    );
}

#[test]
fn free_slots_skip_taken_past_and_closed_times() {
    let taken = vec![Span::new(at(monday(), 9, 30), 30)];
    let cal = default_calendar(taken);
    let free = cal.free_slots(at(monday(), 9, 10), day(2026, 12, 1), None, 3);
    let starts: Vec<_> = free.iter().map(|s| s.start).collect();
    assert_eq!(
        starts,
        vec![
            at(monday(), 10, 0),
            at(monday(), 10, 30),
            at(monday(), 11, 0)
        ]
    );
    // Friday afternoon: the next free ones are on Monday.
    let friday = day(2026, 12, 4);
    let free = cal.free_slots(at(friday, 16, 40), day(2026, 12, 8), None, 2);
    assert_eq!(free[0].start, at(day(2026, 12, 7), 9, 0));
    // An hour from 16:30 does not fit before closing.
    let free = cal.free_slots(at(monday(), 16, 0), monday(), Some(60), 5);
    assert_eq!(
        free.iter().map(|s| s.start).collect::<Vec<_>>(),
        vec![at(monday(), 16, 0)]
    );
}

#[test]
fn hours_are_checked_before_saving() {
    let mut week = OpeningHours::default_week();
    assert_eq!(OpeningHours::check_week(&week), Ok(()));
    week[0].closes = time(8, 0);
    assert_eq!(
        OpeningHours::check_week(&week),
        Err(HoursError::ClosesBeforeOpening)
    );
    let mut week = OpeningHours::default_week();
    week[1].slot_minutes = 7;
    assert_eq!(
        OpeningHours::check_week(&week),
        Err(HoursError::BadSlotLength)
    );
    let mut week = OpeningHours::default_week();
    week[2].capacity = 0;
    assert_eq!(
        OpeningHours::check_week(&week),
        Err(HoursError::BadCapacity)
    );
    let mut week = OpeningHours::default_week();
    week.push(OpeningHours {
        opens: time(16, 0),
        closes: time(20, 0),
        ..week[0]
    });
    assert_eq!(OpeningHours::check_week(&week), Err(HoursError::Overlap));
}

#[test]
fn no_show_only_after_the_time_check_in_only_that_day_cancel_with_reason() {
    use crate::domain::codes::AppointmentState::*;
    let starts = at(monday(), 10, 0);
    let mv = |m, now| after(Booked, m, starts, now, "");
    assert_eq!(
        mv(AppointmentMove::NoShow, at(monday(), 9, 59)),
        Err(Refusal::NotYet)
    );
    assert_eq!(mv(AppointmentMove::NoShow, starts), Ok(NoShow));
    assert_eq!(
        mv(AppointmentMove::CheckIn, at(day(2026, 11, 29), 10, 0)),
        Err(Refusal::NotToday)
    );
    assert_eq!(
        mv(AppointmentMove::CheckIn, at(monday(), 8, 0)),
        Ok(CheckedIn)
    );
    assert_eq!(
        mv(AppointmentMove::Cancel, early()),
        Err(Refusal::ReasonRequired)
    );
    assert_eq!(
        after(Booked, AppointmentMove::Cancel, starts, early(), "ill"),
        Ok(Cancelled)
    );
    for state in [CheckedIn, NoShow, Cancelled] {
        assert_eq!(
            after(state, AppointmentMove::Reschedule, starts, early(), "x"),
            Err(Refusal::NotBooked)
        );
    }
}

#[test]
fn reminders_go_to_the_next_working_day() {
    let weekdays = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];
    assert_eq!(
        next_working_day(day(2026, 12, 4), &weekdays, &[]),
        day(2026, 12, 7)
    );
    // Christmas Eve (Thursday): Friday 25th and Saturday 26th are holidays or weekend.
    assert_eq!(
        next_working_day(day(2026, 12, 24), &weekdays, &[]),
        day(2026, 12, 28)
    );
    assert_eq!(
        next_working_day(day(2026, 12, 4), &weekdays, &[day(2026, 12, 7)]),
        day(2026, 12, 8)
    );
}

fn hours_strategy() -> impl Strategy<Value = Vec<OpeningHours>> {
    (
        7u32..11,
        1u32..8,
        prop::sample::select(vec![15u32, 20, 30, 45, 60]),
        1u32..4,
    )
        .prop_map(|(open_h, span_h, slot, capacity)| {
            let weekdays = [Weekday::Mon, Weekday::Wed, Weekday::Fri];
            weekdays
                .into_iter()
                .map(|weekday| OpeningHours {
                    weekday,
                    opens: time(open_h, 0),
                    closes: time(open_h + span_h, 0),
                    slot_minutes: slot,
                    capacity,
                })
                .collect()
        })
}

proptest! {
    /// Booking every free slot offered, one after another, never puts more people in
    /// a slot than it takes, never books outside the hours, and leaves nothing free.
    #[test]
    fn offered_slots_respect_hours_and_capacity(
        hours in hours_strategy(),
        taken_offsets in prop::collection::vec((0u32..5, 0u32..96), 0..30),
        length_in_grains in prop::option::of(1u32..12),
    ) {
        let base = monday();
        let taken: Vec<Span> = taken_offsets
            .iter()
            .map(|&(d, grain)| Span::new(
                at(base + chrono::Duration::days(i64::from(d)), 7, 0)
                    + chrono::Duration::minutes(i64::from(grain * 5)),
                30,
            ))
            .collect();
        let minutes = length_in_grains.map(|g| g * GRAIN_MINUTES);
        let mut booked = taken.clone();
        let last = base + chrono::Duration::days(4);
        for _ in 0..400 {
            let cal = Calendar::new(1, hours.clone(), Vec::new(), booked.clone());
            let Some(slot) = cal.free_slots(at(base, 0, 0), last, minutes, 1).first().copied() else {
                break;
            };
            let length = minutes.unwrap_or(((slot.end - slot.start).num_minutes()) as u32);
            let span = Span::new(slot.start, length);
            let period = hours
                .iter()
                .find(|h| h.weekday == span.start.weekday())
                .expect("a slot only on an open weekday");
            prop_assert!(span.start.time() >= period.opens);
            prop_assert!(span.end <= span.start.date().and_time(period.closes));
            booked.push(span);
            // Only what the rules let in counts against capacity: check each slot.
            let after_booking = Calendar::new(1, hours.clone(), Vec::new(), booked.clone());
            for s in after_booking.slots_on(span.start.date()) {
                let newly = booked[taken.len()..].iter().filter(|b| b.overlaps(&Span { start: s.start, end: s.end })).count() as u32;
                let before = taken.iter().filter(|b| b.overlaps(&Span { start: s.start, end: s.end })).count() as u32;
                prop_assert!(newly == 0 || newly + before <= s.capacity);
            }
        }
        let cal = Calendar::new(1, hours.clone(), Vec::new(), booked);
        prop_assert!(cal.free_slots(at(base, 0, 0), last, minutes, 1).is_empty());
    }
}
