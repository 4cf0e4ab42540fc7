//! The directory's records as HSDS 3.0 tables. Rows kentro derives from a field (a
//! service's phone, languages, documents, address) get ids derived from the service's
//! id, so an unchanged directory exports byte for byte the same.

use std::collections::HashMap;

use super::{
    Directory, KentroField, LINK_CATEGORY, LINK_KENTRO, Row, Tables, categories_taxonomy_uid,
    fields_taxonomy_uid,
};
use crate::domain::directory::hsds_ids::derived_uid;
use crate::domain::directory::{OrgLocation, Organisation, split_address_line};
use crate::domain::records::Service;
use crate::domain::reference::find_language;

/// What `interpretation_services` says when a service offers interpretation.
pub const INTERPRETATION_TEXT: &str = "Διερμηνεία διαθέσιμη / Interpretation available";

fn row(pairs: &[(&str, &str)]) -> Row {
    let mut r = Row::default();
    for (column, value) in pairs {
        r.set(column, *value);
    }
    r
}

fn yes_no(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// A list held as one text ("A, B; C") split into its items.
pub(super) fn split_items(text: &str) -> Vec<&str> {
    text.split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

fn attribute(tables: &mut Tables, entity: &str, link_id: &str, field: KentroField, value: &str) {
    let id = derived_uid(link_id, &format!("attribute:{}", field.code()));
    tables.push(
        "attribute",
        row(&[
            ("id", &id),
            ("link_id", link_id),
            ("taxonomy_term_id", &field.term_uid()),
            ("link_type", LINK_KENTRO),
            ("link_entity", entity),
            ("value", value),
        ]),
    );
}

/// An address row needs street, city and postal code (HSDS requires them); a
/// location without them carries its address in its description instead.
fn address_is_complete(street: &str, postal_code: &str, city: &str) -> bool {
    !street.is_empty() && !postal_code.is_empty() && !city.is_empty()
}

fn location_rows(tables: &mut Tables, org_uid: &str, fallback_name: &str, l: &OrgLocation) {
    let complete = address_is_complete(&l.address_1, &l.postal_code, &l.city);
    let name = if l.name.is_empty() {
        fallback_name
    } else {
        &l.name
    };
    let description = if complete {
        String::new()
    } else {
        l.address_line()
    };
    tables.push(
        "location",
        row(&[
            ("id", &l.uid),
            ("location_type", "physical"),
            ("organization_id", org_uid),
            ("name", name),
            ("description", &description),
        ]),
    );
    if complete {
        let country = if l.country.is_empty() {
            "GR"
        } else {
            &l.country
        };
        let province = if l.region.is_empty() {
            &l.city
        } else {
            &l.region
        };
        tables.push(
            "address",
            row(&[
                ("id", &l.address_uid),
                ("location_id", &l.uid),
                ("address_1", &l.address_1),
                ("city", &l.city),
                ("region", &l.region),
                ("state_province", province),
                ("postal_code", &l.postal_code),
                ("country", country),
                ("address_type", "physical"),
            ]),
        );
    }
    if !l.hours.is_empty() {
        tables.push(
            "schedule",
            row(&[
                ("id", &l.schedule_uid),
                ("location_id", &l.uid),
                ("description", &l.hours),
            ]),
        );
    }
}

fn organisation_rows(tables: &mut Tables, o: &Organisation) {
    // HSDS requires a description; an organisation without one is described by its name.
    let description = [&o.description, &o.alternate_name, &o.name]
        .into_iter()
        .find(|s| !s.is_empty())
        .map_or("", |s| s.as_str());
    tables.push(
        "organization",
        row(&[
            ("id", &o.uid),
            ("name", &o.name),
            ("alternate_name", &o.alternate_name),
            ("description", description),
            ("email", &o.email),
            ("website", &o.website),
        ]),
    );
    for i in &o.identifiers {
        tables.push(
            "organization_identifier",
            row(&[
                ("id", &i.uid),
                ("organization_id", &o.uid),
                ("identifier_scheme", &i.scheme),
                ("identifier_type", &i.kind),
                ("identifier", &i.value),
            ]),
        );
    }
    for l in &o.locations {
        location_rows(tables, &o.uid, &o.name, l);
    }
    for c in &o.contacts {
        tables.push(
            "contact",
            row(&[
                ("id", &c.uid),
                ("organization_id", &o.uid),
                ("name", &c.name),
                ("title", &c.title),
                ("department", &c.department),
                ("email", &c.email),
            ]),
        );
        if !c.phone.is_empty() {
            tables.push(
                "phone",
                row(&[
                    ("id", &c.phone_uid),
                    ("contact_id", &c.uid),
                    ("number", &c.phone),
                    ("type", "voice"),
                ]),
            );
        }
    }
    for p in &o.phones {
        let kind = if p.kind.is_empty() { "voice" } else { &p.kind };
        tables.push(
            "phone",
            row(&[
                ("id", &p.uid),
                ("organization_id", &o.uid),
                ("number", &p.number),
                ("type", kind),
                ("description", &p.description),
            ]),
        );
    }
    attribute(
        tables,
        "organization",
        &o.uid,
        KentroField::NetworkMember,
        yes_no(o.network_member),
    );
    if !o.languages.is_empty() {
        attribute(
            tables,
            "organization",
            &o.uid,
            KentroField::Languages,
            &o.languages.join(","),
        );
    }
    if !o.public_key.is_empty() {
        attribute(
            tables,
            "organization",
            &o.uid,
            KentroField::PublicKey,
            &o.public_key,
        );
    }
}

fn service_rows(tables: &mut Tables, s: &Service, org_uid: &str, term_uids: &HashMap<&str, &str>) {
    let id = s.uid.as_str();
    let derived = |label: &str| derived_uid(id, label);
    tables.push(
        "service",
        row(&[
            ("id", id),
            ("organization_id", org_uid),
            ("name", &s.name_el),
            ("alternate_name", &s.name_en),
            ("description", &s.description),
            ("url", &s.url),
            ("email", &s.email),
            ("status", if s.active { "active" } else { "inactive" }),
            (
                "interpretation_services",
                if s.interpretation {
                    INTERPRETATION_TEXT
                } else {
                    ""
                },
            ),
            ("eligibility_description", &s.eligibility),
        ]),
    );
    attribute(tables, "service", id, KentroField::ServiceCode, &s.code);
    if !s.ticket_prefix.is_empty() {
        attribute(
            tables,
            "service",
            id,
            KentroField::TicketPrefix,
            &s.ticket_prefix,
        );
    }
    if let Some(kind) = s.kind {
        attribute(tables, "service", id, KentroField::ServiceKind, kind.code());
    }
    attribute(
        tables,
        "service",
        id,
        KentroField::AcceptsReferrals,
        yes_no(s.accepts_referrals),
    );
    for code in &s.categories {
        if let Some(term) = term_uids.get(code.as_str()) {
            tables.push(
                "attribute",
                row(&[
                    ("id", &derived(&format!("category:{code}"))),
                    ("link_id", id),
                    ("taxonomy_term_id", term),
                    ("link_type", LINK_CATEGORY),
                    ("link_entity", "service"),
                ]),
            );
        }
    }
    for (i, number) in split_items(&s.phone).into_iter().enumerate() {
        tables.push(
            "phone",
            row(&[
                ("id", &derived(&format!("phone:{i}"))),
                ("service_id", id),
                ("number", number),
                ("type", "voice"),
            ]),
        );
    }
    if !s.hours.is_empty() {
        tables.push(
            "schedule",
            row(&[
                ("id", &derived("schedule")),
                ("service_id", id),
                ("description", &s.hours),
            ]),
        );
    }
    if !s.address.is_empty() {
        let (address_1, postal_code, city) = split_address_line(&s.address);
        let location = OrgLocation {
            uid: derived("location"),
            address_uid: derived("address"),
            schedule_uid: derived("location-schedule"),
            address_1,
            postal_code,
            city,
            country: "GR".into(),
            ..OrgLocation::default()
        };
        if address_is_complete(&location.address_1, &location.postal_code, &location.city) {
            location_rows(tables, org_uid, &s.name_el, &location);
        } else {
            // Kept as written, in the location's description.
            tables.push(
                "location",
                row(&[
                    ("id", &location.uid),
                    ("location_type", "physical"),
                    ("organization_id", org_uid),
                    ("name", &s.name_el),
                    ("description", &s.address),
                ]),
            );
        }
        tables.push(
            "service_at_location",
            row(&[
                ("id", &derived("service_at_location")),
                ("service_id", id),
                ("location_id", &location.uid),
            ]),
        );
    }
    for code in &s.languages {
        let name = find_language(code).map_or(code.as_str(), |l| l.name_en.as_str());
        tables.push(
            "language",
            row(&[
                ("id", &derived(&format!("language:{code}"))),
                ("service_id", id),
                ("name", name),
                ("code", code),
            ]),
        );
    }
    for (i, document) in split_items(&s.documents_required).into_iter().enumerate() {
        tables.push(
            "required_document",
            row(&[
                ("id", &derived(&format!("document:{i}"))),
                ("service_id", id),
                ("document", document),
            ]),
        );
    }
    if !s.area.is_empty() {
        tables.push(
            "service_area",
            row(&[
                ("id", &derived("area")),
                ("service_id", id),
                ("name", &s.area),
            ]),
        );
    }
}

fn taxonomy_rows(tables: &mut Tables, directory: &Directory) {
    tables.push(
        "taxonomy",
        row(&[
            ("id", &categories_taxonomy_uid()),
            ("name", "kentro-categories"),
            (
                "description",
                "Categories of services referred to by Greek community and solidarity centres \
                 (term name in English, description in Greek)",
            ),
            ("version", "1"),
        ]),
    );
    tables.push(
        "taxonomy",
        row(&[
            ("id", &fields_taxonomy_uid()),
            ("name", "kentro-fields"),
            (
                "description",
                "Fields kentro keeps that HSDS has no column for, carried as attributes",
            ),
            ("version", "1"),
        ]),
    );
    let by_id: HashMap<i64, &str> = directory
        .terms
        .iter()
        .map(|t| (t.id, t.uid.as_str()))
        .collect();
    for t in &directory.terms {
        let parent = t
            .parent_id
            .and_then(|p| by_id.get(&p))
            .copied()
            .unwrap_or("");
        let description = if t.name_el.is_empty() {
            &t.name_en
        } else {
            &t.name_el
        };
        tables.push(
            "taxonomy_term",
            row(&[
                ("id", &t.uid),
                ("code", &t.code),
                ("name", &t.name_en),
                ("description", description),
                ("parent_id", parent),
                ("taxonomy", "kentro-categories"),
                ("language", "en"),
                ("taxonomy_id", &categories_taxonomy_uid()),
            ]),
        );
    }
    for field in KentroField::ALL {
        tables.push(
            "taxonomy_term",
            row(&[
                ("id", &field.term_uid()),
                ("code", field.code()),
                ("name", field.code()),
                ("description", field.description()),
                ("taxonomy", "kentro-fields"),
                ("language", "en"),
                ("taxonomy_id", &fields_taxonomy_uid()),
            ]),
        );
    }
}

/// The whole directory as HSDS tables: organisations and services in the order of
/// their ids, each one's rows in the order they are kept.
pub fn to_tables(directory: &Directory) -> Tables {
    let mut tables = Tables::default();
    let mut orgs: Vec<&Organisation> = directory.organisations.iter().collect();
    orgs.sort_by(|a, b| a.uid.cmp(&b.uid));
    for o in &orgs {
        organisation_rows(&mut tables, o);
    }
    let org_uid: HashMap<i64, &str> = orgs.iter().map(|o| (o.id, o.uid.as_str())).collect();
    let term_uids: HashMap<&str, &str> = directory
        .terms
        .iter()
        .map(|t| (t.code.as_str(), t.uid.as_str()))
        .collect();
    let mut services: Vec<&Service> = directory.services.iter().collect();
    services.sort_by(|a, b| a.uid.cmp(&b.uid));
    for s in services {
        let org = s
            .organisation_id
            .and_then(|id| org_uid.get(&id))
            .copied()
            .unwrap_or("");
        service_rows(&mut tables, s, org, &term_uids);
    }
    taxonomy_rows(&mut tables, directory);
    tables
}
