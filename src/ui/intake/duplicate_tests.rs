//! The duplicate check while typing: the panel of people possibly registered already,
//! the exact AMKA that stops a save, and a failed check said as a failure.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::tests::{act, cx, person, render, text_of, type_text};
use super::*;
use crate::i18n::Lang;
use crate::store::Stamp;
use crate::ui::harness::store;

#[test]
fn the_duplicate_panel_lists_people_and_opens_the_chosen_record() {
    let (_d, mut store) = store();
    let stamp = Stamp::now("t");
    let dob = NaiveDate::from_ymd_opt(1990, 1, 12);
    let karimi = store
        .insert_person(&person("Karimi", "Ahmad", dob), &stamp)
        .unwrap();
    let other = store
        .insert_person(&person("Karimi", "Ahmed", None), &stamp)
        .unwrap();
    let mut screen = IntakeScreen::new();
    screen.new_form();
    type_text(&mut screen, &mut store, "Καρίμι");
    act(&mut screen, &mut store, Action::Confirm);
    type_text(&mut screen, &mut store, "Ahmad");
    assert!(
        screen.duplicates().contains(&karimi),
        "{:?}",
        screen.duplicates()
    );
    let text = text_of(&render(&screen, Lang::En));
    assert!(text.contains("Possibly already registered"), "{text}");
    assert!(text.contains("Karimi Ahmad  12/01/1990"), "{text}");
    // "Not the same person" removes one, and it is remembered on save.
    act(&mut screen, &mut store, Action::Duplicates);
    let first = screen.duplicates()[0];
    act(&mut screen, &mut store, Action::NotSame);
    assert!(!screen.duplicates().contains(&first));
    // Enter on the next opens that record instead of making a new one.
    if !screen.duplicates().is_empty() {
        act(&mut screen, &mut store, Action::Duplicates);
        let next = screen.duplicates()[0];
        assert_eq!(
            act(&mut screen, &mut store, Action::Confirm),
            Outcome::Go(Nav::PersonCard(next))
        );
    }
    let _ = other;
}

#[test]
fn an_exact_amka_match_is_a_hard_stop() {
    let (_d, mut store) = store();
    let mut p = person("Παπαδόπουλος", "Γιώργος", None);
    p.amka = Some("01013099997".into());
    let existing = store.insert_person(&p, &Stamp::now("t")).unwrap();
    let mut screen = IntakeScreen::new();
    screen.new_form();
    type_text(&mut screen, &mut store, "Άλλος");
    act(&mut screen, &mut store, Action::Confirm);
    type_text(&mut screen, &mut store, "Κάποιος");
    for _ in 0..5 {
        act(&mut screen, &mut store, Action::NextField);
    }
    type_text(&mut screen, &mut store, "01013099997");
    assert_eq!(screen.duplicates().first(), Some(&existing));
    let outcome = act(&mut screen, &mut store, Action::Save);
    assert!(matches!(outcome, Outcome::Error(_)), "{outcome:?}");
    assert_eq!(screen.focus(), Some(Field::Amka));
    assert_eq!(store.count_people().unwrap(), 1);
    // And it cannot be waved away.
    act(&mut screen, &mut store, Action::Duplicates);
    assert!(matches!(
        act(&mut screen, &mut store, Action::NotSame),
        Outcome::Error(_)
    ));
}

/// A database error during the duplicate check used to be turned into an empty list:
/// the operator saw no possible duplicates and registered the person twice.
#[test]
fn a_database_error_in_the_duplicate_check_is_shown_not_taken_for_nobody() {
    let (dir, mut store) = store();
    store
        .insert_person(&person("Karimi", "Ahmad", None), &Stamp::now("t"))
        .unwrap();
    // Another connection breaks the name index under the form's feet.
    {
        let raw = rusqlite::Connection::open(dir.path().join("k.db")).unwrap();
        for table in ["person_key", "person_pair", "name_key"] {
            let exists: i64 = raw
                .query_row(
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                    [table],
                    |row| row.get(0),
                )
                .unwrap();
            if exists == 1 {
                raw.execute_batch(&format!("ALTER TABLE {table} RENAME TO broken_{table}"))
                    .unwrap();
            }
        }
    }
    let mut screen = IntakeScreen::new();
    screen.new_form();
    type_text(&mut screen, &mut store, "Karim");
    let outcome = screen.handle_key(
        KeyEvent::new(KeyCode::Char('i'), KeyModifiers::NONE),
        &mut cx(&mut store, Lang::El),
    );
    let Outcome::Error(text) = outcome else {
        panic!("the failure is said on the status line, got {outcome:?}");
    };
    assert!(text.contains("βάση"), "in Greek: {text}");
    let shown = text_of(&render(&screen, Lang::En));
    assert!(
        shown.contains("The check for people already registered failed"),
        "{shown}"
    );
    assert!(!shown.contains("Possibly already registered"), "{shown}");
}
