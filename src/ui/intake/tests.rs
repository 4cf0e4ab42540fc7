//! The intake screen driven by keys and actions, as the shell would.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::*;
use crate::domain::codes::{Relation, Role};
use crate::domain::intake::Section;
use crate::i18n::Lang;
use crate::store::{IntakeSave, Stamp};
use crate::ui::harness::{self, now, store};

/// A social worker, who meets every field of the form (what a receptionist meets is
/// in `role_tests`).
pub(super) fn cx(store: &mut Store, lang: Lang) -> Ctx<'_> {
    cx_as(store, lang, Role::SocialWorker)
}

pub(super) fn cx_as(store: &mut Store, lang: Lang, role: Role) -> Ctx<'_> {
    let mut cx = harness::cx(store, lang);
    cx.role = role;
    cx
}

pub(super) fn type_text(screen: &mut IntakeScreen, store: &mut Store, text: &str) {
    type_as(screen, store, Role::SocialWorker, text);
}

pub(super) fn type_as(screen: &mut IntakeScreen, store: &mut Store, role: Role, text: &str) {
    for c in text.chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        screen.handle_key(key, &mut cx_as(store, Lang::En, role));
    }
}

pub(super) fn act(screen: &mut IntakeScreen, store: &mut Store, action: Action) -> Outcome {
    act_as(screen, store, Role::SocialWorker, action)
}

pub(super) fn act_as(
    screen: &mut IntakeScreen,
    store: &mut Store,
    role: Role,
    action: Action,
) -> Outcome {
    screen.handle(action, &mut cx_as(store, Lang::En, role))
}

pub(super) fn render(screen: &IntakeScreen, lang: Lang) -> Terminal<TestBackend> {
    render_as(screen, lang, Role::SocialWorker)
}

pub(super) fn render_as(screen: &IntakeScreen, lang: Lang, role: Role) -> Terminal<TestBackend> {
    let theme = crate::ui::theme::Theme::ansi16();
    let mut view = harness::view(lang, &theme);
    view.role = role;
    let mut terminal = Terminal::new(TestBackend::new(80, 21)).expect("a test terminal");
    terminal
        .draw(|frame| {
            screen.draw(frame, frame.area(), &view);
        })
        .expect("a frame");
    terminal
}

pub(super) fn text_of(terminal: &Terminal<TestBackend>) -> String {
    harness::screen_text(terminal)
}

pub(super) fn person(surname: &str, given: &str, dob: Option<NaiveDate>) -> Person {
    Person {
        surname: surname.into(),
        given_name: given.into(),
        date_of_birth: dob,
        ..Person::default()
    }
}

/// A typical person, typed as a receptionist would: returns the screen on the saved page.
pub(super) fn fill_typical(screen: &mut IntakeScreen, store: &mut Store) {
    screen.new_form();
    type_text(screen, store, "Rezaei");
    act(screen, store, Action::Confirm);
    type_text(screen, store, "Mohammad");
    act(screen, store, Action::Confirm);
    act(screen, store, Action::Confirm); // father's name
    type_text(screen, store, "14/2/86");
    act(screen, store, Action::Confirm);
    type_text(screen, store, "m");
    act(screen, store, Action::Confirm);
    type_text(screen, store, "afg");
    act(screen, store, Action::Confirm); // → AMKA, on the same page
}

#[test]
fn a_typical_person_is_registered_with_consent() {
    let (_d, mut store) = store();
    let mut screen = IntakeScreen::new();
    fill_typical(&mut screen, &mut store);
    assert_eq!(screen.focus(), Some(Field::Amka));
    let entry = screen.entry().unwrap();
    assert_eq!(entry.get(Field::Gender), "M");
    assert_eq!(entry.get(Field::Nationality), "AF");
    // Without consent the nationality may not be kept: Ctrl-S asks for consent; "no"
    // refuses the save and puts the cursor on the first field that needs it.
    act(&mut screen, &mut store, Action::Save);
    assert_eq!(screen.contexts(), &[Context::IntakeConsent]);
    let outcome = act(&mut screen, &mut store, Action::Cancel);
    assert!(matches!(outcome, Outcome::Error(_)), "{outcome:?}");
    assert_eq!(screen.focus(), Some(Field::Nationality));
    assert_eq!(store.count_people().unwrap(), 0);
    for _ in 0..5 {
        act(&mut screen, &mut store, Action::NextSection);
    }
    assert_eq!(screen.focus(), Some(Field::Consent));
    type_text(&mut screen, &mut store, " ");
    let outcome = act(&mut screen, &mut store, Action::Save);
    assert!(matches!(outcome, Outcome::Status(_)), "{outcome:?}");
    let id = screen.saved_id().unwrap();
    let p = store.person(id).unwrap().unwrap();
    assert_eq!(p.display_name(), "Rezaei Mohammad");
    assert_eq!(p.date_of_birth, NaiveDate::from_ymd_opt(1986, 2, 14));
    assert_eq!(p.nationality.as_deref(), Some("AF"));
    assert_eq!(p.consent_by.as_deref(), Some("tester"));
    assert_eq!(p.consent_at, Some(now()));
}

