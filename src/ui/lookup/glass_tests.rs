//! Break-glass on the card: an administrator opens another organisation's case notes
//! and referral details by giving a reason, which is recorded before anything is
//! shown; nobody else can, and an empty reason opens nothing.

use super::LookupScreen;
use super::test_support::{audit_count, card_of, demo_person};
use crate::domain::codes::{Role, Urgency};
use crate::domain::records::Staff;
use crate::i18n::Lang;
use crate::store::{NewCaseNote, NewReferral, Stamp, Store};
use crate::ui::Shell;
use crate::ui::harness::{self, OPERATOR, demo, key, screen_text, type_text};

const NOTE: &str = "Arsis-only note QXNOTE";
const REASON: &str = "Referral reason QXREFERRAL";

fn staff(store: &mut Store, login: &str, role: Role, organisation: &str) {
    let member = Staff {
        organisation: organisation.into(),
        ..harness::staff(login, role)
    };
    harness::hire(store, &member);
}

/// A demo person with a case note and a referral written by a social worker of
/// Arsis, without consent to share with anyone else.
fn person_with_arsis_records(store: &mut Store) -> i64 {
    staff(store, "sw-arsis", Role::SocialWorker, "arsis");
    let person = demo_person(store, |_| true);
    let stamp = Stamp::now("sw-arsis");
    let note = NewCaseNote {
        person_id: person.id,
        visit_id: None,
        noted_on: harness::now().date(),
        body: NOTE.into(),
        corrects: None,
    };
    store.add_case_note(&note, &stamp).unwrap();
    let service = store
        .services()
        .unwrap()
        .into_iter()
        .find(|s| s.accepts_referrals && s.active)
        .unwrap();
    let referral = NewReferral {
        person_id: person.id,
        service_id: service.id,
        ticket_id: None,
        reason: REASON.into(),
        urgency: Urgency::Routine,
        note: String::new(),
        follow_up_on: None,
        record_consent: false,
        override_reason: Some("emergency".into()),
    };
    store.create_referral(&referral, &stamp).unwrap();
    person.id
}

fn on_card(store: &mut Store, id: i64, lang: Lang) -> Shell {
    let amka = store.person(id).unwrap().unwrap().amka.unwrap();
    card_of(store, LookupScreen::new(), &amka, lang)
}

fn glass_rows(store: &Store, id: i64) -> usize {
    audit_count(store, id, "break-glass")
}

fn card_text(shell: &mut Shell) -> String {
    screen_text(&harness::render(shell, 80, 120))
}

#[test]
fn an_administrator_opens_another_organisations_records_by_giving_a_reason() {
    let (_dir, mut store) = demo();
    staff(&mut store, OPERATOR, Role::Admin, "praksis");
    let id = person_with_arsis_records(&mut store);
    let mut shell = on_card(&mut store, id, Lang::En);
    let text = card_text(&mut shell);
    assert!(
        !text.contains("QXNOTE") && !text.contains("QXREFERRAL"),
        "{text}"
    );
    assert!(text.contains("1 notes of other organisations"), "{text}");
    assert!(
        text.contains("o: open with a reason"),
        "the card names the key: {text}"
    );
    // The question names what is closed and asks why; an empty reason opens nothing.
    shell.handle_key(key("o"), &mut store);
    let text = card_text(&mut shell);
    assert!(
        text.contains("Open records of other organisations"),
        "{text}"
    );
    shell.handle_key(key("enter"), &mut store);
    let text = card_text(&mut shell);
    assert!(text.contains("✗"), "{text}");
    assert!(!text.contains("QXNOTE"), "{text}");
    assert_eq!(glass_rows(&store, id), 0);
    // Esc leaves it closed and records nothing.
    shell.handle_key(key("esc"), &mut store);
    assert!(!card_text(&mut shell).contains("QXNOTE"));
    assert_eq!(glass_rows(&store, id), 0);
    // With a reason: recorded once, then shown.
    shell.handle_key(key("o"), &mut store);
    type_text(&mut shell, &mut store, "Court order 12/2026");
    shell.handle_key(key("enter"), &mut store);
    assert_eq!(glass_rows(&store, id), 1);
    let text = card_text(&mut shell);
    assert!(text.contains("QXNOTE"), "{text}");
    assert!(text.contains("QXREFERRAL"), "{text}");
    assert!(text.contains("recorded"), "{text}");
    // Nothing is closed any more: the card no longer offers the key.
    assert!(!text.contains("o: open with a reason"), "{text}");
    // The reason is kept out of the audit row (free text), in its own table.
    let trail = store.audit_trail("person", id).unwrap();
    assert!(
        trail.iter().all(|e| !e.detail.contains("Court")),
        "{trail:?}"
    );
}

#[test]
fn nobody_but_an_administrator_breaks_the_glass() {
    for role in [Role::Receptionist, Role::SocialWorker, Role::Psychologist] {
        for lang in [Lang::En, Lang::El] {
            let (_dir, mut store) = demo();
            staff(&mut store, OPERATOR, role, "praksis");
            let id = person_with_arsis_records(&mut store);
            let mut shell = on_card(&mut store, id, lang);
            shell.handle_key(key("o"), &mut store);
            let text = card_text(&mut shell);
            assert!(!text.contains("Open records"), "{role:?} {text}");
            assert!(!text.contains("Άνοιγμα εγγραφών"), "{role:?} {text}");
            assert!(!text.contains("QXNOTE"), "{role:?} {text}");
            assert!(!text.contains("QXREFERRAL"), "{role:?} {text}");
            assert_eq!(glass_rows(&store, id), 0, "{role:?}");
        }
    }
}

#[test]
fn the_own_organisation_reads_its_notes_and_referral_details_without_a_reason() {
    let (_dir, mut store) = demo();
    staff(&mut store, OPERATOR, Role::SocialWorker, "arsis");
    let id = person_with_arsis_records(&mut store);
    let mut shell = on_card(&mut store, id, Lang::En);
    let text = card_text(&mut shell);
    assert!(text.contains("QXNOTE"), "{text}");
    assert!(text.contains("QXREFERRAL"), "{text}");
    assert_eq!(glass_rows(&store, id), 0);
}

#[test]
fn the_reason_question_in_greek_and_english() {
    for lang in [Lang::El, Lang::En] {
        let (_dir, mut store) = demo();
        staff(&mut store, OPERATOR, Role::Admin, "praksis");
        let id = person_with_arsis_records(&mut store);
        let mut shell = on_card(&mut store, id, lang);
        shell.handle_key(key("o"), &mut store);
        type_text(&mut shell, &mut store, "Εισαγγελική παραγγελία");
        let terminal = harness::render(&mut shell, 80, 24);
        insta::assert_snapshot!(
            format!("card_break_glass_{}", lang.code()),
            terminal.backend()
        );
    }
}
