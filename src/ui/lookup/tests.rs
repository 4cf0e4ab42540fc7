//! Tests of the lookup screen and the card: 80×24 snapshots on the demo centre in both
//! languages, the focus rule, the audit of openings and of shown identifiers.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::*;
use crate::domain::records::Staff;
use crate::store::Stamp;
use crate::ui::Shell;
use crate::ui::harness::{self, demo, key, screen_text, type_text};

fn shell(lang: Lang, store: &mut Store) -> Shell {
    let mut shell = harness::shell(lang);
    shell.replace_screen(Box::new(LookupScreen::new()));
    shell.open(ScreenId::Lookup, store);
    shell
}

fn render(shell: &mut Shell) -> Terminal<TestBackend> {
    harness::render(shell, 80, 24)
}

fn views(store: &Store, id: i64, action: &str) -> usize {
    super::test_support::audit_count(store, id, action)
}

/// A demo person with a household and referrals (the fullest card).
fn person_with_household_and_referrals(store: &Store) -> Person {
    let mut ids: Vec<i64> = store
        .all_referrals()
        .unwrap()
        .iter()
        .map(|r| r.person_id)
        .collect();
    ids.sort();
    ids.dedup();
    ids.into_iter()
        .filter_map(|id| store.person(id).unwrap())
        .find(|p| p.household_id.is_some() && p.amka.is_some())
        .expect("the demo centre has a person with a household, referrals and an AMKA")
}

#[test]
fn results_and_card_snapshots_in_both_languages() {
    let (_dir, mut store) = demo();
    for lang in [Lang::En, Lang::El] {
        let mut shell = shell(lang, &mut store);
        type_text(&mut shell, &mut store, "papad");
        let terminal = render(&mut shell);
        let text = screen_text(&terminal);
        assert!(text.contains("Παπαδ"), "{text}");
        assert!(text.contains("69•••••"), "{text}");
        insta::assert_snapshot!(
            format!("lookup_results_{}", lang.code()),
            terminal.backend()
        );
        shell.handle_key(key("enter"), &mut store);
        let terminal = render(&mut shell);
        insta::assert_snapshot!(format!("lookup_card_{}", lang.code()), terminal.backend());
    }
}

#[test]
fn card_with_household_and_referrals_snapshots() {
    let (_dir, mut store) = demo();
    let person = person_with_household_and_referrals(&store);
    let amka = person.amka.clone().unwrap();
    for lang in [Lang::En, Lang::El] {
        let mut shell = shell(lang, &mut store);
        type_text(&mut shell, &mut store, &amka);
        shell.handle_key(key("enter"), &mut store);
        let text = screen_text(&render(&mut shell));
        assert!(text.contains(&person.display_name()), "{text}");
        // Identifiers are masked for an operator not in the staff table.
        assert!(!text.contains(&amka), "{text}");
        assert!(text.contains(&mask_identifier(&amka, 4)), "{text}");
        // Down to the household, visits and referrals.
        for _ in 0..12 {
            shell.handle_key(key("down"), &mut store);
        }
        let terminal = render(&mut shell);
        let text = screen_text(&terminal);
        assert!(text.contains("──"), "{text}");
        insta::assert_snapshot!(
            format!("lookup_card_household_{}", lang.code()),
            terminal.backend()
        );
    }
}

#[test]
fn opening_the_card_writes_exactly_one_audit_row() {
    let (_dir, mut store) = demo();
    let person = person_with_household_and_referrals(&store);
    let mut shell = shell(Lang::En, &mut store);
    type_text(&mut shell, &mut store, person.amka.as_deref().unwrap());
    assert_eq!(views(&store, person.id, "view"), 0);
    shell.handle_key(key("enter"), &mut store);
    assert_eq!(views(&store, person.id, "view"), 1);
    // Redraws, scrolling and another desk's change (refresh) are the same opening.
    for _ in 0..3 {
        render(&mut shell);
        shell.handle_key(key("down"), &mut store);
    }
    shell.refresh(&mut store);
    render(&mut shell);
    assert_eq!(views(&store, person.id, "view"), 1);
    let trail = store.audit_trail("person", person.id).unwrap();
    let view = trail.iter().find(|e| e.action == "view").unwrap();
    assert_eq!(view.operator, "tester");
    assert_eq!(view.detail, "");
    // Back to the results and in again: a second opening.
    shell.handle_key(key("esc"), &mut store);
    shell.handle_key(key("enter"), &mut store);
    assert_eq!(views(&store, person.id, "view"), 2);
}

