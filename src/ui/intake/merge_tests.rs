//! Two desks editing the same person: changes on both sides merge, or the form asks.

use super::tests::{act, cx, person, render, text_of, type_text};
use super::*;
use crate::i18n::Lang;
use crate::store::Stamp;
use crate::ui::harness::now;

/// Two connections to one database, as two desks have, and `p` registered by the
/// first: (the folder, ours, theirs, the person's id).
fn two_desks(p: &Person) -> (tempfile::TempDir, Store, Store, i64) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut ours = Store::open_or_create(&path).unwrap();
    let theirs = Store::open_or_create(&path).unwrap();
    let id = ours.insert_person(p, &Stamp::now("t")).unwrap();
    (dir, ours, theirs, id)
}

/// The person's record opened for editing on our desk, "ours" typed into the notes.
fn ours_in_the_notes(ours: &mut Store, id: i64) -> IntakeScreen {
    let mut screen = IntakeScreen::new();
    screen.open(&Nav::EditPerson(id), &mut cx(ours, Lang::En));
    assert_eq!(screen.focus(), Some(Field::Surname));
    for _ in 0..8 {
        act(&mut screen, ours, Action::NextSection);
    }
    type_text(&mut screen, ours, "ours");
    screen
}

#[test]
fn a_conflict_between_two_connections_merges_or_asks() {
    let mut p = person("Rezaei", "Mohammad", None);
    p.consent_at = Some(now());
    p.consent_by = Some("t".into());
    let (_dir, mut ours, mut theirs, id) = two_desks(&p);
    // This desk changes the notes and the phone...
    let mut screen = ours_in_the_notes(&mut ours, id);
    // ...while another desk changes the address and the notes.
    let mut other = theirs.person(id).unwrap().unwrap();
    other.address = Some("Πατησίων 1".into());
    other.notes = "theirs".into();
    theirs.update_person(&other, &Stamp::now("desk3")).unwrap();

    let outcome = act(&mut screen, &mut ours, Action::Save);
    assert!(matches!(outcome, Outcome::Error(_)), "{outcome:?}");
    let text = text_of(&render(&screen, Lang::En));
    assert!(
        text.contains("Another desk changed the same fields"),
        "{text}"
    );
    assert!(text.contains("ours") && text.contains("theirs"), "{text}");
    // Nothing was overwritten meanwhile.
    assert_eq!(ours.person(id).unwrap().unwrap().notes, "theirs");
    act(&mut screen, &mut ours, Action::ChooseMine);
    let outcome = act(&mut screen, &mut ours, Action::Save);
    assert!(matches!(outcome, Outcome::Status(_)), "{outcome:?}");
    let saved = ours.person(id).unwrap().unwrap();
    assert_eq!(saved.notes, "ours");
    assert_eq!(saved.address.as_deref(), Some("Πατησίων 1"));
    assert_eq!(saved.version, 3);
}

#[test]
fn one_sided_changes_merge_without_asking() {
    let mut p = person("Rezaei", "Mohammad", None);
    p.consent_at = Some(now());
    let (_dir, mut ours, mut theirs, id) = two_desks(&p);
    let mut screen = ours_in_the_notes(&mut ours, id);
    let mut other = theirs.person(id).unwrap().unwrap();
    other.address = Some("Πατησίων 1".into());
    theirs.update_person(&other, &Stamp::now("desk3")).unwrap();
    let outcome = act(&mut screen, &mut ours, Action::Save);
    assert!(
        matches!(outcome, Outcome::Status(ref s) if s.contains("another desk")),
        "{outcome:?}"
    );
    let saved = ours.person(id).unwrap().unwrap();
    assert_eq!(
        (saved.notes.as_str(), saved.address.as_deref()),
        ("ours", Some("Πατησίων 1"))
    );
}
