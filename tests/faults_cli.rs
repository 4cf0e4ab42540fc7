//! Faults met by the real binary: what `kentro` says, in Greek and English, when the
//! database is read-only, damaged, another program's, newer, locked by another desk
//! or on a full disk; and that it changed nothing. Read-only cases run without root's
//! permission bypasses (see `fault_rig`); the full disk is a small tmpfs in a private
//! mount namespace.

mod common;
mod fault_rig;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output};

use common::cli::Cli as Env;

impl Env {
    fn new() -> Env {
        let env = Env::bare().config("none.toml").state();
        let out = env.kentro(&["init"]).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        // Open and closed once: the -wal and -shm are gone again.
        let out = env
            .kentro(&["queue", "add", "--service", "kea"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        env
    }

    fn with(&self, command: Command, lang: &str, args: &[&str]) -> Command {
        self.prepare(command, &[&["--lang", lang][..], args].concat())
    }

    fn kentro(&self, args: &[&str]) -> Command {
        self.with(Command::new(env!("CARGO_BIN_EXE_kentro")), "en", args)
    }

    /// As a desk's login meets the file: permissions hold even for root.
    fn desk(&self, lang: &str, args: &[&str]) -> Output {
        self.with(fault_rig::kentro_obeying_permissions(), lang, args)
            .output()
            .unwrap()
    }

    fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("k.db"))
            .collect();
        names.sort();
        names
    }