#[test]
fn letters_type_in_the_query_and_act_only_in_the_list() {
    let (_dir, mut store) = demo();
    let mut shell = shell(Lang::En, &mut store);
    // q, v, r, e are letters of names while the query has the focus.
    type_text(&mut shell, &mut store, "pe");
    type_text(&mut shell, &mut store, "qvre");
    assert_eq!(shell.active(), ScreenId::Lookup);
    let text = screen_text(&render(&mut shell));
    assert!(text.contains("Find: peqvre"), "{text}");
    // Esc empties the query.
    shell.handle_key(key("esc"), &mut store);
    let text = screen_text(&render(&mut shell));
    assert!(text.contains("Find: ▏"), "{text}");
    // In the list, q adds the selected person to the queue.
    type_text(&mut shell, &mut store, "papad");
    shell.handle_key(key("tab"), &mut store);
    let text = screen_text(&render(&mut shell));
    assert!(text.contains("q Queue"), "{text}");
    shell.handle_key(key("q"), &mut store);
    assert_eq!(shell.active(), ScreenId::Queue);
    // Back on F4 the query is kept.
    shell.handle_key(key("f4"), &mut store);
    let text = screen_text(&render(&mut shell));
    assert!(text.contains("Find: papad"), "{text}");
}

#[test]
fn arrows_move_into_the_list_and_esc_returns_to_the_query() {
    let (_dir, mut store) = demo();
    let mut shell = shell(Lang::En, &mut store);
    type_text(&mut shell, &mut store, "papad");
    shell.handle_key(key("down"), &mut store);
    let text = screen_text(&render(&mut shell));
    assert!(text.contains("Esc: back to the query"), "{text}");
    assert!(text.contains("e Edit"), "{text}");
    shell.handle_key(key("esc"), &mut store);
    type_text(&mut shell, &mut store, "ak");
    let text = screen_text(&render(&mut shell));
    assert!(text.contains("Find: papadak▏"), "{text}");
}

/// The defect this guards against: after Esc from a card the focus stayed on the
/// results, so typing the next person's name ran one-letter actions on the previous
/// person ("sheikh": `e` opened their edit form and "ikh" went into their surname).
#[test]
fn a_name_typed_after_esc_from_a_card_goes_into_the_query_and_changes_no_record() {
    let (_dir, mut store) = demo();
    let mut shell = shell(Lang::En, &mut store);
    type_text(&mut shell, &mut store, "papad");
    shell.handle_key(key("down"), &mut store);
    shell.handle_key(key("enter"), &mut store);
    let person = card_person(&screen_text(&render(&mut shell))).expect("a card is open");
    let before = store.person(person).unwrap().unwrap();
    shell.handle_key(key("esc"), &mut store);
    type_text(&mut shell, &mut store, "sheikh");
    assert_eq!(shell.active(), ScreenId::Lookup);
    let text = screen_text(&render(&mut shell));
    assert!(text.contains("Find: papadsheikh▏"), "{text}");
    assert_eq!(store.person(person).unwrap().unwrap(), before);
    assert!(store.drafts_of(harness::OPERATOR).unwrap().is_empty());
    // Arriving with F4 from another screen, letters go into the query too.
    shell.handle_key(key("down"), &mut store);
    shell.handle_key(key("f2"), &mut store);
    shell.handle_key(key("f4"), &mut store);
    shell.handle_key(key("esc"), &mut store);
    type_text(&mut shell, &mut store, "ev");
    assert_eq!(shell.active(), ScreenId::Lookup);
    let text = screen_text(&render(&mut shell));
    assert!(text.contains("Find: ev▏"), "{text}");
}

