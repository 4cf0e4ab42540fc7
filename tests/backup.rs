//! Backups that finish and never lie, rotation, the automatic backup before a schema
//! upgrade, and a restore drill.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;

use common::text;
use kentro::domain::person::Person;
use kentro::store::backup::{self, BackupProblem};
use kentro::store::{Stamp, Store, StoreError};

fn person(surname: &str) -> Person {
    Person {
        surname: surname.into(),
        given_name: "Ελένη".into(),
        ..Person::default()
    }
}

fn stamp() -> Stamp {
    Stamp::now("maria.k")
}

/// A database (k.db) with one person, backed up then to monday.db, and a second
/// person written after the backup; its folder, the two files and the open store.
fn monday_then_more() -> (tempfile::TempDir, PathBuf, PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let mut store = Store::open_or_create(&db).unwrap();
    store.insert_person(&person("Πρώτη"), &stamp()).unwrap();
    let saved = dir.path().join("monday.db");
    store.backup_to(&saved).unwrap();
    store.insert_person(&person("Δεύτερη"), &stamp()).unwrap();
    (dir, db, saved, store)
}

fn kentro(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kentro"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("KENTRO_CONFIG", db.with_file_name("no-config.toml"))
        .env_remove("KENTRO_DB")
        .output()
        .unwrap()
}

fn surnames(store: &Store) -> Vec<String> {
    let mut names = Vec::new();
    store
        .for_each_person(|p| {
            names.push(p.surname);
            Ok::<(), StoreError>(())
        })
        .unwrap();
    names.sort();
    names
}

fn problem_of(e: StoreError) -> BackupProblem {
    match e {
        StoreError::Backup { problem, .. } => problem,
        other => panic!("expected a backup problem, got {other:?}"),
    }
}

#[test]
fn a_backup_is_owner_only_whatever_the_umask_whole_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
    store
        .insert_person(&person("Παπαδοπούλου"), &stamp())
        .unwrap();
    let target = dir.path().join("copy.db");
    let health = store.backup_to(&target).unwrap();
    assert!(health.is_ok() && health.people == 1);
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "owner-only: {mode:o}");
    // One self-contained file: no -wal beside it, and no temporary file left.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert!(
        !names.iter().any(|n| n.starts_with("copy.db-")),
        "{names:?}"
    );
    assert!(
        !names.iter().any(|n| n.contains(backup::PARTIAL_MARK)),
        "{names:?}"
    );
    assert_eq!(backup::check_file(&target).unwrap().people, 1);
}

#[test]
fn a_backup_is_refused_for_journal_names_symlinks_and_existing_files() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let store = Store::open_or_create(&db).unwrap();
    for name in ["k.db-journal", "k.db-wal", "k.db-shm", "other.db-journal"] {
        let err = store.backup_to(&dir.path().join(name)).unwrap_err();
        assert_eq!(problem_of(err), BackupProblem::JournalName, "{name}");
    }
    let elsewhere = dir.path().join("elsewhere.db");
    let link = dir.path().join("link.db");
    std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
    assert_eq!(
        problem_of(store.backup_to(&link).unwrap_err()),
        BackupProblem::Symlink
    );
    assert!(!elsewhere.exists(), "nothing written where the link points");
    assert_eq!(
        problem_of(store.backup_to(&db).unwrap_err()),
        BackupProblem::Exists
    );
}

#[test]
fn check_never_calls_an_empty_or_cut_short_file_ok() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    let out = kentro(&empty, &["check"]);
    assert!(!out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("is empty"), "{}", text(&out));
    assert_eq!(
        std::fs::metadata(&empty).unwrap().len(),
        0,
        "left untouched"
    );
    assert_eq!(
        problem_of(backup::check_file(&empty).unwrap_err()),
        BackupProblem::Empty
    );

    // A backup cut short: the first half of a good copy.
    let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
    for i in 0..300 {
        store
            .insert_person(&person(&format!("Επώνυμο{i}")), &stamp())
            .unwrap();
    }
    let whole = dir.path().join("whole.db");
    store.backup_to(&whole).unwrap();
    let bytes = std::fs::read(&whole).unwrap();
    let cut = dir.path().join("cut.db");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    assert!(matches!(
        problem_of(backup::check_file(&cut).unwrap_err()),
        BackupProblem::Damaged(_)
    ));
}

