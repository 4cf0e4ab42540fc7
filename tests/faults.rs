//! Faults a desk meets: another desk holding the lock, a full disk, read-only and
//! damaged files. Each checks the message, what was kept and the database.

use std::time::{Duration, Instant};

use kentro::store::{Stamp, Store, StoreError, busy};

fn fresh() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    drop(Store::open_or_create(&path).unwrap());
    (dir, path)
}

/// The wait and its cancel are process-wide (one interface per process): tests that
/// wait for a lock take turns.
static WAITING: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn one_waiter_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    WAITING.lock().unwrap_or_else(|e| e.into_inner())
}

/// Another desk's open write transaction, held until dropped.
fn hold_write_lock(path: &std::path::Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    conn
}

#[test]
fn a_lock_held_past_the_timeout_says_locked_by_another_desk_for_n_seconds() {
    let _turn = one_waiter_at_a_time();
    let (_dir, path) = fresh();
    let mut store = Store::open(&path).unwrap();
    let other = hold_write_lock(&path);
    let started = Instant::now();
    let err = store
        .audit(&Stamp::now("desk1"), "probe", "test", None, "")
        .unwrap_err();
    assert!(started.elapsed() >= busy::BUSY_TIMEOUT);
    match &err {
        StoreError::Locked { waited } => assert!(*waited >= busy::BUSY_TIMEOUT),
        other => panic!("expected Locked, got {other:?}"),
    }
    assert!(err.to_string().contains("locked for 5 s"), "{err}");
    drop(other);
    // Nothing half-written: the next write goes through.
    store
        .audit(&Stamp::now("desk1"), "probe", "test", None, "")
        .unwrap();
}

#[test]
fn a_lock_released_within_the_timeout_is_waited_for_not_reported() {
    let _turn = one_waiter_at_a_time();
    let (_dir, path) = fresh();
    let mut store = Store::open(&path).unwrap();
    let other = hold_write_lock(&path);
    let releaser = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(400));
        other.execute_batch("COMMIT").unwrap();
    });
    store
        .audit(&Stamp::now("desk1"), "probe", "test", None, "")
        .unwrap();
    releaser.join().unwrap();
}

#[test]
fn the_operator_can_stop_waiting_for_another_desk() {
    let _turn = one_waiter_at_a_time();
    let (_dir, path) = fresh();
    let mut store = Store::open(&path).unwrap();
    let other = hold_write_lock(&path);
    let canceller = std::thread::spawn(|| {
        let started = Instant::now();
        while !busy::is_waiting() && started.elapsed() < Duration::from_secs(4) {
            std::thread::sleep(Duration::from_millis(5));
        }
        std::thread::sleep(Duration::from_millis(50));
        busy::cancel();
    });
    let started = Instant::now();
    let err = store
        .audit(&Stamp::now("desk1"), "probe", "test", None, "")
        .unwrap_err();
    canceller.join().unwrap();
    assert!(matches!(err, StoreError::WaitCancelled), "{err:?}");
    assert!(started.elapsed() < busy::BUSY_TIMEOUT);
    drop(other);
}

