//! `kentro check`, `kentro backup` and `kentro restore`.

use std::io::{BufRead, IsTerminal};
use std::path::Path;
use std::process::ExitCode;

use crate::cli::{BackupArgs, RestoreArgs};
use crate::i18n::cli::{CliMsg, say, sayf};
use crate::store::backup::{self, BackupProblem};
use crate::store::{DbKey, Health, Store, StoreError};

fn report(health: &Health) -> Result<(), crate::Error> {
    let (schema, supported) = (
        health.schema_version.to_string(),
        health.supported_version.to_string(),
    );
    outln!("{}", sayf(CliMsg::SchemaVersion, &[&schema, &supported]));
    outln!("{}", sayf(CliMsg::People, &[&health.people.to_string()]));
    outln!(
        "{}",
        sayf(CliMsg::Integrity, &[&health.integrity.join("; ")])
    );
    outln!(
        "{}",
        sayf(
            CliMsg::ForeignKeyProblems,
            &[&health.foreign_key_problems.to_string()]
        )
    );
    Ok(())
}

/// `check` of an empty file would otherwise create a fresh database in it and call it
/// ok: a backup cut short must never pass.
pub fn refuse_empty(path: &Path) -> Result<(), crate::Error> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == 0 => Err(StoreError::Backup {
            path: path.to_path_buf(),
            problem: BackupProblem::Empty,
        }
        .into()),
        _ => Ok(()),
    }
}

pub fn check(store: &Store) -> Result<ExitCode, crate::Error> {
    let health = store.health()?;
    report(&health)?;
    if health.is_ok() {
        outln!("{}", say(CliMsg::CheckOk));
        Ok(ExitCode::SUCCESS)
    } else {
        Err(crate::Error::refused(
            CliMsg::CheckFailed,
            &[&store.path().display().to_string()],
        ))
    }
}

pub fn backup(store: &Store, args: &BackupArgs) -> Result<ExitCode, crate::Error> {
    let into_dir = args.path.is_dir();
    if args.keep_daily.is_some() && !into_dir {
        return Err(crate::Error::usage(CliMsg::RotateNeedsDirectory, &[]));
    }
    let target = if into_dir {
        args.path
            .join(backup::dated_name(chrono::Local::now().naive_local()))
    } else {
        args.path.clone()
    };
    let health = store.backup_to(&target)?;
    report(&health)?;
    outln!(
        "{}",
        sayf(CliMsg::BackupWritten, &[&target.display().to_string()])
    );
    if let (Some(daily), Some(weekly)) = (args.keep_daily, args.keep_weekly) {
        let removed = backup::rotate(&args.path, daily, weekly).map_err(|e| {
            crate::Error::failure(
                crate::i18n::errors::ErrMsg::CannotRotate,
                &[&args.path.display().to_string(), &e.to_string()],
            )
        })?;
        for path in &removed {
            outln!(
                "{}",
                sayf(CliMsg::BackupRemoved, &[&path.display().to_string()])
            );
        }
        outln!(
            "{}",
            sayf(
                CliMsg::BackupKept,
                &[
                    &daily.to_string(),
                    &weekly.to_string(),
                    &removed.len().to_string()
                ]
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn restore(
    db: &Path,
    key: Option<&DbKey>,
    args: &RestoreArgs,
) -> Result<ExitCode, crate::Error> {
    let health = backup::check_file_keyed(&args.path, key)?;
    outln!(
        "{}",
        sayf(CliMsg::BackupChecked, &[&args.path.display().to_string()])
    );
    report(&health)?;
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(crate::Error::usage(CliMsg::RestoreConfirmWithYes, &[]));
        }
        super::print(&sayf(CliMsg::RestoreAsk, &[&db.display().to_string()]))?;
        let mut answer = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut answer)
            .map_err(|e| {
                crate::Error::failure(
                    crate::i18n::errors::ErrMsg::CannotReadAnswer,
                    &[&e.to_string()],
                )
            })?;
        if !matches!(answer.trim(), "yes" | "ναι") {
            outln!("{}", say(CliMsg::NothingChanged));
            return Ok(ExitCode::from(super::exit::ERROR));
        }
    }
    let restored = backup::restore_keyed(db, &args.path, key, chrono::Local::now().naive_local())?;
    outln!(
        "{}",
        sayf(
            CliMsg::KeptAside,
            &[&restored.kept_aside.display().to_string()]
        )
    );
    outln!(
        "{}",
        sayf(
            CliMsg::Restored,
            &[&db.display().to_string(), &args.path.display().to_string()]
        )
    );
    report(&restored.health)?;
    Ok(ExitCode::SUCCESS)
}
