use std::path::PathBuf;

use super::*;
use crate::i18n::cli::CliMsg;
use crate::i18n::ops::OpsMsg;

#[test]
fn the_exit_status_comes_from_the_kind_of_error() {
    let usage = Error::usage(CliMsg::RestoreConfirmWithYes, &[]);
    let nothing = Error::Nothing(Words::new(CliMsg::NobodyWaiting, &[]));
    let refused = Error::refused(OpsMsg::InitExists, &["/tmp/x.db"]);
    let store = Error::from(StoreError::DiskFull {
        path: PathBuf::from("/srv/kentro/kentro.db"),
    });
    assert_eq!(usage.exit_code(), exit::USAGE);
    assert_eq!(nothing.exit_code(), exit::NOTHING);
    assert_eq!(refused.exit_code(), exit::ERROR);
    assert_eq!(store.exit_code(), exit::ERROR);
    assert!(nothing.is_remark() && !refused.is_remark() && !usage.is_remark());
}

#[test]
fn a_refusal_is_said_in_greek_to_a_greek_operator_and_in_english_otherwise() {
    let refused = Error::refused(OpsMsg::InitExists, &["/srv/kentro/kentro.db"]);
    assert_eq!(
        refused.render(Lang::El),
        "Υπάρχει ήδη αρχείο στο /srv/kentro/kentro.db: το init δεν γράφει ποτέ πάνω σε υπάρχον αρχείο."
    );
    assert_eq!(
        refused.render(Lang::En),
        "A file already exists at /srv/kentro/kentro.db: init never writes over an existing file."
    );
    // The log's English text is the same as the English rendering.
    assert_eq!(refused.to_string(), refused.render(Lang::En));
}

#[test]
fn a_store_error_keeps_its_full_text() {
    let sql = rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_IOERR),
        Some("disk I/O error reading page 7".into()),
    );
    let error = Error::from(StoreError::Sql(sql));
    for lang in [Lang::El, Lang::En] {
        let said = error.render(lang);
        assert!(said.contains("disk I/O error reading page 7"), "{said}");
    }
    assert!(error.to_string().contains("disk I/O error reading page 7"));
    // Wrapped in another layer's error, it is still said in full, in the language.
    let report = Error::from(crate::report::ReportError::Store(StoreError::DiskFull {
        path: PathBuf::from("/srv/kentro/kentro.db"),
    }));
    assert_eq!(
        report.render(Lang::El),
        crate::ui::kit::fail::store_error_text(
            Lang::El,
            &StoreError::DiskFull {
                path: PathBuf::from("/srv/kentro/kentro.db")
            }
        )
    );
}

#[test]
fn a_file_error_names_what_was_done_to_which_path_in_the_language() {
    let error = Error::io(Doing::Create, "/srv/kentro")(std::io::Error::from(
        std::io::ErrorKind::PermissionDenied,
    ));
    let el = error.render(Lang::El);
    let en = error.render(Lang::En);
    assert!(
        el.starts_with("Δεν είναι δυνατή η δημιουργία του /srv/kentro: "),
        "{el}"
    );
    assert!(en.starts_with("cannot create /srv/kentro: "), "{en}");
    assert_eq!(error.exit_code(), exit::ERROR);
}

#[test]
fn configuration_problems_are_said_in_greek_too() {
    let error = Error::from(crate::config::ConfigError::BadDesk("x".into()));
    assert_eq!(
        error.render(Lang::El),
        "KENTRO_DESK=\"x\": δεν είναι αριθμός γκισέ (1 έως 999)"
    );
    assert_eq!(
        error.render(Lang::En),
        "KENTRO_DESK=\"x\" is not a desk number (1 to 999)"
    );
}
