//! Open Referral HSDS 3.0: exports validate against the specification's JSON schemas
//! (vendored in tests/data/hsds3), the specification's examples import, export →
//! import → export is byte-identical, outside ids survive, bad files import nothing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use kentro::cli::directory::{export_dir, export_json, import_path};
use kentro::store::{Stamp, Store};
use serde_json::{Map, Value, json};

const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/hsds3");

fn at() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: at(),
        operator: "tester".into(),
    }
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// As the specification's own validation script does: no property outside the
/// schema anywhere, so kentro writes only HSDS columns.
fn close(schema: &mut Value) {
    match schema {
        Value::Object(o) => {
            if o.contains_key("properties") && !o.contains_key("additionalProperties") {
                o.insert("additionalProperties".into(), Value::Bool(false));
            }
            for v in o.values_mut() {
                close(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(close),
        _ => {}
    }
}

/// The vendored per-table schemas, served to the validator by their `$id`s.
struct SpecSchemas(BTreeMap<String, Value>);

impl jsonschema::Retrieve for SpecSchemas {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        self.0
            .get(uri.as_str())
            .cloned()
            .ok_or_else(|| format!("{} is not vendored", uri.as_str()).into())
    }
}

const BASE: &str = "https://specs.openreferral.org/hsds/3.0/";

/// Every vendored per-table schema by its `$id` (given here, so relative `$ref`s
/// such as "phone.json" resolve to the vendored files), closed like the spec's script.
fn spec_schemas() -> BTreeMap<String, Value> {
    let base = BASE;
    let mut schemas = BTreeMap::new();
    for entry in std::fs::read_dir(Path::new(SPEC).join("schema")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let file = path.file_name().unwrap().to_str().unwrap().to_string();
        let mut schema = read_json(&path);
        close(&mut schema);
        schema["$id"] = Value::String(format!("{base}{file}"));
        schemas.insert(format!("{base}{file}"), schema);
    }
    schemas
}

/// A validator for the per-table schema `name` ("service"), its `$ref`s to the other
/// tables' schemas resolved from the vendored files.
fn validator(name: &str) -> jsonschema::Validator {
    let schemas = spec_schemas();
    let root = schemas[&format!("{BASE}{name}.json")].clone();
    jsonschema::options()
        .should_validate_formats(true)
        .with_retriever(SpecSchemas(schemas))
        .build(&root)
        .unwrap()
}

fn errors(v: &jsonschema::Validator, value: &Value) -> Vec<String> {
    v.iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// The CSV tables in `dir` as the tabular JSON form (`compiled/tabular.json`): cells
/// typed by the specification's column types, empty cells absent.
fn tabular(dir: &Path) -> Value {
    let package = read_json(&Path::new(SPEC).join("datapackage.json"));
    let mut out = Map::new();
    for resource in package["resources"].as_array().unwrap() {
        let path = dir.join(resource["path"].as_str().unwrap());
        if !path.exists() {
            continue;
        }
        let types: BTreeMap<String, String> = resource["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["name"].as_str().unwrap().to_string(),
                    f["type"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let mut reader = csv::Reader::from_path(&path).unwrap();
        let header = reader.headers().unwrap().clone();
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.unwrap();
            let mut row = Map::new();
            for (column, cell) in header.iter().zip(record.iter()) {
                assert!(
                    types.contains_key(column),
                    "{path:?}: column {column} is not HSDS"
                );
                if cell.is_empty() {
                    continue;
                }
                let value = if types[column] == "number" {
                    json!(cell.parse::<f64>().unwrap())
                } else {
                    json!(cell)
                };
                row.insert(column.to_string(), value);
            }
            rows.push(Value::Object(row));
        }
        out.insert(
            resource["name"].as_str().unwrap().to_string(),
            Value::Array(rows),
        );
    }
    Value::Object(out)
}

fn tabular_validator() -> jsonschema::Validator {
    let mut schema = read_json(&Path::new(SPEC).join("schema/compiled/tabular.json"));
    // In the tabular form a table's `tabular_required` columns are required too.
    for (_, table) in schema["properties"].as_object_mut().unwrap() {
        let items = &mut table["items"];
        let mut required: Vec<Value> = items["required"].as_array().cloned().unwrap_or_default();
        if let Some(extra) = items["tabular_required"].as_array() {
            required.extend(extra.iter().cloned());
        }
        items["required"] = Value::Array(required);
    }
    close(&mut schema);
    schema["$id"] = Value::String(format!("{BASE}compiled/tabular.json"));
    let mut schemas = spec_schemas();
    // The compiled tabular schema refers to "attribute.json" beside it.
    for (uri, value) in schemas.clone() {
        let file = uri.trim_start_matches(BASE);
        schemas.insert(format!("{BASE}compiled/{file}"), value);
    }
    jsonschema::options()
        .should_validate_formats(true)
        .with_retriever(SpecSchemas(schemas))
        .build(&schema)
        .unwrap()
}

fn demo(dir: &Path) -> Store {
    kentro::cli::demo::create(&dir.join("demo.db"), at()).unwrap()
}

fn files(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path: PathBuf = entry.unwrap().path();
        out.insert(
            path.file_name().unwrap().to_string_lossy().into_owned(),
            std::fs::read_to_string(&path).unwrap(),
        );
    }
    out
}

#[test]
fn every_export_validates_against_the_hsds_3_schemas() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo(dir.path());
    let csv_dir = dir.path().join("csv");
    let n = export_dir(&store, &csv_dir).unwrap();
    assert_eq!(n, store.services().unwrap().len());
    let tables = tabular(&csv_dir);
    for t in [
        "organization",
        "service",
        "location",
        "address",
        "phone",
        "schedule",
        "language",
        "required_document",
        "service_at_location",
        "attribute",
        "taxonomy_term",
        "taxonomy",
        "organization_identifier",
    ] {
        assert!(
            tables[t].as_array().is_some_and(|rows| !rows.is_empty()),
            "{t} written"
        );
    }
    let problems = errors(&tabular_validator(), &tables);
    assert!(problems.is_empty(), "{problems:#?}");
    let package = read_json(&csv_dir.join("datapackage.json"));
    assert_eq!(package["profile"], "tabular-data-package");
    let paths: Vec<&str> = package["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert!(paths.contains(&"services.csv") && paths.contains(&"taxonomy_terms.csv"));
    for p in &paths {
        assert!(csv_dir.join(p).exists(), "{p}");
    }

    let json_dir = dir.path().join("json");
    export_json(&store, &json_dir).unwrap();
    let services = read_json(&json_dir.join("services.json"));
    let service = validator("service");
    let list = services.as_array().unwrap();
    assert_eq!(list.len(), n);
    for s in list {
        let problems = errors(&service, s);
        assert!(problems.is_empty(), "{}: {problems:#?}", s["name"]);
        assert!(
            s["organization"]["name"].is_string(),
            "each service carries its organisation"
        );
    }
    let organisation = validator("organization");
    for o in read_json(&json_dir.join("organizations.json"))
        .as_array()
        .unwrap()
    {
        let problems = errors(&organisation, o);
        assert!(problems.is_empty(), "{}: {problems:#?}", o["name"]);
    }
}

#[test]
fn the_validation_catches_what_hsds_forbids() {
    // The checks above would fail on a broken export: a missing description, a
    // service without an organisation, a non-UUID id, a column HSDS does not have.
    let dir = tempfile::tempdir().unwrap();
    let store = demo(dir.path());
    let out = dir.path().join("csv");
    export_dir(&store, &out).unwrap();
    let mut tables = tabular(&out);
    tables["organization"][0]
        .as_object_mut()
        .unwrap()
        .remove("description");
    tables["service"][0]
        .as_object_mut()
        .unwrap()
        .remove("organization_id");
    tables["phone"][0]["id"] = json!("ph-1");
    tables["location"][0]["x_kentro_code"] = json!("kea");
    let problems = errors(&tabular_validator(), &tables);
    assert!(problems.len() >= 4, "{problems:#?}");
}

#[test]
fn the_specifications_examples_import() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
    let report = import_path(&mut store, &Path::new(SPEC).join("examples/csv"), &stamp()).unwrap();
    assert_eq!((report.organisations, report.services), (1, 1));
    let s = store
        .service_by_uid("ac148810-d857-441c-9679-408f346de14b")
        .unwrap()
        .expect("the example's service");
    assert_eq!(s.name_el, "Community Counselling");
    assert_eq!(s.code, "community-counsellin");
    assert_eq!(s.languages, ["urd"], "ISO 639-1 ur is kept as 639-3");
    assert!(s.interpretation && s.active);
    assert!(s.documents_required.contains("Passport"));
    assert!(s.hours.contains("10 am to 6pm"));
    let org = store
        .organisation_by_uid("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610")
        .unwrap()
        .expect("the example's organisation");
    assert_eq!(s.organisation_id, Some(org.id));
    assert_eq!(org.identifiers[0].value, "1234567");
    assert_eq!(
        org.locations[0].address_line(),
        "1-30 Main Street, MyVillage, ABC 1234 MyCity"
    );
    assert_eq!(org.contacts[0].name, "Ann Persona");
    assert_eq!(org.contacts[0].phone, "\"+44 1234 234567\"");
    // The JSON examples too: one service package, one organisation package.
    for file in ["service_full.json", "organization_full.json"] {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
        import_path(
            &mut store,
            &Path::new(SPEC).join("examples").join(file),
            &stamp(),
        )
        .unwrap_or_else(|p| panic!("{file}: {p:#?}"));
        let org = store
            .organisation_by_uid("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610")
            .unwrap()
            .expect(file);
        assert_eq!(org.name, "Example Organization Inc.");
    }
}

#[test]
fn outside_ids_survive_an_import_and_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
    import_path(&mut store, &Path::new(SPEC).join("examples/csv"), &stamp()).unwrap();
    let out = dir.path().join("out");
    export_dir(&store, &out).unwrap();
    let tables = tabular(&out);
    let has = |table: &str, id: &str| {
        tables[table]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == id)
    };
    assert!(has("organization", "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"));
    assert!(has("service", "ac148810-d857-441c-9679-408f346de14b"));
    assert!(has("location", "3a19ff88-4620-4d17-9830-ac1d859eb5d5"));
    assert!(has("address", "74706e55-df26-4b84-80fe-ecc30b5befb4"));
    assert!(has("contact", "1e7efce3-639b-4880-940c-b95cd30cdb50"));
    assert!(has("phone", "1554f2e2-a373-45db-a3fa-9fc48a61c15e"));
    assert!(has(
        "organization_identifier",
        "d4dbcebc-0802-47cb-8651-b937ac4f2f3e"
    ));
    assert!(has("taxonomy_term", "3f7b145d-84af-42d7-8fae-eaca714b02b2"));
    // Importing the same files again updates by id: nothing is added.
    let orgs = store.organisations().unwrap().len();
    let services = store.services().unwrap().len();
    import_path(&mut store, &Path::new(SPEC).join("examples/csv"), &stamp()).unwrap();
    assert_eq!(store.organisations().unwrap().len(), orgs);
    assert_eq!(store.services().unwrap().len(), services);
    let problems = errors(&tabular_validator(), &tables);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn export_import_export_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo(dir.path());
    let first = dir.path().join("first");
    export_dir(&store, &first).unwrap();
    // Twice in a row: the same bytes (ids are stable, derived rows too).
    let again = dir.path().join("again");
    export_dir(&store, &again).unwrap();
    assert_eq!(files(&first), files(&again));
    // Through an import: nothing moves.
    import_path(&mut store, &first, &stamp()).unwrap();
    let second = dir.path().join("second");
    export_dir(&store, &second).unwrap();
    assert_eq!(files(&first), files(&second));
    // Through JSON: the same tables.
    let json = dir.path().join("json");
    export_json(&store, &json).unwrap();
    import_path(&mut store, &json, &stamp()).unwrap();
    let third = dir.path().join("third");
    export_dir(&store, &third).unwrap();
    assert_eq!(files(&first), files(&third));

    // Into another centre's fresh database: every service and organisation arrives
    // with its id and fields; a code the centre already uses for its own line is
    // given a new one, and the centre's own lines are untouched.
    let mut other = Store::open_or_create(&dir.path().join("other.db")).unwrap();
    let own_kea = other.service_by_code("kea").unwrap().unwrap();
    let report = import_path(&mut other, &first, &stamp()).unwrap();
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("code kea is taken here; imported as kea-2")),
        "{:#?}",
        report.notes
    );
    assert_eq!(other.service_by_code("kea").unwrap().unwrap(), own_kea);
    for s in store.services().unwrap() {
        let arrived = other.service_by_uid(&s.uid).unwrap().expect(&s.code);
        let strip = |mut x: kentro::domain::records::Service| {
            (x.id, x.version, x.organisation_id, x.code) = (0, 0, None, String::new());
            x
        };
        assert_eq!(strip(arrived), strip(s));
    }
    for o in store.organisations().unwrap() {
        let arrived = other.organisation_by_uid(&o.uid).unwrap().expect(&o.name);
        assert_eq!(
            (
                arrived.name,
                arrived.identifiers,
                arrived.locations,
                arrived.phones
            ),
            (
                o.name.clone(),
                o.identifiers.clone(),
                o.locations.clone(),
                o.phones.clone()
            )
        );
        assert!(
            !arrived.own_centre,
            "another centre's own record is not ours"
        );
    }
}

