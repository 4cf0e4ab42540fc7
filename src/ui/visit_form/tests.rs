//! The visit form when the database fails: nothing typed is lost, and the operator
//! hears what happened to it, in their language.

use super::VisitForm;
use crate::action::Action;
use crate::i18n::Lang;
use crate::ui::Outcome;
use crate::ui::harness::{char_key, cx, demo};
use crate::ui::kit::Reply;

/// Saves a visit with the tables of visits and drafts broken by another program, the
/// drafts' fallback folder being `aside`: what the status line says.
fn failed_save(lang: Lang, aside: Option<&str>) -> String {
    let (dir, mut store) = demo();
    store.set_drafts_aside_dir(aside.map(|a| dir.path().join(a)));
    let person = store.person(1).unwrap().unwrap();
    let (mut form, _) = VisitForm::open(&mut cx(&mut store, lang), &person).unwrap();
    form.handle(Action::NextField, &mut cx(&mut store, lang));
    for c in "Ενοίκιο".chars() {
        form.handle_key(char_key(c));
    }
    rusqlite::Connection::open(dir.path().join("demo.db"))
        .and_then(|c| {
            c.execute_batch(
                "ALTER TABLE visit RENAME TO visit_gone; ALTER TABLE draft RENAME TO draft_gone",
            )
        })
        .unwrap();
    let reply = form.handle(Action::Save, &mut cx(&mut store, lang));
    assert_eq!(
        form.to_draft().reason,
        "Ενοίκιο",
        "the form keeps what was typed"
    );
    match reply {
        Reply::Say(Outcome::Error(said)) => said,
        other => panic!("an error on the status line: {other:?}"),
    }
}

/// A save that fails and a draft that cannot be kept either: the form stays and both
/// failures are said (before, the draft's was only logged, so the operator believed
/// what they typed was kept).
#[test]
fn a_draft_not_kept_after_a_failed_save_is_said() {
    for (lang, not_kept) in [
        (Lang::En, "The draft was not kept"),
        (Lang::El, "Το πρόχειρο δεν κρατήθηκε"),
    ] {
        let said = failed_save(lang, None);
        assert!(said.contains(not_kept), "{lang:?}: {said}");
    }
}

/// A draft kept in the fallback file instead is said too: the operator knows it will
/// be offered again.
#[test]
fn a_draft_kept_aside_after_a_failed_save_is_said() {
    for (lang, aside) in [
        (Lang::En, "Draft kept in a private file"),
        (Lang::El, "ιδιωτικό αρχείο"),
    ] {
        let said = failed_save(lang, Some("aside"));
        assert!(said.contains(aside), "{lang:?}: {said}");
    }
}

/// A visit saved whose draft cannot be removed: the operator hears that the visit is
/// saved and that its draft may be offered again, not to be saved twice (before, only
/// the log heard of it, and the next start offered the saved visit as unfinished).
#[test]
fn a_draft_left_after_a_save_is_said() {
    for (lang, saved, left) in [
        (Lang::En, "Visit recorded", "do not save it a second time"),
        (
            Lang::El,
            "Η επίσκεψη καταγράφηκε",
            "μην το αποθηκεύσετε δεύτερη φορά",
        ),
    ] {
        let (dir, mut store) = demo();
        let person = store.person(1).unwrap().unwrap();
        let before = store.visits_of(person.id).unwrap().len();
        let (mut form, _) = VisitForm::open(&mut cx(&mut store, lang), &person).unwrap();
        form.handle(Action::NextField, &mut cx(&mut store, lang));
        for c in "Ενοίκιο".chars() {
            form.handle_key(char_key(c));
        }
        rusqlite::Connection::open(dir.path().join("demo.db"))
            .and_then(|c| c.execute_batch("ALTER TABLE draft RENAME TO draft_gone"))
            .unwrap();
        let reply = form.handle(Action::Save, &mut cx(&mut store, lang));
        let Reply::Done(super::VisitDone::Saved(Outcome::Error(said))) = reply else {
            panic!("saved, with an error on the status line: {reply:?}");
        };
        assert!(
            said.contains(saved) && said.contains(left),
            "{lang:?}: {said}"
        );
        assert_eq!(store.visits_of(person.id).unwrap().len(), before + 1);
    }
}
