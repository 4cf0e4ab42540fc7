//! The real binary's headless commands.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

#[path = "../common/mod.rs"]
mod common;
mod import;

use common::cli::Cli as Env;

impl Env {
    /// A fresh directory with a new database in it, made as an administrator would.
    fn new() -> Env {
        Env::no_db().init()
    }

    /// A fresh directory with no database.
    fn no_db() -> Env {
        Env::bare().env("USER", "tester")
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// GOOD_CSV written to people.csv and imported, successfully; gives the file.
fn import_good(env: &Env) -> PathBuf {
    let file = env.write("people.csv", GOOD_CSV);
    assert!(
        env.run(&["import", file.to_str().unwrap()])
            .status
            .success()
    );
    file
}

const GOOD_CSV: &str = "\u{feff}surname,given_name,father_name,mother_name,date_of_birth,gender,nationality,phone,amka,afm,languages,notes,consent\n\
Παπαδόπουλος,Γεώργιος,Νικόλαος,Ελένη,01/01/1930,M,GR,6912345678,01013099997,090000045,ell,\"first line\nsecond, with comma\",yes\n\
Karimi,Ahmad,,,1990-01-12,M,Afghanistan,+30 691 000 0001,,,prs;fas,,ναι\n\
Diallo,Mamadou,,,,,GN,,,,fra,,yes\n";

fn export(env: &Env) -> String {
    let out = env.run(&["export", "beneficiaries"]);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn search_json_has_the_promised_shape() {
    let env = Env::new();
    import_good(&env);
    let out = env.run(&["search", "karimi", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let value: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let hits = value.as_array().unwrap();
    assert_eq!(hits.len(), 1);
    let hit = &hits[0];
    for key in [
        "id",
        "surname",
        "given_name",
        "father_name",
        "date_of_birth",
        "amka",
        "afm",
        "phone",
        "score",
    ] {
        assert!(hit.get(key).is_some(), "missing {key} in {hit}");
    }
    assert_eq!(hit["surname"], "Karimi");
    assert_eq!(hit["date_of_birth"], "1990-01-12");
    assert!(hit["amka"].is_null());
    assert!(hit["score"].as_u64().unwrap() > 0);

    let out = env.run(&["search", "010130 99997", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(value[0]["surname"], "Παπαδόπουλος");
    let out = env.run(&["search", "nobody-like-this", "--json"]);
    assert_eq!(stdout(&out).trim(), "[]");
}

/// Nothing found is status 3 (README's exit codes), and the query, a name or an
/// identifier, is never echoed to standard error (which cron mails and logs keep).
#[test]
fn search_finding_nobody_exits_3_and_does_not_echo_the_query() {
    let env = Env::new();
    let out = env.run(&["search", "Zzqxcanary Wwkcanary"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    assert!(!stderr(&out).contains("canary"), "{}", stderr(&out));
    assert!(stderr(&out).to_lowercase().contains("no one found"));
}

#[test]
fn check_and_backup() {
    let env = Env::new();
    let out = env.run(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let version = format!(
        "schema version {}",
        kentro::store::migrations::latest_version()
    );
    assert!(stdout(&out).contains(&version), "{}", stdout(&out));
    assert!(stdout(&out).contains("integrity: ok"));
    let copy = env.path("copy.db");
    let out = env.run(&["backup", copy.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(copy.exists());
    let again = env.run(&["backup", copy.to_str().unwrap()]);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("never overwrites"));
}

fn one_line_error(out: &Output) -> String {
    assert!(!out.status.success());
    let err = stderr(out);
    assert_eq!(err.trim_end().lines().count(), 1, "one clear line: {err}");
    assert!(err.starts_with("kentro: "), "{err}");
    err
}

#[test]
fn files_that_cannot_be_used_fail_with_one_line() {
    let env = Env::new();
    let not_db = env.write("notes.txt", "shopping list\n");
    let out = Command::new(env!("CARGO_BIN_EXE_kentro"))
        .args(["--db", not_db.to_str().unwrap(), "check"])
        .env("KENTRO_CONFIG", env.path("none.toml"))
        .output()
        .unwrap();
    assert!(one_line_error(&out).contains("not a kentro database"));
    assert_eq!(std::fs::read_to_string(&not_db).unwrap(), "shopping list\n");

    let missing_dir = Path::new("/nonexistent-dir/k.db");
    let out = Command::new(env!("CARGO_BIN_EXE_kentro"))
        .args([
            "--db",
            missing_dir.to_str().unwrap(),
            "check",
            "--lang",
            "en",
        ])
        .env("KENTRO_CONFIG", env.path("none.toml"))
        .output()
        .unwrap();
    assert!(one_line_error(&out).contains("No database at /nonexistent-dir/k.db"));

    let out = env.run(&["import", env.path("missing.csv").to_str().unwrap()]);
    assert!(one_line_error(&out).contains("cannot read"));
}

#[test]
fn the_database_path_comes_from_the_environment_then_the_config() {
    let env = Env::new();
    let from_env = env.path("env.db");
    let kentro_with = |args: &[&str], db_env: Option<&Path>, config: &Path| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kentro"));
        cmd.args(args).env("KENTRO_CONFIG", config);
        match db_env {
            Some(path) => cmd.env("KENTRO_DB", path),
            None => cmd.env_remove("KENTRO_DB"),
        };
        cmd.output().unwrap()
    };
    let none = env.path("none.toml");
    let out = kentro_with(&["check"], Some(&from_env), &none);
    assert!(!out.status.success(), "check never creates");
    assert!(!from_env.exists());
    let out = kentro_with(&["init"], Some(&from_env), &none);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = kentro_with(&["check"], Some(&from_env), &none);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(from_env.exists());

    let from_config = env.path("config.db");
    let config = env.write(
        "config.toml",
        &format!("db = {:?}\n", from_config.to_str().unwrap()),
    );
    let out = kentro_with(&["init"], None, &config);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = kentro_with(&["check"], None, &config);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(from_config.exists());

    let broken = env.write("broken.toml", "db = 1\n");
    let out = Command::new(env!("CARGO_BIN_EXE_kentro"))
        .arg("check")
        .env_remove("KENTRO_DB")
        .env("KENTRO_CONFIG", &broken)
        .output()
        .unwrap();
    assert!(one_line_error(&out).contains("broken.toml:1:"));
}

#[test]
fn seeding_is_deterministic_and_searchable() {
    let a = Env::new();
    let b = Env::new();
    for env in [&a, &b] {
        let out = env.run(&["seed", "--count", "300", "--seed", "7"]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stdout(&out).contains("added 300 people"));
        assert!(
            stderr(&out).is_empty(),
            "no progress when piped: {}",
            stderr(&out)
        );
    }
    let exported = export(&a);
    assert_eq!(exported.lines().count(), 301);
    assert_eq!(exported, export(&b), "same seed, same people");
    let c = Env::new();
    assert!(
        c.run(&["seed", "--count", "300", "--seed", "8"])
            .status
            .success()
    );
    assert_ne!(export(&c), exported, "another seed, other people");

    // Any seeded person is found by their own surname.
    let second = exported.lines().nth(1).unwrap();
    let surname = second.split(',').nth(1).unwrap();
    let out = a.run(&["search", surname, "--json", "--limit", "500"]);
    let hits: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(
        hits.as_array().unwrap().iter().any(|h| h["id"] == 1),
        "{surname} not found"
    );
}

#[test]
fn keys_prints_the_active_map_with_overrides() {
    let env = Env::new();
    let keys = |args: &[&str], overrides: &Path| {
        Command::new(env!("CARGO_BIN_EXE_kentro"))
            .arg("keys")
            .args(args)
            .env("KENTRO_CONFIG", env.path("none.toml"))
            .env("KENTRO_KEYS", overrides)
            .output()
            .unwrap()
    };
    let none = env.path("no-keys.toml");
    let out = keys(&["--lang", "en"], &none);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("[global]"));
    assert!(
        text.lines()
            .any(|l| l.contains("F2") && l.contains("screen-queue")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.contains("Ctrl-Q") && l.contains("quit")),
        "{text}"
    );

    let vim = stdout(&keys(&["--keymap", "vim", "--lang", "en"], &none));
    assert!(
        vim.lines()
            .any(|l| l.trim_start().starts_with("j ") && l.contains("down")),
        "{vim}"
    );

    let overrides = env.write(
        "keys.toml",
        "[global]\nkeymap = [ { on = \"f9\", run = \"screen-lookup\" } ]\n",
    );
    let text = stdout(&keys(&["--lang", "en"], &overrides));
    assert!(text.contains("with overrides from"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.contains("F9") && l.contains("screen-lookup")),
        "{text}"
    );

    let broken = env.write(
        "broken-keys.toml",
        "[global]\nkeymap = [\n  { on = \"f2\", run = \"teleport\" },\n]\n",
    );
    let out = keys(&[], &broken);
    assert!(
        one_line_error(&out).contains("broken-keys.toml:3: unknown action"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn only_init_creates_a_database_and_never_over_a_file() {
    let env = Env::no_db();
    for args in [
        &["check"][..],
        &["queue", "list"],
        &["search", "x"],
        &["export", "beneficiaries"],
        &["referrals", "list"],
        &["backup", "/tmp/never.db"],
    ] {
        let out = env.run(&[args, &["--lang", "en"]].concat());
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            one_line_error(&out).contains("kentro init --db"),
            "{args:?}: {}",
            stderr(&out)
        );
        assert_eq!(
            std::fs::read_dir(env.dir.path()).unwrap().count(),
            0,
            "{args:?} created a file"
        );
    }
    let out = env.run(&["init", "--lang", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Created the database"));
    let before = std::fs::read(env.db()).unwrap();
    let out = env.run(&["init", "--lang", "el"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        one_line_error(&out).contains("δεν γράφει ποτέ"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(env.db()).unwrap(), before);
    let out = env.run(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let names: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, ["k.db"], "check leaves nothing beside the database");
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    assert_eq!(env.run(&["--no-such-flag"]).status.code(), Some(2));
    assert_eq!(env.run(&["queue", "add"]).status.code(), Some(2));
}
