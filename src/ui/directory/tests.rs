//! The directory screen on the demo centre: 80×24 snapshots in Greek and English of
//! the organisation list, the service list narrowed to a category and the organisation
//! card; the search in Greek and Latin letters, the category filter, the switch between
//! the two views, the forms, and a failed read said in place of the list.

use super::Browse;
use crate::i18n::Lang;
use crate::ui::ScreenId;
use crate::ui::harness::{demo, key, render, screen_text, shell, type_text};

fn open(
    lang: Lang,
) -> (
    tempfile::TempDir,
    crate::store::Store,
    crate::ui::shell::Shell,
) {
    let (dir, mut store) = demo();
    let mut shell = shell(lang);
    shell.open(ScreenId::Directory, &mut store);
    (dir, store, shell)
}

/// The screen at 80×24 kept as the snapshot `NAME_LANG`, and its text.
fn snapshot(shell: &mut crate::ui::shell::Shell, name: &str, lang: Lang) -> String {
    let terminal = render(shell, 80, 24);
    insta::assert_snapshot!(format!("{name}_{}", lang.code()), terminal.backend());
    screen_text(&terminal)
}

#[test]
fn snapshots_of_the_organisations_the_services_of_a_category_and_a_card() {
    for lang in [Lang::En, Lang::El] {
        let (_dir, mut store, mut shell) = open(lang);
        // The organisations.
        shell.handle_key(key("v"), &mut store);
        let text = snapshot(&mut shell, "directory_orgs", lang);
        assert!(text.contains("Υπηρεσία Ασύλου"), "{text}");
        assert!(text.contains('◆'), "the centre is marked: {text}");
        // Back to the services, narrowed to legal aid and asylum.
        shell.handle_key(key("v"), &mut store);
        shell.handle_key(key("c"), &mut store);
        type_text(&mut shell, &mut store, "asyl");
        let picker = screen_text(&render(&mut shell, 80, 24));
        let legal = match lang {
            Lang::En => "Legal aid and asylum",
            Lang::El => "Νομική βοήθεια και άσυλο",
        };
        assert!(picker.contains(legal), "{picker}");
        shell.handle_key(key("enter"), &mut store);
        let text = snapshot(&mut shell, "directory_category", lang);
        assert!(text.contains(legal), "{text}");
        assert!(!text.contains("ΔΥΠΑ"), "employment is filtered out: {text}");
        // The card of the legal-aid network, found in Latin letters among organisations.
        shell.handle_key(key("esc"), &mut store);
        shell.handle_key(key("v"), &mut store);
        shell.handle_key(key("/"), &mut store);
        type_text(&mut shell, &mut store, "diktyo nomikis");
        shell.handle_key(key("enter"), &mut store);
        shell.handle_key(key("enter"), &mut store);
        let text = snapshot(&mut shell, "directory_card", lang);
        for needed in [
            "┌ Δίκτυο Νομικής Αρωγής",
            "ΔΝΑ",
            "ΑΦΜ",
            "Νίκος Αλεξίου",
            "https://",
        ] {
            assert!(text.contains(needed), "{needed}: {text}");
        }
    }
}

