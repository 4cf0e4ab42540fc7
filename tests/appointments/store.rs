//! Appointments in the store: opening hours, refusals, double bookings, moves and
//! cancellations, no-shows, check-in and reminders.

use super::*;

#[test]
fn every_line_of_a_new_database_opens_weekdays_nine_to_five_in_half_hours() {
    let (_dir, store) = fresh();
    for s in store.queue_lines().unwrap() {
        let hours = store.opening_hours(s.id).unwrap();
        assert_eq!(hours, OpeningHours::default_week(), "{}", s.code);
    }
    let kea = line(&store, "kea");
    let cal = store
        .calendar(kea, tuesday(), tuesday(), &Attendees::default())
        .unwrap();
    assert_eq!(cal.slots_on(tuesday()).len(), 16);
}

#[test]
fn a_new_line_starts_with_the_default_hours_and_hours_are_editable() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let hours = vec![OpeningHours {
        weekday: Weekday::Tue,
        opens: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        closes: NaiveTime::from_hms_opt(14, 0, 0).unwrap(),
        slot_minutes: 45,
        capacity: 2,
    }];
    store
        .set_opening_hours(kea, &hours, &booking_time())
        .unwrap();
    assert_eq!(store.opening_hours(kea).unwrap(), hours);
    let bad = vec![OpeningHours {
        capacity: 0,
        ..hours[0]
    }];
    assert!(matches!(
        store.set_opening_hours(kea, &bad, &booking_time()),
        Err(BookingError::Hours(_))
    ));
    assert_eq!(
        store.opening_hours(kea).unwrap(),
        hours,
        "nothing half-saved"
    );
    // Two places per 45-minute slot: two bookings at 09:00, the third refused.
    for _ in 0..2 {
        store
            .book(&new_for(kea, None, at(tuesday(), 9, 0)), &booking_time())
            .unwrap();
    }
    assert_eq!(
        refused(store.book(&new_for(kea, None, at(tuesday(), 9, 0)), &booking_time())),
        Refusal::Full
    );
    let booked = store.appointments_on(tuesday()).unwrap();
    assert!(booked.iter().all(|a| a.minutes == 45));
}

#[test]
fn bookings_are_refused_on_holidays_closures_and_outside_hours() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let christmas = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
    let s = booking_time();
    assert_eq!(
        refused(store.book(&new_for(kea, None, at(christmas, 10, 0)), &s)),
        Refusal::Closed
    );
    store
        .add_closure(
            &Closure {
                day: tuesday(),
                service_id: Some(kea),
                name: "training".into(),
            },
            &s,
        )
        .unwrap();
    assert_eq!(
        refused(store.book(&new_for(kea, None, at(tuesday(), 10, 0)), &s)),
        Refusal::Closed
    );
    let legal = line(&store, "legal");
    store
        .book(&new_for(legal, None, at(tuesday(), 10, 0)), &s)
        .unwrap();
    let wednesday = tuesday().succ_opt().unwrap();
    assert_eq!(
        refused(store.book(&new_for(kea, None, at(wednesday, 16, 45)), &s)),
        Refusal::OutsideHours
    );
    assert_eq!(
        refused(store.book(&new_for(kea, None, at(wednesday, 8, 0)), &s)),
        Refusal::OutsideHours
    );
    assert_eq!(
        refused(store.book(
            &new_for(
                kea,
                None,
                at(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), 8, 30)
            ),
            &s
        )),
        Refusal::InPast
    );
    assert_eq!(
        refused(store.book(
            &NewAppointment {
                label: " ".into(),
                ..new_for(kea, None, at(wednesday, 10, 0))
            },
            &s
        )),
        Refusal::NobodyNamed
    );
}

