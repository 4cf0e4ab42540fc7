//! The visit form in the real binary: a half-typed visit note survives a hang-up
//! (SIGHUP, a dropped SSH link), is named at the next start and is back on the form
//! when a visit is recorded for that person again.

mod common;

use std::time::Duration;

use common::App;

fn start(db: &std::path::Path) -> App {
    App::on_db(tempfile::tempdir().unwrap(), db, "en")
}

#[test]
fn a_visit_note_survives_sighup_and_is_offered_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let login = common::with_rezaei(&db);
    let mut app = start(&db);
    app.wait_for(&login);
    app.open_visit_form();
    app.type_visit();
    app.hang_up(Duration::from_secs(3));
    drop(app);

    let mut again = start(&db);
    again.wait_for("unfinished visit");
    again.open_visit_form();
    again.wait_for("needs a lawyer");
    again.wait_for("housing");
    again.send(b"\x11"); // Ctrl-Q
    assert!(again.wait_exit(Duration::from_secs(5)).is_some());
}
