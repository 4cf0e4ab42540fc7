//! Writing the directory as HSDS 3.0 files, each written whole to a temporary file
//! and renamed into place.

use std::path::Path;

use serde_json::{Value, json};

use crate::hsds::spec::TABLES;
use crate::hsds::{Directory, Tables, json::packages, to_tables};
use crate::store::Store;

/// The directory as the store holds it.
pub fn directory_of(store: &Store) -> Result<Directory, crate::Error> {
    Ok(Directory {
        organisations: store.organisations()?,
        services: store.services()?,
        terms: store.taxonomy_terms()?,
    })
}

/// Whole or not at all, never through a symbolic link (see [`crate::fsio`]).
fn write_file(dir: &Path, file: &str, bytes: &[u8]) -> Result<(), crate::Error> {
    crate::fsio::write_bytes(&dir.join(file), crate::fsio::Existing::Replace, bytes)?;
    Ok(())
}

/// One table as CSV: the specification's columns in its order, then the rows.
fn csv_bytes(columns: &[&str], tables: &Tables, name: &str) -> Result<Vec<u8>, crate::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: &dyn std::fmt::Display| {
        crate::Error::failure(
            crate::i18n::errors::ErrMsg::CannotWriteCsv,
            &[&e.to_string()],
        )
    };
    w.write_record(columns).map_err(|e| fail(&e))?;
    for row in tables.rows(name) {
        w.write_record(columns.iter().map(|c| row.get(c)))
            .map_err(|e| fail(&e))?;
    }
    w.into_inner().map_err(|e| fail(&e))
}

/// The Frictionless data package describing the tables written.
fn datapackage(written: &[&str]) -> Value {
    let resources: Vec<Value> = TABLES
        .iter()
        .filter(|t| written.contains(&t.name))
        .map(|t| {
            let fields: Vec<Value> = t
                .columns
                .iter()
                .map(|(name, kind)| {
                    let mut field = json!({"name": name, "type": kind});
                    if t.required.contains(name) {
                        field["constraints"] = json!({"required": true});
                    }
                    field
                })
                .collect();
            let keys: Vec<Value> = t
                .foreign_keys
                .iter()
                .filter(|(_, target)| written.contains(target))
                .map(|(column, target)| {
                    json!({"fields": column, "reference": {"resource": target, "fields": "id"}})
                })
                .collect();
            json!({
                "name": t.name,
                "path": t.file,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "profile": "tabular-data-resource",
                "schema": {"fields": fields, "primaryKey": "id", "foreignKeys": keys},
            })
        })
        .collect();
    json!({
        "name": "kentro_directory",
        "title": "Service directory (kentro)",
        "profile": "tabular-data-package",
        "version": "3.0.0",
        "homepage": "http://docs.openreferral.org",
        "resources": resources,
    })
}

/// Writes the whole directory as HSDS 3.0 CSV tables and `datapackage.json` into
/// `dir` (created if missing). Returns how many services were written.
pub fn export_dir(store: &Store, dir: &Path) -> Result<usize, crate::Error> {
    std::fs::create_dir_all(dir).map_err(crate::Error::io(crate::error::Doing::Create, dir))?;
    let directory = directory_of(store)?;
    let tables = to_tables(&directory);
    let mut written = Vec::new();
    for t in TABLES {
        if tables.rows(t.name).is_empty() {
            continue;
        }
        let columns: Vec<&str> = t.column_names().collect();
        write_file(dir, t.file, &csv_bytes(&columns, &tables, t.name)?)?;
        written.push(t.name);
    }
    let package = serde_json::to_vec_pretty(&datapackage(&written))?;
    write_file(dir, "datapackage.json", &package)?;
    Ok(directory.services.len())
}

/// Writes the directory as HSDS 3.0 JSON into `dir`: `services.json` (service
/// packages, each service with its organisation, locations, phones, ...) and
/// `organizations.json` (every organisation, also those running no service yet).
pub fn export_json(store: &Store, dir: &Path) -> Result<usize, crate::Error> {
    std::fs::create_dir_all(dir).map_err(crate::Error::io(crate::error::Doing::Create, dir))?;
    let directory = directory_of(store)?;
    let tables = to_tables(&directory);
    for (file, top) in [
        ("services.json", "service"),
        ("organizations.json", "organization"),
    ] {
        let mut bytes = serde_json::to_vec_pretty(&packages(&tables, top))?;
        bytes.push(b'\n');
        write_file(dir, file, &bytes)?;
    }
    Ok(directory.services.len())
}
