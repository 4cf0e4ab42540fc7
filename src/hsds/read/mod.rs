//! HSDS 3.0 tables into the directory's records: every row checked first (with the
//! same checks as the directory screen), each problem named by file, line and column.
//! Outside ids are kept: an organisation, service, location, address, contact, phone,
//! identifier or taxonomy term keeps the id it came with.

mod organisations;
mod services;
mod values;

use std::collections::{HashMap, HashSet};

use super::spec::table;
use super::{KentroField, Row, Tables};
use crate::domain::directory::hsds_ids::is_uuid;
use crate::domain::directory::{Organisation, TaxonomyTerm, check_organisation};
use crate::domain::records::Service;
use values::group;
pub use values::{slug, unique_code};

/// A service read from the tables, with what only the store can settle: the
/// organisation it belongs to (by HSDS id) and its code when the file has none.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedService {
    pub organisation_uid: String,
    /// The kentro code, if the file carried one.
    pub code: Option<String>,
    pub service: Service,
}

/// What the tables hold, ready to store.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Imported {
    pub organisations: Vec<Organisation>,
    pub services: Vec<ImportedService>,
    /// Terms services are filed under (kentro's own and outside ones).
    pub terms: Vec<TaxonomyTerm>,
    /// What was read but not kept (tables kentro does not hold), one line each.
    pub notes: Vec<String>,
}

/// The tables kentro reads; rows of other tables are counted in `notes`.
const KEPT: &[&str] = &[
    "organization",
    "organization_identifier",
    "service",
    "location",
    "address",
    "service_at_location",
    "phone",
    "contact",
    "schedule",
    "language",
    "required_document",
    "service_area",
    "attribute",
    "taxonomy_term",
    "taxonomy",
];

struct Problems(Vec<String>);

impl Problems {
    fn add(&mut self, table_name: &str, row: &Row, column: &str, reason: impl std::fmt::Display) {
        let file = table(table_name).map_or(table_name, |t| t.file);
        if row.line == 0 {
            // From JSON: no line to name, so the row's id.
            self.0.push(format!(
                "{table_name} {}: {column}: {reason}",
                row.get("id")
            ));
        } else {
            self.0
                .push(format!("{file}:{}: {column}: {reason}", row.line));
        }
    }
}

/// Checks that every row has an id, that ids are UUIDs and not repeated.
fn check_ids(tables: &Tables, problems: &mut Problems) {
    for name in KEPT {
        let mut seen = HashSet::new();
        for r in tables.rows(name) {
            let id = r.get("id");
            if id.is_empty() {
                problems.add(name, r, "id", "required");
            } else if !is_uuid(id) {
                problems.add(
                    name,
                    r,
                    "id",
                    format!("{id:?} is not a UUID (HSDS 3.0 ids are)"),
                );
            } else if !seen.insert(id) {
                problems.add(name, r, "id", format!("{id} repeated"));
            }
        }
    }
}

/// Rows that hang off a service or a location must name one in the file.
fn check_links(tables: &Tables, problems: &mut Problems) {
    let ids = |t: &str| -> HashSet<&str> { tables.rows(t).iter().map(|r| r.get("id")).collect() };
    let (services, locations) = (ids("service"), ids("location"));
    for (table_name, column, targets, file) in [
        ("phone", "service_id", &services, "services.csv"),
        ("schedule", "service_id", &services, "services.csv"),
        ("language", "service_id", &services, "services.csv"),
        ("required_document", "service_id", &services, "services.csv"),
        ("service_area", "service_id", &services, "services.csv"),
        (
            "service_at_location",
            "service_id",
            &services,
            "services.csv",
        ),
        (
            "service_at_location",
            "location_id",
            &locations,
            "locations.csv",
        ),
        ("address", "location_id", &locations, "locations.csv"),
    ] {
        for r in tables.rows(table_name) {
            let target = r.get(column);
            if !target.is_empty() && !targets.contains(target) {
                problems.add(
                    table_name,
                    r,
                    column,
                    format!("{target:?} is not in {file}"),
                );
            }
        }
    }
}

/// The tables being read, and what has been read from them so far.
struct Reader<'a> {
    tables: &'a Tables,
    problems: Problems,
    imported: Imported,
    /// Taxonomy term id → code, the database's and the file's.
    term_code: HashMap<String, String>,
    /// Attributes by the id of the row they describe.
    attributes: HashMap<&'a str, Vec<&'a Row>>,
    orgs: Vec<Organisation>,
    org_index: HashMap<String, usize>,
    /// Service id → its organisation's id, as the file says.
    service_org: HashMap<&'a str, &'a str>,
    /// A service's own address (its derived location) and organisations' places,
    /// each on one line, by location id.
    service_address: HashMap<String, String>,
    org_location_line: HashMap<String, String>,
    location_org: HashMap<String, String>,
    contact_ids: HashSet<&'a str>,
    service_phones: HashMap<&'a str, Vec<&'a str>>,
}

