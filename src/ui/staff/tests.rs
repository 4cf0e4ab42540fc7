//! The staff screen through the shell, as an administrator and as anyone else.

use crate::domain::codes::Role;
use crate::domain::records::Staff;
use crate::i18n::Lang;
use crate::store::{Stamp, Store};
use crate::ui::ScreenId;
use crate::ui::harness::{OPERATOR, key, render, screen_text, shell, store, type_text};

fn member(login: &str, name: &str, role: Role, org: &str, desk: Option<i64>) -> Staff {
    Staff {
        login: login.into(),
        display_name: name.into(),
        role,
        organisation: org.into(),
        default_desk: desk,
        active: true,
    }
}

/// A centre whose tests' operator has `role`, with three more operators.
pub fn centre(role: Role) -> (tempfile::TempDir, Store) {
    let (dir, mut store) = store();
    let stamp = Stamp::now("boss");
    for staff in [
        member("boss", "Γιώργος Διευθυντής", Role::Admin, "", None),
        member(OPERATOR, "Tester", role, "", Some(2)),
        member(
            "maria.k",
            "Μαρία Κωνσταντίνου",
            Role::Receptionist,
            "",
            Some(1),
        ),
        member(
            "nikos.p",
            "Νίκος Παπαδάκης",
            Role::SocialWorker,
            "praksis",
            None,
        ),
    ] {
        store.upsert_staff(&staff, &stamp).unwrap();
    }
    store
        .update_staff("maria.k", &stamp, |s| s.active = false)
        .unwrap();
    (dir, store)
}

#[test]
fn snapshots_of_the_staff_screen_and_its_form() {
    let (_dir, mut store) = centre(Role::Admin);
    for lang in [Lang::En, Lang::El] {
        let mut shell = shell(lang);
        shell.start(&mut store);
        assert!(shell.handle_key(key("f8"), &mut store));
        assert_eq!(shell.active(), ScreenId::Staff);
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(format!("staff_{}", lang.code()), terminal.backend());
        shell.handle_key(key("n"), &mut store);
        type_text(&mut shell, &mut store, "new person");
        shell.handle_key(key("ctrl-s"), &mut store);
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(format!("staff_form_{}", lang.code()), terminal.backend());
    }
}

