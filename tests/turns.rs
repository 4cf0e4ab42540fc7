//! Writers take turns (`store::turns`): first come, first served across connections
//! (and so across processes: the locks are the open files', not the process's).

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use kentro::store::{Stamp, Store, StoreError};

/// A writer that holds the write lock (inside its transaction) until told to finish.
fn holder(db: &std::path::Path) -> (mpsc::Sender<()>, thread::JoinHandle<()>, mpsc::Receiver<()>) {
    let (release, released) = mpsc::channel::<()>();
    let (started, holding) = mpsc::channel::<()>();
    let mut store = Store::open(db).unwrap();
    let handle = thread::spawn(move || {
        store
            .batch(&Stamp::now("holder"), |b| {
                started.send(()).unwrap();
                released.recv().unwrap();
                b.audit("test", "holder", None, "")
            })
            .unwrap();
    });
    (release, handle, holding)
}

/// The busy wait's cancel is the process's (one interface per process): tests that
/// wait run one at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn write(store: &mut Store, who: &str) -> Result<(), StoreError> {
    store.batch(&Stamp::now(who), |b| b.audit("test", "writer", None, who))
}

/// A new database at `db` where two writers have met once, which makes the queue of
/// turns: one holds the lock while the other waits `pause`, then both finish.
fn queue_made(db: &std::path::Path, pause: Duration) {
    drop(Store::open_or_create(db).unwrap());
    let (release, handle, holding) = holder(db);
    holding.recv().unwrap();
    let mut first = Store::open(db).unwrap();
    let meeting = thread::spawn(move || write(&mut first, "first"));
    thread::sleep(pause);
    release.send(()).unwrap();
    handle.join().unwrap();
    meeting.join().unwrap().unwrap();
}

#[test]
fn waiting_writers_get_the_lock_in_the_order_they_came() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    // The first time two writers meet, the queue is made.
    queue_made(&db, Duration::from_millis(50));
    assert!(kentro::store::turns::turns_path(&db).exists());

    // Now: one holds the lock, four arrive one after another and wait.
    let (release, handle, holding) = holder(&db);
    holding.recv().unwrap();
    let order = Arc::new(Mutex::new(Vec::new()));
    let mut waiters = Vec::new();
    for who in ["a", "b", "c", "d"] {
        let mut store = Store::open(&db).unwrap();
        let order = order.clone();
        waiters.push(thread::spawn(move || {
            write(&mut store, who).unwrap();
            order.lock().unwrap().push(who);
        }));
        thread::sleep(Duration::from_millis(40));
    }
    release.send(()).unwrap();
    handle.join().unwrap();
    for w in waiters {
        w.join().unwrap();
    }
    assert_eq!(*order.lock().unwrap(), ["a", "b", "c", "d"]);
}

#[test]
fn a_writer_waiting_for_its_turn_can_stop_waiting() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    // Make the queue, then hold the lock with a turn.
    queue_made(&db, Duration::from_millis(30));
    let (release, handle, holding) = holder(&db);
    holding.recv().unwrap();

    let mut waiting = Store::open(&db).unwrap();
    let waiter = thread::spawn(move || write(&mut waiting, "waiting"));
    thread::sleep(Duration::from_millis(200));
    assert!(
        kentro::store::busy::is_waiting(),
        "waiting for its turn shows"
    );
    kentro::store::busy::cancel();
    let result = waiter.join().unwrap();
    assert!(
        matches!(result, Err(StoreError::WaitCancelled)),
        "{result:?}"
    );
    // The one who stopped waiting is out of the queue: the next writer is not held up
    // by it once the lock is free.
    release.send(()).unwrap();
    handle.join().unwrap();
    let mut next = Store::open(&db).unwrap();
    write(&mut next, "next").unwrap();
}
