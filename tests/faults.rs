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
