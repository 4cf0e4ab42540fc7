//! The demo centre's organisations: the centre itself and the outside bodies its
//! services belong to, each with a location, a phone and the languages it serves,
//! taken from its first service.

use crate::domain::directory::{
    OrgContact, OrgIdentifier, OrgLocation, OrgPhone, Organisation, SCHEME_AFM, split_address_line,
};
use crate::domain::ids::afm_from_payload;
use crate::domain::records::Service;

/// One organisation per distinct organisation name of `services`, `own` first.
pub fn organisations_of(services: &[Service], own: &str) -> Vec<Organisation> {
    let mut names: Vec<&str> = vec![own];
    for s in services {
        if !names.contains(&s.organisation.as_str()) {
            names.push(&s.organisation);
        }
    }
    names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let first = services.iter().find(|s| s.organisation == *name);
            let mut org = Organisation {
                name: (*name).to_string(),
                own_centre: i == 0,
                network_member: i == 0 || i % 2 == 1,
                identifiers: vec![OrgIdentifier {
                    scheme: SCHEME_AFM.into(),
                    kind: "ΑΦΜ".into(),
                    value: afm_from_payload(9_000_000 + i as u32),
                    ..OrgIdentifier::default()
                }],
                ..Organisation::default()
            };
            if let Some(s) = first {
                let (address_1, postal_code, city) = split_address_line(&s.address);
                org.email = s.email.clone();
                org.languages = s.languages.clone();
                if !s.address.is_empty() {
                    org.locations.push(OrgLocation {
                        address_1,
                        postal_code,
                        city,
                        country: "GR".into(),
                        hours: s.hours.clone(),
                        ..OrgLocation::default()
                    });
                }
                if !s.phone.is_empty() {
                    org.phones.push(OrgPhone {
                        number: s.phone.clone(),
                        kind: "voice".into(),
                        ..OrgPhone::default()
                    });
                }
            }
            describe(&mut org);
            org
        })
        .collect()
}

/// What a coordinator would have written about some of them: a description, another
/// name, a website and a person to ask for, so the demo's cards show every part.
fn describe(org: &mut Organisation) {
    let (alternate, description, website, contact): (&str, &str, &str, Option<(&str, &str)>) =
        match org.name.as_str() {
            n if n == super::centre::CENTRE => (
                "Κέντρο Κοινότητας",
                "Σημείο αναφοράς του δήμου για την κοινωνική πολιτική: υποδοχή, ενημέρωση, αιτήσεις επιδομάτων και παραπομπές στις υπηρεσίες της περιοχής.",
                "https://kentro.example.org",
                Some(("Ελένη Δημητρίου", "Συντονίστρια")),
            ),
            "Δίκτυο Νομικής Αρωγής" => (
                "ΔΝΑ",
                "Δωρεάν νομική συνδρομή σε αιτούντες άσυλο, πρόσφυγες και άτομα χωρίς πόρους· εκπροσώπηση σε προσφυγές και στέγαση.",
                "https://nomiki-arogi.example.org",
                Some(("Νίκος Αλεξίου", "Δικηγόρος")),
            ),
            "Κέντρο Ψυχικής Υγείας" => (
                "ΚΨΥ",
                "Δημόσια δομή ψυχικής υγείας ενηλίκων: πρώτη συνέντευξη χωρίς παραπεμπτικό γιατρού.",
                "",
                Some(("Γραμματεία", "Ραντεβού πρώτης συνέντευξης")),
            ),
            _ => return,
        };
    org.alternate_name = alternate.to_string();
    org.description = description.to_string();
    org.website = website.to_string();
    if let Some((name, title)) = contact {
        org.contacts.push(OrgContact {
            name: name.to_string(),
            title: title.to_string(),
            email: org.email.clone(),
            phone: org
                .phones
                .first()
                .map(|p| p.number.clone())
                .unwrap_or_default(),
            ..OrgContact::default()
        });
    }
}
