//! HSDS 3.0 JSON: the tables nested into the specification's service packages
//! (`compiled/service_package.json`: each service with its organisation, locations,
//! phones, schedules, languages, ...) and organisation packages, and flattened back.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::spec::table;
use super::{Row, Tables};

/// How a table's rows sit inside another's object.
struct Child {
    key: &'static str,
    table: &'static str,
    /// The column that links them: on the child (`Many`) or on the parent (`One`).
    column: &'static str,
    one: bool,
}

const fn many(key: &'static str, table: &'static str, column: &'static str) -> Child {
    Child {
        key,
        table,
        column,
        one: false,
    }
}

const fn one(key: &'static str, table: &'static str, column: &'static str) -> Child {
    Child {
        key,
        table,
        column,
        one: true,
    }
}

const ATTRIBUTES: Child = many("attributes", "attribute", "link_id");

const SERVICE_CHILDREN: &[Child] = &[
    many("phones", "phone", "service_id"),
    many("schedules", "schedule", "service_id"),
    many("service_areas", "service_area", "service_id"),
    many("service_at_locations", "service_at_location", "service_id"),
    many("languages", "language", "service_id"),
    one("organization", "organization", "organization_id"),
    many("required_documents", "required_document", "service_id"),
    many("contacts", "contact", "service_id"),
    ATTRIBUTES,
];
const SERVICE_AT_LOCATION_CHILDREN: &[Child] = &[
    many("contacts", "contact", "service_at_location_id"),
    many("phones", "phone", "service_at_location_id"),
    many("schedules", "schedule", "service_at_location_id"),
    one("location", "location", "location_id"),
    ATTRIBUTES,
];
const LOCATION_CHILDREN: &[Child] = &[
    many("languages", "language", "location_id"),
    many("addresses", "address", "location_id"),
    many("contacts", "contact", "location_id"),
    many("accessibility", "accessibility", "location_id"),
    many("phones", "phone", "location_id"),
    many("schedules", "schedule", "location_id"),
    ATTRIBUTES,
];
const ORGANIZATION_CHILDREN: &[Child] = &[
    many("contacts", "contact", "organization_id"),
    many("phones", "phone", "organization_id"),
    many("locations", "location", "organization_id"),
    many(
        "organization_identifiers",
        "organization_identifier",
        "organization_id",
    ),
    ATTRIBUTES,
];
const CONTACT_CHILDREN: &[Child] = &[many("phones", "phone", "contact_id"), ATTRIBUTES];
const PHONE_CHILDREN: &[Child] = &[many("languages", "language", "phone_id"), ATTRIBUTES];
const ATTRIBUTE_CHILDREN: &[Child] = &[one("taxonomy_term", "taxonomy_term", "taxonomy_term_id")];
const TAXONOMY_TERM_CHILDREN: &[Child] = &[one("taxonomy_detail", "taxonomy", "taxonomy_id")];
const ATTRIBUTES_ONLY: &[Child] = &[ATTRIBUTES];

/// What is nested inside an object of `table_name`, as the compiled schemas nest it.
fn children(table_name: &str) -> &'static [Child] {
    match table_name {
        "service" => SERVICE_CHILDREN,
        "service_at_location" => SERVICE_AT_LOCATION_CHILDREN,
        "location" => LOCATION_CHILDREN,
        "organization" => ORGANIZATION_CHILDREN,
        "contact" => CONTACT_CHILDREN,
        "phone" => PHONE_CHILDREN,
        "attribute" => ATTRIBUTE_CHILDREN,
        "taxonomy_term" => TAXONOMY_TERM_CHILDREN,
        "schedule"
        | "service_area"
        | "language"
        | "required_document"
        | "address"
        | "organization_identifier"
        | "accessibility" => ATTRIBUTES_ONLY,
        _ => &[],
    }
}

/// Rows by (table, column, value), to find children fast.
struct Index<'a> {
    tables: &'a Tables,
    by: HashMap<(&'static str, &'static str), HashMap<&'a str, Vec<&'a Row>>>,
}

impl<'a> Index<'a> {
    fn new(tables: &'a Tables) -> Self {
        Index {
            tables,
            by: HashMap::new(),
        }
    }

