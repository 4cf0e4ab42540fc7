//! A change of the name-key rules no longer makes the first desk wait: opening a large
//! database with stale keys is immediate and searches go on with the keys there are;
//! `kentro reindex` rebuilds them (sharing the work with any desk doing the same), and
//! the interface starts the same rebuild in the background.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use kentro::domain::names::KEY_VERSION;
use kentro::store::Store;

/// Above the size rebuilt at open.
const PEOPLE: &str = "2500";

fn kentro(db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kentro"))
        .args(args)
        .env("KENTRO_DB", db)
        .env("KENTRO_CONFIG", db.with_extension("none.toml"))
        .env("XDG_STATE_HOME", db.with_extension("state"))
        .env("USER", "tester")
        .output()
        .unwrap()
}

fn seeded() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    assert!(kentro(&db, &["init"]).status.success());
    let out = kentro(&db, &["seed", "--count", PEOPLE, "--people-only"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, db)
}

/// As [`seeded`], its search keys marked as built by an older version.
fn seeded_stale() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = seeded();
    Store::open(&db)
        .unwrap()
        .set_search_key_version_for_tests(KEY_VERSION - 1)
        .unwrap();
    (dir, db)
}

fn key_rows(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("SELECT count(*) FROM person_key", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn stale_keys_do_not_hold_up_the_open_and_reindex_rebuilds_them() {
    let (_dir, db) = seeded_stale();
    let keys_before = key_rows(&db);
    // Opening does not rebuild a large database: it is stale, and searches still work.
    let store = Store::open(&db).unwrap();
    assert!(store.search_keys_stale().unwrap());
    drop(store);
    let out = kentro(&db, &["search", "a", "--json", "--limit", "3"]);
    assert!(out.status.success());
    // reindex rebuilds, says so, and leaves the keys as a fresh build has them.
    let out = kentro(&db, &["reindex", "--lang", "en"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains(&format!("rebuilt for {PEOPLE} people")),
        "{said}"
    );
    assert!(!Store::open(&db).unwrap().search_keys_stale().unwrap());
    assert_eq!(key_rows(&db), keys_before);
    // Current keys: nothing to do, unless forced.
    let out = kentro(&db, &["reindex", "--lang", "en"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("current"));
    let out = kentro(&db, &["reindex", "--force", "--lang", "en"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("rebuilt"));
    assert_eq!(key_rows(&db), keys_before);
}

/// Two rebuilders at once (two desks, or a desk and `kentro reindex`) share the
/// cursor: both finish, and the keys are whole.
#[test]
fn rebuilders_share_the_work() {
    let (_dir, db) = seeded_stale();
    let keys_before = key_rows(&db);
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let db = db.clone();
            std::thread::spawn(move || {
                let mut store = Store::open(&db).unwrap();
                let mut seen = Vec::new();
                store
                    .rebuild_search_keys(&mut |done, total| seen.push((done, total)))
                    .unwrap();
                seen
            })
        })
        .collect();
    for worker in workers {
        for (done, total) in worker.join().unwrap() {
            assert!(done <= total);
        }
    }
    assert!(!Store::open(&db).unwrap().search_keys_stale().unwrap());
    assert_eq!(key_rows(&db), keys_before);
}

/// The desk's interface opens at once on stale keys and rebuilds them behind it.
#[test]
fn the_interface_rebuilds_in_the_background() {
    let (dir, db) = seeded_stale();
    let (mut app, state) = common::App::with_state(dir, &db);
    app.wait_for("┌ Queue ");
    let deadline = Instant::now() + Duration::from_secs(60);
    while Store::open_read_only(&db)
        .unwrap()
        .search_keys_stale()
        .unwrap()
    {
        assert!(Instant::now() < deadline, "keys still stale after 60 s");
        std::thread::sleep(Duration::from_millis(200));
    }
    app.send(b"\x11"); // Ctrl-Q
    assert!(app.wait_exit(common::DEADLINE).is_some());
    let log = std::fs::read_to_string(state.join("kentro").join("kentro.log")).unwrap();
    assert!(
        log.contains("search keys rebuilt in the background"),
        "{log}"
    );
}
