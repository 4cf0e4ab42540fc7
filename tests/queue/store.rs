//! The queue in the store: service lines, numbers, calling order, transitions, check-in
//! and the end of day, service lines edited with version checks.

use super::*;

#[test]
fn a_new_database_has_the_usual_service_lines() {
    let (_dir, store) = fresh();
    let lines = store.queue_lines().unwrap();
    let codes: Vec<_> = lines.iter().map(|s| s.code.as_str()).collect();
    for code in ["reception", "kea", "legal", "social"] {
        assert!(codes.contains(&code), "{codes:?}");
    }
    assert!(lines.iter().all(|s| !s.ticket_prefix.is_empty()));
    assert_eq!(store.queue_settings().unwrap(), QueueSettings::default());
}

#[test]
fn numbers_go_up_per_prefix_and_restart_each_day() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let reception = line(&store, "reception");
    let new = |service_id| NewTicket {
        service_id,
        label: "walk-in".into(),
        ..NewTicket::default()
    };
    let n = |store: &mut Store, s, at| store.create_ticket(&new(s), &stamp_at(at)).unwrap().number;
    assert_eq!(n(&mut store, kea, at(9, 0)), "Κ001");
    assert_eq!(n(&mut store, kea, at(9, 1)), "Κ002");
    assert_eq!(n(&mut store, reception, at(9, 2)), "Α001");
    // A prefix that starts another (Α, ΑΣ) keeps its own numbers.
    let mut asylum = store.service(reception).unwrap().unwrap();
    asylum.id = 0;
    asylum.code = "asylum".into();
    asylum.ticket_prefix = "ΑΣ".into();
    let asylum = store
        .save_service_line(&asylum, &stamp_at(at(9, 3)))
        .unwrap();
    assert_eq!(n(&mut store, asylum, at(9, 4)), "ΑΣ001");
    assert_eq!(n(&mut store, reception, at(9, 5)), "Α002");
    let tomorrow = at(9, 0) + TimeDelta::days(1);
    assert_eq!(n(&mut store, kea, tomorrow), "Κ001");
}

#[test]
fn call_next_follows_the_domain_order_and_records_events() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let legal = line(&store, "legal");
    let settings = store.queue_settings().unwrap();
    let mut made = Vec::new();
    for (i, (minute, priority, urgent)) in [
        (0, false, false),
        (5, true, false),
        (10, false, false),
        (40, true, false),
        (50, false, true),
        (55, false, false),
    ]
    .into_iter()
    .enumerate()
    {
        let t = store
            .create_ticket(
                &NewTicket {
                    service_id: if i % 2 == 0 { kea } else { legal },
                    priority: if priority {
                        vec![Vulnerability::Pregnancy]
                    } else {
                        vec![]
                    },
                    urgent,
                    ..NewTicket::default()
                },
                &stamp_at(at(9, minute)),
            )
            .unwrap();
        made.push(t);
    }
    let mut expected = made.clone();
    expected.sort_by_key(|t| order_key(t, None, &settings));
    let listed: Vec<_> = store
        .waiting_in_order(at(9, 0).date())
        .unwrap()
        .into_iter()
        .map(|t| t.number)
        .collect();
    let expected: Vec<_> = expected.into_iter().map(|t| t.number).collect();
    assert_eq!(listed, expected);
    let mut called = Vec::new();
    while let Some(t) = store
        .call_next(at(9, 0).date(), Some(2), &[], &stamp_at(at(10, 0)))
        .unwrap()
    {
        assert_eq!((t.state, t.desk), (TicketState::Called, Some(2)));
        let history = store.ticket_history(t.id).unwrap();
        let last = history.last().unwrap();
        assert_eq!(
            (
                last.from_state,
                last.to_state,
                last.desk,
                last.operator.as_str()
            ),
            (
                Some(TicketState::Waiting),
                TicketState::Called,
                Some(2),
                "maria.k"
            )
        );
        called.push(t.number);
    }
    assert_eq!(called, expected);
    // Only the desk's own lines.
    let t = store
        .create_ticket(
            &NewTicket {
                service_id: kea,
                ..NewTicket::default()
            },
            &stamp_at(at(11, 0)),
        )
        .unwrap();
    assert!(
        store
            .call_next(t.day, Some(3), &[legal], &stamp_at(at(11, 1)))
            .unwrap()
            .is_none()
    );
    assert_eq!(
        store
            .call_next(t.day, Some(3), &[kea], &stamp_at(at(11, 1)))
            .unwrap()
            .map(|t| t.number),
        Some(t.number)
    );
}

