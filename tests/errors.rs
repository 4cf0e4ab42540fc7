//! How the real binary ends on an error (`kentro::Error`, README "Architecture"): the
//! words in the operator's language, the exit status from the kind of error.

use std::path::Path;
use std::process::{Command, Output};

/// The real binary on the database `db`, no config file, in the C locale.
fn kentro(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kentro"))
        .args(args)
        .env("KENTRO_DB", dir.join("k.db"))
        .env("KENTRO_CONFIG", dir.join("no-config.toml"))
        .env_remove("KENTRO_DESK")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("USER", "tester")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn initialised() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = kentro(dir.path(), &["init"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    dir
}

#[test]
fn a_refusal_is_said_in_greek_with_exit_status_1() {
    let dir = initialised();
    let out = kentro(dir.path(), &["--lang", "el", "init"]);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(
        said.starts_with("kentro: σφάλμα: Υπάρχει ήδη αρχείο στο ")
            && said.contains("το init δεν γράφει ποτέ πάνω σε υπάρχον αρχείο."),
        "{said}"
    );
    let out = kentro(dir.path(), &["--lang", "en", "init"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("kentro: error: A file already exists at "),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_command_line_asking_the_impossible_ends_with_the_usage_status() {
    let dir = initialised();
    // A workbook cannot go to standard output: the command line must name a file.
    let out = kentro(
        dir.path(),
        &["--lang", "el", "export", "people", "--format", "xlsx"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr).trim_end(),
        "kentro: σφάλμα: Ένα βιβλίο εργασίας xlsx γράφεται σε αρχείο: δώστε το με --out ΑΡΧΕΙΟ.xlsx"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn nobody_waiting_is_a_remark_with_status_3_not_an_error() {
    let dir = initialised();
    let out = kentro(
        dir.path(),
        &["--lang", "el", "--desk", "2", "queue", "call"],
    );
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr).trim_end(), "Δεν περιμένει κανείς.");
    let out = kentro(dir.path(), &["--lang", "en", "search", "Παπαδόπουλος"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert_eq!(said.trim_end(), "No one found.");
    assert!(!said.contains("Παπαδόπουλος"), "the query is never echoed");
}

#[test]
fn a_file_that_cannot_be_read_is_named_with_what_was_tried_in_greek() {
    let dir = initialised();
    let missing = dir.path().join("no-such-aggregate.json");
    let out = kentro(
        dir.path(),
        &["--lang", "el", "report", "merge", missing.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(
        said.starts_with(&format!(
            "kentro: σφάλμα: Δεν είναι δυνατή η ανάγνωση του {}: ",
            missing.display()
        )),
        "{said}"
    );
}

#[test]
fn a_referral_command_names_what_is_missing_in_greek_and_a_bad_answer_is_usage() {
    let dir = initialised();
    let out = kentro(
        dir.path(),
        &["--lang", "el", "referrals", "set", "999", "accepted"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr).trim_end(),
        "kentro: σφάλμα: Δεν υπάρχει παραπομπή με αριθμό 999"
    );
    let out = kentro(
        dir.path(),
        &["--lang", "en", "referrals", "set", "999", "maybe"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr).trim_end(),
        "kentro: error: \"maybe\": use accepted, completed or declined"
    );
}

#[test]
fn a_referral_change_the_rules_refuse_is_said_in_greek_and_in_english_as_before() {
    let dir = initialised();
    let ok = |args: &[&str]| {
        let out = kentro(dir.path(), args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    ok(&["seed", "--count", "3", "--seed", "1"]);
    let person = ok(&["search", "--json", "a"]);
    let person: serde_json::Value = serde_json::from_str(person.trim()).unwrap();
    let person = person[0]["id"].as_i64().unwrap().to_string();
    let id = ok(&[
        "referrals",
        "add",
        "--person",
        &person,
        "--service",
        "legal",
        "--reason",
        "housing",
        "--consent",
    ]);
    let id = id.trim();
    // Declining needs a reason: refused, nothing changed, said in the operator's words.
    let out = kentro(
        dir.path(),
        &["--lang", "el", "referrals", "set", id, "declined"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr).trim_end(),
        "kentro: σφάλμα: Η κατάσταση «απορρίφθηκε» χρειάζεται αιτιολογία"
    );
    let out = kentro(
        dir.path(),
        &["--lang", "en", "referrals", "set", id, "declined"],
    );
    assert_eq!(
        text(&out.stderr).trim_end(),
        "kentro: error: a referral marked declined needs a reason"
    );
    // The reason is never echoed back, and the referral is still open.
    assert!(!text(&out.stderr).contains("housing"));
    ok(&["referrals", "set", id, "accepted"]);
}

#[test]
fn opening_hours_the_rules_refuse_are_said_in_greek() {
    let dir = initialised();
    let hours = |lang: &str| {
        kentro(
            dir.path(),
            &[
                "--lang",
                lang,
                "appointments",
                "hours",
                "--service",
                "legal",
                "--set",
                "mon-fri 09:00-13:00 30 99",
            ],
        )
    };
    let out = hours("el");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr).trim_end(),
        "kentro: σφάλμα: Η χωρητικότητα κάθε θέσης πρέπει να είναι από 1 έως 50 άτομα"
    );
    assert_eq!(
        text(&hours("en").stderr).trim_end(),
        "kentro: error: capacity must be 1 to 50"
    );
}