#[test]
fn an_administrator_adds_changes_and_disables_operators() {
    let (_dir, mut store) = centre(Role::Admin);
    let mut shell = shell(Lang::En);
    shell.start(&mut store);
    shell.handle_key(key("f8"), &mut store);
    // A new operator: login, name, role by its first letter, organisation, desk.
    shell.handle_key(key("n"), &mut store);
    for (text, next) in [
        ("eleni.s", "tab"),
        ("Ελένη Σ.", "tab"),
        ("s", "tab"),
        ("arsis", "tab"),
        ("4", "ctrl-s"),
    ] {
        type_text(&mut shell, &mut store, text);
        shell.handle_key(key(next), &mut store);
    }
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("eleni.s was added"), "{text}");
    let eleni = store.staff("eleni.s").unwrap().unwrap();
    assert_eq!(eleni.role, Role::SocialWorker);
    assert_eq!(eleni.organisation, "arsis");
    assert_eq!(eleni.default_desk, Some(4));
    // The same login again is marked beside the field, and nothing is saved.
    shell.handle_key(key("n"), &mut store);
    for (text, next) in [("eleni.s", "tab"), ("X", "tab"), ("a", "ctrl-s")] {
        type_text(&mut shell, &mut store, text);
        shell.handle_key(key(next), &mut store);
    }
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("✗ already on the list"), "{text}");
    assert_eq!(
        store.staff("eleni.s").unwrap().unwrap().role,
        Role::SocialWorker
    );
    shell.handle_key(key("esc"), &mut store);
    // Change her role: e opens the form on the selected row.
    shell.handle_key(key("home"), &mut store);
    let at = |store: &Store, login: &str| {
        store
            .staff_list()
            .unwrap()
            .iter()
            .position(|s| s.login == login)
            .unwrap()
    };
    for _ in 0..at(&store, "eleni.s") {
        shell.handle_key(key("down"), &mut store);
    }
    shell.handle_key(key("e"), &mut store);
    shell.handle_key(key("tab"), &mut store);
    for _ in 0..30 {
        shell.handle_key(key("backspace"), &mut store);
    }
    type_text(&mut shell, &mut store, "ψ");
    shell.handle_key(key("ctrl-s"), &mut store);
    assert_eq!(
        store.staff("eleni.s").unwrap().unwrap().role,
        Role::Psychologist
    );
    // Disable her after a plain question; n leaves her as she was.
    shell.handle_key(key("d"), &mut store);
    shell.handle_key(key("n"), &mut store);
    assert!(store.staff("eleni.s").unwrap().unwrap().active);
    shell.handle_key(key("d"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Disable eleni.s?"), "{text}");
    shell.handle_key(key("y"), &mut store);
    assert!(!store.staff("eleni.s").unwrap().unwrap().active);
    // Nobody disables themselves.
    shell.handle_key(key("home"), &mut store);
    for _ in 0..at(&store, OPERATOR) {
        shell.handle_key(key("down"), &mut store);
    }
    shell.handle_key(key("d"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("You cannot disable yourself"), "{text}");
    assert!(store.staff(OPERATOR).unwrap().unwrap().active);
    // Every change is in the audit log.
    let changes = store
        .audit_entries(&crate::store::AuditFilter {
            operator: Some(OPERATOR.into()),
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        changes.iter().filter(|e| e.entity == "staff").count(),
        3,
        "{changes:?}"
    );
}

#[test]
fn other_roles_neither_see_nor_open_the_administrators_screens() {
    for role in [Role::Receptionist, Role::SocialWorker, Role::Psychologist] {
        let (_dir, mut store) = centre(role);
        for lang in [Lang::En, Lang::El] {
            let mut shell = shell(lang);
            shell.start(&mut store);
            let text = screen_text(&render(&mut shell, 80, 24));
            let first = text.lines().next().unwrap().to_string();
            for tab in ["Staff", "Audit", "Προσωπικό", "Ιστορικό"] {
                assert!(!first.contains(tab), "{role:?}: {first}");
            }
            for (k, id) in [("f8", ScreenId::Staff), ("f10", ScreenId::Audit)] {
                shell.handle_key(key(k), &mut store);
                assert_eq!(shell.active(), ScreenId::Queue, "{role:?} {id:?}");
                let text = screen_text(&render(&mut shell, 80, 24));
                let refused = match lang {
                    Lang::En => "for administrators only",
                    Lang::El => "μόνο για διαχειριστές",
                };
                assert!(text.contains(refused), "{text}");
                assert!(!text.contains("maria.k"), "{text}");
            }
        }
    }
    // An administrator opens both, and the tab bar names the one in use.
    let (_dir, mut store) = centre(Role::Admin);
    for (lang, names) in [
        (Lang::En, ["Staff", "Audit"]),
        (Lang::El, ["Προσωπικό", "Ιστορικό"]),
    ] {
        let mut shell = shell(lang);
        shell.start(&mut store);
        for (k, name) in [("f8", names[0]), ("f10", names[1])] {
            shell.handle_key(key(k), &mut store);
            assert_ne!(shell.active(), ScreenId::Queue);
            let text = screen_text(&render(&mut shell, 80, 24));
            let first = text.lines().next().unwrap();
            assert!(first.contains(name) && first.contains("10:42"), "{first}");
        }
    }
}

#[test]
fn an_administrator_demoted_meanwhile_is_taken_off_the_screen() {
    let (_dir, mut store) = centre(Role::Admin);
    let mut shell = shell(Lang::En);
    shell.start(&mut store);
    shell.handle_key(key("f8"), &mut store);
    assert_eq!(shell.active(), ScreenId::Staff);
    store
        .update_staff(OPERATOR, &Stamp::now("boss"), |s| {
            s.role = Role::Receptionist
        })
        .unwrap();
    shell.refresh(&mut store);
    assert_eq!(shell.active(), ScreenId::Queue);
}
