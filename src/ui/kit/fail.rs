//! No silent failures: a store error met by a screen or a part becomes a line on the
//! status bar in the operator's language, and a log entry (without personal data:
//! store errors name fields and record numbers, never values).

use crate::i18n::faults::Fault;
use crate::i18n::kit::KMsg;
use crate::i18n::{Lang, t, tf};
use crate::store::{DamagedPart, ReadOnlyCause, StoreError};
use crate::ui::Outcome;

fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

/// A store error in the operator's language.
pub fn store_error_text(lang: Lang, e: &StoreError) -> String {
    match e {
        StoreError::Missing { path } => {
            let shown = path.display().to_string();
            tf(
                lang,
                crate::i18n::ops::OpsMsg::NoDatabase,
                &[&shown, &shown],
            )
        }
        StoreError::CannotOpen { path, reason } => tf(
            lang,
            KMsg::ErrCannotOpen,
            &[&format!("{}: {reason}", path.display())],
        ),
        // Met only when the database is opened, before any screen exists.
        StoreError::WrongKey { path } => tf(
            lang,
            crate::i18n::encryption::EncMsg::WrongKey,
            &[&path.display().to_string()],
        ),
        StoreError::NoEncryption => {
            t(lang, crate::i18n::encryption::EncMsg::NoEncryption).to_string()
        }
        StoreError::NotKentro { path } => tf(lang, Fault::NotKentro, &[&shown(path)]),
        StoreError::Newer {
            path,
            found,
            supported,
        } => tf(
            lang,
            Fault::Newer,
            &[&shown(path), &found.to_string(), &supported.to_string()],
        ),
        StoreError::ReadOnly { path, cause } => match cause {
            ReadOnlyCause::File => tf(lang, Fault::ReadOnlyFile, &[&shown(path)]),
            ReadOnlyCause::Directory(dir) => tf(lang, Fault::ReadOnlyDirectory, &[&shown(dir)]),
            ReadOnlyCause::FileSystem => tf(lang, Fault::ReadOnlyFileSystem, &[&shown(path)]),
            ReadOnlyCause::SideFile(side) => tf(lang, Fault::ReadOnlySideFile, &[&shown(side)]),
        },
        StoreError::DiskFull { .. } => t(lang, Fault::DiskFull).to_string(),
        StoreError::Damaged { path, part } => match part {
            DamagedPart::Header => tf(lang, Fault::DamagedHeader, &[&shown(path)]),
            DamagedPart::Contents => tf(lang, Fault::DamagedContents, &[&shown(path)]),
        },
        StoreError::Migration(why) => tf(lang, KMsg::ErrMigration, &[why]),
        StoreError::Conflict { .. } => t(lang, KMsg::ErrConflict).to_string(),
        StoreError::Duplicate { field, .. } => tf(lang, KMsg::ErrDuplicate, &[field]),
        StoreError::NotFound { .. } => t(lang, KMsg::ErrNotFound).to_string(),
        StoreError::Corrupt(what) => tf(lang, KMsg::ErrCorrupt, &[what]),
        StoreError::NotAllowed(what) => tf(lang, KMsg::ErrNotAllowed, &[what]),
        StoreError::Locked { waited } => tf(
            lang,
            Fault::LockedFor,
            &[&waited.as_secs().max(1).to_string()],
        ),
        StoreError::WaitCancelled => t(lang, Fault::WaitCancelled).to_string(),
        StoreError::KeptAside(cause) => {
            tf(lang, Fault::KeptAside, &[&store_error_text(lang, cause)])
        }
        // Backups and restores are commands, never met by a screen.
        StoreError::Backup { .. } => e.to_string(),
        StoreError::Sql(_) if e.is_busy() => t(lang, KMsg::ErrBusy).to_string(),
        // A write outside `Store::write`, which names a full disk itself.
        StoreError::Sql(sql) if sql.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull) => {
            t(lang, Fault::DiskFull).to_string()
        }
        StoreError::Sql(sql) => tf(lang, KMsg::ErrSql, &[&sql.to_string()]),
    }
}

/// Logs `e` as met while doing `what` ("search", "reload", ...) and returns the
/// status line's error for it.
pub fn store_failure(lang: Lang, what: &'static str, e: &StoreError) -> Outcome {
    tracing::warn!(target: "kentro::ui", doing = what, error = %e, "store error shown to the operator");
    Outcome::Error(store_error_text(lang, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greek_operators_read_greek() {
        let busy = StoreError::Sql(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        ));
        assert_eq!(
            store_error_text(Lang::El, &busy),
            "Η βάση είναι απασχολημένη (γράφει άλλο γκισέ)· δοκιμάστε ξανά."
        );
        let conflict = StoreError::Conflict {
            entity: "person",
            id: 4,
        };
        let Outcome::Error(text) = store_failure(Lang::En, "save", &conflict) else {
            panic!("an error outcome");
        };
        assert!(text.starts_with("The record was changed at another desk"));
    }
}
