//! `kentro check`, `kentro backup` and `kentro restore`.

use std::io::{BufRead, IsTerminal};
use std::path::Path;
use std::process::ExitCode;

use crate::cli::{BackupArgs, RestoreArgs};
use crate::i18n::cli::{CliMsg, say, sayf};
use crate::store::backup::{self, BackupProblem};
use crate::store::{DbKey, Health, Store, StoreError};

fn report(health: &Health) -> Result<(), String> {
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
pub fn refuse_empty(path: &Path) -> Result<(), String> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == 0 => Err(StoreError::Backup {
            path: path.to_path_buf(),
            problem: BackupProblem::Empty,
        }
        .to_string()),
        _ => Ok(()),
    }
}

pub fn check(store: &Store) -> Result<ExitCode, String> {
    let health = store.health().map_err(crate::cli::store_error)?;
    report(&health)?;
    if health.is_ok() {
        outln!("{}", say(CliMsg::CheckOk));
        Ok(ExitCode::SUCCESS)
    } else {
        Err(sayf(
            CliMsg::CheckFailed,
            &[&store.path().display().to_string()],
        ))
    }
}

pub fn backup(store: &Store, args: &BackupArgs) -> Result<ExitCode, String> {
    let into_dir = args.path.is_dir();
    if args.keep_daily.is_some() && !into_dir {
        return Err(say(CliMsg::RotateNeedsDirectory).into());
    }
    let target = if into_dir {
        args.path
            .join(backup::dated_name(chrono::Local::now().naive_local()))
    } else {
        args.path.clone()
    };
    let health = store.backup_to(&target).map_err(crate::cli::store_error)?;
    report(&health)?;
    outln!(
        "{}",
        sayf(CliMsg::BackupWritten, &[&target.display().to_string()])
    );
    if let (Some(daily), Some(weekly)) = (args.keep_daily, args.keep_weekly) {
        let removed = backup::rotate(&args.path, daily, weekly)
            .map_err(|e| format!("cannot rotate backups in {}: {e}", args.path.display()))?;
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

pub fn restore(db: &Path, key: Option<&DbKey>, args: &RestoreArgs) -> Result<ExitCode, String> {
    let health = backup::check_file_keyed(&args.path, key).map_err(crate::cli::store_error)?;
    outln!(
        "{}",
        sayf(CliMsg::BackupChecked, &[&args.path.display().to_string()])
    );
    report(&health)?;
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(say(CliMsg::RestoreConfirmWithYes).into());
        }
        super::print(&sayf(CliMsg::RestoreAsk, &[&db.display().to_string()]))?;
        let mut answer = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut answer)
            .map_err(|e| format!("cannot read the answer: {e}"))?;
        if !matches!(answer.trim(), "yes" | "ναι") {
            outln!("{}", say(CliMsg::NothingChanged));
            return Ok(ExitCode::from(1));
        }
    }
    let restored = backup::restore_keyed(db, &args.path, key, chrono::Local::now().naive_local())
        .map_err(crate::cli::store_error)?;
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