    fn tickets(&self) -> usize {
        let out = self.kentro(&["queue", "list", "--json"]).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_slice::<Vec<serde_json::Value>>(&out.stdout)
            .unwrap()
            .len()
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Refused with exit status 1 and one line naming what happened.
fn refused(out: &Output, needle: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(needle), "expected {needle:?} in: {err}");
    assert!(
        !err.contains("not a kentro database") || needle.contains("not a kentro"),
        "{err}"
    );
}

#[test]
fn a_read_only_database_file_is_named_in_both_languages_and_nothing_is_left_beside_it() {
    let env = Env::new();
    let before = std::fs::read(env.db()).unwrap();
    set_mode(&env.db(), 0o444);
    let en = env.desk("en", &["queue", "add", "--service", "kea"]);
    let el = env.desk("el", &["queue", "add", "--service", "kea"]);
    set_mode(&env.db(), 0o600);
    if en.status.success() {
        eprintln!("skipped: file permissions do not hold here");
        return;
    }
    refused(&en, "is read-only for this user; nothing was changed");
    refused(
        &el,
        "είναι μόνο για ανάγνωση για αυτόν τον χρήστη· δεν άλλαξε τίποτα",
    );
    assert_eq!(
        env.files(),
        ["k.db"],
        "no read-only -wal or -shm left behind"
    );
    assert_eq!(std::fs::read(env.db()).unwrap(), before);
    // Writable again: the next desk's write goes through, and check agrees.
    let out = env.desk("en", &["queue", "add", "--service", "kea"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = env.desk("en", &["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(env.tickets(), 2);
}

#[test]
fn a_read_only_directory_is_named_in_both_languages() {
    let env = Env::new();
    set_mode(env.dir.path(), 0o555);
    let en = env.desk("en", &["queue", "add", "--service", "kea"]);
    let el = env.desk("el", &["queue", "add", "--service", "kea"]);
    set_mode(env.dir.path(), 0o700);
    if en.status.success() {
        eprintln!("skipped: file permissions do not hold here");
        return;
    }
    refused(&en, "The database's folder");
    refused(
        &en,
        "is read-only; the database's -wal and -shm files are made there",
    );
    refused(&el, "Ο φάκελος");
    refused(&el, "της βάσης είναι μόνο για ανάγνωση");
    assert_eq!(env.tickets(), 1);
}

#[test]
fn a_damaged_header_another_programs_file_and_a_newer_schema_are_each_named() {
    let env = Env::new();
    let mut bytes = std::fs::read(env.db()).unwrap();
    let good = bytes.clone();
    bytes[16] = 0x07;
    std::fs::write(env.db(), &bytes).unwrap();
    for args in [&["queue", "list"][..], &["check"]] {
        refused(&env.desk("en", args), "The header of the database file");
        refused(&env.desk("el", args), "Η κεφαλίδα του αρχείου της βάσης");
    }
    assert_eq!(std::fs::read(env.db()).unwrap(), bytes, "left as it was");

    std::fs::write(env.db(), "name;phone\n".repeat(100)).unwrap();
    refused(
        &env.desk("en", &["check"]),
        "is not a kentro database; nothing was changed",
    );
    refused(
        &env.desk("el", &["check"]),
        "δεν είναι βάση δεδομένων του kentro",
    );

    std::fs::write(env.db(), &good).unwrap();
    rusqlite::Connection::open(env.db())
        .unwrap()
        .pragma_update(None, "user_version", 42)
        .unwrap();
    refused(
        &env.desk("en", &["queue", "list"]),
        "newer kentro (schema 42; this one reads up to",
    );
    refused(
        &env.desk("el", &["queue", "list"]),
        "νεότερη έκδοση του kentro (σχήμα 42",
    );
}

#[test]
fn a_lock_held_past_the_wait_is_named_with_its_seconds_and_nothing_is_saved() {
    let env = Env::new();
    let other = rusqlite::Connection::open(env.db()).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let out = env.desk("en", &["queue", "add", "--service", "kea"]);
    other.execute_batch("ROLLBACK").unwrap();
    drop(other);
    // In the operator's words (the catalogue's, as on the status line).
    refused(
        &out,
        "Another desk has held the database locked for 5 s; nothing was saved",
    );
    assert_eq!(env.tickets(), 1);
}

/// Runs `script` (sh) as root in a private mount namespace, with `$MNT` a directory
/// of the test's and `$KENTRO` the binary.
fn in_namespace(env: &Env, script: &str) -> Output {
    let mnt = env.dir.path().join("mnt");
    std::fs::create_dir_all(&mnt).unwrap();
    Command::new("unshare")
        .args(["--mount", "--propagation", "private", "sh", "-c", script])
        .env("MNT", &mnt)
        .env("DB", env.db())
        .env("KENTRO", env!("CARGO_BIN_EXE_kentro"))
        .env("KENTRO_CONFIG", env.path("none.toml"))
        .env("XDG_STATE_HOME", env.path("state"))
        .env_remove("KENTRO_DB")
        .output()
        .unwrap()
}

#[test]
fn a_full_disk_at_open_is_named_not_called_another_programs_file() {
    if !fault_rig::mount_namespace() {
        eprintln!("skipped: a small file system to fill needs root and unshare --mount");
        return;
    }
    let env = Env::new();
    let out = in_namespace(
        &env,
        r#"set -e
mount -t tmpfs -o size=2m tmpfs "$MNT"
cp "$DB" "$MNT/k.db"
dd if=/dev/zero of="$MNT/fill" bs=4k 2>/dev/null || true
for lang in en el; do
  "$KENTRO" --lang $lang --db "$MNT/k.db" queue add --service kea || echo "exit $?" >&2
done
cmp "$DB" "$MNT/k.db" && echo unchanged
"#,
    );
    let err = stderr(&out);
    assert!(
        err.contains("The disk holding the database is full; nothing was saved"),
        "{err}"
    );
    assert!(err.contains("Ο δίσκος της βάσης είναι γεμάτος"), "{err}");
    assert!(!err.contains("not a kentro database"), "{err}");
    assert_eq!(err.matches("exit 1").count(), 2, "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("unchanged"));
}

#[test]
fn a_read_only_file_system_is_named_in_both_languages() {
    if !fault_rig::mount_namespace() {
        eprintln!("skipped: a read-only mount needs root and unshare --mount");
        return;
    }
    let env = Env::new();
    let out = in_namespace(
        &env,
        r#"set -e
dir=$(dirname "$DB")
mount --bind "$dir" "$dir"
mount -o remount,bind,ro "$dir"
for lang in en el; do
  "$KENTRO" --lang $lang --db "$DB" queue add --service kea || echo "exit $?" >&2
done
"#,
    );
    let err = stderr(&out);
    assert!(
        err.contains("is mounted read-only; nothing was changed"),
        "{err}"
    );
    assert!(
        err.contains("είναι προσαρτημένος μόνο για ανάγνωση"),
        "{err}"
    );
    assert_eq!(err.matches("exit 1").count(), 2, "{err}");
    assert_eq!(env.tickets(), 1);
}