/// The id of the person whose card is drawn (its title row ends in `· #id`).
fn card_person(text: &str) -> Option<i64> {
    let after = text.split("· #").nth(1)?;
    after
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .ok()
}

#[test]
fn full_identifiers_only_for_roles_that_may_and_each_showing_is_recorded() {
    let (_dir, mut store) = demo();
    let person = person_with_household_and_referrals(&store);
    let amka = person.amka.clone().unwrap();
    // A receptionist (not in the staff table): `i` does nothing, nothing recorded.
    let mut shell = shell(Lang::En, &mut store);
    type_text(&mut shell, &mut store, &amka);
    shell.handle_key(key("enter"), &mut store);
    shell.handle_key(key("i"), &mut store);
    let text = screen_text(&render(&mut shell));
    assert!(!text.contains(&amka), "{text}");
    assert!(text.contains("hidden for your role"), "{text}");
    assert_eq!(views(&store, person.id, "reveal"), 0);
    // A social worker: `i` shows the whole AMKA and records it.
    as_staff(&mut store, crate::domain::codes::Role::SocialWorker, "");
    let mut shell = self::shell(Lang::En, &mut store);
    type_text(&mut shell, &mut store, &amka);
    shell.handle_key(key("enter"), &mut store);
    let text = screen_text(&render(&mut shell));
    assert!(!text.contains(&amka), "{text}");
    assert!(
        text.contains("(hidden; i: show)"),
        "the card names the key: {text}"
    );
    shell.handle_key(key("i"), &mut store);
    let text = screen_text(&render(&mut shell));
    assert!(text.contains(&amka), "{text}");
    let reveals: Vec<String> = store
        .audit_trail("person", person.id)
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "reveal")
        .map(|e| e.detail)
        .collect();
    assert!(reveals.contains(&"amka".to_string()), "{reveals:?}");
    // Hiding again writes nothing.
    shell.handle_key(key("i"), &mut store);
    let text = screen_text(&render(&mut shell));
    assert!(!text.contains(&amka), "{text}");
    assert_eq!(views(&store, person.id, "reveal"), reveals.len());
}

#[test]
fn a_visit_recorded_from_the_card_shows_on_it() {
    let (_dir, mut store) = demo();
    let person = person_with_household_and_referrals(&store);
    let before = store.visits_of(person.id).unwrap().len();
    let mut shell = shell(Lang::En, &mut store);
    type_text(&mut shell, &mut store, person.amka.as_deref().unwrap());
    shell.handle_key(key("down"), &mut store);
    // v from the list opens the card with the visit form.
    shell.handle_key(key("v"), &mut store);
    type_text(&mut shell, &mut store, "kea");
    shell.handle_key(key("tab"), &mut store);
    type_text(&mut shell, &mut store, "renewal papers");
    shell.handle_key(key("ctrl-s"), &mut store);
    assert_eq!(shell.status().unwrap().text, "Visit recorded");
    assert_eq!(store.visits_of(person.id).unwrap().len(), before + 1);
    assert_eq!(views(&store, person.id, "view"), 1);
    // The card stays open without the form.
    assert_eq!(shell.active(), ScreenId::Lookup);
    let text = screen_text(&render(&mut shell));
    assert!(text.contains("v Visit"), "{text}");
}

#[test]
fn the_card_opens_from_another_screen_and_actions_go_where_they_should() {
    let (_dir, mut store) = demo();
    let person = person_with_household_and_referrals(&store);
    let mut screen = LookupScreen::new();
    let mut cx = harness::cx(&mut store, Lang::En);
    screen.refresh(&mut cx).unwrap();
    assert_eq!(
        screen.open(&Nav::PersonCard(person.id), &mut cx),
        Outcome::Handled
    );
    assert_eq!(screen.card_person(), Some(person.id));
    assert_eq!(
        screen.handle(Action::AddToQueue, &mut cx),
        Outcome::Go(Nav::TicketFor(person.id))
    );
    assert_eq!(
        screen.handle(Action::EditRecord, &mut cx),
        Outcome::Go(Nav::EditPerson(person.id))
    );
    assert!(matches!(
        screen.handle(Action::Refer, &mut cx),
        Outcome::Go(Nav::Refer { person_id, .. }) if person_id == person.id
    ));
    assert!(matches!(
        screen.open(&Nav::PersonCard(-5), &mut cx),
        Outcome::Error(_)
    ));
    assert_eq!(screen.handle(Action::Cancel, &mut cx), Outcome::Handled);
    assert_eq!(screen.card_person(), None);
}

