//! The service directory as records: organisations with their identifiers, locations,
//! contacts and phones; the taxonomy of service categories; the one check of a
//! service and of an organisation, shared by the directory screen and the HSDS import.

mod check;
pub mod hsds_ids;
pub mod search;

pub use check::{DirField, DirProblem, check_organisation, check_service};

/// An organisation that runs services: the centre itself, a member of the network,
/// or an outside body. `uid` is its HSDS id, kept from whoever made the record.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Organisation {
    pub id: i64,
    pub uid: String,
    pub name: String,
    pub alternate_name: String,
    pub description: String,
    pub website: String,
    pub email: String,
    /// ISO 639-3 codes of the languages it serves people in.
    pub languages: Vec<String>,
    /// A member of this centre's network (coordination centres map their members).
    pub network_member: bool,
    /// The centre running this database.
    pub own_centre: bool,
    /// The ed25519 public key (hex) that signs its referral packets; empty if none.
    pub public_key: String,
    pub identifiers: Vec<OrgIdentifier>,
    pub locations: Vec<OrgLocation>,
    pub contacts: Vec<OrgContact>,
    pub phones: Vec<OrgPhone>,
    pub version: i64,
}

/// A registry number: ΑΦΜ, ΓΕΜΗ, the register of NGOs, a charity number abroad.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrgIdentifier {
    pub uid: String,
    /// The register's scheme code (`GR-AFM`, `GR-GEMI`, org-id.guide codes).
    pub scheme: String,
    /// What the number is, in words ("ΑΦΜ").
    pub kind: String,
    pub value: String,
}

/// The HSDS scheme code of a Greek tax number: its value is checked as an ΑΦΜ.
pub const SCHEME_AFM: &str = "GR-AFM";

/// A place where the organisation receives people, with its address and hours.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrgLocation {
    pub uid: String,
    pub name: String,
    pub address_uid: String,
    pub address_1: String,
    pub city: String,
    pub region: String,
    pub postal_code: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub schedule_uid: String,
    /// Opening hours as written ("Δευ–Παρ 09:00–17:00").
    pub hours: String,
}

impl OrgLocation {
    /// The address on one line: street, postal code and city.
    pub fn address_line(&self) -> String {
        let town = [self.postal_code.as_str(), self.city.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        [self.address_1.as_str(), town.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A named person to contact at the organisation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrgContact {
    pub uid: String,
    pub name: String,
    pub title: String,
    pub department: String,
    pub email: String,
    pub phone_uid: String,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrgPhone {
    pub uid: String,
    pub number: String,
    /// HSDS phone type: voice, fax, text, cell, video, pager, textphone.
    pub kind: String,
    pub description: String,
}

/// A category of services (HSDS `taxonomy_term`), named in Greek and English.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaxonomyTerm {
    pub id: i64,
    pub uid: String,
    /// Short code for scripts and filters ("housing").
    pub code: String,
    pub name_el: String,
    pub name_en: String,
    pub parent_id: Option<i64>,
    pub version: i64,
}

impl TaxonomyTerm {
    pub fn name(&self, greek: bool) -> &str {
        if greek || self.name_en.is_empty() {
            &self.name_el
        } else {
            &self.name_en
        }
    }
}

/// A Greek address on one line, "Πειραιώς 50, 104 36 Αθήνα", as (street, postal
/// code, city); what does not split that way is all street.
pub fn split_address_line(address: &str) -> (String, String, String) {
    let Some((street, town)) = address.rsplit_once(", ") else {
        return (address.to_string(), String::new(), String::new());
    };
    let words: Vec<&str> = town.split(' ').collect();
    let digits = |w: &str, n: usize| w.len() == n && w.chars().all(|c| c.is_ascii_digit());
    if words.len() >= 3 && digits(words[0], 3) && digits(words[1], 2) {
        let postal = format!("{} {}", words[0], words[1]);
        (street.to_string(), postal, words[2..].join(" "))
    } else if words.len() >= 2 && digits(words[0], 5) {
        (
            street.to_string(),
            words[0].to_string(),
            words[1..].join(" "),
        )
    } else {
        (street.to_string(), String::new(), town.to_string())
    }
}

impl Organisation {
    /// The first location's address, phone number and hours: what a slip or a
    /// one-line summary shows.
    pub fn address_line(&self) -> String {
        self.locations
            .first()
            .map(OrgLocation::address_line)
            .unwrap_or_default()
    }

    pub fn first_phone(&self) -> &str {
        self.phones
            .first()
            .map(|p| p.number.as_str())
            .or_else(|| {
                self.contacts
                    .iter()
                    .map(|c| c.phone.as_str())
                    .find(|p| !p.is_empty())
            })
            .unwrap_or("")
    }

    pub fn hours(&self) -> &str {
        self.locations
            .iter()
            .map(|l| l.hours.as_str())
            .find(|h| !h.is_empty())
            .unwrap_or("")
    }

    /// Fills every missing HSDS id with a new one, so each row keeps its id from now on.
    pub fn fill_uids(&mut self) {
        fn fill(uid: &mut String) {
            if uid.is_empty() {
                *uid = hsds_ids::new_uid();
            }
        }
        fill(&mut self.uid);
        for i in &mut self.identifiers {
            fill(&mut i.uid);
        }
        for l in &mut self.locations {
            fill(&mut l.uid);
            fill(&mut l.address_uid);
            fill(&mut l.schedule_uid);
        }
        for c in &mut self.contacts {
            fill(&mut c.uid);
            fill(&mut c.phone_uid);
        }
        for p in &mut self.phones {
            fill(&mut p.uid);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_split_into_street_postal_code_and_city() {
        let split = |a: &str| split_address_line(a);
        assert_eq!(
            split("Πειραιώς 50, 104 36 Αθήνα"),
            ("Πειραιώς 50".into(), "104 36".into(), "Αθήνα".into())
        );
        assert_eq!(
            split("Εγνατίας 1, 54630 Θεσσαλονίκη"),
            ("Εγνατίας 1".into(), "54630".into(), "Θεσσαλονίκη".into())
        );
        assert_eq!(
            split("Ηρώων Πολυτεχνείου 10, Περιστέρι"),
            (
                "Ηρώων Πολυτεχνείου 10".into(),
                String::new(),
                "Περιστέρι".into()
            )
        );
        assert_eq!(
            split("Αχαρνών 100"),
            ("Αχαρνών 100".into(), String::new(), String::new())
        );
        let location = OrgLocation {
            address_1: "Πειραιώς 50".into(),
            postal_code: "104 36".into(),
            city: "Αθήνα".into(),
            ..OrgLocation::default()
        };
        assert_eq!(location.address_line(), "Πειραιώς 50, 104 36 Αθήνα");
    }
}
