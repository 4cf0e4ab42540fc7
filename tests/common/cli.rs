//! The real binary run as a command (not in a terminal) against `k.db` in a folder of
//! the test's own. Each test file says which environment its commands get with the
//! builder methods: the variables differ file by file (a state directory, a locale, a
//! user name, the database by argument or by `KENTRO_DB`), the runner is the same.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;
use std::process::{Command, Output};

pub struct Cli {
    pub dir: tempfile::TempDir,
    db_in_env: bool,
    config: &'static str,
    lang: Option<&'static str>,
    in_dir: bool,
    env: Vec<(OsString, Option<OsString>)>,
}

impl Cli {
    /// A fresh folder with no database; commands get `--db <folder>/k.db`, a
    /// configuration file that does not exist, and no `KENTRO_DB` from outside.
    pub fn bare() -> Cli {
        Cli {
            dir: tempfile::tempdir().unwrap(),
            db_in_env: false,
            config: "no-config.toml",
            lang: None,
            in_dir: false,
            env: Vec::new(),
        }
    }

    /// The database by `KENTRO_DB` rather than by `--db`.
    pub fn db_in_env(mut self) -> Cli {
        self.db_in_env = true;
        self
    }

    /// `KENTRO_CONFIG` names `<folder>/name` (which a test may write).
    pub fn config(mut self, name: &'static str) -> Cli {
        self.config = name;
        self
    }

    /// `--lang lang` on every command.
    pub fn lang(mut self, lang: &'static str) -> Cli {
        self.lang = Some(lang);
        self
    }

    /// `XDG_STATE_HOME` is `<folder>/state`.
    pub fn state(self) -> Cli {
        let state = self.path("state");
        self.env("XDG_STATE_HOME", state)
    }

    /// Commands run in the folder.
    pub fn in_dir(mut self) -> Cli {
        self.in_dir = true;
        self
    }

    pub fn env(mut self, name: &str, value: impl AsRef<OsStr>) -> Cli {
        self.env.push((name.into(), Some(value.as_ref().into())));
        self
    }

    pub fn env_remove(mut self, name: &str) -> Cli {
        self.env.push((name.into(), None));
        self
    }

    /// `kentro init` has made the database, successfully.
    pub fn init(self) -> Cli {
        let out = self.run(&["init"]);
        assert!(out.status.success(), "{}", super::text(&out));
        self
    }

    /// An empty database made by the store, as `kentro init` leaves it.
    pub fn created(self) -> Cli {
        drop(kentro::store::Store::create(&self.db()).unwrap());
        self
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn db(&self) -> PathBuf {
        self.path("k.db")
    }

    /// The one number `query` gives on the database.
    pub fn sql(&self, query: &str) -> i64 {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        conn.query_row(query, [], |r| r.get(0)).unwrap()
    }

    /// Writes `text` to `<folder>/name`.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    /// `base` (the binary, or a wrapper of it) given this environment and `args`.
    pub fn prepare(&self, mut base: Command, args: &[&str]) -> Command {
        if !self.db_in_env {
            base.arg("--db").arg(self.db());
        }
        if let Some(lang) = self.lang {
            base.args(["--lang", lang]);
        }
        base.args(args).env("KENTRO_CONFIG", self.path(self.config));
        if self.db_in_env {
            base.env("KENTRO_DB", self.db());
        } else {
            base.env_remove("KENTRO_DB");
        }
        if self.in_dir {
            base.current_dir(self.dir.path());
        }
        for (name, value) in &self.env {
            match value {
                Some(value) => base.env(name, value),
                None => base.env_remove(name),
            };
        }
        base
    }

    pub fn command(&self, args: &[&str]) -> Command {
        self.prepare(Command::new(env!("CARGO_BIN_EXE_kentro")), args)
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    /// As [`Cli::run`], with `vars` added to the environment of this command alone.
    pub fn run_with(&self, args: &[&str], vars: &[(&str, &str)]) -> Output {
        let mut command = self.command(args);
        command.envs(vars.iter().copied());
        command.output().unwrap()
    }

    /// Every command of `runs` started at once (as several desks would), then what
    /// each said.
    pub fn at_once(&self, runs: &[Vec<&str>]) -> Vec<Output> {
        let children: Vec<_> = runs
            .iter()
            .map(|args| {
                self.command(args)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        children
            .into_iter()
            .map(|child| child.wait_with_output().unwrap())
            .collect()
    }

    /// The standard output of a command that must succeed.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}
