//! The distribution desk through the shell: the programme's households and the
//! hand-out form at 80×24 in both languages (the demo centre); a ticket on the
//! grocery line opening the form for its household; a programme that stops refusing
//! and one that warns asking first; an expired enrolment refused with its date; a
//! household not yet enrolled getting the enrolment form.

use chrono::Duration;

use crate::domain::codes::Role;
use crate::domain::distribution::Enrolment;
use crate::domain::person::Person;
use crate::i18n::Lang;
use crate::store::{NewTicket, Stamp, Store};
use crate::ui::ScreenId;
use crate::ui::harness::{
    OPERATOR, demo, key, now, render, screen_text, shell, shell_at, staff_member, store, type_text,
};

#[test]
fn snapshots_of_the_households_and_the_hand_out_form() {
    let (_dir, mut store) = demo();
    for lang in [Lang::En, Lang::El] {
        let mut shell = shell_at(&mut store, lang, "alt-d");
        assert_eq!(shell.active(), ScreenId::Distribution);
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(format!("programmes_{}", lang.code()), terminal.backend());
        // The social grocery, first in the list.
        shell.handle_key(key("enter"), &mut store);
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(format!("households_{}", lang.code()), terminal.backend());
        // A household with a valid enrolment: the hand-out form, 3 dry food, 2 dairy.
        let text = screen_text(&terminal);
        let row = text
            .lines()
            .skip(5)
            .position(|l| !l.contains('✗') && !l.contains('⌛') && l.contains('/'))
            .unwrap();
        for _ in 0..row {
            shell.handle_key(key("down"), &mut store);
        }
        shell.handle_key(key("h"), &mut store);
        type_text(&mut shell, &mut store, "3");
        shell.handle_key(key("down"), &mut store);
        type_text(&mut shell, &mut store, "2");
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(format!("hand_out_{}", lang.code()), terminal.backend());
        shell.handle_key(key("esc"), &mut store);
        shell.handle_key(key("esc"), &mut store);
    }
}

/// A household of two enrolled in the grocery (points, stops) with 10 points a month
/// and in the pharmacy (items, warns) with 2 items; a ticket on the grocery line for
/// its first member.
fn household(store: &mut Store) -> (i64, i64) {
    let stamp = Stamp {
        at: now() - Duration::days(3),
        operator: "setup".into(),
    };
    let head = store
        .insert_person(
            &Person {
                surname: "Rezaei".into(),
                given_name: "Ali".into(),
                ..Person::default()
            },
            &stamp,
        )
        .unwrap();
    let day = now().date();
    let enrol = |store: &mut Store, code: &str, allowance: u32, to: chrono::NaiveDate| {
        let p = store.programme_by_code(code).unwrap().unwrap();
        store
            .enrol_household_of(
                head,
                &Enrolment {
                    id: 0,
                    programme_id: p.id,
                    household_id: 0,
                    decided_on: day - Duration::days(30),
                    valid_from: day - Duration::days(30),
                    valid_to: to,
                    allowance,
                    note: String::new(),
                    version: 0,
                },
                &stamp,
            )
            .unwrap();
    };
    enrol(store, "grocery", 10, day + Duration::days(100));
    enrol(store, "pharmacy", 2, day + Duration::days(100));
    let grocery = store.service_by_code("grocery").unwrap().unwrap().id;
    let ticket = grocery_ticket(store, grocery, head);
    (head, ticket.id)
}

#[test]
fn a_ticket_on_the_grocery_line_opens_the_form_and_the_programme_stops_over_the_allowance() {
    let (_dir, mut store) = store();
    household(&mut store);
    let mut shell = shell(Lang::En);
    shell.start(&mut store);
    shell.open(ScreenId::Queue, &mut store);
    shell.handle_key(key("h"), &mut store);
    assert_eq!(shell.active(), ScreenId::Distribution);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Hand-out · Social grocery"), "{text}");
    assert!(text.contains("Left before: 10"), "{text}");
    // Meat and fish count 5 points each: 3 of them are 15, over 10 by 5.
    shell.handle_key(key("down"), &mut store);
    shell.handle_key(key("down"), &mut store);
    type_text(&mut shell, &mut store, "3");
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("left after: −5"), "{text}");
    assert!(text.contains("✗ Over the allowance by 5"), "{text}");
    shell.handle_key(key("ctrl-s"), &mut store);
    let status = shell.status().unwrap().clone();
    assert!(
        status.error && status.text.contains("over the allowance by 5"),
        "{status:?}"
    );
    // The form stays as typed; one less is within, and is recorded with the ticket.
    type_text(&mut shell, &mut store, "-");
    shell.handle_key(key("ctrl-s"), &mut store);
    let status = shell.status().unwrap().clone();
    assert!(!status.error, "{status:?}");
    assert!(
        status.text.contains("Recorded: 10 points. 0 left"),
        "{status:?}"
    );
    let month = store
        .monthly_list(
            store.programme_by_code("grocery").unwrap().unwrap().id,
            now().date(),
        )
        .unwrap();
    assert_eq!(month.len(), 1);
    assert_eq!(month[0].counted, 10);
    assert!(!month[0].over);
}

