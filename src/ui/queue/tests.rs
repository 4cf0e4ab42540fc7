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
