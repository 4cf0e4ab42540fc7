//! Linking a walk-in to a person later, a referral from a ticket, and an idle queue
//! screen that redraws when another process commits.

use super::*;

fn person(store: &mut Store, surname: &str, given: &str) -> i64 {
    let p = kentro::domain::person::Person {
        surname: surname.into(),
        given_name: given.into(),
        ..Default::default()
    };
    store.insert_person(&p, &stamp_at(at(8, 0))).unwrap()
}

fn referral_from(person_id: i64, service_id: i64, ticket_id: i64) -> kentro::store::NewReferral {
    kentro::store::NewReferral {
        person_id,
        service_id,
        ticket_id: Some(ticket_id),
        reason: "needs legal advice on the residence permit".into(),
        urgency: kentro::domain::codes::Urgency::Routine,
        note: String::new(),
        follow_up_on: None,
        record_consent: true,
        override_reason: None,
    }
}

#[test]
fn a_walk_in_is_linked_later_with_an_event_and_an_audit_entry() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let t = store
        .create_ticket(
            &NewTicket {
                service_id: kea,
                label: "woman with baby".into(),
                ..NewTicket::default()
            },
            &stamp_at(at(9, 0)),
        )
        .unwrap();
    let amina = person(&mut store, "Hassan", "Amina");
    // A stale version is refused.
    assert!(matches!(
        store.link_ticket(t.id, t.version + 1, amina, &stamp_at(at(9, 1))),
        Err(StoreError::Conflict { .. })
    ));
    let linked = store
        .link_ticket(t.id, t.version, amina, &stamp_at(at(9, 2)))
        .unwrap();
    assert_eq!(linked.person_id, Some(amina));
    assert_eq!(linked.label, "woman with baby", "the label stays");
    let history = store.ticket_history(t.id).unwrap();
    assert_eq!(history.last().unwrap().note, "link");
    assert_eq!(history.last().unwrap().to_state, TicketState::Waiting);
    let audit = store.audit_trail("ticket", t.id).unwrap();
    let link = audit.iter().find(|a| a.action == "link").unwrap();
    assert_eq!(link.detail, t.number, "ids and numbers only, never names");
    // Registered from the ticket: linking the new person again is a no-op, another
    // person is refused (another desk linked it first).
    let again = store
        .link_new_person(t.id, amina, &stamp_at(at(9, 3)))
        .unwrap();
    assert_eq!(again.version, linked.version);
    let other = person(&mut store, "Hassan", "Omar");
    assert!(matches!(
        store.link_new_person(t.id, other, &stamp_at(at(9, 4))),
        Err(StoreError::Conflict { .. })
    ));
    // An anonymous ticket is linked by link_new_person without a version.
    let t2 = store
        .create_ticket(
            &NewTicket {
                service_id: kea,
                label: "Omar".into(),
                ..NewTicket::default()
            },
            &stamp_at(at(9, 5)),
        )
        .unwrap();
    let t2 = store
        .link_new_person(t2.id, other, &stamp_at(at(9, 6)))
        .unwrap();
    assert_eq!(t2.person_id, Some(other));
}

