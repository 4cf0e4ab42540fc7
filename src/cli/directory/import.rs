//! Reading HSDS CSV tables into the directory: every row of every file checked first,
//! nothing imported if one is bad.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::domain::codes::ServiceKind;
use crate::domain::directory::check_service;
use crate::domain::records::Service;
use crate::store::{Stamp, Store};

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
    let known_terms: HashSet<String> = store
        .taxonomy_terms()
        .map_err(|e| vec![e.to_string()])?
        .into_iter()
        .map(|t| t.code)
        .collect();
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
        // Categories are taxonomy codes; other words are kept as the description.
        let mut categories = Vec::new();
        let mut description = get("description");
        for word in get("x_kentro_category").split(';').map(str::trim) {
            if known_terms.contains(word) {
                categories.push(word.to_string());
            } else if !word.is_empty() && description.is_empty() {
                description = word.to_string();
            }
        }
        let service = Service {
            code,
            ticket_prefix: get("x_kentro_ticket_prefix"),
            name_en: get("alternate_name"),
            name_el,
            kind,
            categories,
            description,
            organisation,
            email,
            languages,
            interpretation,
            eligibility: get("eligibility_description"),
            documents_required: get("x_kentro_documents_required"),
            accepts_referrals,
            active,
            ..Service::default()
        };
        // The same check as the directory screen's.
        if let Err(problem) = check_service(&service) {
            problems.push(format!("services.csv:{line}: {problem}"));
        }
        services.push((id.clone(), service));
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
                b.upsert_service_by_uid(service)?;
            }
            Ok(())
        })
        .map_err(|e| vec![format!("nothing was imported: {e}")])?;
    Ok(count)
}
