//! The log: errors with their full text, in a private file, and never a name, an
//! identifier or free text. A person made of canary strings goes through import
//! (intake's path for files), search, the lookup screen and its card, and commands
//! that fail; the log (at RUST_LOG=trace) and standard error never hold a canary.

mod common;

use common::cli::Cli as Env;
use std::path::{Path, PathBuf};

const SURNAME: &str = "Zqcanarysur";
const GIVEN: &str = "Zqcanarygiv";
const FATHER: &str = "Zqcanaryfat";
const NOTE: &str = "Zqcanarynote";
const PHONE: &str = "6977130421";
const AMKA: &str = "01013099997";
/// Every canary, and the part all the words share.
const CANARIES: &[&str] = &["zqcanary", PHONE, AMKA];

/// Commands with `KENTRO_DB` and a state directory in the test's folder, run there,
/// logging everything (`RUST_LOG=trace`) to the file, not the journal.
fn env() -> Env {
    Env::bare()
        .db_in_env()
        .state()
        .env("RUST_LOG", "trace")
        .env_remove("JOURNAL_STREAM")
        .env("USER", "tester")
        .in_dir()
}

impl Env {
    fn state_dir(&self) -> PathBuf {
        self.path("state")
    }

    fn log(&self) -> PathBuf {
        self.state_dir().join("kentro").join("kentro.log")
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn assert_no_canary(what: &str, text: &str) {
    let lower = text.to_lowercase();
    for canary in CANARIES {
        assert!(
            !lower.contains(&canary.to_lowercase()),
            "{what} holds {canary}:\n{text}"
        );
    }
}

#[test]
fn no_canary_reaches_the_log_or_standard_error() {
    let env = env();
    let out = env.run(&["init"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = env.dir.path().join("people.csv");
    std::fs::write(
        &csv,
        format!(
            "surname,given_name,father_name,date_of_birth,gender,phone,amka,notes,consent\n\
             {SURNAME},{GIVEN},{FATHER},01/01/1930,M,{PHONE},{AMKA},{NOTE},yes\n"
        ),
    )
    .unwrap();
    let csv = csv.to_str().unwrap();
    let mut stderr = String::new();
    let mut run = |args: &[&str], ok: bool| {
        let out = env.run(args);
        assert_eq!(out.status.success(), ok, "{args:?}: {}", text(&out.stderr));
        stderr.push_str(&text(&out.stderr));
        text(&out.stdout)
    };
    run(&["import", csv], true);
    // Found (stdout is for the operator and may hold them), and not found.
    assert!(run(&["search", SURNAME], true).contains(SURNAME));
    run(&["search", "--json", PHONE], true);
    run(&["search", "Zqcanaryabsentname"], false);
    // Failures around the person.
    run(&["import", csv], false); // already registered
    run(&["notes", "add", "999999", "--text", NOTE], false);
    run(
        &[
            "referrals",
            "add",
            "--person",
            "999999",
            "--service",
            "reception",
            "--reason",
            NOTE,
        ],
        false,
    );
    run(&["erase", "person", "1"], false);
    run(&["export", "person", "1"], true);
    assert_no_canary("standard error", &stderr);

    // The lookup screen and the card, in the real interface.
    let dir = tempfile::tempdir().unwrap();
    let state = env.state_dir();
    let db = env.db();
    let mut app = common::App::on_db_with(
        dir,
        &db,
        "en",
        "xterm",
        &[
            ("XDG_STATE_HOME", state.as_os_str()),
            ("RUST_LOG", "trace".as_ref()),
        ],
    );
    app.wait_for("┌ Queue ");
    app.send(b"\x1bOS"); // F4
    app.wait_for("Find:");
    for c in SURNAME.to_lowercase().chars() {
        app.send(c.to_string().as_bytes());
    }
    app.wait_for(FATHER);
    app.send(b"\r");
    app.wait_for("Esc: back to the results");
    app.send(b"\x11"); // Ctrl-Q
    app.wait_exit(common::DEADLINE);

    let log = std::fs::read_to_string(env.log()).unwrap();
    assert_no_canary("the log", &log);
    // Errors are in it with their whole text, and the interface logged too.
    assert!(log.contains("kentro stopped with an error"), "{log}");
    assert!(log.contains("erasing person 1 cannot be undone"), "{log}");
    assert!(log.contains("command=\"import\""), "{log}");
    assert!(log.lines().count() >= 10, "{log}");
    assert_private(&env.log());
}

fn assert_private(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{}", path.display());
}

/// A desk whose interface cannot start (here: a database that does not exist) under
/// tmux: the message stays on screen, names the log, and waits for Enter.
#[test]
fn a_failed_start_waits_for_enter_and_names_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("typo.db");
    let (mut app, state) = common::App::with_state(dir, &db);
    app.wait_for("No database at");
    app.wait_for("The same message is in the log:");
    app.wait_for("Press Enter to close.");
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(app.child.try_wait().unwrap().is_none(), "closed by itself");
    app.send(b"\r");
    let status = app.wait_exit(common::DEADLINE).expect("exits after Enter");
    assert_eq!(status.exit_code(), 1);
    let log = std::fs::read_to_string(state.join("kentro").join("kentro.log")).unwrap();
    assert!(log.contains("No database at"), "{log}");
}
