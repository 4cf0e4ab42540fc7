//! The real binary: F4, a name typed letter by letter finds the person among others,
//! Enter opens their card (father's name, AMKA tail), Esc goes back to the results with
//! the query kept, Ctrl-Q quits.

mod common;

use std::time::Duration;

use chrono::NaiveDate;
use common::App;
use kentro::domain::codes::Gender;
use kentro::domain::ids::amka_payload_for;
use kentro::domain::person::Person;
use kentro::store::{Stamp, Store};

fn person(surname: &str, given: &str, father: &str, dob: (i32, u32, u32), serial: u16) -> Person {
    let date = NaiveDate::from_ymd_opt(dob.0, dob.1, dob.2).unwrap();
    Person {
        surname: surname.into(),
        given_name: given.into(),
        father_name: father.into(),
        date_of_birth: Some(date),
        gender: Some(Gender::Male),
        amka: Some(amka_payload_for(date, Gender::Male, serial)),
        phone: Some("+306944123916".into()),
        created_by: "tester".into(),
        updated_by: "tester".into(),
        ..Person::default()
    }
}

#[test]
fn type_a_name_open_the_card_and_go_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let wanted = person("Παπαδόπουλος", "Γεώργιος", "Νικόλαος", (2002, 10, 23), 401);
    let amka = wanted.amka.clone().unwrap();
    {
        let mut store = Store::open_or_create(&db).unwrap();
        let stamp = Stamp::now("tester");
        for p in [
            wanted.clone(),
            person("Παπαδάκης", "Μιχαήλ", "Ιωάννης", (1977, 3, 2), 402),
            person("Karimi", "Ahmad", "Ali", (1990, 1, 12), 403),
            person("Rezaei", "Mohammad", "Reza", (1986, 2, 14), 404),
        ] {
            store.insert_person(&p, &stamp).unwrap();
        }
    }
    let mut app = App::at_queue(dir, &db);
    app.send(b"\x1bOS"); // F4
    app.wait_for("Find:");
    // Greeklish, one key at a time: the results follow every keystroke.
    for c in "papadopoulos geo".chars() {
        app.send(c.to_string().as_bytes());
    }
    app.wait_for("Find: papadopoulos geo");
    app.wait_for("Παπαδόπουλος Γεώργιος");
    app.wait_for("1 of 4");
    let screen = app.screen();
    assert!(!screen.contains("Karimi"), "{screen}");
    app.send(b"\r");
    app.wait_for("Esc: back to the results");
    app.wait_for("Νικόλαος");
    let tail = &amka[amka.len() - 4..];
    app.wait_for(&format!("•••••••{tail}"));
    let screen = app.screen();
    assert!(
        !screen.contains(&amka),
        "full AMKA shown to a receptionist: {screen}"
    );
    app.send(b"\x1b");
    app.wait_for("Find: papadopoulos geo");
    app.ctrl_q(Duration::from_secs(5));
}

/// Namesakes: five people called Παπαδόπουλος Γεώργιος; the receptionist types the name
/// and the birth year, as a desk does, and the one born that year is the only result and
/// the card that opens is theirs.
#[test]
fn a_name_and_a_birth_year_pick_one_namesake() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let wanted = person("Παπαδόπουλος", "Γεώργιος", "Νικόλαος", (2002, 10, 23), 501);
    {
        let mut store = Store::open_or_create(&db).unwrap();
        let stamp = Stamp::now("tester");
        for p in [
            person("Παπαδόπουλος", "Γεώργιος", "Ιωάννης", (1987, 5, 4), 502),
            person("Παπαδόπουλος", "Γεώργιος", "Δημήτριος", (1995, 1, 30), 503),
            wanted.clone(),
            person(
                "Παπαδόπουλος",
                "Γεώργιος",
                "Κωνσταντίνος",
                (1964, 8, 15),
                504,
            ),
            person("Παπαδόπουλος", "Γεώργιος", "Αθανάσιος", (1979, 12, 1), 505),
        ] {
            store.insert_person(&p, &stamp).unwrap();
        }
    }
    let mut app = App::at_queue(dir, &db);
    app.send(b"\x1bOS"); // F4
    app.wait_for("Find:");
    for c in "papadopoulos georgios".chars() {
        app.send(c.to_string().as_bytes());
    }
    // The name alone lists every namesake.
    app.wait_for("5 of 5");
    for c in " 2002".chars() {
        app.send(c.to_string().as_bytes());
    }
    app.wait_for("Find: papadopoulos georgios 2002");
    app.wait_for("1 of 5");
    let screen = app.screen();
    assert!(screen.contains("23/10/2002"), "{screen}");
    assert!(!screen.contains("1987"), "{screen}");
    app.send(b"\r");
    app.wait_for("Esc: back to the results");
    app.wait_for("Νικόλαος");
    let screen = app.screen();
    assert!(!screen.contains("Ιωάννης"), "{screen}");
    app.ctrl_q(Duration::from_secs(5));
}
