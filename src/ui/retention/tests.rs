//! The retention review through the shell: administrators only; keeping with a
//! reason and erasing after a question; each recorded.

use chrono::NaiveDate;

use crate::domain::codes::Role;
use crate::domain::person::Person;
use crate::i18n::Lang;
use crate::store::{Stamp, Store};
use crate::ui::ScreenId;
use crate::ui::harness::{key, render, screen_text, shell, type_text};
use crate::ui::staff::tests::centre;

fn on(year: i32, month: u32) -> Stamp {
    Stamp {
        at: NaiveDate::from_ymd_opt(year, month, 10)
            .unwrap()
            .and_hms_opt(11, 0, 0)
            .unwrap(),
        operator: "boss".into(),
    }
}

/// Two people last seen in 2018 and 2019, one seen last year (the tests' clock is
/// 15/03/2026; the period is five years).
fn people(store: &mut Store) -> [i64; 3] {
    let mut add = |surname: &str, given: &str, stamp: Stamp| {
        let person = Person {
            surname: surname.into(),
            given_name: given.into(),
            date_of_birth: NaiveDate::from_ymd_opt(1980, 5, 1),
            ..Person::default()
        };
        store.insert_person(&person, &stamp).unwrap()
    };
    [
        add("Παλαιοπούλου", "Άννα", on(2018, 4)),
        add("Αρχαιόπουλος", "Βασίλης", on(2019, 9)),
        add("Πρόσφατος", "Γιάννης", on(2025, 11)),
    ]
}

fn count(store: &Store, id: Option<i64>, action: &str) -> usize {
    let trail = match id {
        Some(id) => store.audit_trail("person", id).unwrap(),
        None => store
            .audit_entries(&crate::store::AuditFilter {
                limit: 1000,
                ..crate::store::AuditFilter::default()
            })
            .unwrap(),
    };
    trail.iter().filter(|e| e.action == action).count()
}

#[test]
fn an_administrator_keeps_one_with_a_reason_and_erases_another() {
    let (_dir, mut store) = centre(Role::Admin);
    let [old, older_b, recent] = people(&mut store);
    let mut shell = shell(Lang::En);
    shell.start(&mut store);
    shell.handle_key(key("alt-r"), &mut store);
    assert_eq!(shell.active(), ScreenId::Retention);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(
        text.contains("2 people with no activity for 5 years"),
        "{text}"
    );
    assert!(
        text.contains("Παλαιοπούλου") && text.contains("Αρχαιόπουλος"),
        "{text}"
    );
    assert!(!text.contains("Πρόσφατος"), "{text}");
    let reports = count(&store, None, "report");
    assert!(reports >= 1, "the review is recorded");
    // Keeping needs a reason: an empty one is marked and nothing is recorded.
    shell.handle_key(key("k"), &mut store);
    shell.handle_key(key("enter"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("✗ write the reason"), "{text}");
    assert_eq!(count(&store, Some(old), "retention-keep"), 0);
    type_text(&mut shell, &mut store, "Open court case");
    shell.handle_key(key("enter"), &mut store);
    assert_eq!(count(&store, Some(old), "retention-keep"), 1);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(!text.contains("Παλαιοπούλου"), "{text}");
    assert!(text.contains("were recorded"), "{text}");
    assert!(!store.is_erased(old).unwrap());
    // Erasing asks first; n leaves the person as they were.
    shell.handle_key(key("shift-d"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(
        text.contains(&format!("Erase all personal data of person #{older_b}?")),
        "{text}"
    );
    shell.handle_key(key("n"), &mut store);
    assert!(!store.is_erased(older_b).unwrap());
    shell.handle_key(key("shift-d"), &mut store);
    shell.handle_key(key("y"), &mut store);
    assert!(store.is_erased(older_b).unwrap());
    assert_eq!(count(&store, Some(older_b), "erase"), 1);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(
        text.contains("Nobody has been inactive that long"),
        "{text}"
    );
    assert!(!store.is_erased(recent).unwrap());
    // The period is for every desk, and recorded; a wrong number is marked and
    // nothing changes.
    shell.handle_key(key("p"), &mut store);
    for _ in 0..2 {
        shell.handle_key(key("backspace"), &mut store);
    }
    type_text(&mut shell, &mut store, "0");
    shell.handle_key(key("enter"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("✗ a number of years from 1 to 50"), "{text}");
    assert_eq!(store.retention_years().unwrap(), 5);
    shell.handle_key(key("backspace"), &mut store);
    type_text(&mut shell, &mut store, "1");
    shell.handle_key(key("enter"), &mut store);
    assert_eq!(store.retention_years().unwrap(), 1);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(
        text.contains("no activity for 1 years (since 15/03/2025)"),
        "{text}"
    );
    assert!(count(&store, None, "set") >= 1);
}

#[test]
fn a_kept_person_comes_back_after_another_full_period() {
    let (_dir, mut store) = centre(Role::Admin);
    let [old, _, _] = people(&mut store);
    let cutoff = NaiveDate::from_ymd_opt(2021, 3, 15).unwrap();
    // Kept in 2020: that decision is itself older than the period.
    store
        .keep_on_review(old, "Pending appeal", &on(2020, 1))
        .unwrap();
    let listed = store.dormant_since(cutoff).unwrap();
    let again = listed.iter().find(|d| d.person_id == old).unwrap();
    assert_eq!(
        again.last_activity,
        NaiveDate::from_ymd_opt(2020, 1, 10).unwrap()
    );
    assert_eq!(again.kept.as_ref().map(|(_, by)| by.as_str()), Some("boss"));
    // Kept last year: off the review.
    store
        .keep_on_review(old, "Still pending", &on(2025, 6))
        .unwrap();
    let listed = store.dormant_since(cutoff).unwrap();
    assert!(listed.iter().all(|d| d.person_id != old), "{listed:?}");
    // A reason is required, and the person must still be there.
    assert!(store.keep_on_review(old, "  ", &on(2025, 6)).is_err());
    assert!(store.keep_on_review(999_999, "x", &on(2025, 6)).is_err());
}

#[test]
fn the_review_is_for_administrators_only() {
    for role in [Role::Receptionist, Role::SocialWorker, Role::Psychologist] {
        let (_dir, mut store) = centre(role);
        people(&mut store);
        let mut shell = shell(Lang::En);
        shell.start(&mut store);
        shell.handle_key(key("alt-r"), &mut store);
        assert_ne!(shell.active(), ScreenId::Retention, "{role:?}");
        let text = screen_text(&render(&mut shell, 80, 24));
        assert!(!text.contains("Παλαιοπούλου"), "{role:?} {text}");
        assert_eq!(count(&store, None, "report"), 0, "{role:?}");
    }
}

#[test]
fn snapshots_of_the_review_and_the_reason_in_greek_and_english() {
    for lang in [Lang::El, Lang::En] {
        let (_dir, mut store) = centre(Role::Admin);
        let [old, _, _] = people(&mut store);
        store
            .keep_on_review(old, "Pending appeal", &on(2020, 1))
            .unwrap();
        let mut shell = shell(lang);
        shell.start(&mut store);
        shell.handle_key(key("alt-r"), &mut store);
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(format!("retention_{}", lang.code()), terminal.backend());
        shell.handle_key(key("k"), &mut store);
        type_text(&mut shell, &mut store, "Εκκρεμής δίκη");
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(
            format!("retention_keep_{}", lang.code()),
            terminal.backend()
        );
    }
}
