//! The real binary: refer a person from the referrals screen (person and service by
//! type-ahead, consent recorded in the same flow), then see the referral in the list.

mod common;

use std::time::Duration;

use common::App;
use kentro::domain::codes::ServiceKind;
use kentro::domain::person::Person;
use kentro::domain::records::Service;
use kentro::store::{Stamp, Store};

#[test]
fn refer_a_person_and_see_the_referral() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    {
        let mut store = Store::open_or_create(&db).unwrap();
        let stamp = Stamp::now("tester");
        let person = Person {
            surname: "Karimi".into(),
            given_name: "Ahmad".into(),
            created_by: "tester".into(),
            updated_by: "tester".into(),
            ..Person::default()
        };
        store.insert_person(&person, &stamp).unwrap();
        let service = Service {
            code: "dypa".into(),
            name_el: "ΔΥΠΑ Αθήνας".into(),
            name_en: "DYPA Athens".into(),
            kind: Some(ServiceKind::External),
            accepts_referrals: true,
            active: true,
            ..Service::default()
        };
        store.insert_service(&service, &stamp).unwrap();
    }
    let mut app = App::at_queue(dir, &db);
    app.send(b"\x1b[15~"); // F5
    app.wait_for("No referrals");
    app.send(b"r");
    app.wait_for("┌ New referral ");
    app.send("karim".as_bytes());
    app.wait_for("Karimi Ahmad");
    app.send(b"\r");
    app.send(b"dyp");
    app.wait_for("DYPA Athens");
    app.send(b"\r");
    app.send("Registration as unemployed".as_bytes());
    app.send(b"\x13"); // Ctrl-S: refused, consent first
    app.wait_for("consent to share is needed");
    app.send(b"y");
    app.wait_for("agrees now");
    app.send(b"\x13");
    app.wait_for("Referral #1 sent");
    app.wait_for("Karimi Ahmad");
    app.wait_for("DYPA Athens");
    let screen = app.screen();
    assert!(screen.contains("Open 1"), "{screen}");
    assert!(
        screen.contains("reason: Registration as unemployed"),
        "{screen}"
    );
    // One key: accepted.
    app.send(b"a");
    app.wait_for("Referral #1 is now accepted");
    app.send(b"\x11");
    assert!(app.wait_exit(Duration::from_secs(5)).is_some());
    let store = Store::open_or_create(&db).unwrap();
    let referrals = store.all_referrals().unwrap();
    assert_eq!(referrals.len(), 1);
    assert!(
        store
            .has_share_consent(referrals[0].person_id, referrals[0].service_id)
            .unwrap()
    );
}