#[test]
fn a_valid_amka_fills_date_of_birth_and_gender() {
    let (_d, mut store) = store();
    let mut screen = IntakeScreen::new();
    screen.new_form();
    for _ in 0..6 {
        act(&mut screen, &mut store, Action::NextField);
    }
    assert_eq!(screen.focus(), Some(Field::Amka));
    type_text(&mut screen, &mut store, "01013099997");
    let entry = screen.entry().unwrap();
    assert_eq!(entry.get(Field::DateOfBirth), "01/01/1930");
    assert_eq!(entry.get(Field::Gender), "M");
}

/// The panel says why each person is listed: the same date with the name spelled
/// another way, or the same name with the day and month swapped.
#[test]
fn the_duplicate_panel_says_why_in_greek_and_english() {
    let (_d, mut store) = store();
    let stamp = Stamp::now("t");
    store
        .insert_person(
            &person("Bondarenco", "Olena", NaiveDate::from_ymd_opt(1984, 3, 12)),
            &stamp,
        )
        .unwrap();
    store
        .insert_person(
            &person("Μποντάρενκο", "Ολένα", NaiveDate::from_ymd_opt(1984, 12, 3)),
            &stamp,
        )
        .unwrap();
    let mut screen = IntakeScreen::new();
    screen.new_form();
    type_text(&mut screen, &mut store, "Bondarenko");
    act(&mut screen, &mut store, Action::Confirm);
    type_text(&mut screen, &mut store, "Olena");
    act(&mut screen, &mut store, Action::Confirm);
    act(&mut screen, &mut store, Action::Confirm); // father's name
    type_text(&mut screen, &mut store, "12/3/1984");
    assert_eq!(screen.duplicates().len(), 2, "{:?}", screen.duplicates());
    let en = text_of(&render(&screen, Lang::En));
    assert!(en.contains("same date, name spelled differently"), "{en}");
    assert!(en.contains("day and month swapped, name spelled"), "{en}");
    let el = text_of(&render(&screen, Lang::El));
    assert!(el.contains("ίδια ημερομηνία, όνομα με άλλη γραφή"), "{el}");
    insta::assert_snapshot!(
        "intake_duplicates_why_en",
        render(&screen, Lang::En).backend()
    );
    insta::assert_snapshot!(
        "intake_duplicates_why_el",
        render(&screen, Lang::El).backend()
    );
}

#[test]
fn household_and_visit_after_saving() {
    let (_d, mut store) = store();
    let mut screen = IntakeScreen::new();
    fill_typical(&mut screen, &mut store);
    for _ in 0..5 {
        act(&mut screen, &mut store, Action::NextSection);
    }
    assert_eq!(screen.focus(), Some(Field::Consent));
    type_text(&mut screen, &mut store, " ");
    act(&mut screen, &mut store, Action::Save);
    let head = screen.saved_id().unwrap();
    // A member of the same household, from the saved page.
    act(&mut screen, &mut store, Action::AddMember);
    assert_eq!(screen.focus(), Some(Field::GivenName));
    type_text(&mut screen, &mut store, "Sara");
    for _ in 0..3 {
        act(&mut screen, &mut store, Action::NextSection);
    }
    act(&mut screen, &mut store, Action::NextField);
    type_text(&mut screen, &mut store, "chi");
    act(&mut screen, &mut store, Action::Confirm);
    assert_eq!(screen.focus(), Some(Field::Employment));
    act(&mut screen, &mut store, Action::NextSection);
    assert_eq!(screen.focus(), Some(Field::Consent));
    type_text(&mut screen, &mut store, " ");
    let outcome = act(&mut screen, &mut store, Action::Save);
    assert!(matches!(outcome, Outcome::Status(_)), "{outcome:?}");
    let kid = screen.saved_id().expect("saved");
    let members = store.household_of(head).unwrap();
    assert_eq!(
        members.iter().map(|p| p.id).collect::<Vec<_>>(),
        vec![head, kid]
    );
    assert_eq!(members[1].household_relation, Some(Relation::Child));
    // A visit in a few keys.
    act(&mut screen, &mut store, Action::RecordVisit);
    act(&mut screen, &mut store, Action::NextField);
    type_text(&mut screen, &mut store, "KEA renewal");
    let outcome = act(&mut screen, &mut store, Action::Save);
    assert!(matches!(outcome, Outcome::Status(_)), "{outcome:?}");
    let visits = store.visits_of(kid).unwrap();
    assert_eq!(visits.len(), 1);
    assert_eq!(visits[0].reason, "KEA renewal");
    assert_eq!(visits[0].operator, "tester");
}

