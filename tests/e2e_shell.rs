//! The real binary in a pseudo-terminal: screens switch on F-keys as xterm, PuTTY and the
//! Linux console send them, Ctrl-Q leaves with the terminal restored, SIGHUP ends it fast.

mod common;

use std::time::Duration;

use common::App;

fn switches_screens(term: &str, keys: &[(&[u8], &str)]) {
    let mut app = App::start("en", term);
    app.wait_for("┌ Queue ");
    app.wait_for(&kentro::identity::operator_login().unwrap());
    for (bytes, title) in keys {
        app.send(bytes);
        if title.starts_with('┌') {
            app.wait_for(title);
        } else {
            app.wait_for(&format!("┌ {title} "));
        }
    }
    app.send(b"\x11"); // Ctrl-Q
    let status = app
        .wait_exit(Duration::from_secs(5))
        .expect("still running");
    assert!(status.success(), "{status:?}");
    assert!(
        app.restored(),
        "alternate screen not left:\n{}",
        app.screen()
    );
}

#[test]
fn xterm_f_keys_switch_screens_and_ctrl_q_quits() {
    switches_screens(
        "xterm",
        &[
            (b"\x1bOR", "Intake"),
            (b"\x1bOS", "Lookup"),
            (b"\x1b[15~", "┌ Referrals: "),
            (b"\x1bOQ", "Queue"),
            (b"\x1b4", "Lookup"), // Alt-4
            (b"\x1bOP", "Help: keys (Lookup)"),
            (b"\x1b", "┌ Lookup "),               // Esc closes help
            (b"\x1b[23~", "Help: keys (Lookup)"), // F11 (PuTTY's Shift-F1)
        ],
    );
}

#[test]
fn putty_and_linux_console_f_keys_switch_screens() {
    // PuTTY's default (ESC[n~) function keys.
    switches_screens(
        "xterm",
        &[
            (b"\x1b[13~", "Intake"),
            (b"\x1b[14~", "Lookup"),
            (b"\x1b[15~", "┌ Referrals: "),
            (b"\x1b[12~", "Queue"),
            (b"\x1b[11~", "Help: keys (Queue)"),
        ],
    );
    // The Linux console's F1..F5.
    switches_screens(
        "linux",
        &[
            (b"\x1b[[C", "Intake"),
            (b"\x1b[[D", "Lookup"),
            (b"\x1b[[E", "┌ Referrals: "),
            (b"\x1b[[B", "Queue"),
            (b"\x1b[[A", "Help: keys (Queue)"),
        ],
    );
}

#[test]
fn greek_interface_shows_greek_tabs() {
    let mut app = App::start("el", "xterm");
    app.wait_for("┌ Ουρά ");
    app.wait_for("F3 Καταγραφή");
    app.send(b"\x1bOR");
    app.wait_for("┌ Καταγραφή ");
    app.send(b"\x1b[24~"); // F12: English
    app.wait_for("┌ Intake ");
    app.send(b"\x11");
    let status = app
        .wait_exit(Duration::from_secs(5))
        .expect("still running");
    assert!(status.success(), "{status:?}");
}

#[test]
fn sighup_ends_it_within_two_seconds() {
    let mut app = App::start("en", "xterm");
    app.wait_for("┌ Queue ");
    app.hang_up(Duration::from_secs(2));
    assert!(app.restored(), "terminal not restored");
}

#[test]
fn sigterm_restores_the_terminal_and_fails() {
    let mut app = App::start("en", "xterm");
    app.wait_for("┌ Queue ");
    let pid = app.child.process_id().expect("pid");
    std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    let status = app
        .wait_exit(Duration::from_secs(2))
        .expect("still running");
    assert!(!status.success());
    assert!(app.restored());
    app.wait_for("stopped by SIGTERM");
}

/// User plus system CPU time of a process, in clock ticks.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // Fields after the command name, which is in parentheses.
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

#[test]
fn idle_means_no_output_and_no_cpu() {
    let mut app = App::start("en", "xterm");
    app.wait_for("┌ Queue ");
    std::thread::sleep(Duration::from_millis(300));
    let pid = app.child.process_id().expect("pid");
    // Two windows: one of them cannot contain the clock's minute change.
    let quiet = (0..2).any(|_| {
        let before = app.raw.lock().unwrap().len();
        let cpu = cpu_ticks(pid);
        std::thread::sleep(Duration::from_millis(1500));
        let after = app.raw.lock().unwrap().len();
        // 1.5 s at 100 ticks/s: a spinning loop would use ~150.
        assert!(cpu_ticks(pid) - cpu < 30, "busy while idle");
        before == after
    });
    assert!(quiet, "output while idle: drawing per tick?");
    app.send(b"\x11");
    assert!(app.wait_exit(Duration::from_secs(5)).is_some());
}

/// The demo's temporary directories under `dir`.
fn demo_dirs(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("kentro-demo-"))
        .count()
}

#[test]
fn a_hung_up_demo_leaves_no_temporary_database_behind() {
    let mut app = App::demo();
    app.wait_for("┌ Queue ");
    assert_eq!(demo_dirs(app.dir()), 1, "the demo database lives in TMPDIR");
    app.hang_up(Duration::from_secs(2));
    assert_eq!(
        demo_dirs(app.dir()),
        0,
        "the demo's temporary directory was removed"
    );
}

#[test]
fn demo_opens_on_sample_data() {
    let mut app = App::demo();
    app.wait_for("Queue");
    app.wait_for("demo");
    app.quit();
}

/// Ctrl-L draws the screen whole again and the program goes on at once (ratatui's
/// clear asks the terminal for the cursor, an answer the input thread never hands on:
/// the program hung until another key, and the Ctrl-Q after it was lost).
#[test]
fn ctrl_l_redraws_without_waiting_for_another_key() {
    let mut app = App::demo();
    app.wait_for("Queue");
    app.wait_for("demo");
    app.send(b"\x0c"); // Ctrl-L
    std::thread::sleep(Duration::from_millis(300));
    app.wait_for("Queue");
    app.wait_for("demo");
    app.quit();
}

/// A single-user install's first start (no --db, no config, no KENTRO_DB) asks before
/// creating the database in the user's data directory; "no" creates nothing.
#[test]
fn the_first_single_user_start_asks_before_creating_the_database() {
    let run = |answer: &[u8]| {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let mut app = App::spawn_with(
            dir,
            &["--lang".as_ref(), "en".as_ref()],
            "xterm",
            &[("XDG_DATA_HOME", data.as_os_str())],
        );
        app.wait_for("There is no database yet. Create one at");
        app.send(answer);
        (app, data.join("kentro").join("kentro.db"))
    };
    let (mut declined, db) = run(b"\r");
    let status = declined.wait_exit(Duration::from_secs(5)).expect("exits");
    assert_eq!(status.exit_code(), 1);
    assert!(!db.exists());

    let (mut accepted, db) = run(b"y\r");
    accepted.wait_for("┌ Queue ");
    assert!(db.exists());
    accepted.send(b"\x11"); // Ctrl-Q
    assert!(accepted.wait_exit(Duration::from_secs(5)).is_some());
}
