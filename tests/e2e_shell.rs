//! The real binary in a pseudo-terminal: screens switch on F-keys as xterm, PuTTY and the
//! Linux console send them, Ctrl-Q leaves with the terminal restored, SIGHUP ends it fast.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

const DEADLINE: Duration = Duration::from_secs(15);

struct App {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    _master: Box<dyn MasterPty + Send>,
    _dir: tempfile::TempDir,
}

impl App {
    fn start(lang: &str, term: &str) -> App {
        let dir = tempfile::tempdir().unwrap();
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kentro"));
        cmd.arg("--db");
        cmd.arg(dir.path().join("k.db"));
        cmd.args(["--lang", lang]);
        cmd.env("TERM", term);
        cmd.env("USER", "tester");
        cmd.env("KENTRO_CONFIG", dir.path().join("no-such-config.toml"));
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("KENTRO_DB");
        cmd.cwd(dir.path());
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p, r) = (Arc::clone(&parser), Arc::clone(&raw));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        p.lock().unwrap().process(&buf[..n]);
                        r.lock().unwrap().extend_from_slice(&buf[..n]);
                    }
                }
            }
        });
        App {
            child,
            writer,
            parser,
            raw,
            _master: pty.master,
            _dir: dir,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, needle: &str) {
        let start = Instant::now();
        while start.elapsed() < DEADLINE {
            if self.screen().contains(needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{needle:?} never appeared; screen:\n{}", self.screen());
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    fn wait_exit(&mut self, within: Duration) -> Option<ExitStatus> {
        let start = Instant::now();
        while start.elapsed() < within {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        None
    }

    fn restored(&self) -> bool {
        let start = Instant::now();
        // The reader thread may still be catching up with the last bytes.
        while start.elapsed() < Duration::from_secs(2) {
            let raw = self.raw.lock().unwrap();
            let left = raw.windows(8).any(|w| w == b"\x1b[?1049l");
            drop(raw);
            if left && !self.parser.lock().unwrap().screen().alternate_screen() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

fn switches_screens(term: &str, keys: &[(&[u8], &str)]) {
    let mut app = App::start("en", term);
    app.wait_for("┌ Queue ");
    app.wait_for("tester");
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
            (b"\x1b[15~", "Referrals"),
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
            (b"\x1b[15~", "Referrals"),
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
            (b"\x1b[[E", "Referrals"),
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
    let pid = app.child.process_id().expect("pid");
    let killed = std::process::Command::new("kill")
        .args(["-HUP", &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = app.wait_exit(Duration::from_secs(2));
    let status = status.expect("still running 2 s after SIGHUP");
    assert_eq!(status.exit_code(), 129, "{status:?}");
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