#[test]
fn the_same_person_staff_or_room_is_never_booked_twice() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let legal = line(&store, "legal");
    let karimi = person(&mut store, "Karimi", "6912345678");
    let s = booking_time();
    store
        .book(
            &NewAppointment {
                staff: Some("eleni.p".into()),
                room: Some("Room 2".into()),
                ..new_for(kea, Some(karimi), at(tuesday(), 10, 0))
            },
            &s,
        )
        .unwrap();
    // Same person, another service, overlapping.
    assert_eq!(
        refused(store.book(
            &NewAppointment {
                minutes: Some(60),
                ..new_for(legal, Some(karimi), at(tuesday(), 9, 30))
            },
            &s
        )),
        Refusal::PersonBusy
    );
    assert_eq!(
        refused(store.book(
            &NewAppointment {
                staff: Some("eleni.p".into()),
                ..new_for(legal, None, at(tuesday(), 10, 0))
            },
            &s
        )),
        Refusal::StaffBusy
    );
    assert_eq!(
        refused(store.book(
            &NewAppointment {
                room: Some("room 2".into()),
                ..new_for(legal, None, at(tuesday(), 10, 0))
            },
            &s
        )),
        Refusal::RoomBusy
    );
    // Right after is fine; the free slots for the person skip 10:00.
    store
        .book(&new_for(legal, Some(karimi), at(tuesday(), 10, 30)), &s)
        .unwrap();
    let who = Attendees {
        person_id: Some(karimi),
        ..Attendees::default()
    };
    let free = store
        .free_slots(legal, at(tuesday(), 9, 30), 1, None, &who, 3)
        .unwrap();
    let starts: Vec<_> = free.iter().map(|s| s.start).collect();
    assert_eq!(
        starts,
        vec![
            at(tuesday(), 9, 30),
            at(tuesday(), 11, 0),
            at(tuesday(), 11, 30)
        ]
    );
}

#[test]
fn the_hold_table_refuses_a_double_booking_whatever_path_wrote_it() {
    // The constraint is the last line: even a raw insert that skipped the rules cannot
    // hold a person twice at the same time.
    let (dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let karimi = person(&mut store, "Karimi", "6912345678");
    store
        .book(
            &new_for(kea, Some(karimi), at(tuesday(), 10, 0)),
            &booking_time(),
        )
        .unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(dir.path().join("k.db")).unwrap();
    let clash = conn.execute(
        "INSERT INTO appointment_hold (resource, at, appointment_id) VALUES (?1, '2026-12-01 10:05', 1)",
        [format!("p:{karimi}")],
    );
    assert!(clash.is_err());
}

#[test]
fn move_cancel_and_stale_versions() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let karimi = person(&mut store, "Karimi", "6912345678");
    let s = booking_time();
    let a = store
        .book(&new_for(kea, Some(karimi), at(tuesday(), 10, 0)), &s)
        .unwrap();
    let b = store
        .book(&new_for(kea, None, at(tuesday(), 11, 0)), &s)
        .unwrap();
    // Onto b's full slot: refused; onto its own time shifted by 30: fine.
    assert_eq!(
        refused(store.move_appointment(a.id, a.version, at(tuesday(), 11, 0), None, &s)),
        Refusal::Full
    );
    let moved = store
        .move_appointment(a.id, a.version, at(tuesday(), 10, 30), None, &s)
        .unwrap();
    assert_eq!(moved.starts_at, at(tuesday(), 10, 30));
    assert_eq!(moved.version, a.version + 1);
    // The old time is free again, for the same person too.
    store
        .book(
            &new_for(line(&store, "legal"), Some(karimi), at(tuesday(), 10, 0)),
            &s,
        )
        .unwrap();
    // A stale version is refused, not overwritten.
    assert!(matches!(
        store.cancel_appointment(a.id, a.version, "ill", &s),
        Err(BookingError::Store(StoreError::Conflict { .. }))
    ));
    assert_eq!(
        refused(store.cancel_appointment(b.id, b.version, "  ", &s)),
        Refusal::ReasonRequired
    );
    let cancelled = store
        .cancel_appointment(b.id, b.version, "ill", &s)
        .unwrap();
    assert_eq!(cancelled.state, AppointmentState::Cancelled);
    assert_eq!(cancelled.state_reason, "ill");
    // The cancelled slot can be booked again.
    store
        .book(&new_for(kea, None, at(tuesday(), 11, 0)), &s)
        .unwrap();
    let trail = store.audit_trail("appointment", a.id).unwrap();
    let actions: Vec<_> = trail.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, vec!["book", "move"]);
    assert!(trail.iter().all(|e| !e.detail.contains("Karimi")));
}

