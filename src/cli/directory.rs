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

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::process::ExitCode;

use super::DirectoryArgs;
use crate::domain::codes::ServiceKind;
use crate::domain::names;
use crate::domain::records::Service;
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

fn write_table(
    dir: &Path,
    file: &str,
    header: &[&str],
    rows: &[Vec<String>],
) -> Result<(), String> {
    let path = dir.join(file);
    let tmp =
        tempfile::NamedTempFile::new_in(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    {
        let mut w = csv::Writer::from_writer(tmp.as_file());
        w.write_record(header).map_err(|e| e.to_string())?;
        for row in rows {
            w.write_record(row).map_err(|e| e.to_string())?;
        }
        w.flush().map_err(|e| e.to_string())?;
    }
    tmp.persist(&path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(())
}

/// Writes the whole directory as HSDS CSV tables into `dir` (created if missing).
/// Returns how many services were written.
pub fn export_dir(store: &Store, dir: &Path) -> Result<usize, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let services = store.services().map_err(|e| e.to_string())?;
    let mut orgs: BTreeMap<String, String> = BTreeMap::new();
    let (mut svc, mut loc, mut sal, mut addr, mut ph, mut sch) =
        (vec![], vec![], vec![], vec![], vec![], vec![]);
    let yes = |b: bool| if b { "yes" } else { "no" }.to_string();
    for s in &services {
        // HSDS needs an organisation for every service; the centre's own lines may
        // have none recorded, and then they belong to the centre itself.
        let organisation = if s.organisation.trim().is_empty() {
            OWN_CENTRE
        } else {
            s.organisation.as_str()
        };
        let org = org_id(organisation);
        orgs.entry(org.clone())
            .or_insert_with(|| organisation.to_string());
        let code = &s.code;
        svc.push(vec![
            format!("svc-{code}"),
            org.clone(),
            s.name_el.clone(),
            s.name_en.clone(),
            String::new(),
            String::new(),
            s.email.clone(),
            if s.active { "active" } else { "inactive" }.to_string(),
            yes(s.interpretation),
            String::new(),
            s.eligibility.clone(),
            code.clone(),
            s.ticket_prefix.clone(),
            s.kind.map(|k| k.code().to_string()).unwrap_or_default(),
            s.category.clone(),
            s.languages.join(";"),
            yes(s.accepts_referrals),
            s.documents_required.clone(),
        ]);
        if !s.address.is_empty() {
            loc.push(vec![
                format!("loc-{code}"),
                org.clone(),
                s.name_el.clone(),
                s.name_en.clone(),
                String::new(),
            ]);
            sal.push(vec![
                format!("sal-{code}"),
                format!("svc-{code}"),
                format!("loc-{code}"),
            ]);
            addr.push(vec![
                format!("addr-{code}"),
                format!("loc-{code}"),
                s.address.clone(),
                String::new(),
                String::new(),
                "GR".to_string(),
            ]);
        }
        if !s.phone.is_empty() {
            ph.push(vec![
                format!("ph-{code}"),
                format!("svc-{code}"),
                String::new(),
                String::new(),
                s.phone.clone(),
                "voice".to_string(),
            ]);
        }
        if !s.hours.is_empty() {
            sch.push(vec![
                format!("sch-{code}"),
                format!("svc-{code}"),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                s.hours.clone(),
            ]);
        }
    }
    let org_rows: Vec<Vec<String>> = orgs
        .into_iter()
        .map(|(id, name)| {
            vec![
                id,
                name,
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]
        })
        .collect();
    write_table(dir, "organizations.csv", ORG, &org_rows)?;
    write_table(dir, "services.csv", SVC, &svc)?;
    write_table(dir, "locations.csv", LOC, &loc)?;
    write_table(dir, "services_at_location.csv", SAL, &sal)?;
    write_table(dir, "physical_addresses.csv", ADDR, &addr)?;
    write_table(dir, "phones.csv", PHONE, &ph)?;
    write_table(dir, "schedules.csv", SCHED, &sch)?;
    Ok(services.len())
}

/// One CSV table read whole: rows as column → value, with their line numbers.
struct Table {
    file: &'static str,
    rows: Vec<(u64, HashMap<String, String>)>,
}

impl Table {
    fn get<'a>(row: &'a HashMap<String, String>, column: &str) -> &'a str {
        row.get(column).map(|s| s.trim()).unwrap_or("")
    }
}

