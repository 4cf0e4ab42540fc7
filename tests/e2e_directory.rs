//! The real binary: the directory screen, an organisation found by its Greek name typed
//! in Latin letters, and its whole card opened.

mod common;

use std::time::Duration;

use common::App;
use kentro::domain::directory::{OrgContact, OrgLocation, OrgPhone, Organisation};
use kentro::domain::records::Service;
use kentro::store::{Stamp, Store};

#[test]
fn search_an_organisation_in_latin_letters_and_open_its_card() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    {
        let mut store = Store::open_or_create(&db).unwrap();
        let stamp = Stamp::now("tester");
        for (name, city) in [("Άρσις", "Θεσσαλονίκη"), ("Πράξις", "Αθήνα")]
        {
            let org = Organisation {
                name: name.into(),
                alternate_name: format!("{name} — Κοινωνική Οργάνωση"),
                network_member: true,
                phones: vec![OrgPhone {
                    number: "+30 2310 526 150".into(),
                    kind: "voice".into(),
                    ..OrgPhone::default()
                }],
                locations: vec![OrgLocation {
                    address_1: "Εγνατίας 1".into(),
                    postal_code: "54630".into(),
                    city: city.into(),
                    hours: "Δευ–Παρ 09:00–15:00".into(),
                    ..OrgLocation::default()
                }],
                contacts: vec![OrgContact {
                    name: "Μαρία Παπαδοπούλου".into(),
                    title: "Κοινωνική λειτουργός".into(),
                    ..OrgContact::default()
                }],
                ..Organisation::default()
            };
            let id = store.save_organisation(&org, &stamp).unwrap();
            let service = Service {
                code: format!("legal-{id}"),
                name_el: format!("Νομική στήριξη νέων ({name})"),
                name_en: format!("Legal support for young people ({id})"),
                organisation_id: Some(id),
                organisation: name.into(),
                categories: vec!["legal-asylum".into()],
                accepts_referrals: true,
                active: true,
                ..Service::default()
            };
            store.insert_service(&service, &stamp).unwrap();
        }
    }
    let mut app = App::at_queue(dir, &db);
    app.send(b"\x1b7"); // Alt-7: the directory
    app.wait_for("┌ Directory: services");
    app.send(b"v");
    app.wait_for("┌ Directory: organisations");
    app.wait_for("Πράξις");
    app.send(b"/");
    app.send(b"arsis");
    app.wait_for("1 of 3");
    let screen = app.screen();
    assert!(screen.contains("Άρσις"), "{screen}");
    assert!(!screen.contains("Πράξις"), "{screen}");
    app.send(b"\r"); // leaves the search field
    app.send(b"\r"); // opens the card
    app.wait_for("┌ Άρσις ");
    app.wait_for("Places");
    let screen = app.screen();
    for needed in [
        "Member of the network",
        "Εγνατίας 1, 54630 Θεσσαλονίκη",
        "Hours: Δευ–Παρ 09:00–15:00",
        "Μαρία Παπαδοπούλου · Κοινωνική λειτουργός",
        "Legal support for young people",
        "Legal aid and asylum",
    ] {
        assert!(screen.contains(needed), "{needed} missing:\n{screen}");
    }
    app.send(b"\x1b"); // Esc: back to the list, the search kept
    app.wait_for("1 of 3");
    app.send(b"\x11");
    assert!(app.wait_exit(Duration::from_secs(5)).is_some());
}