#[test]
fn the_search_finds_greek_names_in_latin_letters_in_both_views() {
    let (_dir, mut store, mut shell) = open(Lang::En);
    shell.handle_key(key("/"), &mut store);
    type_text(&mut shell, &mut store, "nomikis");
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Legal"), "{text}");
    assert!(!text.contains("DYPA"), "{text}");
    // ← Home and typing in front: the field is the kit's.
    shell.handle_key(key("home"), &mut store);
    type_text(&mut shell, &mut store, "diktyo ");
    assert!(screen_text(&render(&mut shell, 80, 24)).contains("diktyo ▏nomikis"));
    shell.handle_key(key("enter"), &mut store);
    // The same search among organisations.
    shell.handle_key(key("v"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Δίκτυο Νομικής Αρωγής"), "{text}");
    assert!(!text.contains("Υπηρεσία Ασύλου"), "{text}");
    // Esc empties the search: every organisation again.
    shell.handle_key(key("esc"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Υπηρεσία Ασύλου"), "{text}");
}

#[test]
fn keys_switch_the_view_and_filter_by_category() {
    let (_dir, mut store) = demo();
    let mut screen = super::DirectoryScreen::new();
    let mut cx = crate::ui::harness::cx(&mut store, Lang::El);
    use crate::action::Action;
    use crate::ui::Screen;
    screen.refresh(&mut cx).unwrap();
    let services = screen.shown.len();
    assert_eq!(screen.browsing(), Browse::Services);
    screen.handle(Action::SwitchView, &mut cx);
    assert_eq!(screen.browsing(), Browse::Organisations);
    let organisations = screen.shown.len();
    assert!(organisations >= 5 && organisations != services);
    screen.set_category(Some("housing".into()));
    let housing = screen.shown.len();
    assert!(housing >= 1 && housing < organisations, "{housing}");
    screen.handle(Action::SwitchView, &mut cx);
    assert!(screen.shown.iter().all(|&i| {
        screen.services[i]
            .categories
            .contains(&"housing".to_string())
    }));
    // Esc lets go of the category.
    screen.handle(Action::Cancel, &mut cx);
    assert_eq!(screen.shown.len(), services);
}

#[test]
fn an_organisation_is_edited_and_a_wrong_value_is_marked_beside_its_field() {
    let (_dir, mut store, mut shell) = open(Lang::En);
    shell.handle_key(key("v"), &mut store);
    shell.handle_key(key("enter"), &mut store);
    shell.handle_key(key("e"), &mut store);
    // The tax number field: a wrong check digit is refused there.
    for _ in 0..11 {
        shell.handle_key(key("tab"), &mut store);
    }
    for _ in 0..9 {
        shell.handle_key(key("backspace"), &mut store);
    }
    type_text(&mut shell, &mut store, "123456789");
    shell.handle_key(key("ctrl-s"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("not a valid tax number"), "{text}");
    // Corrected, the centre's address is saved and shown on its card.
    for _ in 0..9 {
        shell.handle_key(key("backspace"), &mut store);
    }
    for _ in 0..5 {
        shell.handle_key(key("shift-tab"), &mut store);
    }
    shell.handle_key(key("end"), &mut store);
    type_text(&mut shell, &mut store, " (2ος όροφος)");
    shell.handle_key(key("ctrl-s"), &mut store);
    let own = store.own_organisation().unwrap();
    assert!(own.identifiers.is_empty(), "{:?}", own.identifiers);
    assert!(own.address_line().contains("(2ος όροφος)"), "{own:?}");
}

#[test]
fn a_failed_read_is_shown_in_place_of_the_list() {
    let (dir, mut store) = demo();
    rusqlite::Connection::open(dir.path().join("demo.db"))
        .and_then(|c| c.execute_batch("ALTER TABLE org_location RENAME TO org_location_gone"))
        .unwrap();
    for (lang, said, empty) in [
        (Lang::En, "database", "No service matches"),
        (Lang::El, "βάση", "Καμία υπηρεσία"),
    ] {
        let mut shell = shell(lang);
        shell.open(ScreenId::Directory, &mut store);
        let text = screen_text(&render(&mut shell, 80, 24));
        assert!(text.to_lowercase().contains(said), "{text}");
        assert!(!text.contains(empty), "{text}");
    }
}

#[test]
fn a_new_organisation_is_shown_once_saved_whatever_the_search_and_category() {
    let (_dir, mut store, mut shell) = open(Lang::El);
    shell.handle_key(key("v"), &mut store);
    shell.handle_key(key("/"), &mut store);
    type_text(&mut shell, &mut store, "asylou");
    shell.handle_key(key("enter"), &mut store);
    shell.handle_key(key("n"), &mut store);
    type_text(&mut shell, &mut store, "ΠΡΑΞΙΣ");
    shell.handle_key(key("ctrl-s"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Αποθηκεύτηκε: ΠΡΑΞΙΣ"), "{text}");
    // Found again in Latin letters by its sound.
    shell.handle_key(key("/"), &mut store);
    type_text(&mut shell, &mut store, "praksis");
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(
        text.contains("1 από 10") && text.contains("ΠΡΑΞΙΣ"),
        "{text}"
    );
}

/// The operator's kept drafts of the directory's forms.
fn directory_drafts(store: &crate::store::Store) -> usize {
    store
        .drafts_of(crate::ui::harness::OPERATOR)
        .unwrap()
        .iter()
        .filter(|d| d.kind.starts_with("directory"))
        .count()
}

#[test]
fn a_half_typed_entry_is_kept_at_exit_offered_at_the_next_start_and_put_back() {
    let (_dir, mut store, mut first) = open(Lang::En);
    first.handle_key(key("v"), &mut store);
    first.handle_key(key("n"), &mut store);
    type_text(&mut first, &mut store, "Praxis Kalamatas");
    // The link drops with the form open.
    first.on_exit(&mut store);
    assert_eq!(directory_drafts(&store), 1);

    let mut next = shell(Lang::En);
    next.start(&mut store);
    let said = next.status().map(|s| s.text.clone()).unwrap_or_default();
    assert!(
        said.contains("unfinished directory entry (Praxis Kalamatas)"),
        "{said}"
    );
    next.open(ScreenId::Directory, &mut store);
    next.handle_key(key("v"), &mut store);
    next.handle_key(key("n"), &mut store);
    let text = screen_text(&render(&mut next, 80, 24));
    assert!(text.contains("Praxis Kalamatas"), "{text}");
    next.handle_key(key("ctrl-s"), &mut store);
    let said = next.status().map(|s| s.text.clone()).unwrap_or_default();
    assert!(said.contains("Saved: Praxis Kalamatas"), "{said}");
    assert_eq!(directory_drafts(&store), 0, "saved: the draft goes");
}

#[test]
fn a_draft_of_an_edit_another_desk_overtook_is_refused_on_save() {
    let (_dir, mut store, mut first) = open(Lang::En);
    first.handle_key(key("v"), &mut store);
    first.handle_key(key("enter"), &mut store);
    first.handle_key(key("e"), &mut store);
    first.handle_key(key("end"), &mut store);
    type_text(&mut first, &mut store, " (ours)");
    first.on_exit(&mut store);
    // Another desk saves the same organisation meanwhile.
    let mut own = store.own_organisation().unwrap();
    own.alternate_name = "theirs".into();
    store
        .save_organisation(&own, &crate::store::Stamp::now("other"))
        .unwrap();
    let mut next = shell(Lang::En);
    next.start(&mut store);
    next.open(ScreenId::Directory, &mut store);
    next.handle_key(key("v"), &mut store);
    next.handle_key(key("enter"), &mut store);
    next.handle_key(key("e"), &mut store);
    let text = screen_text(&render(&mut next, 80, 24));
    assert!(text.contains("(ours)"), "the draft is back: {text}");
    next.handle_key(key("ctrl-s"), &mut store);
    let saved = store.own_organisation().unwrap();
    assert_eq!(saved.alternate_name, "theirs", "their change stands");
    assert!(!saved.name.contains("(ours)"), "{saved:?}");
    assert_eq!(directory_drafts(&store), 1, "refused: the draft stays");
}

/// The service form at 80×24: labels, values, the focused field's hint, a wrong value
/// marked beside its field, and the keys; the same cells whatever builds the form.
#[test]
fn snapshots_of_the_service_form() {
    for lang in [Lang::En, Lang::El] {
        let (_dir, mut store, mut shell) = open(lang);
        // The kind: a wrong value is marked.
        mark_a_wrong_kind(&mut shell, &mut store);
        // The languages: the hint shows while it has the focus.
        for _ in 0..7 {
            shell.handle_key(key("tab"), &mut store);
        }
        snapshot(&mut shell, "directory_service_form", lang);
    }
}

/// A desk opens the directory, starts a form with `keys`, types `typed` and loses its
/// link (the form's draft is kept at exit).
fn half_typed(store: &mut crate::store::Store, keys: &[&str], typed: &str) {
    let mut desk = shell(Lang::En);
    desk.start(store);
    desk.open(ScreenId::Directory, store);
    for k in keys {
        desk.handle_key(key(k), store);
    }
    type_text(&mut desk, store, typed);
    desk.on_exit(store);
}

/// The first entry's form with a wrong kind typed and saved, so the field is marked.
fn mark_a_wrong_kind(shell: &mut crate::ui::shell::Shell, store: &mut crate::store::Store) {
    shell.handle_key(key("e"), store);
    for _ in 0..3 {
        shell.handle_key(key("tab"), store);
    }
    shell.handle_key(key("end"), store);
    type_text(shell, store, "zz");
    shell.handle_key(key("ctrl-s"), store);
}

/// Two half-typed edits of two entries, and a new entry, left when the link dropped:
/// each keeps its own draft, all are named at the next start, and each comes back
/// when its own form is opened (before, one draft per operator: the last overwrote the
/// others).
#[test]
fn each_entry_keeps_its_own_draft() {
    let (_dir, mut store, _) = open(Lang::En);
    half_typed(&mut store, &["e", "tab", "end"], " A");
    half_typed(&mut store, &["down", "e", "tab", "end"], " B");
    half_typed(&mut store, &["n"], "new-one");
    assert_eq!(directory_drafts(&store), 3);

    for lang in [Lang::En, Lang::El] {
        let mut next = shell(lang);
        next.start(&mut store);
        let said = next.status().map(|s| s.text.clone()).unwrap_or_default();
        assert!(
            said.contains(" A") && said.contains(" B"),
            "{lang:?}: {said}"
        );
    }
    let mut next = shell(Lang::En);
    next.start(&mut store);
    next.open(ScreenId::Directory, &mut store);
    next.handle_key(key("e"), &mut store);
    let text = screen_text(&render(&mut next, 80, 24));
    assert!(text.contains(" A ") && !text.contains(" B "), "{text}");
    next.handle_key(key("ctrl-s"), &mut store);
    next.handle_key(key("down"), &mut store);
    next.handle_key(key("e"), &mut store);
    let text = screen_text(&render(&mut next, 80, 24));
    assert!(text.contains(" B ") && !text.contains(" A "), "{text}");
    next.handle_key(key("esc"), &mut store);
    next.handle_key(key("n"), &mut store);
    let text = screen_text(&render(&mut next, 80, 24));
    assert!(text.contains("new-one"), "{text}");
    assert_eq!(
        directory_drafts(&store),
        1,
        "saved and cancelled: their drafts go"
    );
}

/// A draft kept by an earlier version (one per operator, kind `directory`) is moved to
/// its entry and put back when that entry's form opens: nothing typed is lost in the
/// upgrade.
#[test]
fn a_draft_kept_the_earlier_way_comes_back_on_its_entry() {
    let (_dir, mut store, mut shell) = open(Lang::En);
    let own = store.own_organisation().unwrap();
    let mut values = vec![String::new(); 13];
    values[0] = format!("{} (old draft)", own.name);
    values[12] = "yes".into();
    let payload = serde_json::json!({
        "entry": "organisation", "id": own.id, "version": own.version, "values": values,
    });
    store
        .save_draft(
            "directory",
            None,
            &payload.to_string(),
            &crate::store::Stamp::now(crate::ui::harness::OPERATOR),
        )
        .unwrap();
    shell.handle_key(key("v"), &mut store);
    shell.handle_key(key("enter"), &mut store);
    shell.handle_key(key("e"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("(old draft)"), "{text}");
    let kinds: Vec<String> = store
        .drafts_of(crate::ui::harness::OPERATOR)
        .unwrap()
        .into_iter()
        .map(|d| d.kind)
        .collect();
    assert_eq!(kinds, vec!["directory-organisation".to_string()]);
}

/// A wrong value's mark follows a switch of language (F12) with the form open, as the
/// labels do (before, it stayed in the language it was made in).
#[test]
fn a_marked_field_is_said_in_the_language_switched_to() {
    let (_dir, mut store, mut shell) = open(Lang::En);
    mark_a_wrong_kind(&mut shell, &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("write internal or external"), "{text}");
    shell.handle_key(key("f12"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("γράψτε internal ή external"), "{text}");
    assert!(text.contains("Είδος"), "{text}");
}
