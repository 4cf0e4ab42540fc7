//! Which database this run opens, and opening it: never creating one by accident.
//!
//! Only `kentro init` creates a database, and the first interactive start of a
//! single-user install, which asks first. Every other way in refuses a missing file,
//! so a typo in `--db` is an error rather than a new, empty database. A set-user-id
//! kentro opens only the database the system config names, whatever the caller says.

use crate::i18n::errors::ErrMsg;
use std::io::{BufRead, IsTerminal, Write};

use super::Cli;
use crate::config::{self, DbChoice, DbSource, FileConfig};
use crate::i18n::ops::OpsMsg;
use crate::i18n::{Lang, tf};
use crate::privilege::Mode;
use crate::store::{DbKey, Store, StoreError};

/// The database this run means.
pub fn choose(
    cli: &Cli,
    file_config: &FileConfig,
    mode: Mode,
    lang: Lang,
) -> Result<DbChoice, crate::Error> {
    if mode == Mode::SetUserId {
        // Whatever --db says, the system config decides (the environment was cleared
        // already, so KENTRO_DB is gone; the user file's `db` was dropped on loading).
        if cli.db.is_some() {
            errln!(
                "kentro: {}",
                tf(lang, OpsMsg::IgnoredInSetUserId, &["--db"])
            );
        }
        let path = file_config
            .db
            .clone()
            .ok_or_else(|| crate::Error::refused(OpsMsg::NoSharedDb, &[]))?;
        return Ok(DbChoice {
            path,
            source: DbSource::Config,
        });
    }
    Ok(config::resolve_db_path(cli.db.as_deref(), file_config)?)
}

/// Opens the chosen database. A missing file is an error, except at the interactive
/// start of a single-user install on its default path, which asks to create it. An
/// encrypted database is opened with `key`.
pub fn open(
    choice: &DbChoice,
    key: Option<&DbKey>,
    interactive: bool,
    lang: Lang,
) -> Result<Store, crate::Error> {
    match Store::open_keyed(&choice.path, key) {
        Err(StoreError::Missing { .. })
            if interactive
                && choice.source == DbSource::Default
                && std::io::stdin().is_terminal()
                && std::io::stdout().is_terminal() =>
        {
            if ask_to_create(choice, lang)? {
                super::init::init_single_user(&choice.path, key, lang)?;
                Ok(Store::open_keyed(&choice.path, key)?)
            } else {
                Err(crate::Error::refused(OpsMsg::NotCreated, &[]))
            }
        }
        other => Ok(other?),
    }
}

fn ask_to_create(choice: &DbChoice, lang: Lang) -> Result<bool, crate::Error> {
    super::failure::operator_engaged();
    let question = tf(
        lang,
        OpsMsg::AskCreate,
        &[&choice.path.display().to_string()],
    );
    let mut out = std::io::stdout().lock();
    out.write_all(question.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| crate::Error::failure(ErrMsg::CannotAskQuestion, &[&e.to_string()]))?;
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| crate::Error::failure(ErrMsg::CannotReadAnswer, &[&e.to_string()]))?;
    Ok(is_yes(&answer))
}

/// Yes is the Y key on either layout (υ on the Greek one), or the word itself;
/// never ν, which is the N key on the Greek layout.
fn is_yes(answer: &str) -> bool {
    matches!(
        answer.trim().to_lowercase().as_str(),
        "y" | "yes" | "υ" | "ναι" | "ναί"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_is_y_or_the_word_never_nu() {
        for yes in ["y", "Y\n", "yes", "υ", "Υ", "ναι", " Ναι "] {
            assert!(is_yes(yes), "{yes:?}");
        }
        for no in ["", "\n", "n", "ν", "no", "όχι", "ο"] {
            assert!(!is_yes(no), "{no:?}");
        }
    }

    #[test]
    fn a_missing_path_is_refused_in_the_operators_language() {
        let dir = tempfile::tempdir().unwrap();
        let choice = DbChoice {
            path: dir.path().join("typo.db"),
            source: DbSource::Flag,
        };
        let en = open(&choice, None, true, Lang::En)
            .err()
            .unwrap()
            .render(Lang::En);
        assert!(en.contains("kentro init --db"), "{en}");
        let el = open(&choice, None, false, Lang::El)
            .err()
            .unwrap()
            .render(Lang::El);
        assert!(el.contains("Δεν υπάρχει βάση δεδομένων"), "{el}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
