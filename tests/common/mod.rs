//! A pseudo-terminal harness for end-to-end tests of the real binary: the screen is
//! read through a vt100 parser, waits are polls with a deadline, never fixed sleeps.
#![allow(dead_code)]

pub mod cli;
pub mod namespace;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kentro::domain::records::Staff;
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
        App::on_db_with(dir, &db, lang, term, &[])
    }

    /// The real binary at 80×24 on the demo centre (`--demo`), in English, with
    /// `TERM=xterm`, in a directory of its own.
    pub fn demo() -> App {
        App::spawn(
            tempfile::tempdir().unwrap(),
            &["--demo".as_ref(), "--lang".as_ref(), "en".as_ref()],
            "xterm",
        )
    }

    /// The real binary at 80×24 on the database `db`, in `lang`, with `TERM=xterm`,
    /// working in `dir` (kept until drop).
    pub fn on_db(dir: tempfile::TempDir, db: &Path, lang: &str) -> App {
        App::on_db_with(dir, db, lang, "xterm", &[])
    }

    /// As [`App::on_db`] in English, once the first screen (the queue) is up.
    pub fn at_queue(dir: tempfile::TempDir, db: &Path) -> App {
        let app = App::on_db(dir, db, "en");
        app.wait_for("┌ Queue ");
        app
    }

    /// As [`App::on_db`] in English, keeping its state (log, drafts) in
    /// `dir`/state; gives that folder too.
    pub fn with_state(dir: tempfile::TempDir, db: &Path) -> (App, PathBuf) {
        let state = dir.path().join("state");
        let env = [("XDG_STATE_HOME", state.as_os_str())];
        let app = App::on_db_with(dir, db, "en", "xterm", &env);
        (app, state)
    }

    /// As [`App::on_db`], with `TERM=term` and extra environment variables.
    pub fn on_db_with(
        dir: tempfile::TempDir,
        db: &Path,
        lang: &str,
        term: &str,
        env: &[(&str, &std::ffi::OsStr)],
    ) -> App {
        App::spawn_with(
            dir,
            &[
                "--db".as_ref(),
                db.as_os_str(),
                "--lang".as_ref(),
                lang.as_ref(),
            ],
            term,
            env,
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

    /// SIGHUP, as a dropped SSH link sends it: the program has ended `within`, with
    /// the status 129 (128 + SIGHUP).
    pub fn hang_up(&mut self, within: Duration) {
        let pid = self.child.process_id().expect("pid");
        let killed = std::process::Command::new("kill")
            .args(["-HUP", &pid.to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = self.wait_exit(within).expect("still running after SIGHUP");
        assert_eq!(status.exit_code(), 129, "{status:?}");
    }

    /// The visit form of the person [`with_rezaei`] registered: lookup (F4), the
    /// name, the card, `v`.
    pub fn open_visit_form(&mut self) {
        self.send(b"\x1bOS"); // F4
        self.wait_for("Find:");
        self.send(b"rezaei");
        self.wait_for("Rezaei Mohammad");
        self.send(b"\r");
        self.wait_for("Esc: back to the results");
        self.send(b"v");
        self.wait_for("Visit");
    }

    /// Ctrl-Q: the program ends with success within five seconds.
    pub fn quit(&mut self) {
        let status = self.ctrl_q(Duration::from_secs(5));
        assert!(status.success(), "{status:?}");
    }

    /// Ctrl-Q: the program has ended `within`, with the status it gives.
    pub fn ctrl_q(&mut self, within: Duration) -> ExitStatus {
        self.send(b"\x11");
        self.wait_exit(within).expect("Ctrl-Q ends the program")
    }

    /// On the visit form: past the service, "housing" as the reason and "needs a
    /// lawyer" as the note, seen on screen.
    pub fn type_visit(&mut self) {
        self.send(b"\t"); // past the service, to the reason
        self.send(b"housing");
        self.send(b"\t");
        self.send(b"needs a lawyer");
        self.wait_for("needs a lawyer");
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

/// A database at `db` with one person, Rezaei Mohammad, registered by the operator
/// running the tests; gives that operator's login.
pub fn with_rezaei(db: &Path) -> String {
    let login = kentro::identity::operator_login().unwrap();
    let mut store = kentro::store::Store::open_or_create(db).unwrap();
    let person = kentro::domain::person::Person {
        surname: "Rezaei".into(),
        given_name: "Mohammad".into(),
        ..Default::default()
    };
    store
        .insert_person(&person, &kentro::store::Stamp::now(&login))
        .unwrap();
    login
}

/// The draft files kept aside under the state directory `state`.
pub fn aside_files(state: &Path) -> Vec<PathBuf> {
    let root = state.join("kentro").join("drafts");
    let Ok(dirs) = std::fs::read_dir(&root) else {
        return Vec::new();
    };
    dirs.flatten()
        .flat_map(|d| std::fs::read_dir(d.path()).into_iter().flatten().flatten())
        .map(|f| f.path())
        // Not the hidden temporary file a draft is written to before it takes its
        // name (it may be renamed between listing and reading).
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect()
}

/// A new database in a folder of its own (kept while the folder lives).
pub fn fresh() -> (tempfile::TempDir, kentro::store::Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = kentro::store::Store::open_or_create(&dir.path().join("k.db")).unwrap();
    (dir, store)
}

/// The id of the service line `code`.
pub fn line(store: &kentro::store::Store, code: &str) -> i64 {
    store.service_by_code(code).unwrap().unwrap().id
}

/// The login of the operator running the tests (the real user's).
pub fn me() -> String {
    kentro::identity::operator_login().unwrap()
}

/// An active member of staff named by the login, with no usual desk.
pub fn staff(login: &str, role: kentro::domain::codes::Role, organisation: &str) -> Staff {
    Staff {
        login: login.into(),
        display_name: login.into(),
        role,
        organisation: organisation.into(),
        default_desk: None,
        active: true,
    }
}

/// Makes the operator running the tests ("Test", of no organisation) a member of
/// staff with `role`, as written by "test".
pub fn operator_as(store: &mut kentro::store::Store, role: kentro::domain::codes::Role) {
    let member = Staff {
        display_name: "Test".into(),
        ..staff(&me(), role, "")
    };
    store
        .upsert_staff(&member, &kentro::store::Stamp::now("test"))
        .unwrap();
}

/// A new database at `db` whose staff are an administrator ("boss"), a social worker
/// of praksis ("praksis.sw") and the operator running the tests as `role` of
/// `organisation`, with `person` registered by boss; gives the store and its id.
pub fn praksis_centre(
    db: &Path,
    role: kentro::domain::codes::Role,
    organisation: &str,
    person: &kentro::domain::person::Person,
) -> (kentro::store::Store, i64) {
    use kentro::domain::codes::Role;
    let mut store = kentro::store::Store::create(db).unwrap();
    let boss = hire(
        &mut store,
        &[
            staff("boss", Role::Admin, ""),
            staff("praksis.sw", Role::SocialWorker, "praksis"),
            staff(&me(), role, organisation),
        ],
    );
    let id = store.insert_person(person, &boss).unwrap();
    (store, id)
}

/// A routine referral of `person` to `service` for `reason`, written by praksis.sw
/// without the person's consent to share (so with an override reason); its id.
pub fn praksis_referral(
    store: &mut kentro::store::Store,
    person: i64,
    service: i64,
    reason: &str,
) -> i64 {
    let referral = kentro::store::NewReferral {
        person_id: person,
        service_id: service,
        ticket_id: None,
        reason: reason.into(),
        urgency: kentro::domain::codes::Urgency::Routine,
        note: String::new(),
        follow_up_on: None,
        record_consent: false,
        override_reason: Some("urgent".into()),
    };
    store
        .create_referral(&referral, &kentro::store::Stamp::now("praksis.sw"))
        .unwrap()
}

/// Writes each of `members` to the staff as the administrator "boss" would; gives
/// boss's stamp, for what the test writes next.
pub fn hire(store: &mut kentro::store::Store, members: &[Staff]) -> kentro::store::Stamp {
    let boss = kentro::store::Stamp::now("boss");
    for member in members {
        store.upsert_staff(member, &boss).unwrap();
    }
    boss
}

/// How many rows of the audit log at `db` record `action`, by `operator` if named.
pub fn audit_count(db: &Path, action: &str, operator: Option<&str>) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(
        "SELECT count(*) FROM audit_log WHERE action = ?1 AND (?2 IS NULL OR operator = ?2)",
        rusqlite::params![action, operator],
        |r| r.get(0),
    )
    .unwrap()
}

/// A command's standard output then its standard error, as text.
pub fn text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

impl Drop for App {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}
