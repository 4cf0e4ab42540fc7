//! The disk fills up under a desk while a visit note is being typed, in the real
//! binary in a pseudo-terminal: the status line says so in full (wrapped, never cut),
//! the whole text is in the log, the note goes to the private draft file, Ctrl-Q keeps
//! it, and once there is room again the next start offers it from the database, which
//! passes its integrity check. The database lives on a small tmpfs mounted in a
//! private mount namespace (root only: CI runs as root; elsewhere the test skips).

mod common;
mod fault_rig;

use std::time::{Duration, Instant};

use common::{App, aside_files};
use kentro::store::Store;
use portable_pty::CommandBuilder;

/// Mounts a 4 MB tmpfs over the database's folder (this namespace only), copies the
/// database in, fills the disk when `$T/fill` appears, runs kentro, then copies the
/// database out (to `$T/out`) once there is room again.
const SCRIPT: &str = r#"
mount -t tmpfs -o size=4m tmpfs "$DBDIR" || exit 90
cp "$ORIG" "$DBDIR/k.db"
(
  while [ ! -e "$T/fill" ]; do sleep 0.05; done
  dd if=/dev/zero of="$DBDIR/fill" bs=4k 2>/dev/null
  touch "$T/filled"
) &
filler=$!
"$KENTRO" --db "$DBDIR/k.db" --lang en
status=$?
kill $filler 2>/dev/null
rm -f "$DBDIR/fill"
mkdir -p "$T/out" && cp "$DBDIR"/k.db* "$T/out/"
exit $status
"#;

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The screen's rows joined without their line ends: a wrapped message reads whole.
fn unwrapped(screen: &str) -> String {
    screen
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_disk_filling_up_while_typing_is_said_in_full_and_the_note_is_kept() {
    if !fault_rig::mount_namespace() {
        eprintln!("skipped: a small file system to fill needs root and unshare --mount");
        return;
    }
    let t = tempfile::tempdir().unwrap();
    let db_dir = t.path().join("db");
    std::fs::create_dir(&db_dir).unwrap();
    let orig = t.path().join("orig.db");
    let state = t.path().join("state");
    let login = common::with_rezaei(&orig);

    let run_dir = tempfile::tempdir().unwrap();
    let mut cmd = CommandBuilder::new("unshare");
    cmd.args(["--mount", "--propagation", "private", "sh", "-c", SCRIPT]);
    cmd.env("TERM", "xterm");
    cmd.env("KENTRO", env!("CARGO_BIN_EXE_kentro"));
    cmd.env("KENTRO_CONFIG", run_dir.path().join("no-config.toml"));
    cmd.env("XDG_STATE_HOME", &state);
    cmd.env("DBDIR", &db_dir);
    cmd.env("ORIG", &orig);
    cmd.env("T", t.path());
    cmd.env_remove("KENTRO_DB");
    cmd.env_remove("NO_COLOR");
    cmd.cwd(run_dir.path());
    let mut app = App::spawn_command(run_dir, cmd);
    app.wait_for(&login);
    app.open_visit_form();
    app.type_visit();

    // The disk fills up; the next change cannot be stored in the database.
    std::fs::write(t.path().join("fill"), b"").unwrap();
    wait_until("the disk to fill", || t.path().join("filled").exists());
    app.send(b" before friday");
    wait_until("the draft kept aside", || !aside_files(&state).is_empty());
    let said = "Draft kept in a private file, offered again at the next start; the database \
                cannot take it: The disk holding the database is full; nothing was saved. \
                Free some space and try again.";
    wait_until("the whole message on screen", || {
        unwrapped(&app.screen()).contains(said)
    });
    let log = std::fs::read_to_string(state.join("kentro").join("kentro.log")).unwrap();
    assert!(log.contains(said), "the whole text in the log: {log}");
    let files = aside_files(&state);
    assert_eq!(files.len(), 1, "{files:?}");
    let kept = std::fs::read_to_string(&files[0]).unwrap();
    assert!(kept.contains("needs a lawyer before friday"), "{kept}");

    app.ctrl_q(Duration::from_secs(20));
    drop(app);
    assert_eq!(aside_files(&state).len(), 1, "still kept after quitting");

    // Room again: the database, as the desk left it, in its place.
    for entry in std::fs::read_dir(t.path().join("out")).unwrap().flatten() {
        std::fs::copy(entry.path(), db_dir.join(entry.file_name())).unwrap();
    }
    let db = db_dir.join("k.db");
    assert!(Store::open(&db).unwrap().health().unwrap().is_ok());
    let mut again = App::on_db_with(
        tempfile::tempdir().unwrap(),
        &db,
        "en",
        "xterm",
        &[("XDG_STATE_HOME", state.as_os_str())],
    );
    again.wait_for("unfinished visit");
    assert!(aside_files(&state).is_empty(), "moved into the database");
    again.open_visit_form();
    again.wait_for("needs a lawyer before friday");
    again.send(b"\x11");
    assert!(again.wait_exit(Duration::from_secs(5)).is_some());
}
