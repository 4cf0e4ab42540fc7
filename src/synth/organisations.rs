//! The demo centre's organisations: the centre itself and the outside bodies its
//! services belong to, each with a location, a phone and the languages it serves,
//! taken from its first service.

use crate::domain::directory::{OrgIdentifier, OrgLocation, OrgPhone, Organisation, SCHEME_AFM};
use crate::domain::ids::afm_from_payload;
use crate::domain::records::Service;

/// "Πειραιώς 50, 104 36 Αθήνα" → ("Πειραιώς 50", "104 36", "Αθήνα").
fn split_address(address: &str) -> (String, String, String) {
    let Some((street, town)) = address.rsplit_once(", ") else {
        return (address.to_string(), String::new(), String::new());
    };
    let words: Vec<&str> = town.split(' ').collect();
    if words.len() >= 3 && words[0].len() == 3 && words[1].len() == 2 {
        let postal = format!("{} {}", words[0], words[1]);
        (street.to_string(), postal, words[2..].join(" "))
    } else {
        (street.to_string(), String::new(), town.to_string())
    }
}

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
                let (address_1, postal_code, city) = split_address(&s.address);
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
            org
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_split_into_street_postal_code_and_city() {
        assert_eq!(
            split_address("Πειραιώς 50, 104 36 Αθήνα"),
            ("Πειραιώς 50".into(), "104 36".into(), "Αθήνα".into())
        );
        assert_eq!(
            split_address("Αχαρνών 100"),
            ("Αχαρνών 100".into(), String::new(), String::new())
        );
    }
}