fn read_table(
    dir: &Path,
    file: &'static str,
    required: &[&str],
    optional_file: bool,
    problems: &mut Vec<String>,
) -> Table {
    let path = dir.join(file);
    let mut table = Table { file, rows: vec![] };
    if !path.exists() {
        if !optional_file {
            problems.push(format!("{file}:1: -: file missing"));
        }
        return table;
    }
    let mut reader = match csv::ReaderBuilder::new().flexible(false).from_path(&path) {
        Ok(r) => r,
        Err(e) => {
            problems.push(format!("{file}:1: -: {e}"));
            return table;
        }
    };
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|c| c.trim().trim_start_matches('\u{feff}').to_string())
            .collect(),
        Err(e) => {
            problems.push(format!("{file}:1: -: {e}"));
            return table;
        }
    };
    for column in required {
        if !header.iter().any(|h| h == column) {
            problems.push(format!("{file}:1: {column}: column missing"));
        }
    }
    for record in reader.records() {
        match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| p.line());
                let row = header
                    .iter()
                    .cloned()
                    .zip(record.iter().map(str::to_string))
                    .collect();
                table.rows.push((line, row));
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                problems.push(format!("{file}:{line}: -: {e}"));
            }
        }
    }
    table
}

fn parse_bool(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "yes" | "true" | "1" | "y" => Some(true),
        "no" | "false" | "0" | "n" | "" => Some(false),
        _ => None,
    }
}

