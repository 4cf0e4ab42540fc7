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
