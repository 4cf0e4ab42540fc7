//! The audit screen through the shell: newest first, filters, paging.

use chrono::NaiveDate;

use super::PAGE;
use crate::domain::codes::Role;
use crate::i18n::Lang;
use crate::store::Stamp;
use crate::ui::ScreenId;
use crate::ui::harness::{key, render, screen_text, shell, type_text};
use crate::ui::staff::tests::centre;

fn at(day: u32, hour: u32) -> Stamp {
    Stamp {
        at: NaiveDate::from_ymd_opt(2026, 3, day)
            .unwrap()
            .and_hms_opt(hour, 5, 0)
            .unwrap(),
        operator: if hour.is_multiple_of(2) {
            "maria.k"
        } else {
            "nikos.p"
        }
        .into(),
    }
}

#[test]
fn snapshots_filters_and_paging_of_the_audit_log() {
    let (_dir, mut store) = centre(Role::Admin);
    // Oldest first: views of people 1 to 3, an export, an erasure.
    let mut written = 0;
    for day in 1..=9 {
        for hour in 9..12 {
            store
                .audit(
                    &at(day, hour),
                    "view",
                    "person",
                    Some(i64::from(hour % 3 + 1)),
                    "",
                )
                .unwrap();
            written += 1;
        }
    }
    store
        .audit(&at(10, 9), "export", "person", Some(2), "json+text")
        .unwrap();
    store
        .audit(&at(11, 10), "erase", "person", Some(3), "")
        .unwrap();
    for lang in [Lang::En, Lang::El] {
        let mut shell = shell(lang);
        shell.start(&mut store);
        shell.handle_key(key("f10"), &mut store);
        assert_eq!(shell.active(), ScreenId::Audit);
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(format!("audit_{}", lang.code()), terminal.backend());
    }
    let mut shell = shell(Lang::En);
    shell.start(&mut store);
    shell.handle_key(key("f10"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    // Newest first: the erasure, then the export.
    let erase = text.find("erase").unwrap();
    let export = text.find("export").unwrap();
    assert!(erase < export, "{text}");
    // Filters: person 2, operator nikos.p, from 02/03 to 04/03.
    shell.handle_key(key("/"), &mut store);
    for (text, next) in [
        ("2", "tab"),
        ("nikos.p", "tab"),
        ("view", "tab"),
        ("02/03/2026", "tab"),
        ("04/03/2026", "enter"),
    ] {
        type_text(&mut shell, &mut store, text);
        shell.handle_key(key(next), &mut store);
    }
    // Person 2 is viewed at 10:05, which is maria.k's hour: nobody.
    let rows = listed(&mut shell, &mut store);
    assert!(rows.is_empty(), "{rows:?}");
    // Person 3 instead: 11:05 by nikos.p, on the 2nd, 3rd and 4th, newest first.
    shell.handle_key(key("/"), &mut store);
    shell.handle_key(key("backspace"), &mut store);
    type_text(&mut shell, &mut store, "3");
    shell.handle_key(key("enter"), &mut store);
    let rows = listed(&mut shell, &mut store);
    assert_eq!(rows.len(), 3, "{rows:?}");
    for (row, day) in rows.iter().zip(["04/03/2026", "03/03/2026", "02/03/2026"]) {
        assert!(row.contains(day) && row.contains("nikos.p"), "{rows:?}");
    }
    let terminal = render(&mut shell, 80, 24);
    insta::assert_snapshot!("audit_filtered_en", terminal.backend());
    // A wrong date is marked beside its field and the filters stay open.
    shell.handle_key(key("/"), &mut store);
    for _ in 0..3 {
        shell.handle_key(key("tab"), &mut store);
    }
    type_text(&mut shell, &mut store, "x");
    shell.handle_key(key("enter"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("✗ a date DD/MM/YYYY"), "{text}");
    shell.handle_key(key("esc"), &mut store);
    // Esc on the list clears the filters: everything again.
    shell.handle_key(key("esc"), &mut store);
    let all = store
        .audit_entries(&crate::store::AuditFilter {
            limit: 1000,
            ..Default::default()
        })
        .unwrap()
        .len();
    assert!(all > written);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains(&format!(" {all} entries")), "{text}");
    // Paging: more entries than a page are read as the list reaches its end.
    for i in 0..(PAGE as i64 + 30) {
        store
            .audit(&at(12, 9), "view", "person", Some(i), "")
            .unwrap();
    }
    shell.refresh(&mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains(&format!("{PAGE}+ entries")), "{text}");
    shell.handle_key(key("end"), &mut store);
    shell.handle_key(key("end"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(!text.contains("+ entries"), "{text}");
}

/// The rows the audit screen shows.
fn listed(shell: &mut crate::ui::Shell, store: &mut crate::store::Store) -> Vec<String> {
    let _ = store;
    screen_text(&render(shell, 80, 24))
        .lines()
        .filter(|l| l.contains("person #"))
        .map(str::to_string)
        .collect()
}
