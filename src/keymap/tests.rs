use super::*;

#[test]
fn default_keymap_parses_and_binds_the_essentials() {
    let map = Keymap::builtin().unwrap();
    let global = |s: &str| map.lookup(&[], Key::parse(s).unwrap());
    assert_eq!(global("f1"), Some(Action::Help));
    assert_eq!(global("f11"), Some(Action::Help));
    assert_eq!(global("f2"), Some(Action::ScreenQueue));
    assert_eq!(global("f3"), Some(Action::ScreenIntake));
    assert_eq!(global("f4"), Some(Action::ScreenLookup));
    assert_eq!(global("f5"), Some(Action::ScreenReferrals));
    assert_eq!(global("alt-2"), Some(Action::ScreenQueue));
    assert_eq!(global("alt-5"), Some(Action::ScreenReferrals));
    assert_eq!(global("ctrl-q"), Some(Action::Quit));
    assert_eq!(global("f12"), Some(Action::ToggleLanguage));
    assert_eq!(
        map.lookup(&[Context::Form], Key::parse("shift-tab").unwrap()),
        Some(Action::PrevField)
    );
}

#[test]
fn one_letter_keys_work_on_the_greek_layout() {
    let map = Keymap::builtin().unwrap();
    let on = |s: &str| map.lookup(&[Context::Queue, Context::List], Key::parse(s).unwrap());
    assert_eq!(on("ν"), Some(Action::NewTicket));
    assert_eq!(on("δ"), Some(Action::Finish));
    assert_eq!(on("σ"), Some(Action::StartService));
    assert_eq!(on("Ρ"), Some(Action::Recall));
    assert_eq!(on("ρ"), Some(Action::Refer));
    assert_eq!(latin_on_greek_layout('ς'), Some('w'));
    assert_eq!(latin_on_greek_layout('x'), None);
    assert_eq!(latin_on_greek_layout('ά'), None);
}

#[test]
fn every_default_entry_parses() {
    // Every `on` string of the file, read by the key parser on its own.
    let value: toml::Table = toml::from_str(DEFAULT_TOML).unwrap();
    let mut count = 0;
    for (context, section) in &value {
        assert!(Context::from_name(context).is_some(), "{context}");
        for entry in section["keymap"].as_array().unwrap() {
            let on = &entry["on"];
            let keys: Vec<&str> = match on {
                toml::Value::String(s) => vec![s.as_str()],
                toml::Value::Array(a) => a.iter().map(|v| v.as_str().unwrap()).collect(),
                other => panic!("{other:?}"),
            };
            for k in keys {
                Key::parse(k).unwrap();
                count += 1;
            }
            assert!(Action::from_name(entry["run"].as_str().unwrap()).is_some());
        }
    }
    assert!(count > 20, "{count}");
}

#[test]
fn a_keymap_file_is_read_and_a_bad_one_names_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.toml");
    std::fs::write(
        &path,
        "[global]\nkeymap = [ { on = \"f9\", run = \"quit\" } ]\n",
    )
    .unwrap();
    let map = Keymap::load(path.to_str()).unwrap();
    assert_eq!(
        map.lookup(&[], Key::parse("f9").unwrap()),
        Some(Action::Quit)
    );
    std::fs::write(
        &path,
        "[global]\nkeymap = [\n { on = \"f9\", run = \"qiut\" },\n]\n",
    )
    .unwrap();
    let err = Keymap::load(path.to_str()).unwrap_err().to_string();
    assert!(
        err.contains("desk.toml:3: unknown action \"qiut\""),
        "{err}"
    );
    assert!(Keymap::load(Some("/no/such/keymap.toml")).is_err());
}

