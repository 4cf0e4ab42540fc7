//! The desk a command calls from, the active key bindings as JSON, and init that never
//! writes over a file.

use super::*;

/// `queue call` finds this terminal's desk as the interface does: `KENTRO_DESK` (sent
/// by the thin client), else the operator's usual desk from the staff row, else
/// `--desk`; a value that is not a desk number is named, and nothing is called.
#[test]
fn queue_call_takes_the_desk_from_kentro_desk_then_the_staff_row_then_the_flag() {
    let env = Env::new();
    for _ in 0..4 {
        env.ok(&["queue", "add", "--service", "reception"]);
    }
    let call = |args: &[&str], vars: &[(&str, &str)]| {
        let out = env.run_with(args, vars);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    };
    call(&["queue", "call"], &[("KENTRO_DESK", "6")]);
    call(&["queue", "call", "--desk", "9"], &[("KENTRO_DESK", "7")]);
    let me = kentro::identity::operator_login().unwrap();
    env.ok(&["--desk", "2", "staff", "set", &me]);
    call(&["queue", "call", "--desk", "9"], &[]);
    let out = env.run_with(
        &["--lang", "en", "queue", "call"],
        &[("KENTRO_DESK", "two")],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("KENTRO_DESK=\"two\""),
        "{}",
        text(&out.stderr)
    );
    let list: serde_json::Value =
        serde_json::from_str(&env.ok(&["queue", "list", "--json"])).unwrap();
    let desks: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["desk"].clone())
        .collect();
    assert_eq!(
        serde_json::Value::Array(desks),
        serde_json::json!([6, 7, 2, null])
    );
}

/// `kentro keys --json`: every binding of the active keymap (the user's overrides laid
/// over it) as one array: its section, key, action code, whether the hint line shows
/// it, and its help in both languages.
#[test]
fn keys_lists_the_active_bindings_as_json() {
    let env = Env::new();
    let keys = |vars: &[(&str, &str)]| -> Vec<serde_json::Value> {
        let out = env.run_with(&["keys", "--json"], vars);
        assert!(out.status.success(), "{}", text(&out.stderr));
        serde_json::from_str::<serde_json::Value>(&text(&out.stdout))
            .unwrap()
            .as_array()
            .unwrap()
            .clone()
    };
    let find = |rows: &[serde_json::Value], context: &str, key: &str| {
        rows.iter()
            .find(|r| r["context"] == context && r["key"] == key)
            .cloned()
    };
    let rows = keys(&[]);
    let help = find(&rows, "global", "F1").expect("F1 in [global]");
    assert_eq!(help["action"], "help");
    assert_eq!(help["hint"], true);
    assert!(
        help["help_el"].as_str().is_some_and(|s| !s.is_empty()),
        "{help}"
    );
    assert!(
        help["help_en"].as_str().is_some_and(|s| !s.is_empty()),
        "{help}"
    );
    assert_eq!(
        find(&rows, "referral", "p").expect("p on the referrals")["action"],
        "print-slip"
    );
    // A user's override is what is listed.
    let overrides = env.dir.path().join("keys.toml");
    std::fs::write(
        &overrides,
        "[referral]\nkeymap = [{ on = \"ctrl-p\", run = \"print-slip\", desc = \"Slip!\" }]\n",
    )
    .unwrap();
    let rows = keys(&[("KENTRO_KEYS", overrides.to_str().unwrap())]);
    let slip = find(&rows, "referral", "Ctrl-P").expect("the override");
    assert_eq!(slip["action"], "print-slip");
    assert_eq!(slip["help_en"], "Slip!");
}

/// `init` never writes over a file, whatever it holds: a database, a text file (a typo
/// of another path), or an empty file; each is left byte for byte as it was.
#[test]
fn init_refuses_every_existing_file_and_leaves_it_as_it_was() {
    let env = Env::new();
    let notes = env.dir.path().join("notes.txt");
    std::fs::write(&notes, "not a database\n").unwrap();
    let empty = env.dir.path().join("empty.db");
    std::fs::write(&empty, "").unwrap();
    for path in [env.db(), notes, empty] {
        let before = std::fs::read(&path).unwrap();
        let out = env.run_with(
            &["--lang", "en", "init", "--db", path.to_str().unwrap()],
            &[],
        );
        assert_eq!(out.status.code(), Some(1), "{path:?}");
        assert!(
            text(&out.stderr).contains("init never writes over an existing file"),
            "{path:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(std::fs::read(&path).unwrap(), before, "{path:?} changed");
    }
}
