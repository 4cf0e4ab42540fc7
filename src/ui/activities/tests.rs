//! The activities screen through the shell: the list and the roll call at 80×24 in
//! both languages (the demo centre), the roll call's keys, a conflict with another
//! desk, enrolment beyond the places and who moves up, and a failed read.

use chrono::{Duration, NaiveTime, Weekday};

use crate::domain::activities::{Activity, RollDefault};
use crate::domain::codes::Role;
use crate::domain::person::Person;
use crate::i18n::Lang;
use crate::store::{Stamp, Store};
use crate::ui::ScreenId;
use crate::ui::harness::{
    OPERATOR, demo, key, now, render, screen_text, shell, shell_at, staff_member, store, type_text,
};

#[test]
fn snapshots_of_the_list_and_the_roll_call() {
    let (_dir, mut store) = demo();
    for lang in [Lang::En, Lang::El] {
        let mut shell = shell_at(&mut store, lang, "alt-g");
        assert_eq!(shell.active(), ScreenId::Activities);
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(format!("activities_{}", lang.code()), terminal.backend());
        shell.handle_key(key("r"), &mut store);
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(format!("roll_call_{}", lang.code()), terminal.backend());
        shell.handle_key(key("esc"), &mut store);
        shell.handle_key(key("enter"), &mut store);
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(format!("activity_page_{}", lang.code()), terminal.backend());
    }
}

fn person(store: &mut Store, surname: &str) -> i64 {
    store
        .insert_person(
            &Person {
                surname: surname.into(),
                given_name: "Test".into(),
                date_of_birth: chrono::NaiveDate::from_ymd_opt(1990, 1, 1),
                ..Person::default()
            },
            &Stamp::now("setup"),
        )
        .unwrap()
}

/// A class of two places (present by default), held every day of the week before
/// the tests' clock and after it, with three people enrolled in order.
fn class(store: &mut Store) -> (Activity, Vec<i64>) {
    let service = store.service_by_code("social").unwrap().unwrap().id;
    let at = Stamp {
        at: now() - Duration::days(10),
        operator: "setup".into(),
    };
    let a = store
        .create_activity(
            &Activity {
                id: 0,
                service_id: service,
                name: "Greek A1".into(),
                capacity: 2,
                min_age: None,
                max_age: None,
                starts_on: now().date() - Duration::days(7),
                ends_on: now().date() + Duration::days(7),
                weekdays: vec![
                    Weekday::Mon,
                    Weekday::Tue,
                    Weekday::Wed,
                    Weekday::Thu,
                    Weekday::Fri,
                    Weekday::Sat,
                    Weekday::Sun,
                ],
                time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
                minutes: 60,
                roll_default: RollDefault::Present,
                active: true,
                version: 0,
            },
            &at,
        )
        .unwrap();
    let people: Vec<i64> = ["Alpha", "Beta", "Gamma"]
        .iter()
        .map(|n| person(store, n))
        .collect();
    for p in &people {
        store.enrol(a.id, *p, &at).unwrap();
    }
    (a, people)
}