    fn find(
        &mut self,
        table_name: &'static str,
        column: &'static str,
        value: &str,
    ) -> Vec<&'a Row> {
        let tables = self.tables;
        let map = self.by.entry((table_name, column)).or_insert_with(|| {
            let mut m: HashMap<&str, Vec<&Row>> = HashMap::new();
            for r in tables.rows(table_name) {
                m.entry(r.get(column)).or_default().push(r);
            }
            m
        });
        if value.is_empty() {
            return Vec::new();
        }
        map.get(value).cloned().unwrap_or_default()
    }
}

fn scalar(table_name: &str, column: &str, value: &str) -> Value {
    if table(table_name).is_some_and(|t| t.is_number(column))
        && let Ok(n) = value.parse::<f64>()
        && let Some(number) = serde_json::Number::from_f64(n)
    {
        if n.fract() == 0.0 && n.abs() < 1e15 {
            return Value::from(n as i64);
        }
        return Value::Number(number);
    }
    Value::String(value.to_string())
}

fn nest(index: &mut Index<'_>, table_name: &'static str, row: &Row, skip: &str) -> Value {
    let mut object = Map::new();
    if let Some(spec) = table(table_name) {
        for column in spec.column_names() {
            let value = row.get(column);
            if !value.is_empty() && column != skip {
                object.insert(column.to_string(), scalar(table_name, column, value));
            }
        }
    }
    for child in children(table_name) {
        if child.one {
            if let Some(target) = index.find(child.table, "id", row.get(child.column)).first() {
                let value = nest(index, child.table, target, "");
                object.insert(child.key.to_string(), value);
            }
        } else {
            let rows = index.find(child.table, child.column, row.get("id"));
            if !rows.is_empty() {
                let values = rows
                    .iter()
                    .map(|r| nest(index, child.table, r, child.column))
                    .collect();
                object.insert(child.key.to_string(), Value::Array(values));
            }
        }
    }
    Value::Object(object)
}

/// Every row of `top` ("service" or "organization") as a nested package object.
pub fn packages(tables: &Tables, top: &'static str) -> Value {
    let mut index = Index::new(tables);
    Value::Array(
        tables
            .rows(top)
            .iter()
            .map(|r| nest(&mut index, top, r, ""))
            .collect(),
    )
}

fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Adds the rows of one package object (and everything nested in it) to `tables`;
/// `link` sets the column that ties it to its parent. A row already read (same table
/// and id) is kept once. Returns the object's id.
fn flatten(
    tables: &mut Tables,
    seen: &mut std::collections::HashSet<(String, String)>,
    table_name: &'static str,
    object: &Map<String, Value>,
    link: Option<(&str, &str)>,
) -> String {
    let mut row = Row::default();
    let kids = children(table_name);
    let mut later: Vec<(&Child, &Value)> = Vec::new();
    for (key, value) in object {
        if let Some(child) = kids.iter().find(|c| c.key == key) {
            later.push((child, value));
        } else if let Some(t) = text(value) {
            row.set(key, t);
        }
    }
    if let Some((column, id)) = link
        && row.get(column).is_empty()
    {
        row.set(column, id);
    }
    let id = row.get("id").to_string();
    for (child, value) in later {
        match value {
            Value::Object(o) if child.one => {
                let child_id = flatten(tables, seen, child.table, o, None);
                if row.get(child.column).is_empty() {
                    row.set(child.column, child_id);
                }
            }
            Value::Array(items) if !child.one => {
                for item in items {
                    if let Value::Object(o) = item {
                        flatten(tables, seen, child.table, o, Some((child.column, &id)));
                    }
                }
            }
            _ => {}
        }
    }
    if seen.insert((table_name.to_string(), id.clone())) {
        tables.push(table_name, row);
    }
    id
}

/// JSON that is not an array of `top` objects (nor one such object).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("expected an array of {top} objects")]
pub struct NotPackages {
    pub top: &'static str,
}

/// The tables held by JSON packages: an array of objects or one object, each a
/// service (`top` = "service") or an organisation ("organization").
pub fn tables_from_packages(values: &[(&'static str, Value)]) -> Result<Tables, NotPackages> {
    let mut tables = Tables::default();
    let mut seen = std::collections::HashSet::new();
    for (top, value) in values {
        let items: Vec<&Value> = match value {
            Value::Array(items) => items.iter().collect(),
            Value::Object(_) => vec![value],
            _ => return Err(NotPackages { top }),
        };
        for item in items {
            let Value::Object(o) = item else {
                return Err(NotPackages { top });
            };
            flatten(&mut tables, &mut seen, top, o, None);
        }
    }
    Ok(tables)
}
