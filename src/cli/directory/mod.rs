//! `kentro directory import DIR` and `kentro directory export DIR`: the service
//! directory in the Open Referral Human Services Data Specification (HSDS 2.0 tabular
//! form: one CSV file per table).
//!
//! Files and the columns kentro writes (HSDS names; `x_kentro_*` columns carry what
//! HSDS has no column for, so a round trip through kentro loses nothing):
//! - `organizations.csv`: id, name, alternate_name, description, email, url
//! - `services.csv`: id, organization_id, name (Greek), alternate_name (English),
//!   description, url, email, status (active/inactive), interpretation_services,
//!   application_process, eligibility_description, x_kentro_code,
//!   x_kentro_ticket_prefix, x_kentro_kind, x_kentro_category, x_kentro_languages,
//!   x_kentro_accepts_referrals, x_kentro_documents_required
//! - `locations.csv`: id, organization_id, name, alternate_name, description
//! - `services_at_location.csv`: id, service_id, location_id
//! - `physical_addresses.csv`: id, location_id, address_1, city, postal_code, country
//! - `phones.csv`: id, service_id, location_id, organization_id, number, type
//! - `schedules.csv`: id, service_id, location_id, weekday, opens_at, closes_at,
//!   description
//!
//! Ids are stable: `svc-<code>`, `org-<transliterated name>`, `loc-<code>`,
//! `ph-<code>`, `sch-<code>`. Import checks every row of every file first and imports
//! nothing if one is bad, reporting `file:line: column: reason`; services are matched
//! by code (`x_kentro_code`, else the id without `svc-`), so importing an export
//! updates the same entries.

mod export;
mod import;

use std::process::ExitCode;

pub use export::export_dir;
pub use import::import_dir;

use super::DirectoryArgs;
use crate::domain::names;
use crate::store::{Stamp, Store};

const ORG: &[&str] = &[
    "id",
    "name",
    "alternate_name",
    "description",
    "email",
    "url",
];
const SVC: &[&str] = &[
    "id",
    "organization_id",
    "name",
    "alternate_name",
    "description",
    "url",
    "email",
    "status",
    "interpretation_services",
    "application_process",
    "eligibility_description",
    "x_kentro_code",
    "x_kentro_ticket_prefix",
    "x_kentro_kind",
    "x_kentro_category",
    "x_kentro_languages",
    "x_kentro_accepts_referrals",
    "x_kentro_documents_required",
];
const LOC: &[&str] = &[
    "id",
    "organization_id",
    "name",
    "alternate_name",
    "description",
];
const SAL: &[&str] = &["id", "service_id", "location_id"];
const ADDR: &[&str] = &[
    "id",
    "location_id",
    "address_1",
    "city",
    "postal_code",
    "country",
];
const PHONE: &[&str] = &[
    "id",
    "service_id",
    "location_id",
    "organization_id",
    "number",
    "type",
];
const SCHED: &[&str] = &[
    "id",
    "service_id",
    "location_id",
    "weekday",
    "opens_at",
    "closes_at",
    "description",
];

/// Runs `kentro directory ...`.
pub fn run(store: &mut Store, args: &DirectoryArgs, operator: &str) -> Result<ExitCode, String> {
    match &args.what {
        super::DirectoryWhat::Export { dir } => {
            let n = export_dir(store, dir)?;
            println!("exported {n} services to {}", dir.display());
            Ok(ExitCode::SUCCESS)
        }
        super::DirectoryWhat::Import { dir } => match import_dir(store, dir, &Stamp::now(operator))
        {
            Ok(n) => {
                println!("imported {n} services from {}", dir.display());
                Ok(ExitCode::SUCCESS)
            }
            Err(problems) => {
                for p in &problems {
                    eprintln!("{p}");
                }
                Err(format!(
                    "{} problem(s) found; nothing was imported",
                    problems.len()
                ))
            }
        },
    }
}

/// The organisation of services that name none: the centre running kentro.
pub const OWN_CENTRE: &str = "Κέντρο Κοινότητας";

/// A stable id for an organisation: its name transliterated (ELOT 743) and slugged.
pub fn org_id(name: &str) -> String {
    let latin = names::elot743(name).to_lowercase();
    let mut slug = String::new();
    for c in latin.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "org-unnamed".to_string()
    } else {
        format!("org-{slug}")
    }
}