#[test]
fn a_programme_that_warns_asks_and_marks_the_hand_out_as_over() {
    let (_dir, mut store) = store();
    household(&mut store);
    let mut shell = shell(Lang::El);
    shell.start(&mut store);
    shell.open(ScreenId::Distribution, &mut store);
    // The pharmacy: second programme.
    shell.handle_key(key("down"), &mut store);
    shell.handle_key(key("enter"), &mut store);
    shell.handle_key(key("h"), &mut store);
    type_text(&mut shell, &mut store, "3");
    shell.handle_key(key("ctrl-s"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Να γίνει η παραλαβή παρ' όλα αυτά"), "{text}");
    // ν: no, nothing recorded, the form stays.
    type_text(&mut shell, &mut store, "ν");
    let pharmacy = store.programme_by_code("pharmacy").unwrap().unwrap().id;
    assert!(
        store
            .monthly_list(pharmacy, now().date())
            .unwrap()
            .is_empty()
    );
    assert!(screen_text(&render(&mut shell, 80, 24)).contains("Παραλαβή ·"));
    shell.handle_key(key("ctrl-s"), &mut store);
    type_text(&mut shell, &mut store, "υ");
    let status = shell.status().unwrap().clone();
    assert!(
        !status.error && status.text.contains("πέρα από το όριο"),
        "{status:?}"
    );
    let month = store.monthly_list(pharmacy, now().date()).unwrap();
    assert_eq!(month.len(), 1);
    assert!(month[0].over);
}

#[test]
fn an_expired_enrolment_is_refused_with_its_date() {
    let (_dir, mut store) = store();
    let (head, _) = household(&mut store);
    let person = store.person(head).unwrap().unwrap();
    let teba = store.programme_by_code("teba").unwrap().unwrap();
    let day = now().date();
    store
        .enrol_household(
            &Enrolment {
                id: 0,
                programme_id: teba.id,
                household_id: person.household_id.unwrap(),
                decided_on: day - Duration::days(100),
                valid_from: day - Duration::days(100),
                valid_to: day - Duration::days(2),
                allowance: 4,
                note: String::new(),
                version: 0,
            },
            &Stamp::now("setup"),
        )
        .unwrap();
    let mut shell = shell(Lang::En);
    shell.start(&mut store);
    shell.open(ScreenId::Distribution, &mut store);
    for _ in 0..2 {
        shell.handle_key(key("down"), &mut store);
    }
    shell.handle_key(key("enter"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("✗ expired"), "{text}");
    shell.handle_key(key("h"), &mut store);
    type_text(&mut shell, &mut store, "1");
    shell.handle_key(key("ctrl-s"), &mut store);
    let status = shell.status().unwrap().clone();
    assert!(
        status.error && status.text.contains("expired on 13/03/2026"),
        "{status:?}"
    );
    assert!(store.monthly_list(teba.id, day).unwrap().is_empty());
}

#[test]
fn a_household_not_in_the_lines_programme_gets_the_enrolment_form() {
    let (_dir, mut store) = store();
    let lone = store
        .insert_person(
            &Person {
                surname: "Karimi".into(),
                given_name: "Zahra".into(),
                ..Person::default()
            },
            &Stamp::now("setup"),
        )
        .unwrap();
    let grocery = store.service_by_code("grocery").unwrap().unwrap().id;
    grocery_ticket(&mut store, grocery, lone);
    staff_member(&mut store, OPERATOR, Role::SocialWorker);
    let mut shell = shell(Lang::En);
    shell.start(&mut store);
    shell.open(ScreenId::Queue, &mut store);
    shell.handle_key(key("h"), &mut store);
    let status = shell.status().unwrap().clone();
    assert!(
        status.text.contains("not enrolled in “Social grocery”"),
        "{status:?}"
    );
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("The household of Karimi Zahra"), "{text}");
    // Allowance left empty: marked, nothing stored.
    shell.handle_key(key("ctrl-s"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("✗ a number above 0"), "{text}");
    // The focus is on the marked field.
    type_text(&mut shell, &mut store, "40");
    shell.handle_key(key("ctrl-s"), &mut store);
    let status = shell.status().unwrap().clone();
    assert!(!status.error, "{status:?}");
    // The ticket's hand-out form follows.
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(
        text.contains("Hand-out · Social grocery · Karimi Zahra (1)"),
        "{text}"
    );
    assert!(text.contains("Left before: 40"), "{text}");
    let household = store.person(lone).unwrap().unwrap().household_id.unwrap();
    let standing = store.household_standing(household, now().date()).unwrap();
    assert_eq!(standing.len(), 1);
    assert_eq!(standing[0].left, 40);
}

#[test]
fn h_on_the_card_opens_the_form_for_the_households_valid_enrolment() {
    let (_dir, mut store) = store();
    household(&mut store);
    let mut shell = shell(Lang::En);
    shell.start(&mut store);
    shell.handle_key(key("f4"), &mut store);
    type_text(&mut shell, &mut store, "Rezaei Ali");
    shell.handle_key(key("enter"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Rezaei Ali · #"), "the card: {text}");
    shell.handle_key(key("h"), &mut store);
    assert_eq!(shell.active(), ScreenId::Distribution);
    let text = screen_text(&render(&mut shell, 80, 24));
    // Today's ticket is on the grocery line: its programme's form.
    assert!(
        text.contains("Hand-out · Social grocery · Rezaei Ali (1)"),
        "{text}"
    );
    assert!(text.contains("Left before: 10"), "{text}");
}

/// A ticket for `person` on the grocery line, taken at the tests' time.
fn grocery_ticket(store: &mut Store, grocery: i64, person: i64) -> crate::domain::records::Ticket {
    let new = NewTicket {
        service_id: grocery,
        person_id: Some(person),
        ..NewTicket::default()
    };
    let stamp = Stamp {
        at: now(),
        operator: "setup".into(),
    };
    store.create_ticket(&new, &stamp).unwrap()
}
