//! `kentro check`, `kentro backup` and `kentro restore`.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::cli::{BackupArgs, RestoreArgs};
use crate::store::backup::{self, BackupProblem};
use crate::store::{Health, Store, StoreError};

fn report(health: &Health) {
    println!(
        "schema version {} (this kentro supports {})",
        health.schema_version, health.supported_version
    );
    println!("people: {}", health.people);
    println!("integrity: {}", health.integrity.join("; "));
    println!("foreign key problems: {}", health.foreign_key_problems);
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
    let health = store.health().map_err(|e| e.to_string())?;
    report(&health);
    if health.is_ok() {
        println!("ok");
        Ok(ExitCode::SUCCESS)
    } else {
        Err(format!(
            "{} failed its integrity check",
            store.path().display()
        ))
    }
}

pub fn backup(store: &Store, args: &BackupArgs) -> Result<ExitCode, String> {
    let into_dir = args.path.is_dir();
    if args.keep_daily.is_some() && !into_dir {
        return Err("--keep-daily and --keep-weekly need a directory to rotate".into());
    }
    let target = if into_dir {
        args.path
            .join(backup::dated_name(chrono::Local::now().naive_local()))
    } else {
        args.path.clone()
    };
    let health = store.backup_to(&target).map_err(|e| e.to_string())?;
    report(&health);
    println!("backup written to {} and checked", target.display());
    if let (Some(daily), Some(weekly)) = (args.keep_daily, args.keep_weekly) {
        let removed = backup::rotate(&args.path, daily, weekly)
            .map_err(|e| format!("cannot rotate backups in {}: {e}", args.path.display()))?;
        for path in &removed {
            println!("removed old backup {}", path.display());
        }
        println!(
            "kept the newest backup of each of the last {daily} days and {weekly} weeks ({} removed)",
            removed.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn restore(db: &Path, args: &RestoreArgs) -> Result<ExitCode, String> {
    let health = backup::check_file(&args.path).map_err(|e| e.to_string())?;
    println!("backup {} checked:", args.path.display());
    report(&health);
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err("restore replaces the database: confirm with --yes".into());
        }
        print!(
            "Replace {} with this backup? The current file is kept aside. Type yes: ",
            db.display()
        );
        std::io::stdout()
            .flush()
            .map_err(|e| format!("cannot write output: {e}"))?;
        let mut answer = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut answer)
            .map_err(|e| format!("cannot read the answer: {e}"))?;
        if !matches!(answer.trim(), "yes" | "ναι") {
            println!("nothing changed");
            return Ok(ExitCode::from(1));
        }
    }
    let restored = backup::restore(db, &args.path, chrono::Local::now().naive_local())
        .map_err(|e| e.to_string())?;
    println!(
        "the database that was replaced is kept at {}",
        restored.kept_aside.display()
    );
    println!("{} restored from {}:", db.display(), args.path.display());
    report(&restored.health);
    Ok(ExitCode::SUCCESS)
}
