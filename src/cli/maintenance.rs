//! `kentro check` and `kentro backup`.

use std::path::Path;
use std::process::ExitCode;

use crate::store::{Health, Store};

fn report(health: &Health) {
    println!(
        "schema version {} (this kentro supports {})",
        health.schema_version, health.supported_version
    );
    println!("people: {}", health.people);
    println!("integrity: {}", health.integrity.join("; "));
    println!("foreign key problems: {}", health.foreign_key_problems);
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

pub fn backup(store: &Store, target: &Path) -> Result<ExitCode, String> {
    let health = store.backup_to(target).map_err(|e| e.to_string())?;
    report(&health);
    if health.is_ok() {
        println!("backup written to {} and checked", target.display());
        Ok(ExitCode::SUCCESS)
    } else {
        Err(format!(
            "the backup at {} failed its check",
            target.display()
        ))
    }
}
