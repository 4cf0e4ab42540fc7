//! A pseudo-terminal harness for end-to-end tests of the real binary: the screen is
//! read through a vt100 parser, waits are polls with a deadline, never fixed sleeps.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

pub const DEADLINE: Duration = Duration::from_secs(15);

pub struct App {
    pub child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    pub raw: Arc<Mutex<Vec<u8>>>,
    _master: Box<dyn MasterPty + Send>,
    _dir: tempfile::TempDir,
}

impl App {
    /// The real binary at 80×24 on a fresh database, in `lang`, with `TERM=term`.
    pub fn start(lang: &str, term: &str) -> App {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("k.db");
        drop(kentro::store::Store::create(&db).unwrap());
        App::spawn(
            dir,
            &[
                "--db".as_ref(),
                db.as_os_str(),
                "--lang".as_ref(),
                lang.as_ref(),
            ],
            term,
        )
    }

    /// The real binary at 80×24 with `args`, working in `dir` (kept until drop).
    pub fn spawn(dir: tempfile::TempDir, args: &[&std::ffi::OsStr], term: &str) -> App {
        App::spawn_with(dir, args, term, &[])
    }

    /// As [`App::spawn`], with extra environment variables.
    pub fn spawn_with(
        dir: tempfile::TempDir,
        args: &[&std::ffi::OsStr],
        term: &str,
        env: &[(&str, &std::ffi::OsStr)],
    ) -> App {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kentro"));
        cmd.args(args);
        cmd.env("TERM", term);
        cmd.env("USER", "tester");
        cmd.env("KENTRO_CONFIG", dir.path().join("no-such-config.toml"));
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("KENTRO_DB");
        // Temporary files (the demo's database) go inside the test's own directory.
        cmd.env("TMPDIR", dir.path());
        cmd.cwd(dir.path());
        for (name, value) in env {
            cmd.env(name, value);
        }
        App::spawn_command(dir, cmd)
    }

    /// Any command (`ssh -tt ...` in the deployment test) in an 80×24 pseudo-terminal.
    pub fn spawn_command(dir: tempfile::TempDir, cmd: CommandBuilder) -> App {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
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

    /// The directory the program runs in (and keeps its temporary files in).
    pub fn dir(&self) -> &std::path::Path {
        self._dir.path()
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    pub fn wait_for(&self, needle: &str) {
        let start = Instant::now();
        while start.elapsed() < DEADLINE {
            if self.screen().contains(needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{needle:?} never appeared; screen:\n{}", self.screen());
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn wait_exit(&mut self, within: Duration) -> Option<ExitStatus> {
        let start = Instant::now();
        while start.elapsed() < within {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        None
    }

    pub fn restored(&self) -> bool {
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