#[test]
fn user_overrides_win_binding_by_binding() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keys.toml");
    std::fs::write(
        &path,
        "[global]\nkeymap = [ { on = \"f9\", run = \"screen-queue\" } ]\n\
         [list]\nkeymap = [ { on = \"enter\", run = \"filter\" } ]\n",
    )
    .unwrap();
    let map = Keymap::active(None, Some(&path)).unwrap();
    let key = |s: &str| Key::parse(s).unwrap();
    assert_eq!(map.lookup(&[], key("f9")), Some(Action::ScreenQueue));
    assert_eq!(
        map.lookup(&[], key("f2")),
        Some(Action::ScreenQueue),
        "the rest stays"
    );
    assert_eq!(
        map.lookup(&[Context::List], key("enter")),
        Some(Action::Filter)
    );
    assert_eq!(
        map.lookup(&[Context::List], key("down")),
        Some(Action::Down)
    );
    // A missing override file is no override; a broken one stops with file:line.
    assert_eq!(
        Keymap::active(None, Some(&dir.path().join("none.toml"))).unwrap(),
        Keymap::builtin().unwrap()
    );
    std::fs::write(
        &path,
        "[global]\nkeymap = [\n { on = \"f99\", run = \"quit\" },\n]\n",
    )
    .unwrap();
    let err = Keymap::active(None, Some(&path)).unwrap_err().to_string();
    assert!(err.contains("keys.toml:3:"), "{err}");
}

#[test]
fn a_global_override_takes_the_key_from_every_context() {
    let user = Keymap::parse(
        "[global]\nkeymap = [ { on = \"enter\", run = \"help\" } ]\n",
        "u.toml",
    )
    .unwrap();
    let map = user.over(Keymap::builtin().unwrap());
    assert_eq!(
        map.lookup(&[Context::List], Key::parse("enter").unwrap()),
        Some(Action::Help)
    );
}

#[test]
fn the_vim_map_keeps_every_screens_own_keys() {
    let vim = Keymap::load(Some("vim")).unwrap();
    let default = Keymap::builtin().unwrap();
    for context in Context::ALL.iter().copied() {
        if matches!(
            context,
            Context::List | Context::Help | Context::Form | Context::Global
        ) {
            continue;
        }
        for binding in default.context(context) {
            assert_eq!(
                vim.lookup(&[context], binding.key),
                Some(binding.action),
                "[{context}] {}",
                binding.key
            );
        }
    }
    let key = |s: &str| Key::parse(s).unwrap();
    assert_eq!(vim.lookup(&[Context::List], key("g")), Some(Action::Home));
    assert_eq!(
        vim.lookup(&[Context::List], key("shift-g")),
        Some(Action::End)
    );
}

#[test]
fn every_builtin_map_parses_and_reaches_every_screen() {
    for (name, _) in BUILTIN {
        let map = Keymap::load(Some(name)).unwrap();
        for action in [
            Action::Help,
            Action::Quit,
            Action::ScreenQueue,
            Action::ScreenIntake,
            Action::ScreenLookup,
            Action::ScreenReferrals,
        ] {
            assert!(map.key_for(&[], action).is_some(), "{name}: {action:?}");
        }
    }
}

#[test]
fn ctrl_h_falls_back_to_backspace() {
    let map = Keymap::parse(
        "[lookup]\nkeymap = [ { on = \"backspace\", run = \"cancel\" } ]\n",
        "t.toml",
    )
    .unwrap();
    let ctrl_h = Key::new(KeyCode::Char('h'), KeyModifiers::CONTROL);
    assert_eq!(map.lookup(&[Context::Lookup], ctrl_h), Some(Action::Cancel));
}

