//! The card's administrators' keys: x writes the right-of-access export, Shift-D
//! erases after a plain question; other roles have neither.

use std::os::unix::fs::PermissionsExt;

use super::LookupScreen;
use super::test_support::{audit_count, card_of, demo_person};
use crate::domain::codes::Role;
use crate::domain::records::Staff;
use crate::i18n::Lang;
use crate::store::Store;
use crate::ui::Shell;
use crate::ui::harness::{self, OPERATOR, demo, key, screen_text, type_text};

fn as_role(store: &mut Store, role: Role) {
    let member = Staff {
        display_name: "Tester".into(),
        ..harness::staff(OPERATOR, role)
    };
    harness::hire(store, &member);
}

/// The shell on the card of a demo person with an AMKA; exports go to `dir`.
fn on_card(store: &mut Store, dir: &std::path::Path, lang: Lang) -> (Shell, i64) {
    let person = demo_person(store, |_| true);
    let mut screen = LookupScreen::new();
    screen.export_dir = dir.to_path_buf();
    let amka = person.amka.unwrap_or_default();
    (card_of(store, screen, &amka, lang), person.id)
}

#[test]
fn an_administrator_exports_and_erases_from_the_card() {
    let (_dir, mut store) = demo();
    as_role(&mut store, Role::Admin);
    let out = tempfile::tempdir().unwrap();
    let (mut shell, id) = on_card(&mut store, out.path(), Lang::En);
    let name = store.person(id).unwrap().unwrap().surname;
    // The right of access: two owner-only files, one audit row.
    shell.handle_key(key("x"), &mut store);
    let text = screen_text(&harness::render(&mut shell, 80, 24));
    let json = out.path().join(format!("person-{id}.json"));
    let txt = out.path().join(format!("person-{id}.txt"));
    assert!(text.contains(&format!("person-{id}.json")), "{text}");
    for file in [&json, &txt] {
        let mode = std::fs::metadata(file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
    assert!(std::fs::read_to_string(&txt).unwrap().contains(&name));
    assert_eq!(audit_count(&store, id, "export"), 1);
    // Again: the first export is kept, the second numbered.
    shell.handle_key(key("x"), &mut store);
    assert!(out.path().join(format!("person-{id}-2.json")).exists());
    // Erasure asks first; n leaves everything as it was.
    shell.handle_key(key("shift-d"), &mut store);
    let text = screen_text(&harness::render(&mut shell, 80, 24));
    assert!(
        text.contains(&format!("Erase all personal data of person #{id}?")),
        "{text}"
    );
    shell.handle_key(key("n"), &mut store);
    assert!(!store.is_erased(id).unwrap());
    shell.handle_key(key("shift-d"), &mut store);
    shell.handle_key(key("y"), &mut store);
    assert!(store.is_erased(id).unwrap());
    assert_eq!(audit_count(&store, id, "erase"), 1);
    let text = screen_text(&harness::render(&mut shell, 80, 24));
    assert!(text.contains("were erased"), "{text}");
    assert!(!text.contains(&name), "{text}");
    // Once erased, never twice.
    shell.handle_key(key("shift-d"), &mut store);
    let text = screen_text(&harness::render(&mut shell, 80, 24));
    assert!(text.contains("already erased"), "{text}");
}

#[test]
fn other_roles_neither_export_nor_erase_from_the_card() {
    for role in [Role::Receptionist, Role::SocialWorker, Role::Psychologist] {
        let (_dir, mut store) = demo();
        as_role(&mut store, role);
        let out = tempfile::tempdir().unwrap();
        for lang in [Lang::En, Lang::El] {
            let (mut shell, id) = on_card(&mut store, out.path(), lang);
            shell.handle_key(key("x"), &mut store);
            shell.handle_key(key("shift-d"), &mut store);
            shell.handle_key(key("y"), &mut store);
            assert!(!store.is_erased(id).unwrap(), "{role:?}");
            assert_eq!(audit_count(&store, id, "export"), 0, "{role:?}");
            assert_eq!(
                std::fs::read_dir(out.path()).unwrap().count(),
                0,
                "{role:?}"
            );
            let text = screen_text(&harness::render(&mut shell, 80, 24));
            assert!(!text.contains("Erase all"), "{text}");
        }
    }
}

#[test]
fn social_workers_write_case_notes_on_the_card_and_correct_them_with_new_ones() {
    let (_dir, mut store) = demo();
    as_role(&mut store, Role::SocialWorker);
    let out = tempfile::tempdir().unwrap();
    let (mut shell, id) = on_card(&mut store, out.path(), Lang::En);
    // An empty note is refused beside the form, and nothing is written.
    shell.handle_key(key("c"), &mut store);
    shell.handle_key(key("ctrl-s"), &mut store);
    let text = screen_text(&harness::render(&mut shell, 80, 24));
    assert!(text.contains("✗ write the note's text"), "{text}");
    assert!(store.case_notes_of(id).unwrap().is_empty());
    type_text(&mut shell, &mut store, "First meeting");
    shell.handle_key(key("ctrl-s"), &mut store);
    let notes = store.case_notes_of(id).unwrap();
    assert_eq!(notes.len(), 1, "{notes:?}");
    let first = notes[0].id;
    // A correction is a new note naming the first, which stays as written.
    shell.handle_key(key("c"), &mut store);
    type_text(&mut shell, &mut store, "Second meeting, not first");
    shell.handle_key(key("tab"), &mut store);
    type_text(&mut shell, &mut store, &format!("#{first}"));
    shell.handle_key(key("ctrl-s"), &mut store);
    let notes = store.case_notes_of(id).unwrap();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes.iter().any(|n| n.corrects == Some(first)));
    assert!(
        notes
            .iter()
            .any(|n| n.id == first && n.body == "First meeting")
    );
    let text = screen_text(&harness::render(&mut shell, 80, 90));
    assert!(text.contains("Second meeting, not first"), "{text}");
    // A receptionist has no such key.
    let (_dir, mut store) = demo();
    as_role(&mut store, Role::Receptionist);
    let (mut shell, id) = on_card(&mut store, out.path(), Lang::En);
    shell.handle_key(key("c"), &mut store);
    let text = screen_text(&harness::render(&mut shell, 80, 24));
    assert!(!text.contains("New case note"), "{text}");
    assert!(store.case_notes_of(id).unwrap().is_empty());
}

/// The hint line leads with the desk's everyday keys on every role's card: an
/// administrator's rare keys (export, erase, case note) are in F1's help, and once
/// filled the line at 80 columns, hiding visit, queue and referral.
#[test]
fn the_card_hint_line_leads_with_the_everyday_keys_for_every_role() {
    for role in [Role::Admin, Role::SocialWorker, Role::Receptionist] {
        for lang in [Lang::El, Lang::En] {
            let (_dir, mut store) = demo();
            as_role(&mut store, role);
            let out = tempfile::tempdir().unwrap();
            let (mut shell, _) = on_card(&mut store, out.path(), lang);
            let text = screen_text(&harness::render(&mut shell, 80, 24));
            let hints = text.lines().nth(22).unwrap_or_default();
            assert!(
                hints.trim_start().starts_with("v "),
                "{role:?} {lang:?}: {hints}"
            );
            for key in [" q ", " r "] {
                assert!(hints.contains(key), "{role:?} {lang:?}: {hints}");
            }
        }
    }
}
