//! Organisations with their identifiers, locations (and which location is a
//! service's own address), contacts and phones.

use std::collections::HashSet;

use super::values::{group, parse_flag, schedule_text};
use super::{KentroField, Reader};
use crate::domain::directory::hsds_ids::derived_uid;
use crate::domain::directory::{OrgContact, OrgIdentifier, OrgLocation, OrgPhone, Organisation};

impl Reader<'_> {
    /// Organisations with their identifiers and kentro's fields.
    pub(super) fn read_organisations(&mut self) {
        let tables = self.tables;
        for r in tables.rows("organization") {
            let uid = r.get("id");
            let mut o = Organisation {
                uid: uid.to_string(),
                name: r.get("name").to_string(),
                alternate_name: r.get("alternate_name").to_string(),
                description: r.get("description").to_string(),
                email: r.get("email").to_string(),
                website: r.get("website").to_string(),
                ..Organisation::default()
            };
            if o.description == o.name
                || (o.description == o.alternate_name && !o.alternate_name.is_empty())
            {
                // kentro writes the name where HSDS needs a description and there is none.
                o.description.clear();
            }
            if let Some(v) = self.field(uid, KentroField::NetworkMember) {
                match parse_flag(v) {
                    Some(b) => o.network_member = b,
                    None => self.problems.add(
                        "organization",
                        r,
                        "network-member",
                        format!("{v:?}: use true or false"),
                    ),
                }
            }
            if let Some(v) = self.field(uid, KentroField::Languages) {
                o.languages = v
                    .split(',')
                    .map(|c| c.trim().to_string())
                    .filter(|c| !c.is_empty())
                    .collect();
            }
            if let Some(v) = self.field(uid, KentroField::PublicKey) {
                o.public_key = v.trim().to_string();
            }
            self.org_index.insert(uid.to_string(), self.orgs.len());
            self.orgs.push(o);
        }
        for r in tables.rows("organization_identifier") {
            let Some(i) = self.owner("organization_identifier", r, r.get("organization_id")) else {
                continue;
            };
            self.orgs[i].identifiers.push(OrgIdentifier {
                uid: r.get("id").to_string(),
                scheme: r.get("identifier_scheme").to_string(),
                kind: r.get("identifier_type").to_string(),
                value: r.get("identifier").to_string(),
            });
        }
    }

    /// Locations: a service's own address, or a place of its organisation.
    pub(super) fn read_locations(&mut self) {
        let tables = self.tables;
        // Which location is a service's own address (kentro derives its id).
        let own_location: HashSet<String> = tables
            .rows("service")
            .iter()
            .map(|s| derived_uid(s.get("id"), "location"))
            .collect();
        let sal_by_location = group(tables, "service_at_location", "location_id");
        let org_ids: HashSet<&str> = tables
            .rows("organization")
            .iter()
            .map(|r| r.get("id"))
            .collect();
        let addresses = group(tables, "address", "location_id");
        let location_schedules = group(tables, "schedule", "location_id");
        for r in tables.rows("location") {
            let uid = r.get("id");
            let address = addresses.get(uid).and_then(|a| a.first());
            let mut location = OrgLocation {
                uid: uid.to_string(),
                name: r.get("name").to_string(),
                address_uid: address
                    .map_or_else(|| derived_uid(uid, "address"), |a| a.get("id").to_string()),
                schedule_uid: derived_uid(uid, "schedule"),
                country: "GR".to_string(),
                ..OrgLocation::default()
            };
            match address {
                Some(a) => {
                    location.address_1 = [a.get("address_1"), a.get("address_2")]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", ");
                    location.city = a.get("city").to_string();
                    location.postal_code = a.get("postal_code").to_string();
                    location.region = match (a.get("region"), a.get("state_province")) {
                        ("", p) if p != a.get("city") => p.to_string(),
                        (region, _) => region.to_string(),
                    };
                    if !a.get("country").is_empty() {
                        location.country = a.get("country").to_string();
                    }
                }
                None => location.address_1 = r.get("description").to_string(),
            }
            if let Some(schedules) = location_schedules.get(uid) {
                location.schedule_uid = schedules[0].get("id").to_string();
                location.hours = schedules
                    .iter()
                    .map(|s| schedule_text(s))
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join("; ");
            }
            if own_location.contains(uid) {
                self.service_address
                    .insert(uid.to_string(), location.address_line());
                continue;
            }
            self.org_location_line
                .insert(uid.to_string(), location.address_line());
            // A location names its organisation, else it belongs to the organisation of a
            // service found there (the specification's own example needs this).
            let mut org = r.get("organization_id");
            if !org_ids.contains(org)
                && let Some(s) = sal_by_location.get(uid).and_then(|sals| sals.first())
            {
                org = self
                    .service_org
                    .get(s.get("service_id"))
                    .copied()
                    .unwrap_or(org);
            }
            if let Some(i) = self.owner("location", r, org) {
                if org != r.get("organization_id") {
                    self.imported.notes.push(format!(
                        "locations.csv:{}: organization_id: {:?} is not in organizations.csv; filed under the organisation of its service",
                        r.line,
                        r.get("organization_id")
                    ));
                }
                self.orgs[i].locations.push(location);
            }
        }
        self.location_org = self
            .orgs
            .iter()
            .flat_map(|o| {
                o.locations
                    .iter()
                    .map(move |l| (l.uid.clone(), o.uid.clone()))
            })
            .collect();
    }

    /// Contacts, and the phones of contacts, services, organisations and locations.
    pub(super) fn read_contacts_and_phones(&mut self) {
        let tables = self.tables;
        let phones_by_contact = group(tables, "phone", "contact_id");
        self.contact_ids = HashSet::new();
        for r in tables.rows("contact") {
            let mut org = r.get("organization_id").to_string();
            if !self.org_index.contains_key(&org) {
                if let Some(o) = self.service_org.get(r.get("service_id")) {
                    org = (*o).to_string();
                } else if let Some(o) = self.location_org.get(r.get("location_id")) {
                    org = o.clone();
                }
            }
            let Some(i) = self.owner("contact", r, &org) else {
                continue;
            };
            let uid = r.get("id");
            self.contact_ids.insert(uid);
            let phone = phones_by_contact.get(uid).and_then(|p| p.first());
            self.orgs[i].contacts.push(OrgContact {
                uid: uid.to_string(),
                name: r.get("name").to_string(),
                title: r.get("title").to_string(),
                department: r.get("department").to_string(),
                email: r.get("email").to_string(),
                phone_uid: phone
                    .map_or_else(|| derived_uid(uid, "phone"), |p| p.get("id").to_string()),
                phone: phone.map_or("", |p| p.get("number")).to_string(),
            });
        }
        for r in tables.rows("phone") {
            if r.get("number").is_empty() {
                self.problems.add("phone", r, "number", "required");
                continue;
            }
            let contacts_first = phones_by_contact
                .get(r.get("contact_id"))
                .and_then(|p| p.first())
                .map(|p| p.get("id"));
            if self.contact_ids.contains(r.get("contact_id")) && contacts_first == Some(r.get("id"))
            {
                continue; // the contact's own phone
            }
            if !r.get("service_id").is_empty() && self.service_org.contains_key(r.get("service_id"))
            {
                self.service_phones
                    .entry(r.get("service_id"))
                    .or_default()
                    .push(r.get("number"));
                continue;
            }
            let org = match r.get("organization_id") {
                "" => self
                    .location_org
                    .get(r.get("location_id"))
                    .cloned()
                    .unwrap_or_default(),
                o => o.to_string(),
            };
            let Some(i) = self.owner("phone", r, &org) else {
                continue;
            };
            self.orgs[i].phones.push(OrgPhone {
                uid: r.get("id").to_string(),
                number: r.get("number").to_string(),
                kind: r.get("type").to_string(),
                description: r.get("description").to_string(),
            });
        }
    }
}
