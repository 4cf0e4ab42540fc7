//! Administrative commands need an administrator's staff row, on every path: `restore`
//! used to run before the database was opened, so before anyone's role was checked.
//! (The set-user-id side of the same rule is exercised for real by tests/deployment/.)

use std::path::Path;
use std::process::{Command, Output};

fn kentro(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kentro"))
        .arg("--db")
        .arg(db)
        .arg("--lang")
        .arg("en")
        .args(args)
        .env("KENTRO_CONFIG", db.with_file_name("no-config.toml"))
        .env_remove("KENTRO_DB")
        .output()
        .expect("kentro runs")
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = kentro(db, args);
    assert!(
        out.status.success(),
        "kentro {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn backup_restore_and_seed_are_refused_to_anyone_but_an_administrator() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    ok(&db, &["init"]);
    let me = kentro::identity::operator_login().unwrap();
    // The first login is the administrator: a backup to restore from later.
    let backup = dir.path().join("good.db");
    ok(&db, &["backup", backup.to_str().unwrap()]);
    // Another administrator takes over, and this login becomes a receptionist.
    ok(&db, &["staff", "add", "chief", "--role", "admin"]);
    ok(&db, &["staff", "set", &me, "--role", "receptionist"]);
    let before = std::fs::read(&db).unwrap();
    for args in [
        vec!["restore", backup.to_str().unwrap(), "--yes"],
        vec!["backup", dir.path().join("copy.db").to_str().unwrap()],
        vec!["seed", "--count", "5"],
    ] {
        let out = kentro(&db, &args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?} was allowed: {err}");
        assert!(err.contains("for administrators"), "{args:?}: {err}");
    }
    assert!(!dir.path().join("copy.db").exists());
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the database was changed"
    );
    let kept_aside = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .any(|e| e.file_name().to_string_lossy().contains("replaced"));
    assert!(!kept_aside, "a refused restore set a file aside");
    // Reading stays open to the receptionist.
    ok(&db, &["queue", "services"]);
}
