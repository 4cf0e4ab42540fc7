//! Reading an HSDS 3.0 directory (CSV tables or JSON packages) into the store: every
//! row of every file checked first, nothing imported if one is bad.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::hsds::spec::TABLES;
use crate::hsds::{Row, Tables, from_tables, json::tables_from_packages};
use crate::store::{Stamp, Store};

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportReport {
    pub organisations: usize,
    pub services: usize,
    /// What was read but not kept, one line each.
    pub notes: Vec<String>,
}

/// Reads every HSDS CSV table present in `dir`, with line numbers.
fn read_csv_dir(dir: &Path, problems: &mut Vec<String>) -> Tables {
    let mut tables = Tables::default();
    for t in TABLES {
        let path = dir.join(t.file);
        if !path.exists() {
            continue;
        }
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                problems.push(format!("{}:1: -: {e}", t.file));
                continue;
            }
        };
        // The csv crate counts CRLF files' lines wrong; LF only, so lines are right.
        let text = text.replace("\r\n", "\n");
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(text.as_bytes());
        let header: Vec<String> = match reader.headers() {
            Ok(h) => h
                .iter()
                .map(|c| c.trim().trim_start_matches('\u{feff}').to_string())
                .collect(),
            Err(e) => {
                problems.push(format!("{}:1: -: {e}", t.file));
                continue;
            }
        };
        let rows = tables.tables.entry(t.name.to_string()).or_default();
        for record in reader.records() {
            match record {
                Ok(record) => {
                    let line = record.position().map_or(0, |p| p.line());
                    let values = header
                        .iter()
                        .cloned()
                        .zip(record.iter().map(str::to_string))
                        .filter(|(_, v)| !v.trim().is_empty())
                        .collect();
                    rows.push(Row { line, values });
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    problems.push(format!("{}:{line}: -: {e}", t.file));
                }
            }
        }
    }
    tables
}

fn read_json_file(
    path: &Path,
    top: &'static str,
) -> Result<(&'static str, serde_json::Value), Vec<String>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    let value = serde_json::from_str(&text)
        .map_err(|e| vec![format!("{}:{}: -: not JSON: {e}", path.display(), e.line())])?;
    Ok((top, value))
}

/// The tables at `path`: a folder of CSV tables, a folder with `services.json` and/or
/// `organizations.json`, or one JSON file (services, or an organisation package when
/// its objects have no `status`).
fn read_path(path: &Path) -> Result<Tables, Vec<String>> {
    let one = |e: crate::hsds::json::NotPackages| vec![e.to_string()];
    if path.is_file() {
        let (_, value) = read_json_file(path, "service")?;
        let first = match &value {
            serde_json::Value::Array(items) => items.first(),
            other => Some(other),
        };
        let top = match first {
            Some(o) if o.get("status").is_none() && o.get("organization").is_none() => {
                "organization"
            }
            _ => "service",
        };
        return tables_from_packages(&[(top, value)]).map_err(one);
    }
    if !path.is_dir() {
        return Err(vec![format!("{}: no such file or folder", path.display())]);
    }
    let mut packages = Vec::new();
    for (file, top) in [
        ("services.json", "service"),
        ("organizations.json", "organization"),
    ] {
        if path.join(file).exists() {
            packages.push(read_json_file(&path.join(file), top)?);
        }
    }
    if !packages.is_empty() && !path.join("services.csv").exists() {
        return tables_from_packages(&packages).map_err(one);
    }
    let mut problems = Vec::new();
    let tables = read_csv_dir(path, &mut problems);
    if tables.rows("service").is_empty()
        && tables.rows("organization").is_empty()
        && problems.is_empty()
    {
        problems.push(format!(
            "{}: no services.csv, organizations.csv, services.json or organizations.json",
            path.display()
        ));
    }
    if problems.is_empty() {
        Ok(tables)
    } else {
        Err(problems)
    }
}

/// Imports the HSDS directory at `path`: organisations and services are matched by
/// their HSDS id (a service without a known id by its kentro code), outside ids kept.
pub fn import_path(
    store: &mut Store,
    path: &Path,
    stamp: &Stamp,
) -> Result<ImportReport, Vec<String>> {
    let tables = read_path(path)?;
    let one = |e: crate::store::StoreError| vec![e.to_string()];
    let terms = store.taxonomy_terms().map_err(one)?;
    let known: HashMap<String, String> = terms
        .iter()
        .map(|t| (t.uid.clone(), t.code.clone()))
        .collect();
    let mut imported = from_tables(&tables, &known)?;
    // Services without a kentro code: the one they already have here, else one made
    // from their name that no other service uses.
    let existing = store.services().map_err(one)?;
    let code_of_uid: HashMap<&str, &str> = existing
        .iter()
        .map(|s| (s.uid.as_str(), s.code.as_str()))
        .collect();
    let mut taken: HashSet<String> = existing.iter().map(|s| s.code.clone()).collect();
    let mut problems = Vec::new();
    let mut file_codes = HashSet::new();
    for s in &imported.services {
        if let Some(code) = &s.code
            && !file_codes.insert(code.clone())
        {
            problems.push(format!("service {}: code: {code} repeated", s.service.uid));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let uid_of_code: HashMap<&str, &str> = existing
        .iter()
        .map(|s| (s.code.as_str(), s.uid.as_str()))
        .collect();
    let mut renamed = Vec::new();
    for s in &mut imported.services {
        let uid = s.service.uid.as_str();
        s.service.code = match (&s.code, code_of_uid.get(uid)) {
            // Here already: it takes the file's code if that is free, else keeps its own.
            (Some(code), Some(_)) if uid_of_code.get(code.as_str()).is_none_or(|u| *u == uid) => {
                code.clone()
            }
            (_, Some(code)) => (*code).to_string(),
            // New here, and its code is free.
            (Some(code), None) if !taken.contains(code) => {
                taken.insert(code.clone());
                code.clone()
            }
            // New here, and another service of this directory has its code: it gets
            // another one, so the centre's own lines are never overwritten.
            (Some(code), None) => {
                let new = crate::hsds::unique_code(code, &mut taken);
                renamed.push(format!(
                    "service {uid}: code {code} is taken here; imported as {new}"
                ));
                new
            }
            (None, None) => {
                crate::hsds::unique_code(&crate::hsds::slug(&s.service.name_el), &mut taken)
            }
        };
    }
    imported.notes.extend(renamed);
    let report = ImportReport {
        organisations: imported.organisations.len(),
        services: imported.services.len(),
        notes: imported.notes.clone(),
    };
    store
        .batch(stamp, |b| {
            for term in &imported.terms {
                b.upsert_term_by_uid(term)?;
            }
            for org in &imported.organisations {
                b.upsert_organisation_by_uid(org)?;
            }
            for s in &imported.services {
                let mut service = s.service.clone();
                service.organisation_id = match b.organisation_id_by_uid(&s.organisation_uid)? {
                    Some(id) => Some(id),
                    None => {
                        return Err(crate::store::StoreError::NotAllowed(format!(
                            "service {}: organization_id {} is neither in the file nor in the directory",
                            service.uid, s.organisation_uid
                        )));
                    }
                };
                b.upsert_service_by_uid(&service)?;
            }
            Ok(())
        })
        .map_err(|e| vec![format!("nothing was imported: {e}")])?;
    Ok(report)
}
