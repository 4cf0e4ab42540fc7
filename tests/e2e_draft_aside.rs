//! A form typed while the database cannot be written is never lost: the draft goes to
//! a private file in the operator's state directory, quitting says so and keeps it,
//! and the next start moves it back into the database and offers it again.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

use common::{App, aside_files};

fn start(db: &Path, state: &Path) -> App {
    App::on_db_with(
        tempfile::tempdir().unwrap(),
        db,
        "en",
        "xterm",
        &[("XDG_STATE_HOME", state.as_os_str())],
    )
}

#[test]
fn a_form_typed_while_the_database_is_locked_survives_quitting() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let state = dir.path().join("state");
    let login = common::with_rezaei(&db);
    let mut app = start(&db, &state);
    app.wait_for(&login);
    app.open_visit_form();

    // Another process holds the write lock from now on: no write can get through.
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE").unwrap();

    app.type_visit();
    // The draft's write gives up after the wait and keeps it aside, and says so (the
    // status line's text is checked in the log, which records every status error).
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while aside_files(&state).is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let files = aside_files(&state);
    assert_eq!(files.len(), 1, "{files:?}");
    // The screen is drawn whole again once the wait is over: the form, not a blank
    // screen or the wait line (it stayed blank until the next key).
    let redrawn = |screen: &str| {
        screen.contains("needs a lawyer") && !screen.contains("Another desk is saving")
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while !redrawn(&app.screen()) && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(redrawn(&app.screen()), "{}", app.screen());
    let log = std::fs::read_to_string(state.join("kentro").join("kentro.log")).unwrap();
    assert!(log.contains("error=Draft kept in a private file"), "{log}");
    let kept = std::fs::read_to_string(&files[0]).unwrap();
    assert!(kept.contains("needs a lawyer"), "{kept}");
    let mode = std::fs::metadata(&files[0]).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);

    app.ctrl_q(Duration::from_secs(20));
    drop(app);
    assert_eq!(aside_files(&state).len(), 1, "still kept after quitting");

    // The lock is gone: the next start moves the draft into the database and offers it.
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    let mut again = start(&db, &state);
    again.wait_for("unfinished visit");
    assert!(aside_files(&state).is_empty(), "moved into the database");
    again.open_visit_form();
    again.wait_for("needs a lawyer");
    again.wait_for("housing");
    again.send(b"\x11");
    assert!(again.wait_exit(Duration::from_secs(5)).is_some());
}