#[test]
fn transitions_keep_history_check_versions_and_transfer_refers() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let legal = line(&store, "legal");
    let person = kentro::domain::person::Person {
        surname: "Rezaei".into(),
        given_name: "Mohammad".into(),
        ..Default::default()
    };
    let person_id = store.insert_person(&person, &stamp_at(at(8, 0))).unwrap();
    let t = store
        .create_ticket(
            &NewTicket {
                service_id: kea,
                person_id: Some(person_id),
                ..NewTicket::default()
            },
            &stamp_at(at(9, 0)),
        )
        .unwrap();
    let t = store
        .call_next(t.day, Some(1), &[], &stamp_at(at(9, 5)))
        .unwrap()
        .unwrap();
    // A stale version is refused, not overwritten.
    assert!(matches!(
        store.move_ticket(
            t.id,
            t.version - 1,
            Move::Start,
            Some(1),
            &stamp_at(at(9, 6))
        ),
        Err(StoreError::Conflict { .. })
    ));
    // A move the state machine forbids is refused.
    assert!(
        store
            .move_ticket(t.id, t.version, Move::Call, Some(1), &stamp_at(at(9, 6)))
            .is_err()
    );
    let t = store
        .move_ticket(t.id, t.version, Move::Recall, Some(1), &stamp_at(at(9, 7)))
        .unwrap();
    assert_eq!(t.called_at, Some(at(9, 7)));
    let t = store
        .move_ticket(t.id, t.version, Move::Start, Some(1), &stamp_at(at(9, 8)))
        .unwrap();
    let t = store
        .transfer_ticket(t.id, t.version, legal, &stamp_at(at(9, 20)))
        .unwrap();
    assert_eq!(
        (t.state, t.service_id, t.desk),
        (TicketState::Waiting, legal, None)
    );
    assert_eq!(t.number, "Κ001", "a transferred ticket keeps its number");
    let referrals = store.referrals_of(person_id).unwrap();
    assert_eq!(referrals.len(), 1);
    assert_eq!(
        (referrals[0].service_id, referrals[0].ticket_id),
        (legal, Some(t.id))
    );
    let t = store
        .call_next(t.day, Some(4), &[legal], &stamp_at(at(9, 30)))
        .unwrap()
        .unwrap();
    let t = store
        .move_ticket(t.id, t.version, Move::Finish, Some(4), &stamp_at(at(9, 50)))
        .unwrap();
    assert_eq!(t.state, TicketState::Done);
    assert_eq!(t.finished_at, Some(at(9, 50)));
    let states: Vec<_> = store
        .ticket_history(t.id)
        .unwrap()
        .iter()
        .map(|e| e.to_state)
        .collect();
    use TicketState::*;
    assert_eq!(
        states,
        vec![Waiting, Called, Called, InService, Waiting, Called, Done]
    );
}

#[test]
fn check_in_no_show_and_end_of_day() {
    let (_dir, mut store) = fresh();
    let legal = line(&store, "legal");
    let s = stamp_at(at(8, 0));
    let mk = |starts_at| kentro::domain::records::Appointment {
        label: "Karimi".into(),
        note: "interview".into(),
        ..kentro::domain::records::Appointment::booked(legal, starts_at, 30, "sofia.m")
    };
    let a1 = store.insert_appointment(&mk(at(10, 30)), &s).unwrap();
    let a2 = store.insert_appointment(&mk(at(11, 10)), &s).unwrap();
    let ticket = store.check_in(a1, 1, &stamp_at(at(10, 20))).unwrap();
    assert_eq!(ticket.appointment_id, Some(a1));
    assert_eq!(ticket.state, TicketState::Waiting);
    assert!(matches!(
        store.check_in(a1, 2, &stamp_at(at(10, 21))),
        Err(kentro::store::BookingError::Refused(
            kentro::domain::appointments::Refusal::NotBooked
        ))
    ));
    store.mark_no_show(a2, 1, &stamp_at(at(11, 40))).unwrap();
    let kea = line(&store, "kea");
    for m in 0..3 {
        store
            .create_ticket(
                &NewTicket {
                    service_id: kea,
                    ..NewTicket::default()
                },
                &stamp_at(at(12, m)),
            )
            .unwrap();
    }
    let closed = store
        .close_day(at(17, 0).date(), &stamp_at(at(17, 0)))
        .unwrap();
    assert_eq!(closed, 4);
    let tickets = store.tickets_on(at(17, 0).date()).unwrap();
    assert!(tickets.iter().all(|t| t.state == TicketState::NotSeen));
    for t in &tickets {
        let h = store.ticket_history(t.id).unwrap();
        assert_eq!(h.len(), 2, "history kept and added to");
    }
    let states: Vec<_> = store
        .appointments_on(at(9, 0).date())
        .unwrap()
        .iter()
        .map(|a| a.state)
        .collect();
    use kentro::domain::codes::AppointmentState::*;
    assert_eq!(states, vec![CheckedIn, NoShow]);
}

#[test]
fn service_lines_are_edited_with_version_checks() {
    let (_dir, mut store) = fresh();
    let mut kea = store.service_by_code("kea").unwrap().unwrap();
    kea.ticket_prefix = "ΚΕ".into();
    store.save_service_line(&kea, &stamp_at(at(9, 0))).unwrap();
    assert_eq!(
        store.service_by_code("kea").unwrap().unwrap().ticket_prefix,
        "ΚΕ"
    );
    // The same edit again carries a stale version.
    assert!(matches!(
        store.save_service_line(&kea, &stamp_at(at(9, 1))),
        Err(StoreError::Conflict { .. })
    ));
    let mut legal = store.service_by_code("legal").unwrap().unwrap();
    legal.code = "reception".into();
    assert!(matches!(
        store.save_service_line(&legal, &stamp_at(at(9, 1))),
        Err(StoreError::Duplicate { .. })
    ));
}