/// Reads and checks every table in `dir`; writes nothing unless all is well. Returns
/// how many services were imported, or every problem found.
pub fn import_dir(store: &mut Store, dir: &Path, stamp: &Stamp) -> Result<usize, Vec<String>> {
    let mut problems = Vec::new();
    let orgs = read_table(
        dir,
        "organizations.csv",
        &["id", "name"],
        false,
        &mut problems,
    );
    let svcs = read_table(
        dir,
        "services.csv",
        &["id", "organization_id", "name"],
        false,
        &mut problems,
    );
    let locs = read_table(dir, "locations.csv", &["id"], true, &mut problems);
    let sals = read_table(
        dir,
        "services_at_location.csv",
        &["service_id", "location_id"],
        true,
        &mut problems,
    );
    let addrs = read_table(
        dir,
        "physical_addresses.csv",
        &["location_id", "address_1"],
        true,
        &mut problems,
    );
    let phones = read_table(dir, "phones.csv", &["number"], true, &mut problems);
    let scheds = read_table(dir, "schedules.csv", &["service_id"], true, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    macro_rules! bad {
        ($file:expr, $line:expr, $column:expr, $reason:expr) => {
            problems.push(format!("{}:{}: {}: {}", $file, $line, $column, $reason))
        };
    }
    let mut org_names: HashMap<String, String> = HashMap::new();
    for (line, row) in &orgs.rows {
        let id = Table::get(row, "id");
        let name = Table::get(row, "name");
        if id.is_empty() {
            bad!(orgs.file, *line, "id", "required");
        } else if org_names.contains_key(id) {
            bad!(orgs.file, *line, "id", format!("{id} repeated"));
        }
        if name.is_empty() {
            bad!(orgs.file, *line, "name", "required");
        }
        org_names.insert(id.to_string(), name.to_string());
    }
    let mut services: Vec<(String, Service)> = Vec::new();
    let mut codes = HashSet::new();
    for (line, row) in &svcs.rows {
        let line = *line;
        let get = |c: &str| Table::get(row, c).to_string();
        let id = get("id");
        if id.is_empty() {
            bad!(svcs.file, line, "id", "required");
            continue;
        }
        let code = match get("x_kentro_code") {
            c if !c.is_empty() => c,
            _ => id.strip_prefix("svc-").unwrap_or(&id).to_string(),
        };
        if !code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            bad!(
                svcs.file,
                line,
                "x_kentro_code",
                format!("{code:?}: use letters, digits, - and _")
            );
        }
        if !codes.insert(code.clone()) {
            bad!(
                svcs.file,
                line,
                "id",
                format!("service code {code} repeated")
            );
        }
        let org = get("organization_id");
        let organisation = match org_names.get(&org) {
            Some(name) => name.clone(),
            None => {
                bad!(
                    svcs.file,
                    line,
                    "organization_id",
                    format!("{org:?} is not in organizations.csv")
                );
                String::new()
            }
        };
        let name_el = get("name");
        if name_el.is_empty() {
            bad!(svcs.file, line, "name", "required");
        }
        let active = match get("status").to_ascii_lowercase().as_str() {
            "" | "active" => true,
            "inactive" | "defunct" | "temporarily closed" => false,
            other => {
                bad!(
                    svcs.file,
                    line,
                    "status",
                    format!("{other:?}: use active or inactive")
                );
                true
            }
        };
        let kind = match get("x_kentro_kind").as_str() {
            "" => None,
            k => match ServiceKind::from_code(k) {
                Some(kind) => Some(kind),
                None => {
                    bad!(
                        svcs.file,
                        line,
                        "x_kentro_kind",
                        format!("{k:?}: use internal or external")
                    );
                    None
                }
            },
        };
        let mut flag = |column: &str, default: bool| -> bool {
            let text = get(column);
            if text.is_empty() {
                return default;
            }
            parse_bool(&text).unwrap_or_else(|| {
                problems.push(format!(
                    "services.csv:{line}: {column}: {text:?}: use yes or no"
                ));
                default
            })
        };
        let interpretation = flag("interpretation_services", false);
        let accepts_referrals = flag("x_kentro_accepts_referrals", true);
        #[allow(clippy::drop_non_drop)]
        drop(flag);
        let email = get("email");
        if !email.is_empty() && (!email.contains('@') || email.contains(char::is_whitespace)) {
            problems.push(format!(
                "services.csv:{line}: email: {email:?} is not an address"
            ));
        }
        let mut languages = Vec::new();
        for code in get("x_kentro_languages").split([';', ',']) {
            let code = code.trim().to_lowercase();
            if code.is_empty() {
                continue;
            }
            if code.len() == 3 && code.chars().all(|c| c.is_ascii_lowercase()) {
                languages.push(code);
            } else {
                problems.push(format!(
                    "services.csv:{line}: x_kentro_languages: {code:?} is not an ISO 639-3 code"
                ));
            }
        }
        let category = match get("x_kentro_category") {
            c if !c.is_empty() => c,
            _ => get("description"),
        };
        services.push((
            id.clone(),
            Service {
                code,
                ticket_prefix: get("x_kentro_ticket_prefix"),
                name_en: get("alternate_name"),
                name_el,
                kind,
                category,
                organisation,
                email,
                languages,
                interpretation,
                eligibility: get("eligibility_description"),
                documents_required: get("x_kentro_documents_required"),
                accepts_referrals,
                active,
                ..Service::default()
            },
        ));
    }
    let index: HashMap<String, usize> = services
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (id.clone(), i))
        .collect();
    // Locations: their address, then which services are there.
    let mut location_address: HashMap<String, String> = HashMap::new();
    let loc_ids: HashSet<String> = locs
        .rows
        .iter()
        .map(|(_, r)| Table::get(r, "id").to_string())
        .collect();
    for (line, row) in &locs.rows {
        let org = Table::get(row, "organization_id");
        if !org.is_empty() && !org_names.contains_key(org) {
            bad!(
                locs.file,
                *line,
                "organization_id",
                format!("{org:?} is not in organizations.csv")
            );
        }
    }
    for (line, row) in &addrs.rows {
        let loc = Table::get(row, "location_id");
        if !loc_ids.contains(loc) {
            bad!(
                addrs.file,
                *line,
                "location_id",
                format!("{loc:?} is not in locations.csv")
            );
            continue;
        }
        let parts: Vec<&str> = ["address_1", "postal_code", "city"]
            .iter()
            .map(|c| Table::get(row, c))
            .filter(|s| !s.is_empty())
            .collect();
        location_address.insert(loc.to_string(), parts.join(", "));
    }
    let mut linked: HashSet<usize> = HashSet::new();
    for (line, row) in &sals.rows {
        let (sid, lid) = (
            Table::get(row, "service_id"),
            Table::get(row, "location_id"),
        );
        let Some(&i) = index.get(sid) else {
            bad!(
                sals.file,
                *line,
                "service_id",
                format!("{sid:?} is not in services.csv")
            );
            continue;
        };
        if !loc_ids.contains(lid) {
            bad!(
                sals.file,
                *line,
                "location_id",
                format!("{lid:?} is not in locations.csv")
            );
            continue;
        }
        if linked.insert(i) {
            services[i].1.address = location_address.get(lid).cloned().unwrap_or_default();
        }
    }
    let mut phone_lists: HashMap<usize, Vec<String>> = HashMap::new();
    for (line, row) in &phones.rows {
        let sid = Table::get(row, "service_id");
        let number = Table::get(row, "number");
        if number.is_empty() {
            bad!(phones.file, *line, "number", "required");
        }
        if sid.is_empty() {
            continue; // an organisation's or a location's phone: not held per service
        }
        match index.get(sid) {
            Some(&i) => phone_lists.entry(i).or_default().push(number.to_string()),
            None => bad!(
                phones.file,
                *line,
                "service_id",
                format!("{sid:?} is not in services.csv")
            ),
        }
    }
    let mut hours: HashMap<usize, Vec<String>> = HashMap::new();
    for (line, row) in &scheds.rows {
        let sid = Table::get(row, "service_id");
        let Some(&i) = index.get(sid) else {
            bad!(
                scheds.file,
                *line,
                "service_id",
                format!("{sid:?} is not in services.csv")
            );
            continue;
        };
        let description = Table::get(row, "description");
        let text = if description.is_empty() {
            [
                Table::get(row, "weekday"),
                Table::get(row, "opens_at"),
                Table::get(row, "closes_at"),
            ]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
        } else {
            description.to_string()
        };
        if !text.is_empty() {
            hours.entry(i).or_default().push(text);
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    for (i, list) in phone_lists {
        services[i].1.phone = list.join(", ");
    }
    for (i, list) in hours {
        services[i].1.hours = list.join("; ");
    }
    let count = services.len();
    store
        .batch(stamp, |b| {
            for (_, service) in &services {
                b.upsert_service_by_code(service)?;
            }
            Ok(())
        })
        .map_err(|e| vec![format!("nothing was imported: {e}")])?;
    Ok(count)
}
