//! The real binary on a set clock (`KENTRO_CLOCK`, honoured by debug builds): on
//! Tuesday at 10:00 a receptionist books an appointment from a person's card for
//! Wednesday (the time offered, 10:00, stays when the date changes) with a priority;
//! on Wednesday the day view opens on it and checking it in makes a ticket that
//! carries the priority.

mod common;

use std::ffi::OsStr;
use std::time::Duration;

use common::App;
use kentro::domain::codes::{AppointmentState, Vulnerability};
use kentro::domain::person::Person;
use kentro::store::{Stamp, Store};

const F4: &[u8] = b"\x1bOS";
const ALT_A: &[u8] = b"\x1ba";
const TAB: &[u8] = b"\t";
const SHIFT_TAB: &[u8] = b"\x1b[Z";
const BACKSPACE: &[u8] = b"\x7f";
const ENTER: &[u8] = b"\r";
const CTRL_S: &[u8] = b"\x13";
const CTRL_Q: &[u8] = b"\x11";

/// The binary on `db` at 80x24 in English, its clock set to `at`.
fn desk(db: &std::path::Path, at: &str) -> App {
    App::on_db_with(
        tempfile::tempdir().unwrap(),
        db,
        "en",
        "xterm",
        &[("KENTRO_CLOCK", OsStr::new(at))],
    )
}

fn quit(mut app: App) {
    app.send(CTRL_Q);
    assert!(
        app.wait_exit(Duration::from_secs(5)).is_some(),
        "{}",
        app.screen()
    );
}

#[test]
fn book_from_the_card_on_tuesday_and_check_in_on_wednesday_with_the_priority() {
    let keep = tempfile::tempdir().unwrap();
    let db = keep.path().join("k.db");
    let person = {
        let mut store = Store::open_or_create(&db).unwrap();
        let person = Person {
            surname: "Karimi".into(),
            given_name: "Ahmad".into(),
            phone: Some("+306944123456".into()),
            ..Person::default()
        };
        store.insert_person(&person, &Stamp::now("tester")).unwrap()
    };

    // Tuesday 1 December 2026: the card, b, Wednesday's first free slot, flag 1.
    let mut app = desk(&db, "2026-12-01 10:00");
    app.wait_for("10:00");
    app.send(F4);
    app.send(b"karimi");
    app.wait_for("Karimi Ahmad");
    app.send(ENTER);
    app.wait_for("None booked; b books one");
    app.send(b"b");
    app.wait_for("New appointment");
    app.wait_for("✓ Karimi Ahmad");
    // From the time back to the date: Wednesday.
    app.send(SHIFT_TAB);
    for _ in 0..10 {
        app.send(BACKSPACE);
    }
    app.send(b"02/12/2026");
    app.wait_for("Wed 02/12 09:00");
    // Enter on the date takes the slot selected: the time already typed, 10:00.
    app.send(ENTER);
    // Time, length, staff, room, then the flags: 1 is an unaccompanied minor.
    for _ in 0..4 {
        app.send(TAB);
    }
    app.send(b"1");
    app.wait_for("UAM");
    app.send(CTRL_S);
    app.wait_for("booked: 02/12/2026 10:00");
    app.wait_for("Wednesday 02/12/2026");
    quit(app);

    // Wednesday 2 December 2026, 08:50: the day view opens on the appointment; i.
    let mut app = desk(&db, "2026-12-02 08:50");
    app.wait_for("08:50");
    app.send(ALT_A);
    app.wait_for("Wednesday 02/12/2026 (today)");
    app.wait_for("Karimi Ahmad");
    app.send(b"i");
    app.wait_for("with priority (unaccompanied minor)");
    let screen = app.screen();
    quit(app);

    let store = Store::open_or_create(&db).unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let tickets = store.tickets_on(day).unwrap();
    assert_eq!(tickets.len(), 1, "{screen}");
    let ticket = &tickets[0];
    assert_eq!(ticket.person_id, Some(person));
    assert_eq!(ticket.priority, vec![Vulnerability::UnaccompaniedMinor]);
    assert!(screen.contains(&ticket.number), "{screen}");
    let appointment = store
        .appointment(ticket.appointment_id.expect("linked to the appointment"))
        .unwrap()
        .unwrap();
    assert_eq!(appointment.state, AppointmentState::CheckedIn);
    assert_eq!(
        appointment.starts_at,
        day.and_hms_opt(10, 0, 0).unwrap(),
        "booked for Wednesday 10:00"
    );
}
