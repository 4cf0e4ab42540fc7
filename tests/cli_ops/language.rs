//! Store errors, summaries and help in the operator's language.

use super::*;

/// A store error met by a command is said in the operator's language, in the words
/// the interface uses for it.
#[test]
fn store_errors_on_the_command_line_follow_the_language() {
    let env = Env::new();
    // Another program breaks the table the queue reads.
    rusqlite::Connection::open(env.db())
        .and_then(|c| c.execute_batch("ALTER TABLE ticket RENAME TO ticket_gone"))
        .unwrap();
    for (lang, said) in [("el", "Σφάλμα βάσης δεδομένων"), ("en", "Database error")]
    {
        let out = env.run(&["--lang", lang, "queue", "list"]);
        assert_eq!(out.status.code(), Some(1));
        assert!(text(&out.stderr).contains(said), "{}", text(&out.stderr));
    }
}

/// What import and export say they did is in the operator's language too.
#[test]
fn import_and_export_summaries_follow_the_language() {
    let env = Env::new();
    let csv = env.dir.path().join("people.csv");
    std::fs::write(
        &csv,
        "surname,given_name,amka\nAlfa,Eleni,\nBeta,Nikos,\nGamma,Maria,123\n",
    )
    .unwrap();
    let csv = csv.to_str().unwrap();
    let out = env.run(&["--lang", "el", "import", csv]);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(
        said.contains("γραμμή 4") && said.contains("δεν καταχωρίστηκε τίποτα"),
        "{said}"
    );
    let out = env.run(&["--lang", "el", "import", csv, "--skip-invalid"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("Άτομα που καταχωρίστηκαν: 2")
            && said.contains("Γραμμές που παραλείφθηκαν: 1 (γραμμή 4)"),
        "{said}"
    );
    let file = env.dir.path().join("out.csv");
    let file = file.to_str().unwrap();
    let out = env.run(&["--lang", "el", "export", "people", "--out", file]);
    assert!(
        text(&out.stdout).contains("Άτομα που εξήχθησαν: 2"),
        "{}",
        text(&out.stdout)
    );
    let out = env.run(&["--lang", "en", "export", "visits", "--out", file]);
    assert!(
        text(&out.stdout).contains("exported 0 rows to"),
        "{}",
        text(&out.stdout)
    );
}

/// `--help` in the operator's language: with `--lang el` or a Greek locale, what
/// kentro is, every command's summary, the global options and the headings are
/// Greek; otherwise English, as scripts expect.
#[test]
fn help_follows_lang_and_the_locale() {
    let env = Env::new();
    let greek = env.ok(&["--lang", "el", "--help"]);
    for needed in [
        "Χρήση:",
        "Εντολές:",
        "Επιλογές:",
        "Γραφείο υποδοχής",
        "Η σημερινή ουρά",
        "Εμφάνιση βοήθειας",
        "Γλώσσα (el ή en)",
    ] {
        assert!(greek.contains(needed), "{needed}:\n{greek}");
    }
    // Every command's summary and every option, at every level, has its Greek.
    fn untranslated(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for arg in cmd.get_arguments() {
            if let Some(help) = arg.get_help().map(|h| h.to_string())
                && kentro::i18n::help::greek(&help).is_none()
            {
                missing.push(format!("{path} --{}: {help}", arg.get_id()));
            }
        }
        for sub in cmd.get_subcommands() {
            let path = format!("{path} {}", sub.get_name());
            if let Some(about) = sub.get_about().map(|a| a.to_string())
                && kentro::i18n::help::greek(&about).is_none()
            {
                missing.push(format!("{path}: {about}"));
            }
            untranslated(sub, &path, missing);
        }
    }
    let mut missing = Vec::new();
    untranslated(&kentro::cli::command(), "kentro", &mut missing);
    assert!(
        missing.is_empty(),
        "no Greek in src/i18n/help.rs for:\n{}",
        missing.join("\n")
    );
    let out = env.run_with(&["queue", "--help"], &[("LANG", "el_GR.UTF-8")]);
    let queue = text(&out.stdout);
    assert!(
        queue.contains("Καλεί το επόμενο εισιτήριο") && queue.contains("Επιλογές:"),
        "{queue}"
    );
    let english = env.ok(&["--help"]);
    assert!(
        english.contains("Usage:") && english.contains("Today's queue"),
        "{english}"
    );
}
