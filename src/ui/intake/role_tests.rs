//! The intake form as each role meets it: the privacy rule (`Field::open_to`) decides
//! which fields a role fills; a receptionist fills the basic ones and never meets
//! vulnerability or the record's notes, which an edit keeps as stored.

use super::tests::{act_as, cx_as, render_as, type_as};
use super::*;
use crate::domain::codes::{Role, Vulnerability};
use crate::domain::intake::Section;
use crate::i18n::Lang;
use crate::store::Stamp;
use crate::ui::harness::{self, now, store};

const CANARY: &str = "QXSENSITIVE";

/// Every page of the form as `role` goes through it with Ctrl-N, and every field Tab
/// reaches.
fn walk(role: Role, store: &mut Store, screen: &mut IntakeScreen) -> (String, Vec<Field>) {
    let mut pages = String::new();
    let mut focused = Vec::new();
    for _ in 0..Section::ALL.len() + 1 {
        pages.push_str(&harness::screen_text(&render_as(screen, Lang::En, role)));
        act_as(screen, store, role, Action::NextSection);
    }
    for _ in 0..8 {
        act_as(screen, store, role, Action::PrevSection);
    }
    for _ in 0..Field::ALL.len() + 2 {
        focused.extend(screen.focus());
        act_as(screen, store, role, Action::NextField);
    }
    (pages, focused)
}

#[test]
fn a_receptionist_fills_the_basic_fields_only() {
    let (_d, mut store) = store();
    for role in Role::ALL {
        let mut screen = IntakeScreen::new();
        screen.new_form();
        let (pages, focused) = walk(*role, &mut store, &mut screen);
        let sensitive = pages.contains("Vulnerability")
            || focused.contains(&Field::Vulnerabilities)
            || focused.contains(&Field::Notes);
        assert_eq!(sensitive, *role != Role::Receptionist, "{role:?}\n{pages}");
        // The basic fields are every role's.
        for field in [
            Field::Surname,
            Field::Amka,
            Field::Languages,
            Field::Consent,
        ] {
            assert!(focused.contains(&field), "{role:?} {field:?}");
        }
        // The page count names only the pages the role has.
        let pages_of = if *role == Role::Receptionist {
            "/6 "
        } else {
            "/7 "
        };
        assert!(pages.contains(pages_of), "{role:?}\n{pages}");
    }
}

#[test]
fn a_receptionists_edit_keeps_the_stored_sensitive_fields_unread() {
    let (_d, mut store) = store();
    let person = Person {
        surname: "Rezaei".into(),
        given_name: "Mohammad".into(),
        vulnerabilities: vec![Vulnerability::Migrant],
        notes: CANARY.into(),
        consent_at: Some(now()),
        consent_by: Some("t".into()),
        ..Person::default()
    };
    let id = store.insert_person(&person, &Stamp::now("t")).unwrap();
    let role = Role::Receptionist;
    let mut screen = IntakeScreen::new();
    screen.open(&Nav::EditPerson(id), &mut cx_as(&mut store, Lang::En, role));
    // Nothing of it on any page, nor in the form's values, nor in its draft.
    let (pages, _) = walk(role, &mut store, &mut screen);
    assert!(!pages.contains(CANARY), "{pages}");
    let entry = screen.entry().unwrap();
    assert_eq!(entry.get(Field::Notes), "");
    assert_eq!(entry.get(Field::Vulnerabilities), "");
    let mut screen = IntakeScreen::new();
    screen.open(&Nav::EditPerson(id), &mut cx_as(&mut store, Lang::En, role));
    type_as(&mut screen, &mut store, role, "x");
    screen.on_exit(&mut cx_as(&mut store, Lang::En, role));
    let drafts = store.drafts_of(harness::OPERATOR).unwrap();
    assert_eq!(drafts.len(), 1);
    assert!(!format!("{drafts:?}").contains(CANARY), "{drafts:?}");
    assert!(!format!("{drafts:?}").contains("migrant"), "{drafts:?}");
    // The receptionist changes the name; what they could not see is kept as stored.
    let mut screen = IntakeScreen::new();
    screen.open(&Nav::EditPerson(id), &mut cx_as(&mut store, Lang::En, role));
    act_as(&mut screen, &mut store, role, Action::ResumeDraft);
    let outcome = act_as(&mut screen, &mut store, role, Action::Save);
    assert!(matches!(outcome, Outcome::Status(_)), "{outcome:?}");
    let saved = store.person(id).unwrap().unwrap();
    assert!(
        saved.surname.ends_with('x') || saved.given_name.ends_with('x'),
        "{saved:?}"
    );
    assert_eq!(saved.notes, CANARY);
    assert_eq!(saved.vulnerabilities, vec![Vulnerability::Migrant]);
}

#[test]
fn a_social_worker_reads_and_changes_the_sensitive_fields() {
    let (_d, mut store) = store();
    let person = Person {
        surname: "Rezaei".into(),
        given_name: "Mohammad".into(),
        notes: CANARY.into(),
        consent_at: Some(now()),
        consent_by: Some("t".into()),
        ..Person::default()
    };
    let id = store.insert_person(&person, &Stamp::now("t")).unwrap();
    let role = Role::SocialWorker;
    let mut screen = IntakeScreen::new();
    screen.open(&Nav::EditPerson(id), &mut cx_as(&mut store, Lang::En, role));
    assert_eq!(screen.entry().unwrap().get(Field::Notes), CANARY);
    let (pages, _) = walk(role, &mut store, &mut screen);
    assert!(pages.contains(CANARY), "{pages}");
}

#[test]
fn the_receptionists_needs_page_in_greek_and_english() {
    let (_d, mut store) = store();
    for lang in [Lang::El, Lang::En] {
        let role = Role::Receptionist;
        let mut screen = IntakeScreen::new();
        screen.new_form();
        act_as(&mut screen, &mut store, role, Action::NextSection);
        let terminal = render_as(&screen, lang, role);
        insta::assert_snapshot!(
            format!("intake_receptionist_needs_{}", lang.code()),
            terminal.backend()
        );
    }
}
