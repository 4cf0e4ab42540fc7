//! The command line as an administrator's tool: global options anywhere, messages in
//! the operator's language, the version line, one JSON shape for every listing, and
//! no panic when the reader of the output goes away.

use std::process::{Command, Stdio};

#[path = "../common/mod.rs"]
mod common;
mod desk_keys;
mod language;

use common::cli::Cli as Env;

impl Env {
    /// A database made by `kentro init`, named by `KENTRO_DB`, in the C locale.
    fn new() -> Env {
        Env::bare()
            .db_in_env()
            .env("USER", "tester")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .init()
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn global_options_go_before_or_after_the_subcommand() {
    let env = Env::new();
    let first = env.ok(&["queue", "add", "--service", "reception"]);
    let second = env.ok(&["queue", "add", "--service", "reception"]);
    // --desk after `call` (as before) and before it.
    assert_eq!(env.ok(&["queue", "call", "--desk", "3"]), first);
    assert_eq!(env.ok(&["--desk", "4", "queue", "call"]), second);
    let list = env.ok(&["queue", "list", "--json"]);
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(list[0]["desk"], 3);
    assert_eq!(list[1]["desk"], 4);
    // --db, --lang, --theme, --ascii after the subcommand are accepted.
    let db = env.db();
    let out = Command::new(env!("CARGO_BIN_EXE_kentro"))
        .args([
            "queue", "list", "--theme", "mono", "--ascii", "--lang", "en",
        ])
        .arg("--db")
        .arg(&db)
        .env_remove("KENTRO_DB")
        .env("KENTRO_CONFIG", env.dir.path().join("no-config.toml"))
        .env("USER", "tester")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(second.trim()));
    // Without a desk, calling says what is missing.
    let out = env.run(&["--lang", "en", "queue", "call"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("--desk N"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn staff_desk_is_the_global_desk() {
    let env = Env::new();
    env.ok(&["staff", "list"]); // the first login becomes the administrator
    env.ok(&[
        "staff",
        "add",
        "maria.k",
        "--role",
        "receptionist",
        "--desk",
        "3",
    ]);
    env.ok(&[
        "--desk",
        "5",
        "staff",
        "add",
        "nikos.p",
        "--role",
        "receptionist",
    ]);
    let list: serde_json::Value =
        serde_json::from_str(&env.ok(&["staff", "list", "--json"])).unwrap();
    let desk = |login: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|s| s["login"] == login)
            .map(|s| s["desk"].clone())
            .unwrap()
    };
    assert_eq!(desk("maria.k"), 3);
    assert_eq!(desk("nikos.p"), 5);
}

#[test]
fn messages_follow_lang_and_the_locale() {
    let env = Env::new();
    let nobody = |args: &[&str], vars: &[(&str, &str)]| {
        let out = env.run_with(args, vars);
        assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
        text(&out.stderr)
    };
    assert!(
        nobody(&["--lang", "el", "queue", "call", "--desk", "1"], &[])
            .contains("Δεν περιμένει κανείς")
    );
    assert!(
        nobody(&["queue", "call", "--desk", "1", "--lang", "en"], &[])
            .contains("Nobody is waiting")
    );
    let greek_locale = [("LANG", "el_GR.UTF-8")];
    assert!(
        nobody(&["queue", "call", "--desk", "1"], &greek_locale).contains("Δεν περιμένει κανείς")
    );
    // No language anywhere (cron, LANG=C): a script's English.
    assert!(nobody(&["queue", "call", "--desk", "1"], &[]).contains("Nobody is waiting"));
    let english_locale = [("LC_ALL", "en_GB.UTF-8")];
    assert!(
        nobody(&["queue", "call", "--desk", "1"], &english_locale).contains("Nobody is waiting")
    );
    // A refusal too, and the error prefix.
    let out = env.run(&["--lang", "el", "erase", "person", "1"]);
    assert!(
        text(&out.stderr).contains("σφάλμα"),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stderr).contains("--yes"), "{}", text(&out.stderr));
    // check's report.
    let el = env.ok(&["--lang", "el", "check"]);
    assert!(
        el.contains("έκδοση σχήματος") && el.contains("εντάξει"),
        "{el}"
    );
    let en = env.ok(&["check", "--lang", "en"]);
    assert!(
        en.contains("schema version") && en.trim_end().ends_with("ok"),
        "{en}"
    );
    // The service lines by their names in that language.
    let el = env.ok(&["--lang", "el", "queue", "services"]);
    assert!(el.contains("Υποδοχή") && !el.contains("Reception"), "{el}");
    let en = env.ok(&["queue", "services"]);
    assert!(en.contains("Reception") && !en.contains("Υποδοχή"), "{en}");
}

#[test]
fn version_names_the_schema() {
    let env = Env::new();
    let out = env.ok(&["--version"]);
    let schema = kentro::store::migrations::latest_version();
    assert!(
        out.contains(env!("CARGO_PKG_VERSION"))
            && out.contains(&format!("database schema {schema}")),
        "{out}"
    );
}

/// Every listing with --json: one JSON array of objects on one line.
#[test]
fn every_listing_prints_one_json_array() {
    let env = Env::new();
    env.ok(&["seed", "--count", "30", "--seed", "3"]);
    env.ok(&["queue", "add", "--service", "reception"]);
    let listings: &[&[&str]] = &[
        &["queue", "services", "--json"],
        &["queue", "list", "--json"],
        &["search", "a", "--json"],
        &["referrals", "list", "--json"],
        &["staff", "list", "--json"],
        &["audit", "--json", "--limit", "5"],
        &["retention", "--json", "--years", "0"],
        &["notes", "list", "1", "--json"],
        &[
            "appointments",
            "list",
            "--json",
            "--days",
            "400",
            "--date",
            "2025-01-01",
        ],
        &["appointments", "free", "--service", "legal", "--json"],
        &["appointments", "hours", "--service", "legal", "--json"],
        &["appointments", "reminders", "--json"],
        &["distribution", "programmes", "--json"],
        &["keys", "--json"],
    ];
    for args in listings {
        let out = env.run(args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let stdout = text(&out.stdout);
        assert_eq!(stdout.lines().count(), 1, "{args:?}: one line: {stdout}");
        let value: serde_json::Value = serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {stdout}"));
        let rows = value
            .as_array()
            .unwrap_or_else(|| panic!("{args:?}: not an array: {stdout}"));
        assert!(rows.iter().all(|r| r.is_object()), "{args:?}: {stdout}");
        // Times in the one form.
        for row in rows {
            for (key, v) in row.as_object().unwrap() {
                if key.ends_with("_at") && v.is_string() {
                    let t = v.as_str().unwrap();
                    assert!(
                        chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S").is_ok(),
                        "{args:?}: {key} = {t}"
                    );
                }
            }
        }
    }
}

/// `kentro ... | head`: the reader goes away; kentro stops quietly, never panics.
#[test]
fn a_closed_pipe_is_no_panic() {
    let env = Env::new();
    env.ok(&["seed", "--count", "300", "--seed", "5"]);
    let commands: &[&[&str]] = &[
        &["queue", "list"],
        &["queue", "services"],
        &["search", "a", "--limit", "300"],
        &["search", "a", "--limit", "300", "--json"],
        &["referrals", "list"],
        &["staff", "list"],
        &["audit", "--limit", "5000"],
        &["retention", "--years", "0"],
        &["export", "beneficiaries"],
        &["check"],
        &["keys"],
        &[
            "appointments",
            "list",
            "--days",
            "800",
            "--date",
            "2024-01-01",
        ],
        &[
            "appointments",
            "free",
            "--service",
            "legal",
            "--limit",
            "500",
        ],
        &["report", "--from", "2020-01-01"],
        &["--version"],
        &["--help"],
    ];
    // Commands that write (their summaries go through the same function).
    let people = env.dir.path().join("people.csv");
    std::fs::write(&people, "surname,given_name\nPipeopoulou,Eleni\n").unwrap();
    let people = people.to_str().unwrap().to_string();
    let writers: Vec<Vec<&str>> = vec![
        vec!["import", &people],
        vec!["seed", "--count", "5", "--seed", "9"],
    ];
    let commands: Vec<&[&str]> = commands
        .iter()
        .copied()
        .chain(writers.iter().map(Vec::as_slice))
        .collect();
    for args in commands {
        let mut child = env
            .command(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader is gone before kentro writes a byte.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = text(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_ne!(out.status.code(), Some(101), "{args:?}: {err}");
    }
}