#[test]
fn backups_into_a_directory_are_dated_and_rotated() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    drop(Store::open_or_create(&db).unwrap());
    let backups = dir.path().join("backups");
    std::fs::create_dir(&backups).unwrap();
    // Old backups: three on one day long ago, one a week later.
    for name in [
        "kentro-2026-01-05-020000.db",
        "kentro-2026-01-05-030000.db",
        "kentro-2026-01-05-040000.db",
        "kentro-2026-01-12-020000.db",
        "notes.txt",
    ] {
        std::fs::write(backups.join(name), b"x").unwrap();
    }
    let out = kentro(
        &db,
        &[
            "backup",
            backups.to_str().unwrap(),
            "--keep-daily",
            "2",
            "--keep-weekly",
            "2",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let mut left: Vec<String> = std::fs::read_dir(&backups)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    left.sort();
    // Today's new backup, plus the newest of 12 January (the second day and week).
    assert_eq!(left.len(), 3, "{left:?}");
    assert_eq!(left[0], "kentro-2026-01-12-020000.db");
    assert!(left[1].starts_with("kentro-20") && left[1] != left[0]);
    assert_eq!(left[2], "notes.txt", "other files are never touched");
    assert!(text(&out).contains("(3 removed)"), "{}", text(&out));
}

/// A database at schema version `version`, as an older kentro left it.
fn database_at_version(path: &Path, version: usize) {
    let mut conn = rusqlite::Connection::open(path).unwrap();
    kentro::store::migrations::migrations()
        .to_version(&mut conn, version)
        .unwrap();
}

#[test]
fn a_backup_is_taken_before_any_schema_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let old = (kentro::store::migrations::latest_version() - 1) as usize;
    database_at_version(&db, old);
    drop(Store::open_or_create(&db).unwrap());
    let kept: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&format!("k.db.schema-{old}-before-upgrade-"))
        })
        .collect();
    assert_eq!(kept.len(), 1, "one backup before the upgrade");
    let health = backup::check_file(&kept[0]).unwrap();
    assert_eq!(health.schema_version, old as i64, "the schema as it was");
    // Opening again (nothing to upgrade) takes no further backup.
    drop(Store::open_or_create(&db).unwrap());
    let again = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains("before-upgrade")
        })
        .count();
    assert_eq!(again, 1);
}

#[test]
fn restore_drill() {
    let (dir, db, saved, store) = monday_then_more();

    // Refused while a desk has the database open, and nothing changes.
    let out = kentro(&db, &["restore", saved.to_str().unwrap(), "--yes"]);
    assert!(!out.status.success());
    assert!(text(&out).contains("open at other desks"), "{}", text(&out));
    assert_eq!(surnames(&store), ["Δεύτερη", "Πρώτη"]);
    drop(store);

    // Without --yes and without a terminal to ask on: refused.
    let out = kentro(&db, &["restore", saved.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(text(&out).contains("--yes"), "{}", text(&out));

    let out = kentro(&db, &["restore", saved.to_str().unwrap(), "--yes"]);
    assert!(out.status.success(), "{}", text(&out));
    let said = text(&out);
    assert!(said.contains("kept at"), "{said}");
    assert!(said.contains("restored from"), "{said}");
    let store = Store::open_or_create(&db).unwrap();
    assert_eq!(surnames(&store), ["Πρώτη"]);
    assert!(store.health().unwrap().is_ok());
    drop(store);

    // The replaced database is kept aside, whole, with the later person in it.
    let aside = replaced(dir.path());
    assert_eq!(aside.len(), 1);
    assert_eq!(backup::check_file(&aside[0]).unwrap().people, 2);

    // A damaged backup is refused before anything changes.
    let bad = dir.path().join("bad.db");
    std::fs::write(&bad, b"SQLite format 3\0 but not really").unwrap();
    let out = kentro(&db, &["restore", bad.to_str().unwrap(), "--yes"]);
    assert!(!out.status.success());
    assert_eq!(surnames(&Store::open_or_create(&db).unwrap()), ["Πρώτη"]);
}

/// The databases a restore kept aside in `dir` (`k.db.replaced-…`).
fn replaced(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("k.db.replaced-"))
        .collect()
}

/// Run as its own process by `restore_after_a_crash_keeps_the_wal_aside_and_never_replays_it`:
/// writes a person and ends without closing the database, as a desk killed mid-day
/// does, so the write is only in the `-wal` file. Does nothing in a normal run.
#[test]
fn crashed_desk_helper() {
    let Some(db) = std::env::var_os("KENTRO_TEST_CRASH_DB") else {
        return;
    };
    let mut store = Store::open_or_create(Path::new(&db)).unwrap();
    store.insert_person(&person("Τρίτη"), &stamp()).unwrap();
    // No checkpoint, no close: the process ends with the write in the WAL alone.
    std::process::exit(0);
}

/// A `cp` of a backup over the live file was once undone by the live WAL. After a
/// desk crashed with writes only in the WAL, restore takes them into the file it keeps
/// aside, and never lets that WAL be replayed over the restored database.
#[test]
fn restore_after_a_crash_keeps_the_wal_aside_and_never_replays_it() {
    let (dir, db, saved, store) = monday_then_more();
    drop(store);

    let crashed = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "crashed_desk_helper", "--test-threads", "1"])
        .env("KENTRO_TEST_CRASH_DB", &db)
        .output()
        .unwrap();
    assert!(crashed.status.success(), "{}", text(&crashed));
    let wal = dir.path().join("k.db-wal");
    assert!(
        std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0),
        "the crashed desk left its write in the WAL"
    );

    let out = kentro(&db, &["restore", saved.to_str().unwrap(), "--yes"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        !wal.exists() || std::fs::metadata(&wal).unwrap().len() == 0,
        "the old WAL is gone"
    );
    let store = Store::open_or_create(&db).unwrap();
    assert_eq!(
        surnames(&store),
        ["Πρώτη"],
        "the backup, and nothing replayed"
    );
    assert!(store.health().unwrap().is_ok());
    drop(store);
    let aside = replaced(dir.path());
    assert_eq!(aside.len(), 1);
    assert_eq!(
        backup::check_file(&aside[0]).unwrap().people,
        3,
        "the file kept aside has the crashed desk's write"
    );
}
