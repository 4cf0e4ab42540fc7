//! What kentro says about the database key, in the operator's language: a key file
//! others can read, a key this build cannot use, `kentro encrypt` with no key file
//! named, a wrong key. Each is one line, in Greek with `--lang el` and in English
//! with `--lang en`, and nothing is written.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::cli::Cli as Env;
use common::{hire, me, staff};
use kentro::domain::codes::Role;
use kentro::store::Store;

impl Env {
    /// A plain database whose administrator is the operator running the tests.
    fn new() -> Env {
        let env = Env::bare();
        let mut store = Store::create(&env.db()).unwrap();
        hire(&mut store, &[staff(&me(), Role::Admin, "")]);
        env
    }

    fn key_file(&self, name: &str, text: &str, mode: u32) -> PathBuf {
        let path = self.write(name, text);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        path
    }

    fn kentro(&self, lang: &str, key: Option<&Path>, args: &[&str]) -> Output {
        let mut cmd = self.command(&[&["--lang", lang][..], args].concat());
        cmd.env_remove("KENTRO_KEY_FILE");
        if let Some(key) = key {
            cmd.env("KENTRO_KEY_FILE", key);
        }
        cmd.output().unwrap()
    }
}

/// Runs `args` in both languages: each fails with one line containing the Greek or
/// the English words, and leaves the database file as it was.
fn says(env: &Env, key: Option<&Path>, args: &[&str], el: &str, en: &str) {
    for (lang, words) in [("el", el), ("en", en)] {
        let before = std::fs::read(env.db()).unwrap();
        let out = env.kentro(lang, key, args);
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(!out.status.success(), "{lang} {args:?}: {err}");
        assert!(err.contains(words), "{lang} {args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{lang}: {err}");
        assert_eq!(std::fs::read(env.db()).unwrap(), before, "{lang}: written");
    }
}

#[test]
fn a_key_file_others_can_read_is_refused_in_the_operators_language() {
    let env = Env::new();
    let key = env.key_file("open.key", "a long enough pass phrase\n", 0o644);
    says(
        &env,
        Some(&key),
        &["search", "x"],
        "διαβάζεται και από άλλους",
        "readable by others",
    );
}

#[test]
fn a_key_too_short_is_refused_in_the_operators_language() {
    let env = Env::new();
    let key = env.key_file("short.key", "short\n", 0o600);
    says(
        &env,
        Some(&key),
        &["search", "x"],
        "λιγότερους από 8 χαρακτήρες",
        "shorter than 8 characters",
    );
}

#[test]
fn encrypt_without_a_key_file_says_where_to_name_it() {
    let env = Env::new();
    says(
        &env,
        None,
        &["encrypt"],
        "δηλώστε πρώτα το αρχείο κλειδιού",
        "name the key file first",
    );
}

#[cfg(not(feature = "encryption"))]
#[test]
fn a_key_for_a_build_without_encryption_is_a_clear_refusal() {
    let env = Env::new();
    let key = env.key_file("k.key", "a long enough pass phrase\n", 0o600);
    says(
        &env,
        Some(&key),
        &["search", "x"],
        "χωρίς κρυπτογράφηση",
        "without encryption",
    );
}

#[cfg(feature = "encryption")]
#[test]
fn a_wrong_key_and_a_second_encryption_are_said_in_the_operators_language() {
    let env = Env::new();
    let key = env.key_file("k.key", "a long enough pass phrase\n", 0o600);
    let out = env.kentro("en", Some(&key), &["encrypt"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let wrong = env.key_file("wrong.key", "not the right pass phrase\n", 0o600);
    says(
        &env,
        Some(&wrong),
        &["search", "x"],
        "λάθος κλειδί",
        "wrong key",
    );
    says(
        &env,
        Some(&key),
        &["encrypt"],
        "είναι ήδη κρυπτογραφημένη",
        "already encrypted",
    );
    // Not at a terminal and no key file: told where the key goes.
    says(
        &env,
        None,
        &["search", "x"],
        "KENTRO_KEY_FILE",
        "KENTRO_KEY_FILE",
    );
    let out = env.kentro("el", None, &["search", "x"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("κρυπτογραφημένη"), "{err}");
}
