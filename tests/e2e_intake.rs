//! The intake form in the real binary: what was typed survives a hang-up (SIGHUP, a
//! dropped SSH link) and is offered again at the next start.

mod common;

use std::time::Duration;

use common::App;

fn start(db: &std::path::Path) -> App {
    App::on_db(tempfile::tempdir().unwrap(), db, "en")
}

#[test]
fn a_draft_survives_sighup_and_is_offered_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    drop(kentro::store::Store::create(&db).unwrap());
    let mut app = start(&db);
    app.wait_for(&kentro::identity::operator_login().unwrap());
    app.send(b"\x1bOR"); // F3
    app.wait_for("New person");
    app.send("Ουεντραόγκο\tAminata".as_bytes());
    app.wait_for("Aminata");
    app.hang_up(Duration::from_secs(3));
    drop(app);

    let mut again = start(&db);
    again.wait_for("unfinished intake forms: 1");
    again.send(b"\x1bOR"); // F3: a blank form, the draft offered beside it
    again.wait_for("New person");
    again.wait_for("Ctrl-R: Ουεντραόγκο Aminata");
    again.send(b"\x12"); // Ctrl-R: resume
    again.wait_for("Given name*    Aminata");
    again.send(b"\x11"); // Ctrl-Q
    assert!(again.wait_exit(Duration::from_secs(5)).is_some());
}