mod fault_rig;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use kentro::i18n::Lang;
use kentro::store::{DamagedPart, ReadOnlyCause};
use kentro::ui::kit::fail::store_error_text;

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn side(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    name.into()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The same error in both languages, each naming `needle_en` / `needle_el`.
/// `bytes` written over the database at `path`: opening it is refused, the file
/// called damaged in `part`.
fn refused_as_damaged(path: &Path, bytes: &[u8], part: DamagedPart) -> StoreError {
    std::fs::write(path, bytes).unwrap();
    let err = Store::open(path).err().expect("refused");
    assert!(
        matches!(&err, StoreError::Damaged { part: found, .. } if *found == part),
        "{err:?}"
    );
    err
}

fn says(err: &StoreError, needle_en: &str, needle_el: &str) {
    let en = store_error_text(Lang::En, err);
    let el = store_error_text(Lang::El, err);
    assert!(en.contains(needle_en), "{en}");
    assert!(el.contains(needle_el), "{el}");
}

#[test]
fn a_read_only_file_is_named_and_the_refusal_leaves_nothing_beside_it() {
    let (dir, path) = fresh();
    set_mode(&path, 0o444);
    let Some(result) = fault_rig::obeying_permissions(dir.path(), || Store::open(&path)) else {
        return;
    };
    let err = result.err().expect("refused");
    assert_eq!(
        err.to_string(),
        StoreError::ReadOnly {
            path: path.clone(),
            cause: ReadOnlyCause::File
        }
        .to_string()
    );
    assert!(
        matches!(
            &err,
            StoreError::ReadOnly {
                cause: ReadOnlyCause::File,
                ..
            }
        ),
        "{err:?}"
    );
    says(
        &err,
        "is read-only for this user; nothing was changed",
        "είναι μόνο για ανάγνωση για αυτόν τον χρήστη",
    );
    assert_eq!(
        files_in(dir.path()),
        ["k.db"],
        "no -wal or -shm left behind"
    );
}

#[test]
fn a_read_only_directory_is_named_not_called_another_programs_file() {
    let (dir, path) = fresh();
    set_mode(dir.path(), 0o555);
    let outcome = fault_rig::obeying_permissions(&path.with_file_name(""), || Store::open(&path));
    set_mode(dir.path(), 0o755);
    // The probe cannot be written in a read-only directory: probe elsewhere.
    let outcome = match outcome {
        Some(outcome) => outcome,
        None => {
            let probe = tempfile::tempdir().unwrap();
            set_mode(dir.path(), 0o555);
            let again = fault_rig::obeying_permissions(probe.path(), || Store::open(&path));
            set_mode(dir.path(), 0o755);
            let Some(again) = again else { return };
            again
        }
    };
    let err = outcome.err().expect("refused");
    match &err {
        StoreError::ReadOnly {
            cause: ReadOnlyCause::Directory(named),
            ..
        } => assert_eq!(named, dir.path()),
        other => panic!("expected a read-only directory, got {other:?}"),
    }
    says(&err, "folder", "Ο φάκελος");
    says(&err, "is read-only", "είναι μόνο για ανάγνωση");
    assert_eq!(files_in(dir.path()), ["k.db"]);
}

#[test]
fn a_read_only_shm_left_by_a_refused_open_does_not_fail_later_writes() {
    let (dir, path) = fresh();
    let probe = tempfile::tempdir().unwrap();
    let Some(()) = fault_rig::obeying_permissions(probe.path(), || {
        // A refused open while the file is read-only ...
        set_mode(&path, 0o444);
        assert!(Store::open(&path).is_err());
        // ... and a side file another tool left read-only meanwhile (SQLite gives
        // the -shm the database's mode when it makes it).
        set_mode(&path, 0o600);
        std::fs::write(side(&path, "-shm"), []).unwrap();
        set_mode(&side(&path, "-shm"), 0o444);
        let mut store = Store::open(&path).expect("opens once the file is writable");
        store
            .audit(&Stamp::now("desk1"), "probe", "test", None, "")
            .expect("a write goes through");
        assert!(store.health().unwrap().is_ok());
    }) else {
        return;
    };
    assert!(kentro::store::unwritable_side_file(&path).is_none());
    drop(dir);
}

#[test]
fn a_side_file_of_another_user_is_named() {
    let (dir, path) = fresh();
    let shm = side(&path, "-shm");
    std::fs::write(&shm, []).unwrap();
    set_mode(&shm, 0o444);
    // Owned by someone else, so it cannot be made writable again.
    if nix::unistd::geteuid().is_root() {
        std::os::unix::fs::chown(&shm, Some(65534), Some(65534)).unwrap();
    } else {
        eprintln!("skipped: only root can give a file to another user");
        return;
    }
    let probe = tempfile::tempdir().unwrap();
    let Some(err) = fault_rig::obeying_permissions(probe.path(), || Store::open(&path).err())
    else {
        return;
    };
    let err = err.expect("refused");
    match &err {
        StoreError::ReadOnly {
            cause: ReadOnlyCause::SideFile(named),
            ..
        } => assert_eq!(named, &shm),
        other => panic!("expected the -shm named, got {other:?}"),
    }
    says(
        &err,
        "k.db-shm beside the database",
        "k.db-shm δίπλα στη βάση",
    );
    assert_eq!(
        kentro::store::unwritable_side_file(&path),
        None,
        "root's own check"
    );
    drop(dir);
}

#[test]
fn a_damaged_header_byte_is_called_damaged_not_another_programs_file() {
    let (dir, path) = fresh();
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[16] = 0x07; // the page size: 1792 is no power of two
    let err = refused_as_damaged(&path, &bytes, DamagedPart::Header);
    says(
        &err,
        "header of the database file",
        "Η κεφαλίδα του αρχείου της βάσης",
    );
    says(&err, "kentro restore", "kentro restore");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "left as it was");
    assert_eq!(files_in(dir.path()), ["k.db"]);
    // `check` reads it the same way.
    let err = Store::open_read_only(&path).err().expect("refused");
    assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
}

#[test]
fn a_damaged_schema_page_is_called_damaged() {
    let (_dir, path) = fresh();
    let mut bytes = std::fs::read(&path).unwrap();
    // Page 1 after the header holds the schema's root: scramble it.
    for (i, b) in bytes[100..4096].iter_mut().enumerate() {
        *b = (i * 131 % 251) as u8;
    }
    let err = refused_as_damaged(&path, &bytes, DamagedPart::Contents);
    says(&err, "is damaged", "έχει αλλοιωθεί");
}