#[test]
fn a_bad_row_imports_nothing_and_is_named_by_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo(dir.path());
    let out = dir.path().join("out");
    export_dir(&store, &out).unwrap();
    drop(store);
    let services = out.join("services.csv");
    let text = std::fs::read_to_string(&services).unwrap();
    let text = text.replacen(",active,", ",maybe,", 1);
    std::fs::write(&services, text).unwrap();
    let orgs = out.join("organizations.csv");
    let text = std::fs::read_to_string(&orgs).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[2] = lines[2].replacen(',', ",x", 0);
    let id = lines[2].split(',').next().unwrap().to_string();
    lines[2] = lines[2].replacen(&id, "org-1", 1);
    std::fs::write(&orgs, lines.join("\n") + "\n").unwrap();
    let mut fresh = Store::open_or_create(&dir.path().join("fresh.db")).unwrap();
    let before = (fresh.services().unwrap(), fresh.organisations().unwrap());
    let problems = import_path(&mut fresh, &out, &stamp()).unwrap_err();
    let all = problems.join("\n");
    assert!(
        all.contains("organizations.csv:3: id: \"org-1\" is not a UUID"),
        "{all}"
    );
    assert_eq!(
        (fresh.services().unwrap(), fresh.organisations().unwrap()),
        before
    );
    // With the ids right, the bad status is named.
    std::fs::write(&orgs, text).unwrap();
    let problems = import_path(&mut fresh, &out, &stamp()).unwrap_err();
    let all = problems.join("\n");
    assert!(all.contains("services.csv:2: status: \"maybe\""), "{all}");
    assert_eq!(
        (fresh.services().unwrap(), fresh.organisations().unwrap()),
        before
    );
}