#[test]
fn phones_and_counts_are_shown_the_usual_way() {
    assert_eq!(mask_phone("+306944123916"), "69•••••916");
    assert_eq!(mask_phone("+93701234567"), "+93••••567");
    assert_eq!(mask_phone("12345"), "•••45");
    assert_eq!(group(1_000_214, Lang::En), "1,000,214");
    assert_eq!(group(1_000_214, Lang::El), "1.000.214");
    assert_eq!(group(999, Lang::El), "999");
    assert_eq!(fit("Παπαδοπούλου Καλλιόπη", 10), "Παπαδοπού…");
}

/// The cells of row `y` whose style carries `modifier`, as text.
fn marked_on_row(terminal: &Terminal<TestBackend>, y: u16) -> String {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.width)
        .map(|x| &buffer[(x, y)])
        .filter(|cell| cell.modifier.contains(ratatui::style::Modifier::UNDERLINED))
        .map(|cell| cell.symbol())
        .collect()
}

#[test]
fn the_words_and_the_date_that_matched_are_underlined() {
    let (_dir, mut store) = demo();
    let stamp = Stamp {
        at: chrono::Local::now().naive_local(),
        operator: "t".into(),
    };
    let born = chrono::NaiveDate::from_ymd_opt(1987, 3, 4).unwrap();
    store
        .insert_person(
            &Person {
                surname: "Ντόκος".into(),
                given_name: "Αντ. Ηλίας".into(),
                father_name: "Σπυρίδων".into(),
                date_of_birth: Some(born),
                ..Person::default()
            },
            &stamp,
        )
        .unwrap();
    for lang in [Lang::En, Lang::El] {
        let mut shell = shell(lang, &mut store);
        type_text(&mut shell, &mut store, "ntokos ilias 1987");
        let terminal = render(&mut shell);
        let text = screen_text(&terminal);
        let y = text
            .lines()
            .position(|l| l.starts_with('│') && l.contains("Ντόκος"))
            .expect("the person is listed") as u16;
        // The surname and the second given name matched, and the year: not the
        // first given name, the rest of the date, the age or anything else.
        assert_eq!(marked_on_row(&terminal, y), "ΝτόκοςΗλίας1987", "{text}");
        // The card opened from that row marks the same.
        shell.handle_key(key("enter"), &mut store);
        let terminal = render(&mut shell);
        let text = screen_text(&terminal);
        let marked: String = (0..24).map(|y| marked_on_row(&terminal, y)).collect();
        assert_eq!(marked, "ΝτόκοςΗλίας1987", "{text}");
        // An age marks the age.
        let mut aged = self::shell(lang, &mut store);
        let age = Person {
            date_of_birth: Some(born),
            ..Person::default()
        }
        .age_on(chrono::Local::now().date_naive())
        .unwrap();
        type_text(&mut aged, &mut store, &format!("Ντόκος {age}y"));
        let terminal = render(&mut aged);
        let text = screen_text(&terminal);
        let y = text
            .lines()
            .position(|l| l.starts_with('│') && l.contains("Ντόκος"))
            .unwrap() as u16;
        assert_eq!(
            marked_on_row(&terminal, y),
            format!("Ντόκος{age}"),
            "{text}"
        );
        // A day and month swapped are named below the list.
        let mut swapped = self::shell(lang, &mut store);
        type_text(&mut swapped, &mut store, "Ντόκος 03/04/1987");
        let text = screen_text(&render(&mut swapped));
        let why = match lang {
            Lang::En => "born: day and month swapped",
            Lang::El => "γέννηση: ημέρα και μήνας ανάποδα",
        };
        assert!(text.contains(why), "{text}");
    }
}

