//! The case-note form on the card keeps a draft (Esc, a moment after typing, the
//! program ending) that comes back at the next `c`; a note may be written on one of
//! the person's visits (by its date), and says so on the card.

use super::LookupScreen;
use super::test_support::{card_of, demo_person};
use crate::domain::codes::Role;
use crate::domain::records::Staff;
use crate::i18n::Lang;
use crate::store::{Stamp, Store};
use crate::ui::harness::{self, OPERATOR, demo, key, screen_text, type_text};
use crate::ui::{ScreenId, Shell};

const KIND: &str = "case-note";

fn social_worker(store: &mut Store) {
    let member = Staff {
        display_name: "Tester".into(),
        ..harness::staff(OPERATOR, Role::SocialWorker)
    };
    harness::hire(store, &member);
}

/// The card of a demo person who has visits, and that person's id.
fn on_card(store: &mut Store, lang: Lang) -> (Shell, i64) {
    let person = demo_person(store, |p| !store.visits_of(p.id).unwrap().is_empty());
    let amka = person.amka.unwrap_or_default();
    (card_of(store, LookupScreen::new(), &amka, lang), person.id)
}

fn note_drafts(store: &Store, id: i64) -> Vec<String> {
    store
        .drafts_of(OPERATOR)
        .unwrap()
        .into_iter()
        .filter(|d| d.kind == KIND && d.target_id == Some(id))
        .map(|d| d.payload)
        .collect()
}

fn text(shell: &mut Shell) -> String {
    screen_text(&harness::render(shell, 80, 60))
}

#[test]
fn a_note_left_half_written_is_kept_and_comes_back() {
    let (_dir, mut store) = demo();
    social_worker(&mut store);
    let (mut shell, id) = on_card(&mut store, Lang::En);
    shell.handle_key(key("c"), &mut store);
    type_text(&mut shell, &mut store, "Half a thought");
    // Esc leaves the form; what was typed is kept, and said.
    shell.handle_key(key("esc"), &mut store);
    let drafts = note_drafts(&store, id);
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    assert!(drafts[0].contains("Half a thought"), "{drafts:?}");
    assert!(text(&mut shell).contains("kept as a draft"));
    assert!(store.case_notes_of(id).unwrap().is_empty());
    // c again: the text is back; saving writes the note and drops the draft.
    shell.handle_key(key("c"), &mut store);
    assert!(text(&mut shell).contains("Half a thought"));
    type_text(&mut shell, &mut store, ", finished");
    shell.handle_key(key("ctrl-s"), &mut store);
    let notes = store.case_notes_of(id).unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].body, "Half a thought, finished");
    assert!(note_drafts(&store, id).is_empty());
}

#[test]
fn a_note_being_typed_is_kept_when_the_program_ends() {
    let (_dir, mut store) = demo();
    social_worker(&mut store);
    let (mut shell, id) = on_card(&mut store, Lang::El);
    shell.handle_key(key("c"), &mut store);
    type_text(&mut shell, &mut store, "Συνάντηση με τη μητέρα");
    shell.on_exit(&mut store);
    let drafts = note_drafts(&store, id);
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    assert!(drafts[0].contains("Συνάντηση με τη μητέρα"), "{drafts:?}");
    // The next start names it.
    let mut next = harness::shell(Lang::El);
    next.replace_screen(Box::new(LookupScreen::new()));
    next.start(&mut store);
    let said = screen_text(&harness::render(&mut next, 80, 24));
    assert!(said.contains("μισογραμμένη σημείωση υπόθεσης"), "{said}");
    // Erasing the person takes the draft with them.
    store.erase_person(id, &Stamp::now("boss")).unwrap();
    assert!(note_drafts(&store, id).is_empty());
}

#[test]
fn a_note_is_written_on_a_visit_by_its_date() {
    let (_dir, mut store) = demo();
    social_worker(&mut store);
    let (mut shell, id) = on_card(&mut store, Lang::En);
    let visit = store.visits_of(id).unwrap()[0].clone();
    let day = crate::domain::dates::format_date(visit.visited_on);
    shell.handle_key(key("c"), &mut store);
    type_text(&mut shell, &mut store, "After the visit");
    // Text, then the note it corrects, then the visit.
    shell.handle_key(key("tab"), &mut store);
    shell.handle_key(key("tab"), &mut store);
    type_text(&mut shell, &mut store, "01/01/1990");
    shell.handle_key(key("ctrl-s"), &mut store);
    assert!(store.case_notes_of(id).unwrap().is_empty());
    assert!(text(&mut shell).contains("✗ the date of one of this person's visits"));
    for _ in 0..10 {
        shell.handle_key(key("backspace"), &mut store);
    }
    type_text(&mut shell, &mut store, &day);
    shell.handle_key(key("ctrl-s"), &mut store);
    let notes = store.case_notes_of(id).unwrap();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].visit_id, Some(visit.id));
    assert!(text(&mut shell).contains(&format!("on the visit of {day}")));
}

#[test]
fn the_card_lists_notes_newest_first_and_says_a_withdrawn_consent() {
    let (_dir, mut store) = demo();
    social_worker(&mut store);
    let person = demo_person(&store, |_| true);
    let day = |m: u32| chrono::NaiveDate::from_ymd_opt(2026, m, 5).unwrap();
    for (body, month) in [("QXOLDER", 1), ("QXNEWER", 2)] {
        let note = crate::store::NewCaseNote {
            person_id: person.id,
            visit_id: None,
            noted_on: day(month),
            body: body.into(),
            corrects: None,
        };
        store
            .add_case_note(&note, &Stamp::now("colleague"))
            .unwrap();
    }
    let withdrawn = Stamp {
        at: day(3).and_hms_opt(9, 0, 0).unwrap(),
        operator: "maria.k".into(),
    };
    store.withdraw_consent(person.id, &withdrawn).unwrap();
    let mut shell = harness::shell(Lang::En);
    shell.replace_screen(Box::new(LookupScreen::new()));
    shell.start(&mut store);
    shell.open(ScreenId::Lookup, &mut store);
    type_text(&mut shell, &mut store, person.amka.as_deref().unwrap());
    shell.handle_key(key("enter"), &mut store);
    let card = text(&mut shell);
    let (newer, older) = (card.find("QXNEWER"), card.find("QXOLDER"));
    assert!(newer.is_some() && newer < older, "{card}");
    assert!(
        card.contains("Withdrawn 05/03/2026 (recorded by maria.k)"),
        "{card}"
    );
}
