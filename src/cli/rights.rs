//! Which commands are the administrator's, and whose rights each command runs with.
//!
//! Under a set-user-id install (see `privilege`) a command runs with the system
//! account's rights only while it needs the database's files themselves: opening the
//! database, the interface, backups and restore, the checks. Every other command opens
//! the database first and then does its work with the real user's rights, so what it
//! reads (a CSV to import, a packet, a report to merge) and writes (an export, a
//! report, a packet) is the desk login's own business: it can neither read a file
//! only the system account may read nor leave one owned by it.

use std::process::ExitCode;

use super::{Command, RestoreArgs};
use crate::config::DbChoice;
use crate::domain::access::Kind;
use crate::privilege::Mode;
use crate::store::{DbKey, Store, StoreError};

/// The administrative commands that act on the database as a whole, and how each is
/// named in a refusal. `staff`, `audit`, `erase`, `report` and the bulk exports check
/// their own kinds of access where they run.
pub fn administrative(command: Option<&Command>) -> Option<&'static str> {
    match command? {
        Command::Backup(_) => Some("kentro backup"),
        Command::Restore(_) => Some("kentro restore"),
        Command::Seed(_) => Some("kentro seed"),
        Command::Encrypt => Some("kentro encrypt"),
        Command::Reindex { .. } => Some("kentro reindex"),
        _ => None,
    }
}

/// Whether `command` keeps the system account's rights for its whole run: it works on
/// the database's own files (or is the interface, which writes slips through
/// `privilege::as_real_user`).
pub fn keeps_system_rights(command: Option<&Command>) -> bool {
    matches!(
        command,
        None | Some(
            Command::Display
                | Command::Check
                | Command::Doctor(_)
                | Command::Backup(_)
                | Command::Restore(_)
                | Command::Init(_)
                | Command::Keys { .. }
                | Command::Encrypt
        )
    )
}

/// The rights `command`'s work runs with once the database is open.
pub fn mode_for(command: Option<&Command>, mode: Mode) -> Mode {
    if keeps_system_rights(command) {
        Mode::Plain
    } else {
        mode
    }
}

/// Refuses an administrative command to anyone but an active administrator.
pub fn require_admin(me: &crate::domain::records::Staff, what: &str) -> Result<(), crate::Error> {
    super::staff::require(me, Kind::Maintenance, what)
}

/// `kentro restore`: only an administrator (their staff row is read from the live
/// database, which is then closed again: a restore needs nobody holding it open).
///
/// A database too broken to open cannot say who its administrators are; then only
/// root may restore it, who could replace the file by hand anyway.
pub fn restore(
    choice: &DbChoice,
    key: Option<&DbKey>,
    args: &RestoreArgs,
) -> Result<ExitCode, crate::Error> {
    match Store::open_keyed(&choice.path, key) {
        Ok(mut store) => {
            let me = super::staff::admit(&mut store, &crate::identity::operator_login()?)?;
            require_admin(&me, "kentro restore")?;
        }
        Err(StoreError::Missing { path }) => {
            return Err(StoreError::Missing { path }.into());
        }
        Err(e) if nix::unistd::getuid().is_root() => {
            super::warn(&format!(
                "kentro: {} cannot be opened ({e}); restoring it as root",
                choice.path.display()
            ));
        }
        Err(e) => {
            let backup = args.path.display().to_string();
            return Err(crate::Error::Refused(crate::error::Words::each(|lang| {
                crate::i18n::tf(
                    lang,
                    crate::i18n::errors::ErrMsg::RestoreNeedsRoot,
                    &[&crate::ui::kit::fail::store_error_text(lang, &e), &backup],
                )
            })));
        }
    }
    super::maintenance::restore(&choice.path, key, args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{BackupArgs, SeedArgs};

    #[test]
    fn backups_restore_and_seeding_are_administrative_reading_is_not() {
        let backup = Command::Backup(BackupArgs {
            path: "/b".into(),
            keep_daily: None,
            keep_weekly: None,
        });
        let seed = Command::Seed(SeedArgs {
            count: 1,
            seed: 1,
            people_only: true,
        });
        assert_eq!(administrative(Some(&backup)), Some("kentro backup"));
        assert_eq!(administrative(Some(&seed)), Some("kentro seed"));
        assert_eq!(administrative(Some(&Command::Check)), None);
        assert_eq!(administrative(None), None);
    }

    #[test]
    fn only_commands_on_the_database_files_keep_the_system_rights() {
        let backup = Command::Backup(BackupArgs {
            path: "/b".into(),
            keep_daily: None,
            keep_weekly: None,
        });
        assert!(keeps_system_rights(None));
        assert!(keeps_system_rights(Some(&backup)));
        assert!(keeps_system_rights(Some(&Command::Check)));
        let seed = Command::Seed(SeedArgs {
            count: 1,
            seed: 1,
            people_only: true,
        });
        assert!(!keeps_system_rights(Some(&seed)));
        assert_eq!(mode_for(Some(&seed), Mode::SetUserId), Mode::SetUserId);
        assert_eq!(mode_for(Some(&backup), Mode::SetUserId), Mode::Plain);
        assert_eq!(mode_for(Some(&seed), Mode::Plain), Mode::Plain);
    }
}