/// Makes the tests' operator a member of staff with `role` in `organisation`.
fn as_staff(store: &mut Store, role: crate::domain::codes::Role, organisation: &str) {
    let member = Staff {
        display_name: "Tester".into(),
        organisation: organisation.into(),
        default_desk: Some(2),
        ..harness::staff(harness::OPERATOR, role)
    };
    harness::hire(store, &member);
}

#[test]
fn case_notes_show_on_the_card_newest_first_to_their_organisation_only() {
    use crate::domain::codes::Role;
    use crate::store::NewCaseNote;
    let (_dir, mut store) = demo();
    let person = person_with_household_and_referrals(&store);
    for (author, org) in [("praksis.sw", "praksis"), ("arsis.sw", "arsis")] {
        let member = Staff {
            organisation: org.into(),
            ..harness::staff(author, Role::SocialWorker)
        };
        harness::hire(&mut store, &member);
    }
    let note = |store: &mut Store, author: &str, day: u32, text: &str| {
        store
            .add_case_note(
                &NewCaseNote {
                    person_id: person.id,
                    visit_id: None,
                    noted_on: chrono::NaiveDate::from_ymd_opt(2026, 3, day).unwrap(),
                    body: text.into(),
                    corrects: None,
                },
                &Stamp::now(author),
            )
            .unwrap();
    };
    note(&mut store, "praksis.sw", 1, "OLDER-PRAKSIS-NOTE");
    note(&mut store, "praksis.sw", 9, "NEWER-PRAKSIS-NOTE");
    note(&mut store, "arsis.sw", 5, "ARSIS-ONLY-NOTE");
    let card_text = |store: &mut Store| {
        let mut shell = shell(Lang::En, store);
        type_text(&mut shell, store, person.amka.as_deref().unwrap());
        shell.handle_key(key("enter"), store);
        screen_text(&harness::render(&mut shell, 80, 90))
    };
    as_staff(&mut store, Role::SocialWorker, "praksis");
    let text = card_text(&mut store);
    let newer = text.find("NEWER-PRAKSIS-NOTE").expect("own notes shown");
    let older = text.find("OLDER-PRAKSIS-NOTE").expect("own notes shown");
    assert!(newer < older, "newest first:\n{text}");
    assert!(!text.contains("ARSIS-ONLY-NOTE"), "{text}");
    assert!(text.contains("1 notes of other organisations"), "{text}");
    // A receptionist: no case notes, no vulnerability.
    as_staff(&mut store, Role::Receptionist, "praksis");
    let text = card_text(&mut store);
    assert!(
        !text.contains("PRAKSIS-NOTE") && !text.contains("Case notes"),
        "{text}"
    );
    assert!(text.contains("(hidden for your role)"), "{text}");
}

/// A name in wide letters (two cells each) keeps the card's title row within the
/// screen: "Esc: back" stays right-aligned at the last column.
#[test]
fn a_wide_name_keeps_the_cards_title_row_aligned() {
    let (_dir, mut store) = demo();
    let stamp = Stamp {
        at: chrono::Local::now().naive_local(),
        operator: "t".into(),
    };
    store
        .insert_person(
            &Person {
                surname: "王".into(),
                given_name: "小明".into(),
                phone: Some("6900000042".into()),
                ..Person::default()
            },
            &stamp,
        )
        .unwrap();
    for lang in [Lang::En, Lang::El] {
        let mut shell = shell(lang, &mut store);
        type_text(&mut shell, &mut store, "6900000042");
        shell.handle_key(key("enter"), &mut store);
        let text = screen_text(&render(&mut shell));
        let title = text.lines().nth(1).unwrap_or_default();
        assert!(title.contains('王'), "{text}");
        let back = match lang {
            Lang::En => "back to the results",
            Lang::El => "πίσω στα αποτελέσματα",
        };
        assert!(title.trim_end().ends_with(back), "{title}");
    }
}
