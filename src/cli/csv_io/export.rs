//! `kentro export beneficiaries`: `id`, then the columns import reads, so an export
//! imports back.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::COLUMNS;
use crate::cli::{ExportArgs, ExportWhat};
use crate::domain::person::Person;
use crate::fsio::{self, Existing};
use crate::store::Store;

fn person_record(person: &Person) -> [String; 14] {
    [
        person.id.to_string(),
        person.surname.clone(),
        person.given_name.clone(),
        person.father_name.clone(),
        person.mother_name.clone(),
        person
            .date_of_birth
            .map(crate::domain::dates::format_iso)
            .unwrap_or_default(),
        person
            .gender
            .map(|g| g.code().to_string())
            .unwrap_or_default(),
        person.nationality.clone().unwrap_or_default(),
        person.phone.clone().unwrap_or_default(),
        person.amka.clone().unwrap_or_default(),
        person.afm.clone().unwrap_or_default(),
        person.languages.join(";"),
        person.notes.clone(),
        if person.consent_at.is_some() {
            "yes".to_string()
        } else {
            String::new()
        },
    ]
}

/// What stops an export early: the reader of standard output went away (`| head`),
/// which is not a failure.
const READER_GONE: &str = "the reader went away";

fn csv_error(e: csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe => READER_GONE.into(),
        _ => e.to_string(),
    }
}

fn write_people(store: &Store, out: impl Write) -> Result<u64, String> {
    let mut writer = csv::Writer::from_writer(out);
    let header: Vec<&str> = std::iter::once("id").chain(COLUMNS).collect();
    writer.write_record(&header).map_err(csv_error)?;
    let mut count = 0;
    store.for_each_person(|person| {
        count += 1;
        writer
            .write_record(person_record(&person))
            .map_err(csv_error)
    })?;
    writer.flush().map_err(|e| csv_error(e.into()))?;
    Ok(count)
}

/// Writes the file whole or not at all, owner-only, never through a symbolic link
/// (see [`crate::fsio`]).
fn export_to_file(store: &Store, path: &Path) -> Result<u64, String> {
    let (_, count) = fsio::write_with(path, Existing::Replace, |out| write_people(store, out))?;
    Ok(count)
}

pub fn export(store: &Store, args: &ExportArgs) -> Result<ExitCode, String> {
    let ExportWhat::Beneficiaries { out } = &args.what else {
        return Err("not a beneficiaries export".into());
    };
    let count = match out {
        Some(path) => export_to_file(store, path)?,
        None => match write_people(store, std::io::stdout().lock()) {
            Err(e) if e == READER_GONE => 0,
            other => other?,
        },
    };
    if out.is_some() {
        println!("exported {count} people");
    }
    Ok(ExitCode::SUCCESS)
}
