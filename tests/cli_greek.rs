//! The command line in Greek (`--lang el`, or a Greek locale): clap's own words (usage
//! errors with their suggestions, the usage line, the possible and default values in
//! `--help`) and the reasons `kentro import` refuses a line. In English they stay
//! clap's own phrasing.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The real binary with `args`, no config file, in the locale `locale`.
fn kentro(dir: &Path, locale: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kentro"))
        .args(args)
        .env("KENTRO_CONFIG", dir.join("no-config.toml"))
        .env_remove("KENTRO_DB")
        .env_remove("LC_MESSAGES")
        .env("LC_ALL", locale)
        .env("LANG", locale)
        .env("USER", "tester")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// clap's English words, none of which may appear in Greek.
const CLAP_WORDS: [&str; 16] = [
    "Usage",
    "Options",
    "Commands",
    "Arguments",
    "[OPTIONS]",
    "COMMAND",
    "possible values",
    "default:",
    "aliases",
    "Print help",
    "Print version",
    "error:",
    "tip:",
    "For more information",
    "unexpected",
    "invalid value",
];

fn no_clap_english(said: &str) {
    for word in CLAP_WORDS {
        assert!(!said.contains(word), "{word:?} in:\n{said}");
    }
}

/// Every command path (`queue call`, ...) of the command line.
fn command_paths(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
    for sub in cmd.get_subcommands() {
        let mut sub_path = path.clone();
        sub_path.push(sub.get_name().to_string());
        out.push(sub_path.clone());
        command_paths(sub, sub_path, out);
    }
}

#[test]
fn help_in_greek_has_none_of_claps_english_words() {
    let dir = tempfile::tempdir().unwrap();
    let top = kentro(dir.path(), "C.UTF-8", &["--lang", "el", "--help"]);
    assert!(top.status.success());
    let said = text(&top.stdout);
    no_clap_english(&said);
    for greek in [
        "Χρήση: kentro [ΕΠΙΛΟΓΕΣ] [ΕΝΤΟΛΗ]",
        "Εντολές:",
        "Επιλογές:",
        "[δυνατές τιμές: default, high-contrast, mono]",
    ] {
        assert!(said.contains(greek), "{greek:?} missing:\n{said}");
    }
    // Every command's help, the same.
    let mut paths = Vec::new();
    command_paths(&kentro::cli::command(), Vec::new(), &mut paths);
    assert!(paths.len() > 50, "{paths:?}");
    for path in &paths {
        let mut args = vec!["--lang", "el"];
        args.extend(path.iter().map(String::as_str));
        if path.last().is_some_and(|p| p == "help") {
            continue; // `help` takes command names, not --help
        }
        args.push("--help");
        let out = kentro(dir.path(), "C.UTF-8", &args);
        assert!(out.status.success(), "{path:?}: {}", text(&out.stderr));
        let said = text(&out.stdout);
        no_clap_english(&said);
        assert!(said.contains("Χρήση: kentro "), "{path:?}:\n{said}");
    }
    // The version line names the schema in Greek too.
    let out = kentro(dir.path(), "el_GR.UTF-8", &["--version"]);
    let said = text(&out.stdout);
    assert!(
        said.starts_with("kentro ") && said.contains(" (σχήμα βάσης δεδομένων "),
        "{said}"
    );
    // Default values are said too.
    let out = kentro(dir.path(), "C.UTF-8", &["--lang", "el", "report", "--help"]);
    let said = text(&out.stdout);
    assert!(
        said.contains("[δυνατές τιμές: md, csv, json, xlsx] [προεπιλογή: md]"),
        "{said}"
    );
    // In English, clap's own words.
    let out = kentro(dir.path(), "C.UTF-8", &["--lang", "en", "report", "--help"]);
    let said = text(&out.stdout);
    assert!(said.contains("Usage: kentro report [OPTIONS]"), "{said}");
    assert!(said.contains("[default: md]"), "{said}");
}

/// A usage error in Greek: what was wrong, the suggestion, the usage line and where to
/// read more, all from the catalogue; exit status 2, as clap's.
#[test]
fn usage_errors_are_said_in_greek_with_their_suggestions_and_status_2() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[&str], &[&str]); 10] = [
        (
            "C.UTF-8",
            &["--lang", "el", "queue", "--bogus"],
            &[
                "σφάλμα: άγνωστο όρισμα «--bogus»",
                "Χρήση: kentro queue [ΕΠΙΛΟΓΕΣ] <ΕΝΤΟΛΗ>",
                "Για περισσότερες πληροφορίες: «--help».",
            ],
        ),
        (
            "C.UTF-8",
            &["--lang", "el", "--theme", "mnoo", "queue", "list"],
            &[
                "σφάλμα: μη έγκυρη τιμή «mnoo» για το «--theme <NAME>»",
                "[δυνατές τιμές: default, high-contrast, mono]",
                "συμβουλή: υπάρχει παρόμοια τιμή: «mono»",
            ],
        ),
        // A Greek locale without --lang.
        (
            "el_GR.UTF-8",
            &["queue", "servces"],
            &[
                "σφάλμα: άγνωστη εντολή «servces»",
                "συμβουλή: υπάρχει παρόμοια εντολή: «services»",
            ],
        ),
        (
            "C.UTF-8",
            &["--lang", "el", "--theme"],
            &["το «--theme <NAME>» χρειάζεται τιμή, αλλά δεν δόθηκε καμία"],
        ),
        (
            "C.UTF-8",
            &["--lang", "el", "import"],
            &["λείπουν τα υποχρεωτικά ορίσματα:\n  <FILE>"],
        ),
        (
            "C.UTF-8",
            &["--lang", "el", "--desk", "abc", "queue", "services"],
            &["μη έγκυρη τιμή «abc» για το «--desk <N>»: χρειάζεται ακέραιος αριθμός"],
        ),
        (
            "C.UTF-8",
            &[
                "--lang",
                "el",
                "appointments",
                "list",
                "--date",
                "2026-13-01",
            ],
            &[
                "μη έγκυρη τιμή «2026-13-01» για το «--date <DATE>»: το «2026-13-01» δεν είναι ημερομηνία: γράψτε ΕΕΕΕ-ΜΜ-ΗΗ",
            ],
        ),
        (
            "C.UTF-8",
            &[
                "--lang",
                "el",
                "distribution",
                "list",
                "--programme",
                "x",
                "--month",
                "2026/1",
            ],
            &["το «2026/1» δεν είναι μήνας: γράψτε ΕΕΕΕ-ΜΜ"],
        ),
        (
            "C.UTF-8",
            &[
                "--lang",
                "el",
                "appointments",
                "free",
                "--service",
                "kea",
                "--from",
                "αύριο",
            ],
            &["το «αύριο» δεν είναι ώρα: γράψτε «ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ»"],
        ),
        (
            "C.UTF-8",
            &["--lang", "el", "search", "--bogus"],
            &["συμβουλή: για να δοθεί το «--bogus» ως τιμή, γράψτε «-- --bogus»"],
        ),
    ];
    for (locale, args, expected) in cases {
        let out = kentro(dir.path(), locale, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let said = text(&out.stderr);
        no_clap_english(&said);
        for part in expected {
            assert!(
                said.contains(part),
                "{part:?} missing for {args:?}:\n{said}"
            );
        }
    }
    // In English, clap's own phrasing and the same status.
    let out = kentro(dir.path(), "C.UTF-8", &["queue", "servces"]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    for part in [
        "error: unrecognized subcommand 'servces'",
        "  tip: a similar subcommand exists: 'services'",
        "Usage: kentro queue [OPTIONS] <COMMAND>",
        "For more information, try '--help'.",
    ] {
        assert!(said.contains(part), "{part:?} missing:\n{said}");
    }
    let out = kentro(dir.path(), "C.UTF-8", &["--theme", "bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains(
            "error: invalid value 'bogus' for '--theme <NAME>'\n  [possible values: default, high-contrast, mono]"
        ),
        "{}",
        text(&out.stderr)
    );
}

fn write(dir: &Path, name: &str, body: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    path
}

/// `kentro import` of a bad file in Greek: each refused line with its reason in Greek,
/// the header's problems too, and nothing imported; in English the same lines in English.
#[test]
fn import_says_why_each_line_is_refused_in_greek() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let db = db.to_str().unwrap();
    let out = kentro(dir.path(), "C.UTF-8", &["--db", db, "init"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let bad = write(
        dir.path(),
        "bad.csv",
        "surname,given_name,date_of_birth,gender,amka,afm\n\
         Καρίμι,Αχμάντ,12/01/1990,M,,\n\
         Rezaei,,1986-02-14,Q,14028612345,\n\
         Ali,Omar,1990-13-01,M,,000000000\n",
    );
    let bad = bad.to_str().unwrap();
    let out = kentro(
        dir.path(),
        "C.UTF-8",
        &["--db", db, "--lang", "el", "import", bad],
    );
    assert!(!out.status.success());
    let said = text(&out.stderr);
    for line in [
        "γραμμή 3: given_name: υποχρεωτικό",
        "γραμμή 3: gender: γράψτε F, M ή X",
        "γραμμή 3: amka: ΑΜΚΑ: λάθος ψηφίο ελέγχου",
        "γραμμή 4: date_of_birth: δεν είναι ημερομηνία (γράψτε ΕΕΕΕ-ΜΜ-ΗΗ ή ΗΗ/ΜΜ/ΕΕΕΕ)",
        "γραμμή 4: afm: ΑΦΜ: δεν γίνεται να είναι μόνο μηδενικά",
    ] {
        assert!(said.contains(line), "{line:?} missing:\n{said}");
    }
    for english in [
        "required",
        "check digit",
        "not a date",
        "use F",
        "all zeros",
    ] {
        assert!(!said.contains(english), "{english:?} in:\n{said}");
    }
    let header = write(dir.path(), "header.csv", "surname,shoe_size\nA,42\n");
    let out = kentro(
        dir.path(),
        "el_GR.UTF-8",
        &["--db", db, "import", header.to_str().unwrap()],
    );
    let said = text(&out.stderr);
    assert!(
        said.contains("γραμμή 1: shoe_size: άγνωστη στήλη (γνωστές: id, surname,"),
        "{said}"
    );
    assert!(
        said.contains("γραμμή 1: given_name: λείπει υποχρεωτική στήλη"),
        "{said}"
    );
    // Someone already registered: the import of a good file twice.
    let good = write(
        dir.path(),
        "good.csv",
        "surname,given_name,amka,consent\nΠαπαδόπουλος,Γεώργιος,01013099997,ναι\n",
    );
    let good = good.to_str().unwrap();
    let out = kentro(dir.path(), "C.UTF-8", &["--db", db, "import", good]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = kentro(
        dir.path(),
        "C.UTF-8",
        &["--db", db, "--lang", "el", "import", good],
    );
    assert!(!out.status.success());
    let said = text(&out.stderr);
    assert!(
        said.contains("γραμμή 2: amka: έχει ήδη καταχωριστεί (άτομο "),
        "{said}"
    );
    let out = kentro(
        dir.path(),
        "C.UTF-8",
        &["--db", db, "--lang", "en", "import", good],
    );
    let said = text(&out.stderr);
    assert!(
        said.contains("line 2: amka: already registered (person "),
        "{said}"
    );
}