#[test]
fn another_programs_file_and_a_newer_schema_are_told_apart() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "shopping list\n".repeat(20)).unwrap();
    let err = Store::open(&text).err().expect("refused");
    assert!(matches!(err, StoreError::NotKentro { .. }), "{err:?}");
    says(
        &err,
        "is not a kentro database",
        "δεν είναι βάση δεδομένων του kentro",
    );

    let (_dir, path) = fresh();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = Store::open(&path).err().expect("refused");
    assert!(
        matches!(err, StoreError::Newer { found: 99, .. }),
        "{err:?}"
    );
    says(
        &err,
        "newer kentro (schema 99",
        "νεότερη έκδοση του kentro (σχήμα 99",
    );
}

#[test]
fn a_full_disk_is_named_the_draft_kept_aside_and_the_database_whole() {
    let (dir, path) = fresh();
    let mut store = Store::open(&path).unwrap();
    store.set_drafts_aside_dir(Some(dir.path().join("aside")));
    let stamp = Stamp::now("maria");
    // Room for nothing more: every page in use is the last one.
    let pages = store.page_count().unwrap();
    store.limit_pages_for_fault_tests(pages).unwrap();
    let people_before = store.health().unwrap().people;

    // A save of many people cannot fit: refused whole, named.
    let err = store
        .batch(&stamp, |batch| {
            for i in 0..400 {
                batch.audit("probe", "test", Some(i), &"x".repeat(400))?;
            }
            Ok(())
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::DiskFull { .. }), "{err:?}");
    says(
        &err,
        "disk holding the database is full; nothing was saved",
        "είναι γεμάτος",
    );

    // A draft goes to the private file instead, and says why.
    let payload = format!("{{\"note\":\"{}\"}}", "typed ".repeat(2000));
    let err = store
        .save_draft("visit", Some(3), &payload, &stamp)
        .unwrap_err();
    let StoreError::KeptAside(cause) = &err else {
        panic!("expected the draft kept aside, got {err:?}");
    };
    assert!(matches!(**cause, StoreError::DiskFull { .. }), "{cause:?}");
    says(
        &err,
        "Draft kept in a private file",
        "Το πρόχειρο φυλάχτηκε",
    );
    says(&err, "is full", "είναι γεμάτος");
    let drafts = store.drafts_of("maria").unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].payload, payload);

    // Nothing half-written, and the draft still offered after a restart.
    drop(store);
    let mut store = Store::open(&path).unwrap();
    let health = store.health().unwrap();
    assert!(health.is_ok(), "{health:?}");
    assert_eq!(health.people, people_before);
    store.set_drafts_aside_dir(Some(dir.path().join("aside")));
    let drafts = store.drafts_of("maria").unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].payload, payload);
}

/// POSIX locks this process holds on the file at `path` (from /proc/locks).
fn locks_held_on(path: &Path) -> usize {
    use std::os::unix::fs::MetadataExt;
    let inode = std::fs::metadata(path).unwrap().ino();
    let pid = std::process::id().to_string();
    std::fs::read_to_string("/proc/locks")
        .unwrap()
        .lines()
        .filter(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            fields.get(1) == Some(&"POSIX")
                && fields.get(4) == Some(&pid.as_str())
                && fields
                    .get(5)
                    .is_some_and(|id| id.rsplit(':').next() == Some(&inode.to_string()))
        })
        .count()
}

#[test]
fn opening_a_second_connection_keeps_the_first_ones_locks() {
    // Closing any descriptor of a file drops every POSIX lock the process holds on
    // it: the checks before an open must open neither the database nor its -shm, or
    // a desk's background rebuild would pull the locks from under its interface.
    let (_dir, path) = fresh();
    let store = Store::open(&path).unwrap();
    store.health().unwrap();
    let shm = side(&path, "-shm");
    let before = (locks_held_on(&path), locks_held_on(&shm));
    assert!(
        before.0 + before.1 > 0,
        "the connection holds locks: {before:?}"
    );
    // Locks the first connection lost never come back; a count taken while another
    // thread of this test process briefly holds one of its own settles at once.
    let settled = || {
        let mut now = (locks_held_on(&path), locks_held_on(&shm));
        for _ in 0..100 {
            if now == before {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
            now = (locks_held_on(&path), locks_held_on(&shm));
        }
        now
    };
    for _ in 0..3 {
        drop(Store::open(&path).unwrap());
        drop(Store::open_read_only(&path).unwrap());
        assert_eq!(settled(), before);
    }
    store.health().unwrap();
}