#[test]
fn a_no_show_only_once_the_time_has_passed() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let a = store
        .book(&new_for(kea, None, at(tuesday(), 10, 0)), &booking_time())
        .unwrap();
    assert_eq!(
        refused(store.mark_no_show(a.id, a.version, &stamp_at(at(tuesday(), 9, 59)))),
        Refusal::NotYet
    );
    let done = store
        .mark_no_show(a.id, a.version, &stamp_at(at(tuesday(), 10, 1)))
        .unwrap();
    assert_eq!(done.state, AppointmentState::NoShow);
}

#[test]
fn check_in_makes_a_ticket_carrying_priority_time_and_interpreter() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let karimi = person(&mut store, "Karimi", "6912345678");
    let a = store
        .book(
            &NewAppointment {
                priority: vec![
                    Vulnerability::UnaccompaniedMinor,
                    Vulnerability::SingleParent,
                ],
                urgent: true,
                interpreter_language: Some("prs".into()),
                note: "interview".into(),
                ..new_for(kea, Some(karimi), at(tuesday(), 10, 0))
            },
            &booking_time(),
        )
        .unwrap();
    let monday = stamp_at(at(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), 16, 0));
    assert_eq!(
        refused(store.check_in(a.id, a.version, &monday)),
        Refusal::NotToday
    );
    let ticket = store
        .check_in(a.id, a.version, &stamp_at(at(tuesday(), 9, 50)))
        .unwrap();
    assert_eq!(ticket.state, TicketState::Waiting);
    assert_eq!(ticket.appointment_id, Some(a.id));
    assert_eq!(ticket.person_id, Some(karimi));
    assert_eq!(
        ticket.priority,
        vec![
            Vulnerability::UnaccompaniedMinor,
            Vulnerability::SingleParent
        ]
    );
    assert!(ticket.urgent);
    assert_eq!(ticket.interpreter_language.as_deref(), Some("prs"));
    assert_eq!(ticket.reason, "interview");
    let stored = store.appointment(a.id).unwrap().unwrap();
    assert_eq!(stored.state, AppointmentState::CheckedIn);
    // Checking in twice is refused.
    assert_eq!(
        refused(store.check_in(a.id, stored.version, &stamp_at(at(tuesday(), 9, 51)))),
        Refusal::NotBooked
    );
}

#[test]
fn reminders_list_the_next_working_day_with_phones_and_a_mark() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let karimi = person(&mut store, "Karimi", "6912345678");
    let friday = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    let monday = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    assert_eq!(store.next_working_day(friday).unwrap(), monday);
    let s = booking_time();
    let a = store
        .book(&new_for(kea, Some(karimi), at(monday, 10, 0)), &s)
        .unwrap();
    store
        .book(
            &NewAppointment {
                phone: Some("6900000001".into()),
                ..new_for(kea, None, at(monday, 9, 0))
            },
            &s,
        )
        .unwrap();
    let list = store.reminders(monday).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].name, "Karimi");
    assert_eq!(list[0].phone.as_deref(), Some("6900000001"));
    assert_eq!(list[1].name, "Karimi Ahmad");
    assert_eq!(list[1].phone.as_deref(), Some("6912345678"));
    store.mark_reminded(a.id, a.version, &s).unwrap();
    let list = store.reminders(monday).unwrap();
    assert!(list[1].appointment.reminded_at.is_some());
    assert!(list[0].appointment.reminded_at.is_none());
}