#[test]
fn a_referral_made_from_a_ticket_at_a_desk_closes_it_as_referred() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let legal = line(&store, "legal");
    let rezaei = person(&mut store, "Rezaei", "Mohammad");
    let other = person(&mut store, "Diallo", "Mamadou");
    let new = |store: &mut Store, person_id: i64, minute: u32| {
        store
            .create_ticket(
                &NewTicket {
                    service_id: kea,
                    person_id: Some(person_id),
                    ..NewTicket::default()
                },
                &stamp_at(at(9, minute)),
            )
            .unwrap()
    };
    // In service at desk 3: referred, in the referral's transaction, with its event.
    let t = new(&mut store, rezaei, 0);
    let t = store
        .call_next(t.day, Some(3), &[], &stamp_at(at(9, 10)))
        .unwrap()
        .unwrap();
    let t = store
        .move_ticket(t.id, t.version, Move::Start, Some(3), &stamp_at(at(9, 11)))
        .unwrap();
    let rid = store
        .create_referral(&referral_from(rezaei, legal, t.id), &stamp_at(at(9, 20)))
        .unwrap();
    let after = store.ticket(t.id).unwrap().unwrap();
    assert_eq!(after.state, TicketState::Referred);
    assert_eq!(after.finished_at, Some(at(9, 20)));
    assert_eq!(after.version, t.version + 1);
    let last = store.ticket_history(t.id).unwrap().pop().unwrap();
    assert_eq!(last.note, "refer");
    assert_eq!(last.from_state, Some(TicketState::InService));
    assert_eq!(last.to_state, TicketState::Referred);
    assert_eq!(last.desk, Some(3));
    assert_eq!(store.referral(rid).unwrap().unwrap().ticket_id, Some(t.id));
    // A ticket still waiting, or another person's, is left as it was; the referral
    // is saved all the same.
    let waiting = new(&mut store, rezaei, 30);
    store
        .create_referral(
            &referral_from(rezaei, legal, waiting.id),
            &stamp_at(at(9, 31)),
        )
        .unwrap();
    assert_eq!(
        store.ticket(waiting.id).unwrap().unwrap().state,
        TicketState::Waiting
    );
    let waiting = store.ticket(waiting.id).unwrap().unwrap();
    store
        .move_ticket(
            waiting.id,
            waiting.version,
            Move::Cancel,
            None,
            &stamp_at(at(9, 32)),
        )
        .unwrap();
    let theirs = new(&mut store, other, 40);
    let theirs = store
        .call_next(theirs.day, Some(1), &[], &stamp_at(at(9, 41)))
        .unwrap()
        .unwrap();
    assert_eq!(theirs.person_id, Some(other));
    store
        .create_referral(
            &referral_from(rezaei, legal, theirs.id),
            &stamp_at(at(9, 42)),
        )
        .unwrap();
    assert_eq!(
        store.ticket(theirs.id).unwrap().unwrap().state,
        TicketState::Called
    );
    // A refused referral (no reason) leaves the ticket alone too.
    let mut bad = referral_from(other, legal, theirs.id);
    bad.reason = "  ".into();
    assert!(store.create_referral(&bad, &stamp_at(at(9, 43))).is_err());
    assert_eq!(
        store.ticket(theirs.id).unwrap().unwrap().state,
        TicketState::Called
    );
}

#[test]
fn an_idle_queue_screen_stays_quiet_and_redraws_when_another_process_commits() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let kea;
    {
        let mut store = Store::open_or_create(&db).unwrap();
        kea = line(&store, "kea");
        let now = chrono::Local::now().naive_local();
        store
            .create_ticket(
                &NewTicket {
                    service_id: kea,
                    label: "first".into(),
                    ..NewTicket::default()
                },
                &stamp_at(now),
            )
            .unwrap();
    }
    let args: Vec<std::ffi::OsString> = vec![
        "--db".into(),
        db.clone().into(),
        "--lang".into(),
        "en".into(),
        "--desk".into(),
        "2".into(),
    ];
    let refs: Vec<&std::ffi::OsStr> = args.iter().map(|s| s.as_os_str()).collect();
    let mut app = common::App::spawn(dir, &refs, "xterm-256color");
    app.wait_for("Κ001");
    let bytes = || app.raw.lock().unwrap().len();
    // Quiet: no bytes over a window with no change. Two windows, since one of them
    // may hold the minute at which the waits shown go up by one.
    let quiet = |app: &common::App| {
        (0..2).any(|_| {
            let before = app.raw.lock().unwrap().len();
            std::thread::sleep(Duration::from_millis(1500));
            app.raw.lock().unwrap().len() == before
        })
    };
    assert!(quiet(&app), "the idle queue screen kept writing");
    // Another process commits: the screen shows it with no key pressed.
    let before = bytes();
    let started = std::time::Instant::now();
    {
        let mut store = Store::open_or_create(&db).unwrap();
        let now = chrono::Local::now().naive_local();
        store
            .create_ticket(
                &NewTicket {
                    service_id: kea,
                    label: "second".into(),
                    ..NewTicket::default()
                },
                &stamp_at(now),
            )
            .unwrap();
    }
    app.wait_for("Κ002");
    eprintln!(
        "another process's ticket shown after {} ms",
        started.elapsed().as_millis()
    );
    assert!(bytes() > before);
    app.wait_for("Waiting 2");
    // And quiet again once drawn: one redraw per change, not one per poll.
    assert!(quiet(&app), "kept redrawing after the change");
    app.send(b"\x11");
    assert!(app.wait_exit(Duration::from_secs(5)).is_some());
}