#[test]
fn snapshots_of_every_section_in_greek_and_english() {
    let (_d, mut store) = store();
    for lang in [Lang::El, Lang::En] {
        let mut screen = IntakeScreen::new();
        fill_typical(&mut screen, &mut store);
        // Back to the first section, with a date shown back and its age.
        act(&mut screen, &mut store, Action::PrevSection);
        for (i, section) in Section::ALL.iter().enumerate() {
            let terminal = render(&screen, lang);
            insta::assert_snapshot!(
                format!("intake_{}_{}", i + 1, format!("{section:?}").to_lowercase())
                    + "_"
                    + lang.code(),
                terminal.backend()
            );
            act(&mut screen, &mut store, Action::NextSection);
        }
    }
}

#[test]
fn a_too_long_visit_reason_names_the_maximum() {
    let (_d, mut store) = store();
    let id = store
        .save_intake(
            &IntakeSave {
                person: person("Rezaei", "Mohammad", None),
                ..IntakeSave::default()
            },
            &Stamp {
                at: now(),
                operator: "tester".into(),
            },
        )
        .unwrap()
        .0;
    let mut visit =
        VisitForm::new(&store, &store.person(id).unwrap().unwrap(), now().date()).unwrap();
    visit.next_field();
    visit.handle_paste(&"α".repeat(crate::domain::text::MAX_LINE + 1));
    assert!(visit.save(&mut store, "tester", now()).is_err());
    for lang in [Lang::El, Lang::En] {
        let message = visit.error(lang).unwrap();
        assert!(message.contains("200"), "{message}");
        assert!(!message.contains("{}"), "{message}");
    }
    assert!(store.visits_of(id).unwrap().is_empty());
}

#[test]
fn the_edit_form_never_shows_stored_identifiers_and_keeps_them_unless_retyped() {
    const AMKA: &str = "01013099997";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut ours = Store::open_or_create(&path).unwrap();
    let mut theirs = Store::open_or_create(&path).unwrap();
    let mut p = person("Rezaei", "Mohammad", NaiveDate::from_ymd_opt(1930, 1, 1));
    p.amka = Some(AMKA.into());
    p.afm = Some("090000045".into());
    p.consent_at = Some(now());
    let id = ours.insert_person(&p, &Stamp::now("t")).unwrap();
    let edit = |screen: &mut IntakeScreen, store: &mut Store| {
        screen.open(&Nav::EditPerson(id), &mut cx(store, Lang::En));
        for _ in 0..6 {
            act(screen, store, Action::NextField);
        }
        assert_eq!(screen.focus(), Some(Field::Amka));
    };
    // A receptionist (the tests' context) sees the last digits, never the number.
    let mut screen = IntakeScreen::new();
    edit(&mut screen, &mut ours);
    for lang in [Lang::En, Lang::El] {
        let text = text_of(&render(&screen, lang));
        assert!(
            !text.contains(AMKA) && !text.contains("090000045"),
            "{text}"
        );
        assert!(text.contains("•••••••9997"), "{text}");
    }
    assert_eq!(screen.entry().unwrap().get(Field::Amka), "");
    // Saving another change keeps the stored identifiers.
    type_text(&mut screen, &mut ours, "");
    for _ in 0..8 {
        act(&mut screen, &mut ours, Action::NextSection);
    }
    type_text(&mut screen, &mut ours, "changed");
    let outcome = act(&mut screen, &mut ours, Action::Save);
    assert!(matches!(outcome, Outcome::Status(_)), "{outcome:?}");
    let saved = ours.person(id).unwrap().unwrap();
    assert_eq!(saved.notes, "changed");
    assert_eq!(saved.amka.as_deref(), Some(AMKA));
    assert_eq!(saved.afm.as_deref(), Some("090000045"));
    // Another desk corrects the AMKA while the form is open: the merge keeps theirs.
    let mut screen = IntakeScreen::new();
    edit(&mut screen, &mut ours);
    for _ in 0..8 {
        act(&mut screen, &mut ours, Action::NextSection);
    }
    type_text(&mut screen, &mut ours, " again");
    let mut other = theirs.person(id).unwrap().unwrap();
    other.amka = Some("01013099989".into());
    theirs.update_person(&other, &Stamp::now("desk3")).unwrap();
    let outcome = act(&mut screen, &mut ours, Action::Save);
    assert!(matches!(outcome, Outcome::Status(_)), "{outcome:?}");
    let saved = ours.person(id).unwrap().unwrap();
    assert_eq!(saved.amka.as_deref(), Some("01013099989"));
    assert_eq!(saved.notes, "changed again");
    // Typing a new number replaces the stored one.
    let mut screen = IntakeScreen::new();
    edit(&mut screen, &mut ours);
    type_text(&mut screen, &mut ours, AMKA);
    let outcome = act(&mut screen, &mut ours, Action::Save);
    assert!(matches!(outcome, Outcome::Status(_)), "{outcome:?}");
    assert_eq!(
        ours.person(id).unwrap().unwrap().amka.as_deref(),
        Some(AMKA)
    );
}