impl<'a> Reader<'a> {
    /// The value of kentro field `f` on the row with id `link`.
    fn field(&self, link: &str, f: KentroField) -> Option<&'a str> {
        self.attributes.get(link)?.iter().find_map(|a| {
            (a.get("taxonomy_term_id") == f.term_uid())
                .then(|| a.values.get("value").map_or("", |v| v.as_str()))
        })
    }

    /// The organisation `org` (an id in the file) as an index into `orgs`, or a problem.
    fn owner(&mut self, table_name: &str, r: &Row, org: &str) -> Option<usize> {
        match self.org_index.get(org) {
            Some(&i) => Some(i),
            None => {
                let reason = if org.is_empty() {
                    "required".to_string()
                } else {
                    format!("{org:?} is not in organizations.csv")
                };
                self.problems.add(table_name, r, "organization_id", reason);
                None
            }
        }
    }

    /// Taxonomy terms: kentro's field terms are not categories; the rest are.
    fn read_terms(&mut self, known_terms: &HashMap<String, String>) {
        let tables = self.tables;
        let mut codes_taken: HashSet<String> = known_terms.values().cloned().collect();
        for r in tables.rows("taxonomy_term") {
            let uid = r.get("id");
            if KentroField::from_term_uid(uid).is_some() || self.term_code.contains_key(uid) {
                continue;
            }
            let name = r.get("name");
            if name.is_empty() {
                self.problems.add("taxonomy_term", r, "name", "required");
                continue;
            }
            let base = match r.get("code") {
                "" => slug(name),
                c => slug(c),
            };
            let code = unique_code(&base, &mut codes_taken);
            let description = r.get("description");
            self.imported.terms.push(TaxonomyTerm {
                uid: uid.to_string(),
                code: code.clone(),
                name_en: name.to_string(),
                name_el: if description.is_empty() {
                    name
                } else {
                    description
                }
                .to_string(),
                ..TaxonomyTerm::default()
            });
            self.term_code.insert(uid.to_string(), code);
        }
    }
}

/// Reads the directory out of `tables`. `known_terms` are the taxonomy terms the
/// database holds (uid → code), so files that name them by id need not repeat them.
pub fn from_tables(
    tables: &Tables,
    known_terms: &HashMap<String, String>,
) -> Result<Imported, Vec<String>> {
    // Text from outside is cleaned once, before anything reads it.
    let tables = &tables.cleaned();
    let mut problems = Problems(Vec::new());
    let mut imported = Imported::default();
    for (name, rows) in &tables.tables {
        if !KEPT.contains(&name.as_str()) && !rows.is_empty() {
            let file = table(name).map_or(name.as_str(), |t| t.file);
            imported.notes.push(format!(
                "{file}: {} row(s) not kept (kentro holds no {name})",
                rows.len()
            ));
        }
    }
    check_ids(tables, &mut problems);
    check_links(tables, &mut problems);
    if !problems.0.is_empty() {
        return Err(problems.0);
    }
    let mut reader = Reader {
        tables,
        problems,
        imported,
        term_code: known_terms.clone(),
        attributes: group(tables, "attribute", "link_id"),
        orgs: Vec::new(),
        org_index: HashMap::new(),
        service_org: tables
            .rows("service")
            .iter()
            .map(|s| (s.get("id"), s.get("organization_id")))
            .collect(),
        service_address: HashMap::new(),
        org_location_line: HashMap::new(),
        location_org: HashMap::new(),
        contact_ids: HashSet::new(),
        service_phones: HashMap::new(),
    };
    reader.read_terms(known_terms);
    reader.read_organisations();
    reader.read_locations();
    reader.read_contacts_and_phones();
    reader.read_services();
    let Reader {
        mut problems,
        mut imported,
        orgs,
        ..
    } = reader;
    for (o, r) in orgs.iter().zip(tables.rows("organization")) {
        if let Err(problem) = check_organisation(o) {
            problems.add("organization", r, problem.field().column(), problem);
        }
    }
    if !problems.0.is_empty() {
        return Err(problems.0);
    }
    imported.organisations = orgs;
    Ok(imported)
}
