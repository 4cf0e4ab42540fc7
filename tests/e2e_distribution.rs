//! The social grocery's desk end to end through the real binary: a ticket on the
//! grocery line, `h` in the queue opens the hand-out form for its household, what is
//! typed shows what is left after, going over the allowance is refused in place, and
//! Ctrl-S records the hand-out against the ticket.

mod common;

use std::time::Duration;

use chrono::Local;
use common::App;
use kentro::domain::distribution::Enrolment;
use kentro::domain::person::Person;
use kentro::store::{NewTicket, Stamp, Store};

#[test]
fn a_ticket_on_the_grocery_line_hands_out_within_the_allowance() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let today = Local::now().date_naive();
    let grocery = {
        let mut store = Store::open_or_create(&db).unwrap();
        let stamp = Stamp::now("setup");
        let head = store
            .insert_person(
                &Person {
                    surname: "Rezaei".into(),
                    given_name: "Mohammad".into(),
                    ..Person::default()
                },
                &stamp,
            )
            .unwrap();
        let grocery = store.programme_by_code("grocery").unwrap().unwrap();
        store
            .enrol_household_of(
                head,
                &Enrolment {
                    id: 0,
                    programme_id: grocery.id,
                    household_id: 0,
                    decided_on: today - chrono::Duration::days(10),
                    valid_from: today - chrono::Duration::days(10),
                    valid_to: today + chrono::Duration::days(200),
                    allowance: 10,
                    note: String::new(),
                    version: 0,
                },
                &stamp,
            )
            .unwrap();
        let line = store.service_by_code("grocery").unwrap().unwrap().id;
        store
            .create_ticket(
                &NewTicket {
                    service_id: line,
                    person_id: Some(head),
                    label: String::new(),
                    reason: String::new(),
                    priority: Vec::new(),
                    urgent: false,
                    triage_note: String::new(),
                    interpreter_language: None,
                },
                &stamp,
            )
            .unwrap();
        grocery.id
    };
    let mut app = App::on_db(tempfile::tempdir().unwrap(), &db, "en");
    app.wait_for("Rezaei Mohammad");
    app.send(b"h");
    app.wait_for("Hand-out · Social grocery");
    app.wait_for("Left before: 10");
    // Meat and fish (third row) count 5 points: 3 are 15, over by 5 and refused.
    app.send(b"\x1b[B\x1b[B3");
    app.wait_for("left after: −5");
    app.send(b"\x13"); // Ctrl-S
    app.wait_for("Refused: over the allowance by 5");
    // One less: within, recorded.
    app.send(b"-");
    app.wait_for("left after: 0");
    app.send(b"\x13");
    app.wait_for("Recorded: 10 points. 0 left");
    app.ctrl_q(Duration::from_secs(10));
    let store = Store::open(&db).unwrap();
    let month = store.monthly_list(grocery, today).unwrap();
    assert_eq!(month.len(), 1);
    assert_eq!(month[0].counted, 10);
    assert_eq!(month[0].lines[0].category, "Κρέας, ψάρι");
}
