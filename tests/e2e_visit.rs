//! The visit form in the real binary: a half-typed visit note survives a hang-up
//! (SIGHUP, a dropped SSH link), is named at the next start and is back on the form
//! when a visit is recorded for that person again.

mod common;

use std::ffi::OsStr;
use std::time::Duration;

use common::App;
use kentro::domain::person::Person;
use kentro::store::{Stamp, Store};

fn start(db: &std::path::Path) -> App {
    App::spawn(
        tempfile::tempdir().unwrap(),
        &[
            OsStr::new("--db"),
            db.as_os_str(),
            OsStr::new("--lang"),
            OsStr::new("en"),
        ],
        "xterm",
    )
}

fn open_visit_form(app: &mut App) {
    app.send(b"\x1bOS"); // F4
    app.wait_for("Find:");
    app.send(b"rezaei");
    app.wait_for("Rezaei Mohammad");
    app.send(b"\r");
    app.wait_for("Esc: back to the results");
    app.send(b"v");
    app.wait_for("Visit");
}

#[test]
fn a_visit_note_survives_sighup_and_is_offered_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let login = kentro::identity::operator_login().unwrap();
    {
        let mut store = Store::open_or_create(&db).unwrap();
        let person = Person {
            surname: "Rezaei".into(),
            given_name: "Mohammad".into(),
            ..Person::default()
        };
        store.insert_person(&person, &Stamp::now(&login)).unwrap();
    }
    let mut app = start(&db);
    app.wait_for(&login);
    open_visit_form(&mut app);
    app.send(b"\t"); // past the service, to the reason
    app.send(b"housing");
    app.send(b"\t");
    app.send(b"needs a lawyer");
    app.wait_for("needs a lawyer");
    let pid = app.child.process_id().expect("pid");
    let killed = std::process::Command::new("kill")
        .args(["-HUP", &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = app
        .wait_exit(Duration::from_secs(3))
        .expect("still running after SIGHUP");
    assert_eq!(status.exit_code(), 129, "{status:?}");
    drop(app);

    let mut again = start(&db);
    again.wait_for("unfinished visit");
    open_visit_form(&mut again);
    again.wait_for("needs a lawyer");
    again.wait_for("housing");
    again.send(b"\x11"); // Ctrl-Q
    assert!(again.wait_exit(Duration::from_secs(5)).is_some());
}
