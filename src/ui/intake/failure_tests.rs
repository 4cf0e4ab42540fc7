//! The intake start page when the database fails: the failure is said where the
//! unfinished forms would be, never shown as none.

use crate::i18n::Lang;
use crate::ui::ScreenId;
use crate::ui::harness::{demo, render, screen_text, shell};

#[test]
fn drafts_that_cannot_be_read_are_not_shown_as_none() {
    let (dir, mut store) = demo();
    // Another program breaks the table the drafts are kept in.
    rusqlite::Connection::open(dir.path().join("demo.db"))
        .and_then(|c| c.execute_batch("ALTER TABLE draft RENAME TO draft_gone"))
        .unwrap();
    for (lang, none, said) in [
        (Lang::En, "No unfinished forms", "database"),
        (Lang::El, "Καμία ημιτελής καταγραφή", "βάση"),
    ] {
        let mut shell = shell(lang);
        shell.open(ScreenId::Intake, &mut store);
        let text = screen_text(&render(&mut shell, 80, 24));
        assert!(!text.contains(none), "{text}");
        assert!(text.to_lowercase().contains(said), "{text}");
    }
}

/// "Add a member" on the saved page reads the saved person: a failed read is said as
/// the database's failure, never as "this person no longer exists".
#[test]
fn a_failed_read_when_adding_a_member_is_not_said_as_a_person_gone() {
    use crate::action::Action;
    use crate::ui::Screen;
    use crate::ui::harness::{char_key, cx, store};

    let (dir, mut store) = store();
    let mut screen = super::IntakeScreen::new();
    screen.new_form();
    let typed = |screen: &mut super::IntakeScreen, store: &mut crate::store::Store, text: &str| {
        for c in text.chars() {
            screen.handle_key(char_key(c), &mut cx(store, Lang::En));
        }
    };
    typed(&mut screen, &mut store, "Diallo");
    screen.handle(Action::Confirm, &mut cx(&mut store, Lang::En));
    typed(&mut screen, &mut store, "Aminata");
    screen.handle(Action::Save, &mut cx(&mut store, Lang::En));
    assert!(screen.saved_id().is_some(), "saved");
    rusqlite::Connection::open(dir.path().join("k.db"))
        .and_then(|c| c.execute_batch("ALTER TABLE person RENAME TO person_gone"))
        .unwrap();
    let outcome = screen.handle(Action::AddMember, &mut cx(&mut store, Lang::En));
    let crate::ui::Outcome::Error(said) = outcome else {
        panic!("an error: {outcome:?}");
    };
    assert!(!said.contains("no longer exists"), "{said}");
    assert!(said.to_lowercase().contains("database"), "{said}");
}
