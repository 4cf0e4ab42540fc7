//! The queue screen when the database fails: the failure is said where the tickets
//! would be, never shown as an empty queue.

use crate::i18n::Lang;
use crate::ui::ScreenId;
use crate::ui::harness::{demo, render, screen_text, shell};

#[test]
fn a_failed_reload_is_shown_in_place_of_the_tickets() {
    let (dir, mut store) = demo();
    // Another program breaks the table the queue reads.
    rusqlite::Connection::open(dir.path().join("demo.db"))
        .and_then(|c| c.execute_batch("ALTER TABLE ticket RENAME TO ticket_gone"))
        .unwrap();
    for (lang, empty) in [
        (Lang::En, "Nobody in today"),
        (Lang::El, "Κανείς στην ουρά"),
    ] {
        let mut shell = shell(lang);
        shell.open(ScreenId::Queue, &mut store);
        let text = screen_text(&render(&mut shell, 80, 24));
        let said = match lang {
            Lang::En => "database",
            Lang::El => "βάση",
        };
        assert!(text.to_lowercase().contains(said), "{text}");
        assert!(!text.contains(empty), "{text}");
    }
}

#[test]
fn a_failed_search_in_the_link_picker_is_not_shown_as_nobody_found() {
    use crate::ui::harness::{key, type_text};
    let (dir, mut store) = demo();
    // The person picker's search reads the key pairs; another program breaks them.
    rusqlite::Connection::open(dir.path().join("demo.db"))
        .and_then(|c| c.execute_batch("ALTER TABLE person_pair RENAME TO person_pair_gone"))
        .unwrap();
    let mut shell = shell(Lang::En);
    shell.open(ScreenId::Queue, &mut store);
    shell.handle_key(key("l"), &mut store);
    type_text(&mut shell, &mut store, "papad giorg");
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(
        text.contains("to a person"),
        "the link picker is open: {text}"
    );
    assert!(!text.contains("Nobody found"), "{text}");
    assert!(text.to_lowercase().contains("database"), "{text}");
}
