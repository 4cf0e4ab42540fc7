//! Services with what hangs off them: kentro's fields, categories, phones, hours,
//! languages, documents, areas and addresses.

use super::values::{group, language_code, parse_flag, schedule_text};
use super::{ImportedService, KentroField, Reader};
use crate::domain::codes::ServiceKind;
use crate::domain::directory::check_service;
use crate::domain::records::Service;
use crate::hsds::LINK_CATEGORY;
use crate::hsds::write::INTERPRETATION_TEXT;

impl Reader<'_> {
    pub(super) fn read_services(&mut self) {
        let tables = self.tables;
        let sal_by_service = group(tables, "service_at_location", "service_id");
        let services_rows = tables.rows("service");
        let by_service = |t: &str| group(tables, t, "service_id");
        let (schedules, languages, documents, areas) = (
            by_service("schedule"),
            by_service("language"),
            by_service("required_document"),
            by_service("service_area"),
        );
        for r in services_rows {
            let uid = r.get("id");
            let org_uid = r.get("organization_id");
            let org_name = match self.org_index.get(org_uid) {
                Some(&i) => self.orgs[i].name.clone(),
                None if org_uid.is_empty() => {
                    self.problems
                        .add("service", r, "organization_id", "required");
                    continue;
                }
                // An organisation already in the database: the store checks it.
                None => org_uid.to_string(),
            };
            let status = r.get("status");
            let active = match status {
                "active" => true,
                "inactive" | "defunct" | "temporarily closed" => false,
                "" => {
                    self.problems.add("service", r, "status", "required");
                    true
                }
                other => {
                    self.problems.add(
                        "service",
                        r,
                        "status",
                        format!("{other:?}: use active, inactive, defunct or temporarily closed"),
                    );
                    true
                }
            };
            let mut s = Service {
                uid: uid.to_string(),
                name_el: r.get("name").to_string(),
                name_en: r.get("alternate_name").to_string(),
                description: r.get("description").to_string(),
                url: r.get("url").to_string(),
                email: r.get("email").to_string(),
                active,
                interpretation: !r.get("interpretation_services").is_empty(),
                eligibility: r.get("eligibility_description").to_string(),
                organisation: org_name,
                accepts_referrals: true,
                ..Service::default()
            };
            let interpretation_text = r.get("interpretation_services");
            if !interpretation_text.is_empty()
                && interpretation_text != INTERPRETATION_TEXT
                && s.description.is_empty()
            {
                s.description = interpretation_text.to_string();
            }
            let code = self
                .field(uid, KentroField::ServiceCode)
                .map(str::to_string);
            s.code = code.clone().unwrap_or_else(|| "pending".to_string());
            if let Some(p) = self.field(uid, KentroField::TicketPrefix) {
                s.ticket_prefix = p.to_string();
            }
            if let Some(k) = self.field(uid, KentroField::ServiceKind) {
                match ServiceKind::from_code(k) {
                    Some(kind) => s.kind = Some(kind),
                    None => self.problems.add(
                        "service",
                        r,
                        "service-kind",
                        format!("{k:?}: use internal or external"),
                    ),
                }
            } else {
                s.kind = Some(ServiceKind::External);
            }
            if let Some(v) = self.field(uid, KentroField::AcceptsReferrals) {
                match parse_flag(v) {
                    Some(b) => s.accepts_referrals = b,
                    None => self.problems.add(
                        "service",
                        r,
                        "accepts-referrals",
                        format!("{v:?}: use true or false"),
                    ),
                }
            }
            for a in self.attributes.get(uid).map_or(&[][..], Vec::as_slice) {
                let term = a.get("taxonomy_term_id");
                if KentroField::from_term_uid(term).is_some() {
                    continue;
                }
                if a.get("link_type") == LINK_CATEGORY || self.term_code.contains_key(term) {
                    match self.term_code.get(term) {
                        Some(code) => s.categories.push(code.clone()),
                        None => self.problems.add(
                            "attribute",
                            a,
                            "taxonomy_term_id",
                            format!("{term:?} is not in taxonomy_terms.csv"),
                        ),
                    }
                }
            }
            s.phone = self
                .service_phones
                .get(uid)
                .map(|p| p.join(", "))
                .unwrap_or_default();
            s.hours = schedules
                .get(uid)
                .map(|rows| {
                    rows.iter()
                        .map(|x| schedule_text(x))
                        .filter(|t| !t.is_empty())
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default();
            for l in languages.get(uid).map_or(&[][..], Vec::as_slice) {
                match language_code(l.get("code"), l.get("name")) {
                    Some(code) if !s.languages.contains(&code) => s.languages.push(code),
                    Some(_) => {}
                    None => self.problems.add(
                        "language",
                        l,
                        "code",
                        format!("{:?} is not an ISO 639-1 or 639-3 code", l.get("code")),
                    ),
                }
            }
            s.documents_required = documents
                .get(uid)
                .map(|d| {
                    d.iter()
                        .map(|x| x.get("document"))
                        .filter(|t| !t.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            s.area = areas
                .get(uid)
                .map(|d| {
                    d.iter()
                        .map(|x| match x.get("name") {
                            "" => x.get("description"),
                            n => n,
                        })
                        .filter(|t| !t.is_empty())
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default();
            if let Some(sals) = sal_by_service.get(uid) {
                let lines: Vec<&str> = sals
                    .iter()
                    .filter_map(|sal| {
                        let l = sal.get("location_id");
                        self.service_address
                            .get(l)
                            .or_else(|| self.org_location_line.get(l))
                            .map(String::as_str)
                    })
                    .filter(|t| !t.is_empty())
                    .collect();
                s.address = lines.join("; ");
            }
            if let Err(problem) = check_service(&Service {
                code: code.clone().unwrap_or_else(|| "x".into()),
                ..s.clone()
            }) {
                self.problems
                    .add("service", r, problem.field().column(), problem);
            }
            self.imported.services.push(ImportedService {
                organisation_uid: org_uid.to_string(),
                code,
                service: s,
            });
        }
    }
}