#[test]
fn space_marks_and_moves_down_a_marks_everyone_and_save_stores_the_roll() {
    let (_dir, mut store) = store();
    let (a, people) = class(&mut store);
    let mut shell = shell_at(&mut store, Lang::En, "alt-g");
    shell.handle_key(key("r"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Present 2 of 2"), "{text}");
    // Space: Alpha absent, and the selection moves to Beta.
    shell.handle_key(key("space"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("[ ] Alpha"), "{text}");
    assert!(text.contains("▌[✓] Beta"), "{text}");
    assert!(text.contains("Present 1 of 2"), "{text}");
    // a: everyone present (not all were), a again: everyone absent.
    shell.handle_key(key("a"), &mut store);
    assert!(screen_text(&render(&mut shell, 80, 24)).contains("Present 2 of 2"));
    shell.handle_key(key("a"), &mut store);
    assert!(screen_text(&render(&mut shell, 80, 24)).contains("Present 0 of 2"));
    shell.handle_key(key("a"), &mut store);
    shell.handle_key(key("space"), &mut store);
    shell.handle_key(key("ctrl-s"), &mut store);
    let status = shell.status().unwrap();
    assert!(!status.error, "{status:?}");
    assert!(status.text.contains("1 present of 2"), "{status:?}");
    let today = store.session_for_roll(a.id, now()).unwrap().unwrap();
    assert_eq!(today.starts_at.date(), now().date());
    let roll = store.roll(today.id).unwrap();
    let marks: Vec<(i64, bool)> = roll.iter().map(|l| (l.person_id, l.present)).collect();
    assert_eq!(marks, vec![(people[0], true), (people[1], false)]);
}

#[test]
fn a_roll_saved_meanwhile_at_another_desk_is_explained_and_ours_stays() {
    let (_dir, mut store) = store();
    let (a, people) = class(&mut store);
    let mut shell = shell_at(&mut store, Lang::En, "alt-g");
    shell.handle_key(key("r"), &mut store);
    shell.handle_key(key("space"), &mut store);
    // Another desk saves the same session's roll: everyone present.
    let session = store.session_for_roll(a.id, now()).unwrap().unwrap();
    store
        .take_roll(
            session.id,
            session.version,
            &[(people[0], true), (people[1], true)],
            &Stamp::now("other"),
        )
        .unwrap();
    shell.handle_key(key("ctrl-s"), &mut store);
    let status = shell.status().unwrap().clone();
    assert!(
        status.error && status.text.contains("Another desk"),
        "{status:?}"
    );
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("[ ] Alpha"), "our marks stay: {text}");
    // Theirs is what is stored until we save again.
    assert!(store.roll(session.id).unwrap()[0].present);
    shell.handle_key(key("ctrl-s"), &mut store);
    assert!(!shell.status().unwrap().error, "{:?}", shell.status());
    assert!(!store.roll(session.id).unwrap()[0].present);
}

#[test]
fn leaving_with_unsaved_marks_asks_first() {
    let (_dir, mut store) = store();
    class(&mut store);
    let mut shell = shell(Lang::El);
    shell.start(&mut store);
    shell.handle_key(key("alt-g"), &mut store);
    shell.handle_key(key("r"), &mut store);
    shell.handle_key(key("space"), &mut store);
    shell.handle_key(key("esc"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("δεν αποθηκεύτηκαν"), "{text}");
    // ν (n on the Greek layout): stay, marks kept.
    type_text(&mut shell, &mut store, "ν");
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Παρόντες 1 από 2"), "{text}");
    shell.handle_key(key("esc"), &mut store);
    type_text(&mut shell, &mut store, "υ");
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Ομαδικές δραστηριότητες"), "{text}");
}

#[test]
fn enrolling_beyond_the_places_waits_and_leaving_moves_the_first_up() {
    let (_dir, mut store) = store();
    let (_a, _people) = class(&mut store);
    let mut shell = shell_at(&mut store, Lang::En, "alt-g");
    shell.handle_key(key("enter"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("waiting 1"), "{text}");
    person(&mut store, "Delta");
    shell.handle_key(key("e"), &mut store);
    type_text(&mut shell, &mut store, "Delta");
    shell.handle_key(key("enter"), &mut store);
    let status = shell.status().unwrap().clone();
    assert!(status.text.contains("waiting list, number 2"), "{status:?}");
    // Take Alpha (the first row) out: Gamma, first waiting, moves up and is named.
    shell.handle_key(key("home"), &mut store);
    shell.handle_key(key("x"), &mut store);
    type_text(&mut shell, &mut store, "y");
    let status = shell.status().unwrap().clone();
    assert!(
        status.text.contains("Alpha Test: taken out") && status.text.contains("Gamma Test"),
        "{status:?}"
    );
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("waiting 1"), "Delta is now first: {text}");
}

#[test]
fn places_and_new_activities_are_for_the_social_service() {
    let (_dir, mut store) = store();
    class(&mut store);
    let mut shell = shell_at(&mut store, Lang::En, "alt-g");
    shell.handle_key(key("n"), &mut store);
    assert!(shell.status().unwrap().error);
    shell.handle_key(key("enter"), &mut store);
    shell.handle_key(key("c"), &mut store);
    assert!(shell.status().unwrap().error);
    // A social worker may.
    staff_member(&mut store, OPERATOR, Role::SocialWorker);
    shell.handle_key(key("alt-g"), &mut store);
    shell.handle_key(key("esc"), &mut store);
    shell.handle_key(key("n"), &mut store);
    type_text(&mut shell, &mut store, "Sewing");
    shell.handle_key(key("tab"), &mut store);
    type_text(&mut shell, &mut store, "social");
    for _ in 0..5 {
        shell.handle_key(key("tab"), &mut store);
    }
    type_text(&mut shell, &mut store, "someday");
    shell.handle_key(key("ctrl-s"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("✗ days such as"), "{text}");
    assert!(text.contains("Sewing"), "the form stays as typed: {text}");
    for _ in 0..7 {
        shell.handle_key(key("backspace"), &mut store);
    }
    type_text(&mut shell, &mut store, "tue thu");
    shell.handle_key(key("ctrl-s"), &mut store);
    let status = shell.status().unwrap().clone();
    assert!(
        !status.error && status.text.contains("Sewing"),
        "{status:?}"
    );
    let made = store.activities(now().date()).unwrap();
    assert!(made.iter().any(|a| a.name == "Sewing"));
}

#[test]
fn a_failed_read_is_said_in_place_of_the_list() {
    let (dir, mut store) = demo();
    rusqlite::Connection::open(dir.path().join("demo.db"))
        .and_then(|c| c.execute_batch("ALTER TABLE enrolment RENAME TO enrolment_gone"))
        .unwrap();
    let mut shell = shell(Lang::En);
    shell.handle_key(key("alt-g"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Database error"), "{text}");
    assert!(!text.contains("No running activities"), "{text}");
}

#[test]
fn the_card_lists_the_persons_activities_and_the_households_goods() {
    let (_dir, mut store) = demo();
    let mut shell = shell(Lang::En);
    shell.start(&mut store);
    shell.handle_key(key("f4"), &mut store);
    type_text(&mut shell, &mut store, "Αναστασίου Χαράλαμπος");
    shell.handle_key(key("enter"), &mut store);
    let mut seen = String::new();
    for _ in 0..6 {
        seen.push_str(&screen_text(&render(&mut shell, 80, 24)));
        shell.handle_key(key("pagedown"), &mut store);
    }
    assert!(seen.contains("── Group activities"), "{seen}");
    assert!(
        seen.contains("Ελληνικά για ενήλικες Α1") && seen.contains("present 7 of 11 (64%)"),
        "{seen}"
    );
    assert!(seen.contains("── Goods (household)"), "{seen}");
}
