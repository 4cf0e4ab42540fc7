//! A roll call end to end through the real binary: Alt-G, `r` on the class, Space
//! marks the first person absent and moves on, Ctrl-S saves against the session's
//! version, and the database holds the marks.

mod common;

use std::time::Duration;

use chrono::{Local, NaiveTime, Weekday};
use common::App;
use kentro::domain::activities::{Activity, RollDefault};
use kentro::domain::person::Person;
use kentro::store::{Stamp, Store};

#[test]
fn todays_roll_is_called_with_one_key_per_person_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let now = Local::now().naive_local();
    let today = now.date();
    let (class, people) = {
        let mut store = Store::open_or_create(&db).unwrap();
        let stamp = Stamp::now("setup");
        let line = store.service_by_code("social").unwrap().unwrap().id;
        let class = store
            .create_activity(
                &Activity {
                    id: 0,
                    service_id: line,
                    name: "Greek A1".into(),
                    capacity: 10,
                    min_age: None,
                    max_age: None,
                    starts_on: today - chrono::Duration::days(7),
                    ends_on: today + chrono::Duration::days(7),
                    weekdays: vec![
                        Weekday::Mon,
                        Weekday::Tue,
                        Weekday::Wed,
                        Weekday::Thu,
                        Weekday::Fri,
                        Weekday::Sat,
                        Weekday::Sun,
                    ],
                    time: NaiveTime::from_hms_opt(0, 5, 0).unwrap(),
                    minutes: 60,
                    roll_default: RollDefault::Present,
                    active: true,
                    version: 0,
                },
                &stamp,
            )
            .unwrap();
        let mut people = Vec::new();
        for surname in ["Ahmadi", "Barzani"] {
            let id = store
                .insert_person(
                    &Person {
                        surname: surname.into(),
                        given_name: "Test".into(),
                        ..Person::default()
                    },
                    &stamp,
                )
                .unwrap();
            store.enrol(class.id, id, &stamp).unwrap();
            people.push(id);
        }
        (class.id, people)
    };
    let mut app = App::on_db(tempfile::tempdir().unwrap(), &db, "en");
    app.wait_for("Queue");
    app.send(b"\x1bg"); // Alt-G
    app.wait_for("Greek A1");
    app.send(b"r");
    app.wait_for("Present 2 of 2");
    app.send(b" ");
    app.wait_for("Present 1 of 2");
    app.send(b"\x13"); // Ctrl-S
    app.wait_for("Roll saved: 1 present of 2");
    app.send(b"\x11"); // Ctrl-Q
    assert!(app.wait_exit(Duration::from_secs(10)).is_some());
    let store = Store::open(&db).unwrap();
    let session = store.session_for_roll(class, now).unwrap().unwrap();
    // Today's session (the last one before on a public holiday, which has none).
    assert!(session.starts_at.date() <= today);
    assert!(session.taken_at.is_some());
    let roll = store.roll(session.id).unwrap();
    let marks: Vec<(i64, bool)> = roll.iter().map(|l| (l.person_id, l.present)).collect();
    assert_eq!(marks, vec![(people[0], false), (people[1], true)]);
}