#[test]
fn errors_name_file_and_line() {
    let err = |text: &str| Keymap::parse(text, "my.toml").unwrap_err().to_string();
    let e = err(
        "[global]\nkeymap = [\n  { on = \"f2\", run = \"screen-queue\" },\n  { on = \"f3\", run = \"fly\" },\n]\n",
    );
    assert!(
        e.starts_with("my.toml:4:") && e.contains("unknown action"),
        "{e}"
    );
    let e = err("[global]\nkeymap = [\n  { on = \"ctrl-\", run = \"quit\" },\n]\n");
    assert!(
        e.starts_with("my.toml:3:") && e.contains("unknown key"),
        "{e}"
    );
    let e = err(
        "[global]\nkeymap = [\n  { on = \"f2\", run = \"quit\" },\n  { on = [\"x\", \"f2\"], run = \"help\" },\n]\n",
    );
    assert!(
        e.starts_with("my.toml:4:") && e.contains("F2 is already bound to quit"),
        "{e}"
    );
    let e = err(
        "[global]\nkeymap = [ { on = \"f2\", run = \"quit\" } ]\n[queue]\nkeymap = [\n { on = \"f2\", run = \"up\" },\n]\n",
    );
    assert!(
        e.starts_with("my.toml:5:") && e.contains("[global] (line 2)"),
        "{e}"
    );
    let e = err("[global]\nkeymap = [\n  { on = \"f2\", run = \"quit\", colour = 1 },\n]\n");
    assert!(e.starts_with("my.toml:3:"), "{e}");
    let e = err("\n[qeueu]\nkeymap = []\n");
    assert!(
        e.starts_with("my.toml:") && e.contains("unknown context [qeueu]"),
        "{e}"
    );
    let e = err("[global]\nkeymap = [\n  { on = \"g g\", run = \"quit\" },\n]\n");
    assert!(
        e.starts_with("my.toml:3:") && e.contains("sequences"),
        "{e}"
    );
}

/// Every context a screen can return (a [`Context`], by its type) has a section in
/// the default keymap (`[visit]` is empty: a place for the operator's own keys), and
/// every section of the file is a context.
#[test]
fn every_context_has_a_section_in_the_default_keymap() {
    let value: toml::Table = toml::from_str(DEFAULT_TOML).unwrap();
    for context in Context::ALL {
        assert!(
            value.contains_key(context.name()),
            "[{context}] is missing from keymaps/default.toml"
        );
    }
    for name in value.keys() {
        assert!(Context::from_name(name).is_some(), "[{name}] is no context");
    }
    assert_eq!(value.len(), Context::ALL.len());
}

/// Every context is used: the shell or some screen names it (outside tests), so no
/// section of the keymap binds keys nobody can press.
#[test]
fn every_context_is_used_by_the_interface() {
    let mut sources = String::new();
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/ui"
    ))];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if path.is_dir() {
                if name != "snapshots" {
                    dirs.push(path);
                }
            } else if name.ends_with(".rs") && !name.ends_with("tests.rs") && name != "harness.rs" {
                sources.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    for context in Context::ALL {
        let named = format!("Context::{context:?}");
        assert!(
            sources.contains(&format!("{named},"))
                || sources.contains(&format!("{named}]"))
                || sources.contains(&format!("{named})")),
            "no screen returns {named} ([{context}])"
        );
    }
}

#[test]
fn context_names_are_the_file_section_names() {
    for context in Context::ALL {
        assert_eq!(Context::from_name(context.name()), Some(*context));
    }
    assert_eq!(Context::from_name("queue-form"), Some(Context::QueueForm));
    assert_eq!(Context::from_name("nowhere"), None);
}

/// The card's sections (the everyday one and each role's extras) are listed together,
/// everyday first for the hint line; that order is safe only while no key is bound in
/// two of them, so the first section to bind a key is the only one.
#[test]
fn the_cards_sections_bind_no_key_twice() {
    let map = Keymap::builtin().unwrap();
    let sections = [
        Context::LookupCard,
        Context::LookupCardIds,
        Context::LookupCardNotes,
        Context::LookupCardAdmin,
        Context::LookupCardGlass,
    ];
    let mut seen: Vec<(Key, Context)> = Vec::new();
    for context in sections {
        for binding in map.context(context) {
            if let Some((_, first)) = seen.iter().find(|(key, _)| *key == binding.key) {
                panic!("{} is bound in [{first}] and [{context}]", binding.key);
            }
            seen.push((binding.key, context));
        }
    }
}
